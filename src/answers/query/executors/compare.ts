import type { Attendee, Meeting } from "../../../corpus/model.js";
import { type AnswerSection, withDetail } from "../../answer.js";
import { citeLine, formatDate, meetingLabel } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { attendeesOf } from "../../organisations.js";
import type { Person } from "../../people.js";
import type { Executor } from "../executor.js";
import type { Resolution } from "../resolve.js";
import { unclearAnswer } from "./unclear.js";

interface Side {
  meetings: Meeting[];
  /** Everyone who came (present or in attendance), by person, with one attendance line each. */
  came: Map<Person, { meeting: Meeting; attendee: Attendee }>;
}

function sideOf(meetings: Meeting[], people: readonly Person[], only: Set<Attendee> | null): Side {
  const came = new Map<Person, { meeting: Meeting; attendee: Attendee }>();
  for (const person of people)
    for (const appearance of person.appearances)
      if (
        meetings.includes(appearance.meeting) &&
        appearance.attendee.status !== "apologies" &&
        (!only || only.has(appearance.attendee))
      )
        came.set(person, appearance);
  return { meetings, came };
}

function organisationOf(attendee: Attendee): string {
  return attendee.organisation ?? attendee.role ?? "no organisation given";
}

/** People grouped by organisation: "London Councils: Nesil Caliskan, Ella Watson". */
function byOrganisation(entries: { attendee: Attendee }[]): string[] {
  const groups = new Map<string, string[]>();
  // In the order of the attendance lists, as a reader of the minutes would meet them.
  const ordered = [...entries].sort((a, b) => a.attendee.line - b.attendee.line);
  for (const { attendee } of ordered) {
    const key = organisationOf(attendee);
    groups.set(key, [...(groups.get(key) ?? []), attendee.name]);
  }
  return [...groups].map(([organisation, names]) => `${organisation}: ${names.join(", ")}`);
}

const sideLabel = (side: Side) => side.meetings.map(meetingLabel).join(" and ");

/**
 * "Who was new at the 2023 meeting", "who left after the 2022 meeting": one meeting named, set
 * beside the meeting of the same body before it (or, with "after", the one after it).
 */
function withNeighbour(
  resolutions: readonly Resolution[],
  text: string,
  meetings: readonly Meeting[],
): (Resolution | undefined)[] {
  const [a, b] = resolutions;
  const one = a?.status === "found" ? a.meetings.at(-1) : undefined;
  if (!a || b || !one) return [a, b];
  const sameBody = meetings.filter((m) => m.body === one.body);
  const pool = sameBody.length > 1 ? sameBody : meetings;
  const index = pool.indexOf(one);
  const after = /\bafter\b/.test(text);
  const other = after ? pool[index + 1] : pool[index - 1];
  if (!other) return [a, b];
  const side: Resolution = { status: "found", meetings: [other], candidates: [], wanted: "" };
  return after ? [a, side] : [side, a];
}

/**
 * Attendance at two meetings (or two years) side by side: who joined, who left, by organisation,
 * and which organisations are new or gone. An organisation named narrows it to its people.
 */
export const compareExecutor: Executor = (input) => {
  const { question, query, resolutions, context, people } = input;
  for (const [index, resolution] of resolutions.entries())
    if (resolution.status !== "found")
      return unclearAnswer(input, "attendees", resolution, query.meetings[index]);
  const [a, b] = withNeighbour(resolutions, question.text, context.meetings);
  const alone = a?.status === "found" && !b ? a.meetings.at(-1) : undefined;
  if (alone) {
    const answer = blankAnswer("attendees", question, "Nothing to compare with");
    const after = /\bafter\b/.test(question.text);
    answer.summary = `The ${alone.body} meeting on ${formatDate(alone.date)} is the ${after ? "last" : "first"} in the minutes: there is no ${after ? "later" : "earlier"} meeting to compare it with.`;
    answer.meeting = { id: alone.id, date: alone.date, body: alone.body };
    return answer;
  }
  if (!a || !b) {
    const answer = blankAnswer("attendees", question, "Compare which meetings?");
    answer.summary =
      "Name two meetings or two years, e.g. “compare attendance between April 2022 and April 2023”.";
    return answer;
  }
  // Earlier first: "joined" means came to the later meeting, not the earlier.
  const [earlier, later] =
    (a.meetings[0]?.date ?? "") <= (b.meetings[0]?.date ?? "") ? [a, b] : [b, a];
  const known = [
    ...new Set(context.meetings.flatMap((m) => m.attendees.flatMap((x) => x.organisation ?? []))),
  ];
  const all = [...earlier.meetings, ...later.meetings].flatMap((m) => m.attendees);
  const only =
    query.organisation.length > 0 ? new Set(attendeesOf(query.organisation, all, known)) : null;
  const before = sideOf(earlier.meetings, people, only && only.size > 0 ? only : null);
  const after = sideOf(later.meetings, people, only && only.size > 0 ? only : null);
  const joined = [...after.came].filter(([p]) => !before.came.has(p)).map(([, x]) => x);
  // Someone who "left" may only have sent apologies to the later meeting: the answer says so.
  const apologised = new Set(
    people.filter((p) =>
      p.appearances.some(
        (a) => later.meetings.includes(a.meeting) && a.attendee.status === "apologies",
      ),
    ),
  );
  const left = [...before.came]
    .filter(([p]) => !after.came.has(p))
    .map(([p, x]) =>
      apologised.has(p)
        ? { ...x, attendee: { ...x.attendee, name: `${x.attendee.name} (sent apologies)` } }
        : x,
    );
  const both = [...after.came].filter(([p]) => before.came.has(p)).map(([, x]) => x);
  const orgs = (side: Side) =>
    new Set([...side.came.values()].map((x) => organisationOf(x.attendee)));
  const newOrgs = [...orgs(after)].filter((o) => !orgs(before).has(o));
  const goneOrgs = [...orgs(before)].filter((o) => !orgs(after).has(o));
  const onlyJoined = /\bjoined\b|\bnew\b/.test(question.text) && !/\bleft\b/.test(question.text);
  const onlyLeft =
    /\bleft\b|\bno longer\b/.test(question.text) && !/\bjoined\b/.test(question.text);
  // "At A but not at B": only those at the side named first.
  const butNot = /\bbut not\b/.test(question.text);
  // "Who attended both A and B": only those at both.
  const onlyBoth = /\bboth\b/.test(question.text) && !onlyJoined && !onlyLeft && !butNot;
  const firstNamedLater = a === later;
  const showJoined = !onlyLeft && !onlyBoth && (!butNot || firstNamedLater);
  const showLeft = !onlyJoined && !onlyBoth && (!butNot || !firstNamedLater);
  const answer = blankAnswer(
    "attendees",
    question,
    `Attendance: ${sideLabel(before)} → ${sideLabel(after)}`,
  );
  answer.query = query;
  answer.meetings = [...before.meetings, ...after.meetings].map((m) => m.id);
  answer.summary = onlyBoth
    ? `${both.length} came to both, of ${before.came.size} at the first and ${after.came.size} at the second.`
    : `${before.came.size} came to the first, ${after.came.size} to the second: ${joined.length} joined, ${left.length} left, ${both.length} at both.`;
  if (onlyBoth) answer.title = `At both: ${sideLabel(before)} and ${sideLabel(after)}`;
  const section = (
    heading: string,
    entries: { meeting: Meeting; attendee: Attendee }[],
  ): AnswerSection => ({
    heading: `${heading} (${entries.length})`,
    text: entries.length === 0 ? "No one." : null,
    bullets: byOrganisation(entries),
    citation: entries[0] ? citeLine(entries[0].meeting, entries[0].attendee.line) : null,
  });
  answer.sections = [
    ...(showJoined
      ? [section(`Joined: at ${sideLabel(after)}, not ${sideLabel(before)}`, joined)]
      : []),
    ...(showLeft ? [section(`Left: at ${sideLabel(before)}, not ${sideLabel(after)}`, left)] : []),
    ...(!onlyJoined && !onlyLeft && !butNot ? [section("At both", both)] : []),
  ];
  if (showJoined && newOrgs.length > 0)
    answer.sections.push({
      heading: "Organisations new to the second",
      text: newOrgs.join(", "),
      bullets: [],
      citation: null,
    });
  if (showLeft && goneOrgs.length > 0)
    answer.sections.push({
      heading: "Organisations not at the second",
      text: goneOrgs.join(", "),
      bullets: [],
      citation: null,
    });
  const latest = after.meetings.at(-1);
  answer.followUps = latest
    ? [`who attended the ${latest.body} meeting on ${formatDate(latest.date)}?`]
    : [];
  const names = (entries: { attendee: Attendee }[]) =>
    [...entries].sort((x, y) => x.attendee.line - y.attendee.line).map((x) => x.attendee.name);
  return withDetail(answer, {
    kind: "comparison",
    comparison: { joined: names(joined), left: names(left), both: names(both) },
  });
};
