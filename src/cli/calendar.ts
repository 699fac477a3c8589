import { localToday } from "../answers/dates.js";
import { calendarFeed } from "../calendar/feed.js";
import { readCliSettings } from "../config.js";
import { isIsoDate } from "../corpus/calendar.js";
import { loadCorpus } from "../corpus/load.js";
import { Body } from "../corpus/model.js";
import { COMMON_OPTIONS, type Command, parseCommandArgs, UsageError } from "./command.js";

export const CALENDAR_USAGE =
  "lcrb calendar [--corpus DIR] [--body LCRB|DMG] [--today YYYY-MM-DD] > meetings.ics";

const CALENDAR_OPTIONS = {
  ...COMMON_OPTIONS,
  body: { type: "string" },
  today: { type: "string" },
} as const;

/**
 * `lcrb calendar`: the meetings after today as an iCalendar document on stdout, for Socket Mode
 * users who have no HTTP feed to subscribe to. The document is the output, so `--json` changes nothing.
 */
export const calendarCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, CALENDAR_OPTIONS);
  if (values.help) {
    io.out(`usage: ${CALENDAR_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`calendar takes no words (got "${positionals.join(" ")}")`);
  const body = values.body === undefined ? null : Body.safeParse(values.body.toUpperCase());
  if (body && !body.success)
    throw new UsageError(`--body must be LCRB or DMG (got "${values.body}")`);
  const today = values.today;
  if (today !== undefined && !isIsoDate(today))
    throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${today}")`);
  const { corpusDir } = readCliSettings(values.corpus);
  const corpus = await loadCorpus(corpusDir);
  const feed = calendarFeed(
    { ...corpus, today: () => today ?? localToday() },
    body ? body.data : null,
  );
  io.out(feed);
  return 0;
};
