import { findPeople, type Person } from "./people.js";
import { PERSON_PRONOUN, type Question, withPersonNamed } from "./question.js";

/** A person named ahead of a dash or colon, and what is asked of them after it. */
export interface NameFirst {
  /** The name as typed ("cllr cornelius"). */
  name: string;
  people: Person[];
  /** The question after the dash or colon ("which borough?", "how many boards did he go to?"). */
  rest: string;
}

// "Cllr Cornelius - which borough?", "Kilvinder Vigurs: how many meetings?", "Esom — what post?":
// a name, a colon or a dash standing free (not the hyphen of "Weekes-Bernard"), then the question.
const NAME_FIRST = /^(.+?)\s*(?::|[—–]|\s-+\s)\s*(\S.*)$/;

// A name is a few words and no digits: "kilvinder vigurs", "cllr cornelius".
const MAX_NAME_WORDS = 4;

/**
 * The person a question names before a dash or colon, when the words before it are only a name
 * of someone in the minutes (with any title): "Cllr Cornelius - which borough?". Null for "PCP:
 * Feb 2021 vs April 2022" or "disproportionality - DMG v Casey board", which name no one.
 */
export function nameFirst(
  text: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): NameFirst | null {
  const match = NAME_FIRST.exec(text);
  const name = match?.[1]?.trim() ?? "";
  const rest = match?.[2]?.trim() ?? "";
  if (!name || !rest || /\d/.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  const found = findPeople(name, people, ordinary);
  return found.length > 0 ? { name, people: found, rest } : null;
}

/**
 * A question naming its person first and then by a pronoun, written as one question that names
 * them where the pronoun stands: "Bickers — how many boards did he go to?" is "how many boards
 * did bickers go to?". Unchanged otherwise: a shorthand with no pronoun ("which borough?") asks
 * after the person's record as a whole (intent.ts).
 */
export function withNameFirstInPlace(
  question: Question,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): Question {
  const first = nameFirst(question.text, people, ordinary);
  if (!first || !PERSON_PRONOUN.test(first.rest)) return question;
  return withPersonNamed({ ...question, text: first.rest }, first.name);
}
