import type { Meeting } from "../../../corpus/model.js";
import { withDetail } from "../../answer.js";
import { labelledBullets } from "../../emphasis.js";
import { citeLine, formatDate, meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
import { rankingScope, scopeWords } from "./record-scope.js";

const cameTo = (meeting: Meeting) =>
  meeting.attendees.filter((a) => a.status !== "apologies").length;
const apologised = (meeting: Meeting) =>
  meeting.attendees.filter((a) => a.status === "apologies").length;

/** "10 March 2015 to 12 April 2023" for one body's meetings, with the body named otherwise. */
function fromTo(first: Meeting, last: Meeting): string {
  const label = (m: Meeting) => (first.body === last.body ? formatDate(m.date) : meetingLabel(m));
  return `${label(first)} to ${label(last)}`;
}

/** Where one body's attendance started, ended, peaked and dipped. */
function attendanceTrend(meetings: readonly Meeting[]): string {
  const first = meetings[0];
  const last = meetings.at(-1);
  if (!first || !last) return "";
  const body = meetings.length > 1 ? `${first.body}: ` : "";
  if (meetings.length === 1)
    return `${body}${plural(cameTo(first), "person", "people")} came to ${meetingLabel(first)}.`;
  const most = meetings.reduce((a, b) => (cameTo(b) > cameTo(a) ? b : a));
  const fewest = meetings.reduce((a, b) => (cameTo(b) < cameTo(a) ? b : a));
  const change = cameTo(last) - cameTo(first);
  return `${body}${change > 0 ? "up" : change < 0 ? "down" : "level"} from ${cameTo(first)} to ${cameTo(last)} (${fromTo(first, last)}); most ${cameTo(most)} (${formatDate(most.date)}), fewest ${cameTo(fewest)} (${formatDate(fewest.date)}).`;
}

/**
 * "Did attendance go up or down over time", "how many people attended each meeting": the people
 * who came to each meeting in scope and their apologies, earliest first, with where each body's
 * attendance started, ended, peaked and dipped (a board and its delivery group are not one
 * series). A meeting whose minutes list no one is shown as such, not as nobody coming.
 */
export const attendanceOverTimeExecutor: Executor = (input) => {
  const { question, query } = input;
  const scope = rankingScope(input, "attendees");
  if (!Array.isArray(scope)) return scope;
  const meetings = [...scope].sort((a, b) => a.date.localeCompare(b.date));
  const where = `${plural(meetings.length, "meeting")}${scopeWords(meetings)}`;
  const answer = blankAnswer(
    "attendees",
    question,
    `Attendance at each of ${where}, earliest first`,
  );
  answer.query = query;
  answer.meetings = meetings.map((m) => m.id);
  const listed = meetings.filter((m) => m.attendees.length > 0);
  const first = listed[0];
  if (!first) {
    answer.summary = "No meeting in scope has an attendance list.";
    return withDetail(answer, { kind: "timeline" });
  }
  const bodies = [...new Set(listed.map((m) => m.body))];
  const trends = bodies.map((body) => attendanceTrend(listed.filter((m) => m.body === body)));
  answer.summary = trends
    .map((trend, i) => (i === 0 ? trend.charAt(0).toUpperCase() + trend.slice(1) : trend))
    .join(" ");
  answer.sections = [
    {
      heading: null,
      text: null,
      ...labelledBullets(
        meetings.map((m) => [
          meetingLabel(m),
          m.attendees.length === 0
            ? "no attendance list"
            : `${plural(cameTo(m), "person", "people")} came${apologised(m) > 0 ? `, ${apologised(m)} sent apologies` : ""}`,
        ]),
      ),
      citation: citeLine(first, first.attendees[0]?.line ?? 1, false),
    },
  ];
  const last = listed.at(-1) ?? first;
  answer.followUps = [`who attended ${meetingLabel(last)}?`];
  return withDetail(answer, { kind: "timeline" });
};

/** Whole months from one ISO date to a later one: 10 March 2015 → 2 February 2021 is 70. */
function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number);
  const [y2, m2, d2] = to.split("-").map(Number);
  return ((y2 ?? 0) - (y1 ?? 0)) * 12 + ((m2 ?? 0) - (m1 ?? 0)) - ((d2 ?? 0) < (d1 ?? 0) ? 1 : 0);
}

/** "5 years 10 months", "11 months", "under a month". */
function describeMonths(months: number): string {
  if (months < 1) return "under a month";
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years > 0 ? plural(years, "year") : "", rest > 0 ? plural(rest, "month") : ""]
    .filter(Boolean)
    .join(" ");
}

/**
 * "How often does the board meet": what a passage says of it, if one does (else that the minutes
 * do not say), and what they hold — the meetings in scope in date order and the gap before each.
 */
export const meetingsOverTimeExecutor: Executor = (input) => {
  const { question, query } = input;
  const scope = rankingScope(input, "meetings");
  if (!Array.isArray(scope)) return scope;
  const meetings = [...scope].sort((a, b) => a.date.localeCompare(b.date));
  const bodies = [...new Set(meetings.map((m) => m.body))];
  const one = bodies.length === 1;
  const who = one ? `the ${bodies[0]}` : "the boards";
  const answer = blankAnswer("meetings", question, `How often ${who} met, by the minutes held`);
  answer.query = query;
  answer.meetings = meetings.map((m) => m.id);
  const first = meetings[0];
  const last = meetings.at(-1);
  if (!first || !last) {
    answer.summary = "No meetings in scope.";
    return withDetail(answer, { kind: "timeline" });
  }
  const gaps = meetings.slice(1).map((m, i) => monthsBetween(meetings[i]?.date ?? m.date, m.date));
  const said = saidFrequency(meetings);
  answer.summary = [
    said
      ? `The minutes say: “${said.sentence}” (${meetingLabel(said.meeting)}).`
      : `The minutes do not say how often ${who} ${one ? "meets" : "meet"}.`,
    `They hold ${plural(meetings.length, "meeting")}${scopeWords(meetings)}${meetings.length > 1 ? `, from ${fromTo(first, last)}` : ""}.`,
    gaps.length > 0
      ? `Gaps between them: ${gaps.length === 1 ? describeMonths(gaps[0] ?? 0) : `${describeMonths(Math.min(...gaps))} to ${describeMonths(Math.max(...gaps))}`}.`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  answer.sections = [
    {
      heading: null,
      text: null,
      ...labelledBullets(
        meetings.map((m, i) => [
          meetingLabel(m),
          i === 0
            ? "the first in the minutes"
            : `${describeMonths(gaps[i - 1] ?? 0)} after the one before`,
        ]),
      ),
      citation: said ? citeLine(said.meeting, said.line) : citeLine(first, 1, false),
    },
  ];
  return withDetail(answer, { kind: "timeline" });
};

// A sentence stating how often a body meets: "The Board meets quarterly", "meetings are held
// every two months".
const FREQUENCY =
  /\b(?:meets?|met|meeting|meetings are held|convenes?)\b[^.]{0,40}\b(?:quarterly|monthly|bi-?monthly|annually|twice a year|three times a year|four times a year|every (?:\w+ )?(?:weeks?|months?|years?))\b/i;

/** The latest passage in scope that says how often the body meets, if any. */
function saidFrequency(
  meetings: readonly Meeting[],
): { meeting: Meeting; line: number; sentence: string } | null {
  for (const meeting of [...meetings].reverse())
    for (const item of meeting.items)
      for (const passage of item.passages) {
        const sentence = passage.text.split(/(?<=[.!?])\s+/).find((s) => FREQUENCY.test(s));
        if (sentence) return { meeting, line: passage.line, sentence };
      }
  return null;
}
