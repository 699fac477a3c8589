import type { Meeting } from "../../../corpus/model.js";
import { type Answer, withDetail } from "../../answer.js";
import { labelledBullets } from "../../emphasis.js";
import { citeLine, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { asWritten, attendeesOf } from "../../organisations.js";
import type { Appearance, Person } from "../../people.js";
import { COUNTS_APOLOGIES } from "../../presence-asked.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { rankingScope, scopeWords } from "./record-scope.js";

const SHOWN = 12;
const ASKS_FEWEST = /\b(?:fewest|least|rarely|seldom|hardly)\b/;
const ASKS_NEVER = /\bnever\b/;
const ASKS_EVERY = /\b(?:every|each|all(?: the| of the)?) (?:meeting|one|lcrb|dmg)s?\b/;

/**
 * "Who has attended the most meetings", "who sent apologies most often", "who attended every
 * meeting": people ranked by the meetings in scope they came to (present or in attendance), or
 * sent apologies to, each person once however the lists spell them.
 */
export const peopleRankedExecutor: Executor = (input) => {
  const { question, query, people } = input;
  const inScope = rankingScope(input, "attendees");
  if (!Array.isArray(inScope)) return inScope;
  const meetings = new Set(inScope);
  const apologies = COUNTS_APOLOGIES.test(question.text);
  // "Who from MOPAC usually attends": only the lines of that organisation (or post) count.
  const only =
    query.organisation.length > 0
      ? new Set(
          attendeesOf(
            query.organisation,
            inScope.flatMap((m) => m.attendees),
            input.context.directory.organisations,
          ),
        )
      : null;
  const inView = (a: Appearance) => meetings.has(a.meeting) && (!only || only.has(a.attendee));
  const counted = (a: Appearance) => inView(a) && (a.attendee.status === "apologies") === apologies;
  if (ASKS_NEVER.test(question.text)) return neverAnswer(input, inScope, inView, apologies);
  if (query.aggregation === "whether" && only) return everCameAnswer(input, inScope, inView);
  const tallies = people
    .map((person) => ({ person, appearances: person.appearances.filter(counted) }))
    .filter((t) => t.appearances.length > 0);
  const fewest = ASKS_FEWEST.test(question.text);
  const every = !apologies && ASKS_EVERY.test(question.text);
  tallies.sort(
    (a, b) =>
      (fewest ? -1 : 1) * (b.appearances.length - a.appearances.length) ||
      a.person.name.localeCompare(b.person.name),
  );
  const what = apologies ? "sent apologies to" : "came to";
  const where = `${plural(meetings.size, "meeting")}${scopeWords(inScope)}`;
  const measure = (n: number) => `${what} ${n} of ${where}`;
  const from = only ? `, only those from “${asWritten(query.organisation, question.asked)}”` : "";
  const answer = blankAnswer(
    "attendees",
    question,
    every
      ? `At every one of ${where}${from}`
      : `People by ${apologies ? "apologies" : "attendance"} over ${where}${from}`,
  );
  answer.query = query;
  answer.meetings = inScope.map((m) => m.id);
  const [top] = tallies;
  if (!top) {
    answer.summary = `No one ${apologies ? "sent apologies to" : "is listed at"} ${where}.`;
    return withDetail(answer, { kind: "list" });
  }
  const shown = every
    ? tallies.filter((t) => t.appearances.length === meetings.size)
    : tallies.filter((t) => t.appearances.length === top.appearances.length);
  const names = (list: { person: Person }[]) => list.map((t) => t.person.name).join(", ");
  answer.summary = every
    ? shown.length > 0
      ? `${names(shown)}: at all ${where}.`
      : `No one came to all ${where}; the most was ${top.appearances.length}, by ${names(tallies.filter((t) => t.appearances.length === top.appearances.length))}.`
    : `${fewest ? "Fewest" : "Most"}: ${names(shown)} (${measure(top.appearances.length)}).`;
  const listed = every ? shown : tallies.slice(0, SHOWN);
  const first = listed[0]?.appearances[0];
  answer.sections = [
    {
      heading:
        !every && tallies.length > SHOWN ? `The ${SHOWN} ${fewest ? "fewest" : "most"}` : null,
      text: null,
      ...labelledBullets(
        listed.map((t) => [t.person.name, plural(t.appearances.length, "meeting")] as const),
      ),
      citation: first ? citeLine(first.meeting, first.attendee.line, false) : null,
    },
  ];
  answer.followUps = [`which meetings did ${top.person.name} attend?`];
  return withDetail(answer, { kind: "list" });
};

/**
 * "Any1 from the crc ever come?": yes with those of the organisation who came and how often; no
 * with those who only sent apologies ("Andrea Simon, EVAW" in April 2023's apologies), who are
 * the minutes' only trace of it.
 */
function everCameAnswer(
  input: ExecutorInput,
  inScope: readonly Meeting[],
  inView: (a: Appearance) => boolean,
): Answer {
  const { question, query, people } = input;
  const where = `${plural(inScope.length, "meeting")}${scopeWords(inScope)}`;
  const from = asWritten(query.organisation, question.asked);
  const tallies = people
    .map((person) => {
      const listed = person.appearances.filter(inView);
      const came = listed.filter((a) => a.attendee.status !== "apologies");
      return { person, came: came.length, sent: listed.length - came.length, first: listed[0] };
    })
    .filter((t) => t.first)
    .sort(
      (a, b) => b.came - a.came || b.sent - a.sent || a.person.name.localeCompare(b.person.name),
    );
  const came = tallies.filter((t) => t.came > 0);
  const answer = blankAnswer(
    "attendees",
    question,
    came.length > 0
      ? `Yes: ${plural(came.length, "person", "people")} from ${from} came, over ${where}`
      : `No: no one from ${from} came, over ${where}`,
  );
  answer.query = query;
  answer.meetings = [...new Set(tallies.flatMap((t) => (t.first ? [t.first.meeting.id] : [])))];
  const sent = tallies.filter((t) => t.came === 0);
  answer.summary =
    tallies.length === 0
      ? `No attendance list names anyone from ${from}.`
      : sent.length > 0 && came.length === 0
        ? `Only sent apologies: ${sent.map((t) => t.person.name).join(", ")}.`
        : `${came.map((t) => `${t.person.name} (${plural(t.came, "meeting")})`).join(", ")}.`;
  const first = tallies[0]?.first;
  answer.sections = [
    {
      heading: null,
      text: null,
      ...labelledBullets(
        tallies.map(
          (t) =>
            [
              t.person.name,
              [
                t.came > 0 ? `came to ${plural(t.came, "meeting")}` : "",
                t.sent > 0 ? `sent apologies to ${plural(t.sent, "meeting")}` : "",
              ]
                .filter(Boolean)
                .join("; "),
            ] as const,
        ),
      ),
      citation: first ? citeLine(first.meeting, first.attendee.line, false) : null,
    },
  ];
  return withDetail(answer, { kind: "yes-no", verdict: came.length > 0 });
}

/**
 * "Who has never sent apologies": those listed in scope who came and never sent apologies, most
 * meetings first; "who never came": those only ever listed with apologies.
 */
function neverAnswer(
  input: ExecutorInput,
  inScope: readonly Meeting[],
  inView: (a: Appearance) => boolean,
  apologies: boolean,
): Answer {
  const { question, query, people } = input;
  const where = `${plural(inScope.length, "meeting")}${scopeWords(inScope)}`;
  const tallies = people
    .map((person) => {
      const listed = person.appearances.filter(inView);
      const sent = listed.filter((a) => a.attendee.status === "apologies");
      return { person, came: listed.length - sent.length, sent: sent.length, first: listed[0] };
    })
    .filter((t) => (apologies ? t.came > 0 && t.sent === 0 : t.sent > 0 && t.came === 0))
    .sort(
      (a, b) => b.came - a.came || b.sent - a.sent || a.person.name.localeCompare(b.person.name),
    );
  const who = apologies ? "came and never sent apologies" : "sent apologies and never came";
  const answer = blankAnswer("attendees", question, `Listed over ${where}: who ${who}`);
  answer.query = query;
  answer.meetings = inScope.map((m) => m.id);
  answer.summary =
    tallies.length > 0
      ? `${plural(tallies.length, "person", "people")} ${who}${tallies.length > SHOWN ? `; the ${SHOWN} at the most meetings first` : ""}.`
      : `No one listed over ${where} ${who}.`;
  const shown = tallies.slice(0, SHOWN);
  const first = shown[0]?.first;
  answer.sections = [
    {
      heading: null,
      text: null,
      ...labelledBullets(
        shown.map((t) =>
          apologies
            ? ([t.person.name, `came to ${plural(t.came, "meeting")}`] as const)
            : ([t.person.name, `sent apologies to ${plural(t.sent, "meeting")}`] as const),
        ),
      ),
      citation: first ? citeLine(first.meeting, first.attendee.line, false) : null,
    },
  ];
  return withDetail(answer, { kind: "list" });
}
