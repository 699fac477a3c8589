import type { Attendee, Meeting } from "../../../corpus/model.js";
import { type Answer, withDetail } from "../../answer.js";
import { whoChaired } from "../../chair-role.js";
import { labelledBullets } from "../../emphasis.js";
import { citeLine, formatDate, meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
import { asksSameSides, withSameLead } from "../same-sides.js";
import { comparedSides } from "./compared-sides.js";
import { rankingScope, scopeWords } from "./record-scope.js";

interface Chaired {
  meeting: Meeting;
  chairs: Attendee[];
}

/** Who chaired each meeting in scope, in date order (none when the minutes do not say). */
function chairsOf(meetings: readonly Meeting[]): Chaired[] {
  return [...meetings]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((meeting) => ({ meeting, chairs: whoChaired(meeting).chairs }));
}

// Up to this many chairs in turn are named in the summary; the list below has every one.
const SPELLED_OUT = 5;

const names = (chairs: readonly Attendee[]) => chairs.map((c) => c.name).join(" and ");

/**
 * "Who chaired the most meetings": each chair (or pair of co-chairs) by the meetings in scope
 * they chaired; "has the chair changed", "who has chaired the board over the years": the chairs
 * in date order, one line per run of meetings with the same chair, each body on its own.
 */
export const chairsExecutor: Executor = (input) => {
  const { question, query } = input;
  const scope = rankingScope(input, "attendees");
  if (!Array.isArray(scope)) return scope;
  const chaired = chairsOf(scope);
  const where = `${plural(scope.length, "meeting")}${scopeWords(scope)}`;
  return query.aggregation === "rank"
    ? ranked(blankAnswer("attendees", question, `Chairs over ${where}`), chaired, where)
    : overTime(blankAnswer("attendees", question, `Chairs over ${where}, earliest first`), chaired);
};

/**
 * "Who chaired the 2015 and 2021 boards", "chair of the 2015 board compared with the chair of the
 * DMG": the chairs of the two sides' meetings, in date order.
 */
export const chairsComparedExecutor: Executor = (input) => {
  const sides = comparedSides(input, "attendees");
  if (!("earlier" in sides)) return sides;
  const scope = [...sides.earlier.meetings, ...sides.later.meetings];
  const where = `${plural(scope.length, "meeting")}${scopeWords(scope)}`;
  const chaired = chairsOf(scope);
  const answer = overTime(blankAnswer("attendees", input.question, `Chairs of ${where}`), chaired);
  // "The 2015 chair - same as feb 21?": the same when every meeting's minutes name the same chair.
  const who = chaired.map(({ chairs }) => names(chairs));
  if (asksSameSides(input.question.text) && who.every(Boolean))
    answer.title = withSameLead(answer.title, new Set(who).size === 1);
  return answer;
};

function ranked(answer: Answer, chaired: readonly Chaired[], where: string): Answer {
  const tally = new Map<string, { chairs: Attendee[]; meetings: Meeting[] }>();
  for (const { meeting, chairs } of chaired) {
    if (chairs.length === 0) continue;
    const key = names(chairs);
    const entry = tally.get(key) ?? { chairs, meetings: [] };
    entry.meetings.push(meeting);
    tally.set(key, entry);
  }
  const rows = [...tally].sort(
    (a, b) => b[1].meetings.length - a[1].meetings.length || a[0].localeCompare(b[0]),
  );
  const [top] = rows;
  answer.meetings = chaired.map((c) => c.meeting.id);
  if (!top) {
    answer.summary = `The minutes do not say who chaired any of the ${where}.`;
    return withDetail(answer, { kind: "list" });
  }
  const unsaid = chaired.filter((c) => c.chairs.length === 0).length;
  answer.title = `Most meetings chaired: ${top[0]} (${plural(top[1].meetings.length, "meeting")})`;
  answer.summary = `Over ${where}.${unsaid > 0 ? ` The minutes do not say who chaired ${plural(unsaid, "meeting")}.` : ""}`;
  const first = top[1].meetings[0];
  answer.sections = [
    {
      heading: null,
      text: null,
      ...labelledBullets(
        rows.map(([key, entry]) => [
          key,
          `${plural(entry.meetings.length, "meeting")} (${entry.meetings.map((m) => meetingLabel(m)).join("; ")})`,
        ]),
      ),
      citation: first ? citeLine(first, top[1].chairs[0]?.line ?? 1, false) : null,
    },
  ];
  return withDetail(answer, { kind: "list" });
}

function overTime(answer: Answer, chaired: readonly Chaired[]): Answer {
  answer.meetings = chaired.map((c) => c.meeting.id);
  const lines: [string, string][] = [];
  const bodies = [...new Set(chaired.map((c) => c.meeting.body))];
  const changes: string[] = [];
  for (const body of bodies) {
    // Runs of meetings of one body with the same chair.
    const runs: { who: string; from: Meeting; to: Meeting; count: number }[] = [];
    for (const { meeting, chairs } of chaired.filter((c) => c.meeting.body === body)) {
      const who = chairs.length > 0 ? names(chairs) : "not recorded";
      const last = runs.at(-1);
      if (last && last.who === who) {
        last.to = meeting;
        last.count += 1;
      } else runs.push({ who, from: meeting, to: meeting, count: 1 });
    }
    for (const run of runs)
      lines.push([
        run.who,
        `${body}, ${run.count === 1 ? formatDate(run.from.date) : `${formatDate(run.from.date)} to ${formatDate(run.to.date)} (${run.count} meetings)`}`,
      ]);
    // The chairs in turn, a meeting that does not say between two of one chair not a change.
    const recorded = runs.filter((r) => r.who !== "not recorded");
    const named = recorded.map((r) => r.who).filter((who, i, all) => i === 0 || all[i - 1] !== who);
    const latest = recorded.at(-1);
    if (named.length > SPELLED_OUT && latest)
      changes.push(
        `${body}: ${named.length - 1} changes of chair over ${plural(
          recorded.reduce((n, r) => n + r.count, 0),
          "meeting",
        )} whose minutes say; the latest, ${latest.who}, from ${formatDate(latest.from.date)}`,
      );
    else if (named.length > 1) changes.push(`${body}: ${named.join(", then ")}`);
    else if (named.length === 1)
      changes.push(
        `${body}: ${named[0]} ${runs.length === 1 && runs[0]?.count === 1 ? "at its one meeting here" : "throughout"}`,
      );
  }
  answer.summary =
    changes.length > 0
      ? `${changes.join(". ")}.`
      : "The minutes do not say who chaired these meetings.";
  const first = chaired.find((c) => c.chairs.length > 0);
  answer.sections = [
    {
      heading: null,
      text: null,
      ...labelledBullets(lines),
      citation: first ? citeLine(first.meeting, first.chairs[0]?.line ?? 1, false) : null,
    },
  ];
  return withDetail(answer, { kind: "timeline" });
}
