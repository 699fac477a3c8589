import type { Meeting } from "../../../corpus/model.js";
import { withDetail } from "../../answer.js";
import { formatDate } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { type Appearance, findPeople, type Person } from "../../people.js";
import type { Executor } from "../executor.js";
import { ON_BOTH_SIDES } from "../read-target.js";
import { attendanceSection, sideLabel } from "./attendance-change.js";
import { comparedSides } from "./compared-sides.js";

/** Each person who sent apologies to any of `meetings`, with one apologies line each. */
function apologiesAt(meetings: Meeting[], people: readonly Person[]): Map<Person, Appearance> {
  const sent = new Map<Person, Appearance>();
  for (const person of people)
    for (const appearance of person.appearances)
      if (meetings.includes(appearance.meeting) && appearance.attendee.status === "apologies")
        sent.set(person, appearance);
  return sent;
}

/**
 * Apologies at two meetings (or two years) side by side: each side's list, by organisation, and
 * who sent apologies to both ("who sent apologies to both …" gives only those).
 */
export const apologiesCompareExecutor: Executor = (input) => {
  const { question, people } = input;
  const sides = comparedSides(input, "attendees");
  if (!("earlier" in sides)) return sides;
  const [earlier, later] = [sides.earlier.meetings, sides.later.meetings];
  // "Did Claire Waxman send apologies to both …": her apologies alone.
  const asked = input.query.person
    ? findPeople(input.query.person, people, input.ordinary).slice(0, 1)
    : [];
  const only = asked.length > 0 ? asked : people;
  const [before, after] = [apologiesAt(earlier, only), apologiesAt(later, only)];
  // In the order of the later list, as the sections give them.
  const both = [...after]
    .filter(([person]) => before.has(person))
    .map(([, x]) => x)
    .sort((x, y) => x.attendee.line - y.attendee.line);
  const [first, second] = [sideLabel({ meetings: earlier }), sideLabel({ meetings: later })];
  const onlyBoth = ON_BOTH_SIDES.test(question.text);
  const answer = blankAnswer(
    "attendees",
    question,
    onlyBoth ? `Apologies to both: ${first} and ${second}` : `Apologies: ${first} and ${second}`,
  );
  answer.meetings = [...earlier, ...later].map((m) => m.id);
  const bothNames = both.map((x) => x.attendee.name);
  answer.summary = `${before.size} sent apologies to ${first}, ${after.size} to ${second}; ${
    both.length === 0
      ? "no one sent apologies to both"
      : `${both.length} to both: ${bothNames.join(", ")}`
  }.`;
  answer.sections = [
    ...(onlyBoth
      ? []
      : [
          attendanceSection(`Apologies for ${first}`, [...before.values()]),
          attendanceSection(`Apologies for ${second}`, [...after.values()]),
        ]),
    attendanceSection("Sent apologies to both", both),
  ];
  answer.followUps = [...earlier, ...later]
    .slice(-2)
    .map((m) => `who attended the ${m.body} meeting on ${formatDate(m.date)}?`);
  return withDetail(answer, { kind: "list" });
};
