import { type Answer, type AnswerSection, withDetail } from "./answer.js";
import type { ConversationMemory } from "./conversation-store.js";
import { formatDate } from "./format.js";
import { nameTokens, type Person } from "./people.js";
import { PERSON_PRONOUN } from "./question.js";

/**
 * A yes-or-no question about several people at once: "were Claire Waxman and Sophie Linden at
 * the 2023 board?", or, after an answer that listed people, "did either of them miss the 2023 one
 * too?". Each person is asked about in turn, in the same words with their name in place of the
 * group, and the answers are put together.
 */
export interface PeopleAsked {
  /** The people, as the attendance lists write them. */
  names: string[];
  /** One of them is enough for a yes ("either", "any", "A or B"); otherwise each must. */
  some: boolean;
  /** Where the words naming the group stand in the question (none: asked again, "and 2021?"). */
  start: number;
  end: number;
}

// Only a question answered yes or no is split person by person.
const YES_NO_START = /^(?:did|do|does|were|was|are|is|have|has|had|will)\b/;

// "either of them", "any of those three", "both of these", "all of them": a group named by a
// pronoun, with the word that says whether one of them is enough.
const GROUP_OF =
  /\b(?:(either|any|both|all|each)(?: one)? of )(?:them|those|these)(?: (?:two|three|four|five|six|people|members))?\b/;
// "they both", "they", "them": the group without a quantifier means each of them. "Those" and
// "these" alone more often point at meetings ("those meetings"), so they need a noun of people.
const GROUP_PRONOUN =
  /\b(?:they(?: (?:both|all|each))?|them(?: (?:both|all))?|(?:those|these) (?:two|three|four|five|six|people|members))\b/;
const SOME_WORDS = new Set(["either", "any"]);

// The most people one question is split into: a longer list is a question about the meeting.
const MOST_PEOPLE = 12;

/**
 * The people a yes-or-no question asks about together: two or more named in it ("A and B", "A or
 * B"), or the people the last answer listed when it points at them as a group, or the people the
 * last answer was about when this asks the same of another meeting ("and the 2021 one?"). Null
 * when it asks about one person or none.
 */
export function peopleAsked(
  text: string,
  memory: ConversationMemory | null,
  people: readonly Person[],
): PeopleAsked | null {
  const remembered = memory?.people ?? [];
  const listed = remembered.length >= 2 && remembered.length <= MOST_PEOPLE ? remembered : [];
  if (!YES_NO_START.test(text)) {
    // The last answer said whether each of them came: a question naming nobody asks it again.
    const again =
      listed.length > 0 &&
      memory?.query.target === "presence" &&
      memory.query.person === null &&
      namesIn(text, people).length === 0 &&
      !PERSON_PRONOUN.test(text);
    return again ? { names: [...listed], some: false, start: 0, end: 0 } : null;
  }
  const named = namedTogether(text, people);
  if (named) return named;
  if (listed.length === 0) return null;
  const group = GROUP_OF.exec(text) ?? GROUP_PRONOUN.exec(text);
  if (!group) return null;
  return {
    names: [...listed],
    some: SOME_WORDS.has(group[1] ?? ""),
    start: group.index,
    end: group.index + group[0].length,
  };
}

/** The question asked of one of the people: their name where the group was. */
export function askedOf(text: string, asked: PeopleAsked, name: string): string {
  if (asked.end === 0) return text;
  return `${text.slice(0, asked.start)}${name.toLowerCase()}${text.slice(asked.end)}`;
}

/**
 * The conversation as one person's question sees it: about that person when the question asks
 * the last one again, and with no group of its own (a person's question is never split again).
 */
export function memoryOfOne(
  memory: ConversationMemory,
  asked: PeopleAsked,
  name: string,
): ConversationMemory {
  if (asked.end > 0) return { ...memory, people: [] };
  return { ...memory, query: { ...memory.query, person: name }, person: name, people: [] };
}

/**
 * One answer from each person's: the verdict first ("Yes", "No", "Not all"), each person's own
 * answer after it, and each person's evidence with its citation. Null when some person's answer
 * is not a yes or no (the question was not about whether they came), so the question is answered
 * as a whole instead.
 */
export function answerForEach(asked: PeopleAsked, answers: readonly Answer[]): Answer | null {
  const verdicts: boolean[] = [];
  for (const answer of answers) {
    if (answer.kind !== "yes-no") return null;
    verdicts.push(answer.verdict);
  }
  const [first] = answers;
  if (!first) return null;
  const yes = asked.names.filter((_, i) => verdicts[i]);
  const verdict = asked.some ? yes.length > 0 : yes.length === answers.length;
  const lead = verdict ? "Yes" : yes.length === 0 || asked.some ? "No" : "Not all";
  const each = answers.map((answer) => answer.title.replace(/^(?:Yes|No): /, ""));
  const short = answers.length <= 3;
  const meetings = new Set(answers.map((a) => a.meeting?.id ?? null));
  const combined: Answer = {
    ...first,
    title: short ? `${lead}: ${each.join("; ")}` : `${lead}: ${howMany(yes, answers.length)}`,
    summary: short ? null : `${each.join(". ")}.`,
    meeting: meetings.size === 1 ? first.meeting : null,
    sections: answers.flatMap((answer, i): AnswerSection[] => {
      const section = answer.sections[0];
      return section
        ? [{ ...section, heading: `${asked.names[i]}: ${section.heading ?? ""}` }]
        : [];
    }),
    // Each person's own suggestions are about their latest meeting; the group's, about this one.
    followUps:
      meetings.size === 1 && first.meeting
        ? [`who attended the ${first.meeting.body} meeting on ${formatDate(first.meeting.date)}?`]
        : [],
    query: first.query && { ...first.query, person: null },
    people: [...asked.names],
  };
  delete combined.person;
  return withDetail(combined, { kind: "yes-no", verdict });
}

// "all 5", "none of the 5", "2 of the 5 (Gareth Roberts, Doug Flight)".
function howMany(yes: readonly string[], of: number): string {
  if (yes.length === of) return `all ${of}`;
  if (yes.length === 0) return `none of the ${of}`;
  return `${yes.length} of the ${of} (${yes.join(", ")})`;
}

// Two or more people named one after another ("Claire Waxman and Sophie Linden", "both A and B",
// "either A or B"): the span from the first name to the last, with a "both" or "either" before it.
function namedTogether(text: string, people: readonly Person[]): PeopleAsked | null {
  const found = namesIn(text, people);
  if (found.length < 2) return null;
  found.sort((a, b) => a.start - b.start);
  for (let i = 1; i < found.length; i++) {
    const between = text.slice((found[i - 1] as Found).end, (found[i] as Found).start);
    if (!/^(?:\s*,)?\s*(?:and|or|&|,)\s*$/.test(between)) return null;
  }
  const before = /\b(both|either)\s+$/.exec(text.slice(0, (found[0] as Found).start));
  const start = before ? before.index : (found[0] as Found).start;
  const last = (found.at(-1) as Found).end;
  // "Were A and B both at …": the "both" after the names goes with them.
  const after = /^\s+(?:both|each)\b/.exec(text.slice(last));
  return {
    names: found.map((f) => f.person.name),
    some: before?.[1] === "either" || /\bor\b/.test(text.slice(start, last)),
    start,
    end: last + (after?.[0].length ?? 0),
  };
}

interface Found {
  person: Person;
  start: number;
  end: number;
}

// Where the text holds a person's full name as the minutes write it, each person once.
function namesIn(text: string, people: readonly Person[]): Found[] {
  const found: Found[] = [];
  // Every question asked yes or no passes here: a spelling is looked for only when each of its
  // words is in the question, not by a pattern built for every person in the minutes.
  const words = new Set(nameTokens(text));
  for (const person of people) {
    for (const spelling of person.spellings) {
      const tokens = nameTokens(spelling);
      if (tokens.length < 2 || !tokens.every((token) => words.has(token))) continue;
      const at = new RegExp(`\\b${tokens.join("[\\s'’-]+")}\\b`).exec(text);
      if (!at) continue;
      found.push({ person, start: at.index, end: at.index + at[0].length });
      break;
    }
  }
  return found;
}
