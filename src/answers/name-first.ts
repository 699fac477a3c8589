import { readMeetingReference } from "./meeting-ref.js";
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

// "… — yes or no?", ", y/n": the question is asked yes or no, whatever its words before.
const YES_OR_NO_TAIL = /\s*(?:[—–:,-]+\s*)?\b(?:yes or no|y\/n|yes\/no)\W*$/;
// "Kenny Bowie at the estate strategy meeting?": a name, then where, with no verb.
const NAME_AT = /^(.+?) at (.+)$/;
// Words that open a question of their own, before which no "was" is missing.
const OPENS_QUESTION =
  /^(?:was|were|is|are|did|does|do|has|have|had|who|whos|what|whats|when|where|which|how|why|list|show)\b/;

/**
 * A name standing bare before a meeting, asked as a question ("Kenny Bowie at the estate
 * strategy meeting?", "Debbie Weekes Bernard at the 2022 board — yes or no?"): "was" is the verb
 * left out, so it asks whether they came.
 */
function withVerbForBareName(
  text: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): string | null {
  const asksYesOrNo = YES_OR_NO_TAIL.test(text);
  if (!asksYesOrNo && !/\?\s*$/.test(text)) return null;
  const bare = text.replace(YES_OR_NO_TAIL, "");
  if (OPENS_QUESTION.test(bare)) return asksYesOrNo ? bare : null;
  const match = NAME_AT.exec(bare);
  const name = match?.[1] ?? "";
  if (!match || /\d/.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  return findPeople(name, people, ordinary).length > 0 ? `was ${bare}` : null;
}

/**
 * A question naming its person first, written as one question that names them where it asks:
 * "Bickers — how many boards did he go to?" is "how many boards did bickers go to?", and "Kenny
 * Bowie at the estate strategy meeting?" is "was kenny bowie at the estate strategy meeting?".
 * Unchanged otherwise: a shorthand with no pronoun ("which borough?") asks after the person's
 * record as a whole (intent.ts).
 */
export function withNameFirstInPlace(
  question: Question,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): Question {
  const asked = withVerbForBareName(question.text, people, ordinary);
  if (asked !== null) return { ...question, text: asked, reference: readMeetingReference(asked) };
  const first = nameFirst(question.text, people, ordinary);
  if (!first || !PERSON_PRONOUN.test(first.rest)) return question;
  return withPersonNamed({ ...question, text: first.rest }, first.name);
}
