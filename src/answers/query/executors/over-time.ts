import type { Meeting } from "../../../corpus/model.js";
import { withDetail } from "../../answer.js";
import { labelledBullets } from "../../emphasis.js";
import { citeLine, meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
import { rankingScope, scopeWords } from "./record-scope.js";

const cameTo = (meeting: Meeting) =>
  meeting.attendees.filter((a) => a.status !== "apologies").length;
const apologised = (meeting: Meeting) =>
  meeting.attendees.filter((a) => a.status === "apologies").length;

/**
 * "Did attendance go up or down over time", "how many people attended each meeting": the people
 * who came to each meeting in scope and their apologies, earliest first, with where it started,
 * ended, peaked and dipped.
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
  const first = meetings[0];
  const last = meetings.at(-1);
  if (!first || !last) {
    answer.summary = "No meetings in scope.";
    return withDetail(answer, { kind: "timeline" });
  }
  const most = meetings.reduce((a, b) => (cameTo(b) > cameTo(a) ? b : a));
  const fewest = meetings.reduce((a, b) => (cameTo(b) < cameTo(a) ? b : a));
  const change = cameTo(last) - cameTo(first);
  answer.summary =
    meetings.length === 1
      ? `${plural(cameTo(first), "person", "people")} came to ${meetingLabel(first)}.`
      : [
          `${change > 0 ? "Up" : change < 0 ? "Down" : "Level"} from ${cameTo(first)} at ${meetingLabel(first)} to ${cameTo(last)} at ${meetingLabel(last)}.`,
          `Most: ${cameTo(most)} (${meetingLabel(most)}); fewest: ${cameTo(fewest)} (${meetingLabel(fewest)}).`,
        ].join(" ");
  answer.sections = [
    {
      heading: null,
      text: null,
      ...labelledBullets(
        meetings.map((m) => [
          meetingLabel(m),
          `${plural(cameTo(m), "person", "people")} came${apologised(m) > 0 ? `, ${apologised(m)} sent apologies` : ""}`,
        ]),
      ),
      citation: citeLine(first, first.attendees[0]?.line ?? 1, false),
    },
  ];
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
 * "How often does the board meet": the minutes seldom say, so the answer says they do not and
 * gives what they hold instead — the meetings in scope in date order and the gap before each.
 */
export const meetingsOverTimeExecutor: Executor = (input) => {
  const { question, query } = input;
  const scope = rankingScope(input, "meetings");
  if (!Array.isArray(scope)) return scope;
  const meetings = [...scope].sort((a, b) => a.date.localeCompare(b.date));
  const bodies = [...new Set(meetings.map((m) => m.body))];
  const who = bodies.length === 1 ? `the ${bodies[0]}` : "the boards";
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
  answer.summary = [
    `The minutes do not say how often ${who} meets.`,
    `They hold ${plural(meetings.length, "meeting")}${scopeWords(meetings)}${meetings.length > 1 ? `, from ${meetingLabel(first)} to ${meetingLabel(last)}` : ""}.`,
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
      citation: citeLine(first, 1, false),
    },
  ];
  return withDetail(answer, { kind: "timeline" });
};
