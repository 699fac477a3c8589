import type { Meeting } from "../../../corpus/model.js";
import { type Answer, withDetail } from "../../answer.js";
import { formatDate } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { type Appearance, findPeople, type Person } from "../../people.js";
import { YES_NO_QUESTION } from "../../question.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { ON_BOTH_SIDES } from "../read-target.js";
import { asksAnyOnBoth, withSameLead } from "../same-sides.js";
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
 * "Who was at the 2021 board but sent apologies in 2023", "anyone at the DMG who sent apologies
 * to the Casey meeting": one side asked after who came, the other after apologies. The index of
 * the side whose words ask for apologies, when only one does and the other says they came; else
 * null ("compare the apologies at the 2022 and 2023 meetings").
 */
function apologiesSide(input: ExecutorInput): number | null {
  const said = input.query.sidesSay ?? [];
  const apologised = said.indexOf("apologies");
  if (apologised < 0 || said.lastIndexOf("apologies") !== apologised) return null;
  return said[1 - apologised] === "came" ? apologised : null;
}

/** Who came to one side and sent apologies to the other, each with the apologies line. */
function cameThenApologised(input: ExecutorInput, apologised: number): Answer | null {
  const { question, people, resolutions } = input;
  const [came, sent] = [resolutions[1 - apologised], resolutions[apologised]];
  if (came?.status !== "found" || sent?.status !== "found") return null;
  const apologies = apologiesAt(sent.meetings, people);
  const both = [...apologies]
    .filter(([person]) =>
      person.appearances.some(
        (a) => came.meetings.includes(a.meeting) && a.attendee.status !== "apologies",
      ),
    )
    .map(([, x]) => x)
    .sort((x, y) => x.attendee.line - y.attendee.line);
  const [at, to] = [sideLabel(came), sideLabel(sent)];
  const names = both.map((x) => x.attendee.name).join(", ");
  const lead =
    YES_NO_QUESTION.test(question.text) || asksAnyOnBoth(question.text)
      ? `${both.length > 0 ? "Yes" : "No"}: `
      : "";
  const answer = blankAnswer(
    "attendees",
    question,
    both.length > 0
      ? `${lead}At ${at}, then sent apologies to ${to}: ${names}`
      : `${lead}No one at ${at} sent apologies to ${to}`,
  );
  answer.meetings = [...came.meetings, ...sent.meetings].map((m) => m.id);
  answer.summary = `${apologies.size} sent apologies to ${to}; ${both.length} of them came to ${at}.`;
  answer.sections = [attendanceSection(`Came to ${at}, sent apologies to ${to}`, both)];
  return withDetail(answer, { kind: "list" });
}

/**
 * Apologies at two meetings (or two years) side by side: each side's list, by organisation, and
 * who sent apologies to both ("who sent apologies to both …" gives only those); or, one side
 * asked after who came, who came to it and sent apologies to the other.
 */
export const apologiesCompareExecutor: Executor = (input) => {
  const { question, people } = input;
  const sides = comparedSides(input, "attendees");
  if (!("earlier" in sides)) return sides;
  const apologised = input.query.person ? null : apologiesSide(input);
  const mixed = apologised === null ? null : cameThenApologised(input, apologised);
  if (mixed) return mixed;
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
  // "Anyone on both lists?": yes or no first.
  if (onlyBoth && asksAnyOnBoth(question.text))
    answer.title = withSameLead(answer.title, both.length > 0);
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
