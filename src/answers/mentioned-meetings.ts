import { MONTH_NAMES, monthNumber, pad2 } from "../corpus/calendar.js";
import type { AgendaItem, Body, Meeting, Passage } from "../corpus/model.js";
import { isProceduralItem } from "../corpus/procedural.js";
import { sentencesOf } from "../corpus/record/sentences.js";
import { type DateSpec, dateMatches } from "./dates.js";
import { formatDate } from "./format.js";

/**
 * Another meeting of the board, as the minutes of one we hold speak of it: the meeting whose
 * minutes they approve ("the minutes of the meeting held on 24 January 2022"), whose actions they
 * review ("the actions from the February DMG meeting were all closed"), whose agenda they set
 * ("the agenda for the July 8 London Crime Reduction Board was agreed") or that is still to come
 * ("discussed again at the next LCRB in July").
 */
export interface MeetingMention {
  /** The minutes that speak of it. */
  by: Meeting;
  item: AgendaItem;
  /** The sentence (or the item title) that speaks of it, as the minutes write it. */
  text: string;
  /** The paragraph it stands in (for a title, the item's first paragraph), for context. */
  passage: string;
  line: number;
  /** The body named, or the mentioning meeting's own ("the previous meeting"). */
  body: Body;
  when: "earlier" | "later";
  /** "2022-01-24", or "2020-02" when only the month is known, or null when no date is given. */
  date: string | null;
  /** The date as the minutes write it ("15 September", "July 8"), the year often left out. */
  dateAsWritten: string | null;
}

const MONTH = `(${MONTH_NAMES.join("|")})`;
// "24 January 2022", "15 September", "January 14", "July 8", "February", "July 2020": the ways
// the minutes date another meeting (a year only when written, a day before or after the month).
const DATE = `(?:(\\d{1,2}) )?${MONTH}(?: (\\d{1,2})(?!\\d))?(?:,? (\\d{4}))?`;
const BODY = "(LCRB|DMG|London Crime Reduction Board|Delivery Management Group)";
// "The previous meeting", "the February DMG meeting", "the January 14 LCRB meeting", "the
// meeting held on 24 January 2022", "the next LCRB in July", "the previous minutes": "the" and
// the meeting word with a date or next/last/previous; "a meeting on 25 January" convened by
// someone is not the board's, nor is "the first full CONTEST board".
const MENTION = new RegExp(
  `\\bthe (?:(next|last|previous) )?(?:${DATE} )?(?:${BODY}(?: meeting)?|meeting|minutes)(?: held)?(?: (?:on|in|of) ${DATE})?`,
  "gi",
);
// "Minutes Of Last Meeting/Actions (15 September)": the date a minutes item's title gives.
const TITLE_DATE = new RegExp(`\\(${DATE}\\)`, "i");

const BODY_OF: Record<string, Body> = {
  lcrb: "LCRB",
  dmg: "DMG",
  "london crime reduction board": "LCRB",
  "delivery management group": "DMG",
};

interface WrittenDate {
  day: number | null;
  month: number;
  year: number | null;
  text: string;
}

function writtenDate(
  before: string | undefined,
  month: string | undefined,
  after: string | undefined,
  year: string | undefined,
): WrittenDate | null {
  const number = monthNumber(month);
  if (!number) return null;
  const day = before ?? after;
  return {
    day: day ? Number(day) : null,
    month: number,
    year: year ? Number(year) : null,
    text: [before, month, after, year].filter(Boolean).join(" "),
  };
}

/**
 * The date written, with its year when the minutes leave it out: the nearest before the meeting
 * for an earlier one, after it for a later one, else the nearest either side.
 */
function dated(
  written: WrittenDate,
  meeting: Meeting,
  when: "earlier" | "later" | null,
): string | null {
  const iso = (year: number) =>
    `${year}-${pad2(written.month)}${written.day ? `-${pad2(written.day)}` : ""}`;
  if (written.year) return iso(written.year);
  const own = meeting.date.slice(0, written.day ? 10 : 7);
  const year = Number(meeting.date.slice(0, 4));
  const [before, same, after] = [iso(year - 1), iso(year), iso(year + 1)];
  const earlier = same < own ? same : before;
  const later = same > own ? same : after;
  if (when === "earlier") return earlier;
  if (when === "later") return later;
  const gap = (date: string) =>
    Math.abs(Date.parse(date.length === 7 ? `${date}-15` : date) - Date.parse(meeting.date));
  return gap(earlier) <= gap(later) ? earlier : later;
}

function mentionsIn(
  meeting: Meeting,
  item: AgendaItem,
  sentence: string,
  passage: Passage,
): MeetingMention[] {
  const found: MeetingMention[] = [];
  // An item about the last meeting's minutes and actions speaks of earlier meetings.
  const aboutLast = isProceduralItem(item.title) ? "earlier" : null;
  for (const m of sentence.matchAll(MENTION)) {
    const [, relative, d1, m1, d2, y1, body, d3, m3, d4, y3] = m;
    const written = writtenDate(d1, m1, d2, y1) ?? writtenDate(d3, m3, d4, y3);
    if (!written && !relative) continue;
    const said = relative ? (relative.toLowerCase() === "next" ? "later" : "earlier") : aboutLast;
    const date = written ? dated(written, meeting, said) : null;
    found.push({
      by: meeting,
      item,
      text: sentence,
      passage: passage.text,
      line: passage.line,
      body: body ? (BODY_OF[body.toLowerCase()] ?? meeting.body) : meeting.body,
      when: said ?? (date && date < meeting.date ? "earlier" : "later"),
      date,
      dateAsWritten: written?.text ?? null,
    });
  }
  return found;
}

// Minutes never change once loaded: each meeting is read once.
const READ = new WeakMap<Meeting, MeetingMention[]>();

/** Every other meeting the minutes of `meeting` speak of, in the order they do. */
export function meetingsMentioned(meeting: Meeting): MeetingMention[] {
  let mentions = READ.get(meeting);
  if (!mentions) {
    mentions = readMentions(meeting);
    READ.set(meeting, mentions);
  }
  return mentions;
}

function readMentions(meeting: Meeting): MeetingMention[] {
  const announced = new Set(meeting.nextMeetings.map((next) => next.line));
  return meeting.items.flatMap((item) => {
    const title = TITLE_DATE.exec(item.title);
    const written = title ? writtenDate(title[1], title[2], title[3], title[4]) : null;
    const fromTitle: MeetingMention[] =
      written && isProceduralItem(item.title)
        ? [
            {
              by: meeting,
              item,
              text: item.title,
              passage: item.passages[0]?.text ?? item.title,
              line: item.line,
              body: meeting.body,
              when: "earlier",
              date: dated(written, meeting, "earlier"),
              dateAsWritten: written.text,
            },
          ]
        : [];
    return [
      ...fromTitle,
      ...item.passages
        .filter((passage) => !announced.has(passage.line))
        .flatMap((passage) =>
          sentencesOf(passage.text).flatMap((s) => mentionsIn(meeting, item, s, passage)),
        ),
    ];
  });
}

/** What the minutes we hold say of meetings on a date (or in a period) asked about. */
export function mentionedOn(
  spec: DateSpec,
  body: Body | null,
  meetings: readonly Meeting[],
): MeetingMention[] {
  return meetings.flatMap((meeting) =>
    meetingsMentioned(meeting).filter(
      (mention) =>
        mention.date !== null &&
        (!body || mention.body === body) &&
        dateMatches(spec, mention.date),
    ),
  );
}

/** "on 24 January 2022", "in February 2020". */
export function describeMentionDate(date: string): string {
  if (date.length === 10) return `on ${formatDate(date)}`;
  return `in ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
