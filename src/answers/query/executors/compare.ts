import type { Attendee } from "../../../corpus/model.js";
import { type Answer, withDetail } from "../../answer.js";
import { citeLine, formatDate, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { asWritten, attendeesOf } from "../../organisations.js";
import type { Appearance } from "../../people.js";
import { postHoldings } from "../../posts.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { isEmptySelector } from "../query.js";
import { COUNT_COMPARED, ON_BOTH_SIDES, SIZE_COMPARED } from "../read-target.js";
import { asksAnyOnBoth, asksSameSides, withSameLead } from "../same-sides.js";
import { attendanceChange, attendanceSection, type Side, sideLabel } from "./attendance-change.js";
import { comparedSides } from "./compared-sides.js";
import { organisationsSideBySide } from "./organisations.js";

const ORGANISATIONS_ASKED = /\b(?:organi[sz]ations|agencies|bodies|partners)\b/;

// Whether one side was the bigger, asked yes or no: "were there more people in 2021 than in 2022",
// or typed short with its question mark, "fewer people in 2022 than in 2021?".
const ASKS_WHICH_SIZE =
  /^(?:did|were|was|are|is|has|have|had)\b.*\bthan\b|^(?:more|fewer|less|bigger|smaller|busier)\b.*\bthan\b.*\?$/;

/** How many sent apologies to a side's meetings. */
function apologiesAt(side: Side): number {
  return side.meetings.flatMap((m) => m.attendees).filter((a) => a.status === "apologies").length;
}

/**
 * Which side more people came to (or, asked so, sent apologies to), each side's number cited at
 * its attendance list.
 */
function sizesAnswer(
  answer: Answer,
  before: Side,
  after: Side,
  apologies: boolean,
  whose: string | null,
): Answer {
  const size = (side: Side) => (apologies ? apologiesAt(side) : side.came.size);
  const [bigger, smaller] = size(after) > size(before) ? [after, before] : [before, after];
  const what = apologies ? "apologies" : whose ? `people from ${whose}` : "people";
  answer.title =
    size(bigger) === size(smaller)
      ? `As many ${what} at ${sideLabel(before)} as at ${sideLabel(after)}: ${size(before)} each`
      : `More ${what} at ${sideLabel(bigger)}: ${size(bigger)}, against ${size(smaller)} at ${sideLabel(smaller)}`;
  answer.summary = apologies
    ? "Everyone listed as sending apologies counts."
    : "Everyone present or in attendance counts; apologies do not.";
  answer.sections = [before, after].map((side) => {
    const lines = side.meetings.flatMap((m) => m.attendees.map((a) => ({ m, a })));
    const count = (status: string) => lines.filter(({ a }) => a.status === status).length;
    const first = lines.find(({ a }) => a.status !== "apologies");
    return {
      heading: sideLabel(side),
      text: `${plural(side.came.size, "person", "people")} came: ${count("present")} present, ${count("in_attendance")} in attendance${count("apologies") > 0 ? `; ${count("apologies")} sent apologies` : ""}.`,
      bullets: [],
      citation: first ? citeLine(first.m, first.a.line) : null,
    };
  });
  return withDetail(answer, { kind: "list" });
}

/**
 * "Who was at the DMG but never at an LCRB": a side named by its body alone, with "never", "ever",
 * "any" or "every" before it, is every meeting of that body held so far, not its latest.
 */
function everyMeetingOfABody(input: ExecutorInput): ExecutorInput {
  const { query, question, context } = input;
  const resolutions = input.resolutions.map((resolution, index) => {
    const selector = query.meetings[index];
    const body = selector?.body;
    if (!selector || !body || !isEmptySelector({ ...selector, body: null })) return resolution;
    const every = new RegExp(
      `\\b(?:never|ever|any|every|all)\\b(?: \\w+){0,3}? (?:(?:an?|the|of the) )?${body.toLowerCase()}\\b`,
    );
    if (!every.test(question.text)) return resolution;
    const held = context.meetings.filter((m) => m.body === body && m.date <= context.today());
    return held.length > 0
      ? { ...resolution, status: "found" as const, meetings: held }
      : resolution;
  });
  return { ...input, resolutions };
}

/**
 * Attendance at two meetings (or two years) side by side: who joined, who left, by organisation,
 * and which organisations are new or gone. An organisation named narrows it to its people.
 */
export const compareExecutor: Executor = (input) => {
  const { question, query, context, people } = input;
  const sides = comparedSides(everyMeetingOfABody(input), "attendees");
  if (!("earlier" in sides)) return sides;
  const { earlier, later, laterNamedFirst } = sides;
  const meetings = [...earlier.meetings, ...later.meetings];
  // An organisation's people, and whoever held the post as "who was the … in 2015" finds them:
  // "Deputy Commissioner Craig Mackey" holds it by his title, not his role. Each meeting's list
  // is read by itself: the 2021 list's "Deputy Mayor for Policing and Crime" by role does not
  // hide the 2023 list's "DMPC", a deputy mayor by the acronym.
  const only =
    query.organisation.length > 0
      ? new Set([
          ...meetings.flatMap((m) =>
            attendeesOf(query.organisation, m.attendees, context.directory.organisations),
          ),
          ...postHoldings(query.organisation.join(" "), meetings).flatMap((h) => h.holders),
        ])
      : null;
  const change = attendanceChange(
    earlier.meetings,
    later.meetings,
    people,
    only && only.size > 0 ? only : null,
  );
  // Two bodies set side by side ("at the DMG but never at an LCRB") are not a before and after:
  // no one "joined" or "left", they came to one and not the other.
  const bodies =
    new Set(earlier.meetings.map((m) => m.body)).size === 1 &&
    new Set(later.meetings.map((m) => m.body)).size === 1 &&
    earlier.meetings[0]?.body !== later.meetings[0]?.body;
  const { before, after, joined, left, both } = change;
  // "Which organisations were at both": the organisations, not the people.
  if (ORGANISATIONS_ASKED.test(question.text) && !only?.size)
    return organisationsSideBySide(question, earlier.meetings, later.meetings);
  const onlyJoined = /\bjoined\b|\bnew\b/.test(question.text) && !/\bleft\b/.test(question.text);
  const onlyLeft =
    /\bleft\b|\bno longer\b/.test(question.text) && !/\bjoined\b/.test(question.text);
  // "At A but not at B": only those at the side named first. "Who came to A having missed B",
  // "who missed B but came in A": only those at the side not said to be missed.
  const said = query.sidesSay ?? [];
  const missed = said.filter((x) => x === "away").length === 1 ? said.indexOf("away") : -1;
  const butNot = /\bbut (?:not|never)\b/.test(question.text) || missed >= 0;
  // The side whose people are shown is the one named first, or the one not missed.
  const shownIsLater = missed >= 0 ? (missed === 0) !== laterNamedFirst : laterNamedFirst;
  // "Who attended both A and B", "who was at A and still coming in B": only those at both.
  const onlyBoth = ON_BOTH_SIDES.test(question.text) && !onlyJoined && !onlyLeft && !butNot;
  const showJoined = !onlyLeft && !onlyBoth && (!butNot || shownIsLater);
  const showLeft = !onlyJoined && !onlyBoth && (!butNot || !shownIsLater);
  const answer = blankAnswer(
    "attendees",
    question,
    `Attendance: ${sideLabel(before)} ${bodies ? "and" : "→"} ${sideLabel(after)}`,
  );
  answer.query = query;
  answer.meetings = [...before.meetings, ...after.meetings].map((m) => m.id);
  answer.summary = onlyBoth
    ? `${both.length} came to both, of ${before.came.size} at the first and ${after.came.size} at the second.`
    : `${before.came.size} came to the first, ${after.came.size} to the second: ${bodies ? `${joined.length} only to the second, ${left.length} only to the first` : `${joined.length} joined, ${left.length} left`}, ${both.length} at both.`;
  if (onlyBoth) answer.title = `At both: ${sideLabel(before)} and ${sideLabel(after)}`;
  // "Anyone on both lists?": yes or no first.
  if (onlyBoth && asksAnyOnBoth(question.text))
    answer.title = withSameLead(answer.title, both.length > 0);
  // "Same as at the casey one?": the same people when no one joined or left (and someone came).
  if (asksSameSides(question.text) && before.came.size + after.came.size > 0)
    answer.title = withSameLead(answer.title, joined.length === 0 && left.length === 0);
  // "Were there more people at A or at B?": the two numbers, each cited at its attendance list.
  if (SIZE_COMPARED.test(question.text) || COUNT_COMPARED.test(question.text)) {
    // "More from London Councils": the organisation's people counted, and said to be.
    const whose = only?.size ? asWritten(query.organisation, question.asked) : null;
    const sized = sizesAnswer(answer, before, after, /\bapolog\w*/.test(question.text), whose);
    // "Did more people send apologies in 2023 than in 2022?", or typed short, "fewer people in
    // 2022 than in 2021?": yes or no, of the side named first.
    const first = laterNamedFirst ? after : before;
    const second = first === after ? before : after;
    if (ASKS_WHICH_SIZE.test(question.text)) {
      const size = (side: Side) =>
        /\bapolog\w*/.test(question.text) ? apologiesAt(side) : side.came.size;
      const more = !/\b(?:fewer|less|smaller)\b/.test(question.text);
      const yes = more ? size(first) > size(second) : size(first) < size(second);
      sized.title = `${yes ? "Yes" : "No"}: ${sized.title}`;
    }
    return sized;
  }
  answer.sections = [
    ...(showJoined
      ? [
          attendanceSection(
            `${bodies ? "Only" : "Joined:"} at ${sideLabel(after)}, not ${sideLabel(before)}`,
            joined,
          ),
        ]
      : []),
    ...(showLeft
      ? [
          attendanceSection(
            `${bodies ? "Only" : "Left:"} at ${sideLabel(before)}, not ${sideLabel(after)}`,
            left,
          ),
        ]
      : []),
    ...(!onlyJoined && !onlyLeft && !butNot ? [attendanceSection("At both", both)] : []),
  ];
  if (showJoined && change.newOrganisations.length > 0)
    answer.sections.push({
      heading: "Organisations new to the second",
      text: change.newOrganisations.join(", "),
      bullets: [],
      citation: null,
    });
  if (showLeft && change.goneOrganisations.length > 0)
    answer.sections.push({
      heading: "Organisations not at the second",
      text: change.goneOrganisations.join(", "),
      bullets: [],
      citation: null,
    });
  // "HMCTS at the feb 21 board vs apr 23": an organisation's people asked after at two meetings
  // are also those it sent apologies from ("Joanne Towens, HMCTS" in the 2023 apologies), whom
  // neither side's attendance shows unless they came to the other ("(sent apologies)" above).
  // Not when one direction or those at both were asked after ("which … joined").
  if (only?.size && !onlyBoth && !onlyJoined && !onlyLeft && !butNot) {
    const came = new Set([...before.came.keys(), ...after.came.keys()]);
    const cameToOne = (attendee: Attendee) =>
      people.some((p) => came.has(p) && p.appearances.some((x) => x.attendee === attendee));
    for (const side of [before, after]) {
      const sent = side.meetings.flatMap((meeting) =>
        meeting.attendees
          .filter((a) => a.status === "apologies" && only.has(a) && !cameToOne(a))
          .map((attendee) => ({ meeting, attendee })),
      );
      if (sent.length > 0)
        answer.sections.push(attendanceSection(`Sent apologies to ${sideLabel(side)}`, sent));
    }
  }
  const latest = after.meetings.at(-1);
  answer.followUps = latest
    ? [`who attended the ${latest.body} meeting on ${formatDate(latest.date)}?`]
    : [];
  const names = (entries: Appearance[]) =>
    [...entries].sort((x, y) => x.attendee.line - y.attendee.line).map((x) => x.attendee.name);
  return withDetail(answer, {
    kind: "comparison",
    comparison: { joined: names(joined), left: names(left), both: names(both) },
  });
};
