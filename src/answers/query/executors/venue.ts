import type { Meeting } from "../../../corpus/model.js";
import type { Answer } from "../../answer.js";
import { withDetail } from "../../answer.js";
import { labelledBullets } from "../../emphasis.js";
import { formatLongDate, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { resultSections } from "../../intents/search.js";
import { asWritten } from "../../organisations.js";
import { type MeetsAsked, readBoardMeets } from "../board-meets.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { textMentionsTogether } from "../mentions.js";
import { withOneMeeting } from "./one-meeting.js";

// A venue that is a video call rather than a room.
const ONLINE_VENUE =
  /\b(?:teams|zoom|webex|skype|online|virtual\w*|remote\w*|video|conference call)\b/i;
// The question asks which meetings were held online rather than where one was held.
const ASKS_ONLINE =
  /\b(?:online|virtual\w*|remote\w*|on (?:ms |microsoft )?teams|on zoom|on webex|by video)\b/;

// "How long was the 2015 meeting", "when did it finish".
const DURATION = /\bhow long\b|\b(?:finish|end)(?:ed|s)?\b|\blast(?:ed)? for\b/;
// A time written as a span in the header: "14:00 - 16:00", "2pm to 4pm".
const TIME_SPAN = /^(.+?)\s*(?:-|–|—|to|until)\s*(.+)$/;

/** How long the meeting lasted, when its header gives a start and an end. */
function howLong(meeting: Meeting): string {
  const span = meeting.time ? TIME_SPAN.exec(meeting.time) : null;
  return span?.[1] && span[2]
    ? `It ran from ${span[1]} to ${span[2]}.`
    : "The minutes do not record when it ended or how long it lasted.";
}

/** "Started at 14:00; held at MS Teams.", or what the minutes do not record. */
export function whenAndWhere(meeting: Meeting): string {
  const known = [
    meeting.time ? `started at ${meeting.time}` : null,
    meeting.venue ? `held at ${meeting.venue}` : null,
  ].filter((part): part is string => part !== null);
  const missing = [meeting.time ? null : "the start time", meeting.venue ? null : "the venue"]
    .filter((part): part is string => part !== null)
    .join(" or ");
  const said = known.join("; ");
  return [
    said ? `${said[0]?.toUpperCase()}${said.slice(1)}.` : "",
    missing ? `The minutes do not record ${missing}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * Another board a question asks where, when or how often it meets (board-meets.ts decides whose),
 * as the minutes name it (the longest name of a board of theirs the words end with), or as typed
 * when the minutes name no such board; null for our own boards ("where does the main board meet").
 */
function otherBoardAsked(
  text: string,
  boards: ReadonlySet<string>,
): { board: string; asked: MeetsAsked } | null {
  const meets = readBoardMeets(text);
  if (!meets || meets.ours) return null;
  const words = meets.board.split(/\s+/);
  for (let start = 0; start < words.length - 1; start++) {
    const tail = words.slice(start).join(" ");
    if (boards.has(tail)) return { board: tail, asked: meets.asked };
  }
  return { board: meets.board, asked: meets.asked };
}

/**
 * "Where will the new London Policing Board meet": the minutes are those of the LCRB and DMG and
 * record only their own meetings' venues; of another board they say only what the passages naming
 * it say, which are shown (those holding its name's words together).
 */
function otherBoardAnswer(
  input: ExecutorInput,
  { board, asked }: { board: string; asked: MeetsAsked },
): Answer {
  const { question, query, context } = input;
  const name = asWritten(board.split(/\s+/), question.asked);
  const answer = blankAnswer(
    "search",
    question,
    `The minutes do not say ${asked} the ${name} meets`,
  );
  answer.query = query;
  const own = asked === "where" ? "venues" : "meetings";
  const words = board.split(/\s+/);
  const results = context.search
    .search(board, { limit: 5 })
    .results.filter((result) => textMentionsTogether(result.excerpt, words))
    .slice(0, 3);
  answer.summary =
    results.length > 0
      ? `They record only the LCRB's and DMG's own ${own}. What they say of the ${name}:`
      : `They record only the LCRB's and DMG's own ${own}, and say nothing more of the ${name}.`;
  answer.results = results;
  answer.sections = resultSections(results);
  return answer;
}

/**
 * "What time did the June 2020 meeting start", "where was the 2015 meeting held", "which meetings
 * were held online": the start time and venue the minutes' header records, or that it records
 * none. Over several meetings, a list, the online ones (a video-call venue) first when asked.
 */
export const venueExecutor: Executor = (input) => {
  const { question, query, context } = input;
  const other = otherBoardAsked(question.text, context.directory.boardNames);
  if (other) return otherBoardAnswer(input, other);
  const online = ASKS_ONLINE.test(question.text);
  if (input.resolutions.length === 0 && online) {
    const answer = blankAnswer("meetings", question, "Meetings held online");
    answer.query = query;
    const held = context.meetings.filter((m) => m.venue && ONLINE_VENUE.test(m.venue));
    const unknown = context.meetings.filter((m) => !m.venue);
    answer.meetings = held.map((m) => m.id);
    answer.summary = [
      held.length > 0
        ? `${held.length} of the ${context.meetings.length} meetings name an online venue.`
        : `None of the ${context.meetings.length} meetings names an online venue.`,
      unknown.length > 0
        ? `${unknown.length} record no venue, so they may have been held either way.`
        : "",
    ]
      .filter(Boolean)
      .join(" ");
    answer.sections = [
      {
        heading: "Online",
        text: held.length === 0 ? "None." : null,
        ...labelledBullets(held.map((m) => [meetingLabel(m), m.venue ?? ""])),
        citation: null,
      },
      ...(unknown.length > 0
        ? [
            {
              heading: "No venue recorded",
              text: unknown.map(meetingLabel).join("; "),
              bullets: [],
              citation: null,
            },
          ]
        : []),
    ];
    return withDetail(answer, { kind: "list" });
  }
  return withOneMeeting(input, "meeting", (chosen) => {
    const meeting = chosen ?? context.meetings.at(-1);
    if (!meeting) {
      const answer = blankAnswer("meeting", question, "No minutes are loaded");
      answer.summary = "There is no meeting to say when or where it was held.";
      return answer;
    }
    const answer = blankAnswer(
      "meeting",
      question,
      `The ${meeting.body} meeting on ${formatLongDate(meeting.date)}`,
    );
    answer.query = query;
    answer.meeting = meetingRef(meeting);
    const recorded = [meeting.time, meeting.venue].filter(Boolean).join(", ");
    if (recorded) answer.title += `: ${recorded}`;
    answer.summary = `${DURATION.test(question.text) ? `${howLong(meeting)} ` : ""}${whenAndWhere(meeting)}${chosen ? "" : " You did not say which meeting, so this is the latest."}`;
    answer.followUps = [
      `what happened at the ${meeting.body} meeting on ${formatLongDate(meeting.date)}?`,
    ];
    return answer;
  });
};
