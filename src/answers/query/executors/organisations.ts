import { JOINING_WORDS } from "../../../corpus/lexicon.js";
import type { Attendee, Meeting } from "../../../corpus/model.js";
import { JUSTICE_ACRONYMS } from "../../../search/acronyms.js";
import { type Answer, withDetail } from "../../answer.js";
import { labelledBullets } from "../../emphasis.js";
import { citeLine, meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { COUNTS_APOLOGIES } from "../../presence-asked.js";
import type { Question } from "../../question.js";
import type { Executor } from "../executor.js";
import { rankingScope, recordScope, scopeWords } from "./record-scope.js";
import { unclearAnswer } from "./unclear.js";

/** One organisation's attendance over the meetings in scope. */
interface Tally {
  /** The organisation as the attendance lists most often write it. */
  name: string;
  meetings: Set<Meeting>;
  people: number;
  /** Its first attendance line, cited. */
  first: { meeting: Meeting; attendee: Attendee };
  spellings: Map<string, number>;
}

// An organisation written as its acronym: "MPS", "MOPAC", "NHSE".
const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;
const BRACKETED = /\(([A-Z][A-Za-z&]{1,7})\)/;

// The acronyms of the field by their names spelt out: "crown prosecution service" → "cps".
const SPELT_OUT = new Map(
  JUSTICE_ACRONYMS.flatMap((entry) =>
    entry.expansions.map((name) => [wordsOf(name).join(" "), entry.acronym.toLowerCase()] as const),
  ),
);

function wordsOf(organisation: string): string[] {
  return (organisation.replace(/\(.*?\)/g, " ").match(/[A-Za-z&]+/g) ?? []).map((w) =>
    w.toLowerCase(),
  );
}

/**
 * One key per organisation however the lists write it: "Metropolitan Police Service (MPS)" and
 * "MPS" by the acronym, "Crown Prosecution Service" by its initials when another line writes
 * "CPS", "London Council" and "London Councils" by their words without a plural "s".
 */
function organisationKeys(organisations: readonly string[]): (organisation: string) => string {
  const acronyms = new Set<string>();
  for (const organisation of organisations) {
    const bracketed = BRACKETED.exec(organisation)?.[1];
    if (bracketed) acronyms.add(bracketed.toLowerCase());
    if (ACRONYM.test(organisation.trim())) acronyms.add(organisation.trim().toLowerCase());
  }
  return (organisation) => {
    const bracketed = BRACKETED.exec(organisation)?.[1];
    if (bracketed) return bracketed.toLowerCase();
    // "Crown Prosecution Service" is the CPS, however another list writes it.
    const known = SPELT_OUT.get(wordsOf(organisation).join(" "));
    if (known) return known;
    const words = wordsOf(organisation);
    const initials = words
      .filter((w) => !JOINING_WORDS.has(w))
      .map((w) => w[0])
      .join("");
    if (words.length > 1 && acronyms.has(initials)) return initials;
    return words.map((w) => (w.length > 3 ? w.replace(/s$/, "") : w)).join(" ");
  };
}

/** Whom a tally counts: those who came (present or in attendance), or those who sent apologies. */
type Counted = "came" | "apologies";

function tallies(meetings: readonly Meeting[], counted: Counted = "came"): Tally[] {
  const byKey = new Map<string, Tally>();
  const organisationKey = organisationKeys(
    meetings.flatMap((m) => m.attendees.flatMap((a) => a.organisation ?? [])),
  );
  for (const meeting of meetings)
    for (const attendee of meeting.attendees) {
      const organisation = attendee.organisation?.trim();
      if (!organisation || (attendee.status === "apologies") !== (counted === "apologies"))
        continue;
      const key = organisationKey(organisation);
      const tally = byKey.get(key) ?? {
        name: organisation,
        meetings: new Set<Meeting>(),
        people: 0,
        first: { meeting, attendee },
        spellings: new Map<string, number>(),
      };
      tally.meetings.add(meeting);
      tally.people += 1;
      tally.spellings.set(organisation, (tally.spellings.get(organisation) ?? 0) + 1);
      byKey.set(key, tally);
    }
  for (const tally of byKey.values())
    tally.name = [...tally.spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? tally.name;
  return [...byKey.values()];
}

const SHOWN = 12;

/**
 * "2015 board vs 2023 board: which organisations were at both": the organisations (however each
 * list writes them) that came to both sides, and those at only one, each side cited at its
 * attendance list.
 */
export function organisationsSideBySide(
  question: Question,
  before: readonly Meeting[],
  after: readonly Meeting[],
): Answer {
  const label = (meetings: readonly Meeting[]) => meetings.map(meetingLabel).join(" and ");
  const [earlier, later] = [label(before), label(after)];
  const answer = blankAnswer("attendees", question, `Organisations at ${earlier} and ${later}`);
  answer.meetings = [...before, ...after].map((m) => m.id);
  const at = (tally: Tally, side: readonly Meeting[]) =>
    [...tally.meetings].some((m) => side.includes(m));
  const all = tallies([...before, ...after]).sort((a, b) => a.name.localeCompare(b.name));
  const both = all.filter((t) => at(t, before) && at(t, after));
  const onlyBefore = all.filter((t) => at(t, before) && !at(t, after));
  const onlyAfter = all.filter((t) => !at(t, before) && at(t, after));
  answer.summary = `${plural(both.length, "organisation")} came to both; ${onlyBefore.length} only to ${earlier}, ${onlyAfter.length} only to ${later}.`;
  const cite = (side: readonly Meeting[]) => {
    const meeting = side[0];
    const first = meeting?.attendees[0];
    return meeting && first ? citeLine(meeting, first.line, false) : null;
  };
  answer.sections = [
    {
      heading: `At both (${both.length})`,
      text: null,
      bullets: both.map((t) => t.name),
      citation: cite(after),
    },
    {
      heading: `Only at ${earlier} (${onlyBefore.length})`,
      text: null,
      bullets: onlyBefore.map((t) => t.name),
      citation: cite(before),
    },
    {
      heading: `Only at ${later} (${onlyAfter.length})`,
      text: null,
      bullets: onlyAfter.map((t) => t.name),
      citation: cite(after),
    },
  ].filter((section) => section.bullets.length > 0);
  return withDetail(answer, { kind: "list" });
}

// Asking who belongs to a board, not who came to one meeting: "what agencies sit on the board",
// "which bodies are members of the LCRB".
const MEMBERSHIP =
  /\b(?:sit\w* on|sat on|members? of|membership|make up|made up|belong\w* to|represented on)\b/;

/**
 * "Which organisations attended the most meetings", "which organisation sent the most people to
 * the April 2023 meeting": organisations ranked from the attendance lists (those present or in
 * attendance; apologies do not count, unless the question asks for them: "which partners sent
 * apologies most"), by meetings over several meetings and by people at one,
 * fewest first when the question asks for the fewest. Asked for the organisations at a meeting or
 * on a board ("which partners were represented at the DMG", "how many organisations were there"),
 * the answer leads with how many and lists every one, in the same order. People without an
 * organisation are left out and the answer says how many.
 */
export const organisationsExecutor: Executor = (input) => {
  const { question, query } = input;
  const ranking = query.aggregation === "rank";
  // A ranking, or a board's membership, covers every meeting of the body named (or every
  // meeting); the organisations at a meeting are those of the meeting named, or the latest.
  const [resolution] = input.resolutions;
  let scope: Meeting[];
  if (ranking || MEMBERSHIP.test(question.text)) {
    const meetings = rankingScope(input, "attendees");
    if (!Array.isArray(meetings)) return meetings;
    scope = meetings;
  } else if (!resolution || resolution.status === "found") {
    const meetings = recordScope(input, false);
    if (meetings.kind === "unclear") return blankAnswer("attendees", question, "Which meeting?");
    scope = meetings.meetings;
  } else return unclearAnswer(input, "attendees", resolution, query.meetings[0]);
  const oneMeeting = scope.length === 1 ? scope[0] : undefined;
  const fewest = ranking && /\b(?:fewest|least|rarely|seldom)\b/.test(question.text);
  // "Which partners sent apologies most": the apologies lists, not the attendance.
  const counted: Counted = COUNTS_APOLOGIES.test(question.text) ? "apologies" : "came";
  const ranked = tallies(scope, counted).sort((a, b) => {
    const order = oneMeeting
      ? b.people - a.people || b.meetings.size - a.meetings.size
      : b.meetings.size - a.meetings.size || b.people - a.people;
    return (fewest ? -order : order) || a.name.localeCompare(b.name);
  });
  const where = oneMeeting
    ? `at ${meetingLabel(oneMeeting)}`
    : `over ${plural(scope.length, "meeting")}${scopeWords(scope)}`;
  const answer = blankAnswer(
    "attendees",
    question,
    ranking
      ? `Organisations by ${counted === "apologies" ? "apologies" : "attendance"} ${where}`
      : `Organisations ${counted === "apologies" ? "sending apologies " : ""}${where}`,
  );
  answer.query = query;
  answer.meetings = scope.map((m) => m.id);
  if (oneMeeting)
    answer.meeting = { id: oneMeeting.id, date: oneMeeting.date, body: oneMeeting.body };
  const [top] = ranked;
  if (!top) {
    answer.summary = `No ${counted === "apologies" ? "apologies" : "attendance"} line in scope names an organisation.`;
    return withDetail(answer, { kind: "list" });
  }
  const measure = (t: Tally) =>
    oneMeeting
      ? plural(t.people, "person", "people")
      : `${plural(t.meetings.size, "meeting")}, ${plural(t.people, counted === "apologies" ? "apology" : "attendance", counted === "apologies" ? "apologies" : "attendances")}`;
  const tied = ranked.filter((t) => measure(t) === measure(top)).map((t) => t.name);
  const unnamed = scope
    .flatMap((m) => m.attendees)
    .filter(
      (a) => (a.status === "apologies") === (counted === "apologies") && !a.organisation?.trim(),
    ).length;
  const lists = counted === "apologies" ? "apologies" : "attendance";
  const named = `${plural(ranked.length, "organisation")} named in the ${lists} ${oneMeeting ? "list" : "lists"} ${where}.`;
  const most = `${fewest ? "Fewest" : "Most"}: ${tied.join(", ")} (${measure(top)}).`;
  answer.summary = [
    ...(ranking ? [most, named] : [named, most]),
    unnamed > 0
      ? `${plural(unnamed, "attendee")} with no organisation given ${unnamed === 1 ? "is" : "are"} not counted.`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  answer.sections = [
    {
      heading:
        ranking && ranked.length > SHOWN ? `The ${SHOWN} ${fewest ? "fewest" : "most"}` : null,
      text: null,
      ...labelledBullets(
        (ranking ? ranked.slice(0, SHOWN) : ranked).map((t) => [t.name, measure(t)]),
      ),
      citation: citeLine(top.first.meeting, top.first.attendee.line, false),
    },
  ];
  answer.followUps = oneMeeting ? [`who attended ${meetingLabel(oneMeeting)}?`] : [];
  return withDetail(answer, { kind: "list" });
};
