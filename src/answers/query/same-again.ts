import type { Answer } from "../answer.js";
import type { ConversationMemory } from "../conversation-store.js";
import type { Query } from "./query.js";

// "Same person in 2015?", "the same rep at the DMG?", "same subject in 2022?": the last question
// asked again of another meeting, its own noun only pointing back at what was asked.
const SAME =
  /^(?:and |but |so )?(?:(?:is|was|are|were) (?:it|that|they) )?(?:the )?same (person|people|one|ones|reps?|representatives?|subject|topic|thing|things|question|item)\b/;
// "Anyone from there in 2023?", "who came from them at the DMG?": the organisation the last
// question asked after.
const FROM_THERE =
  /\b(?:from|of) (?:there|them|that (?:organisation|body|agency|office|lot)|the same (?:organisation|body|agency|office|place))\b/;
// "N the youth side?" after "how's the adult disproportionality work going?": the other one of a
// thing of two sides, named by the word that says which; not "the other side", "the opposite
// end", whose word only points and names no side to search for (chat's "n" comes written "and").
const COUNTERPART =
  /^(?:(?:and|so|then|what about|how about) )?(?:the|their|its) (?!(?:other|opposite|same|another|reverse|flip)\b)([a-z'-]+) (side|end|angle|version|equivalent)\W*$/;

/**
 * The word naming the other one asked after ("youth" of "n the youth side?"), or null: the last
 * question is asked again of the last subject with that word in place of its first.
 */
export function counterpartAsked(text: string): string | null {
  return COUNTERPART.exec(text)?.[1] ?? null;
}

// The nouns of SAME that ask whether the people are the same.
const PEOPLE = /^(?:person|people|one|ones|reps?|representatives?)$/;

/** Whether the question's "same …" points back at the last one ("same subject in 2022?"). */
export function asksSame(text: string): boolean {
  return SAME.test(text);
}

/** Whether the question asks the last one again, of the meeting it names now. */
export function askedAgain(text: string, last: Query): boolean {
  return asksSame(text) || (FROM_THERE.test(text) && last.organisation.length > 0);
}

/**
 * The topic words without the noun of "same subject" (or "the youth side"), which points back and
 * is no subject.
 */
export function withoutSameNoun(topic: readonly string[], text: string): string[] {
  // "Side" of "the youth side" points back too.
  const noun = SAME.exec(text)?.[1] ?? COUNTERPART.exec(text)?.[2];
  return noun ? topic.filter((word) => word !== noun) : [...topic];
}

/**
 * "Same person in 2015?" answered by who held the place then: "Yes" when the people the answer
 * lists are the last answer's, "No" with both otherwise. Null when it asked no such thing or
 * either answer named no one.
 */
export function samePeopleLead(
  text: string,
  memory: ConversationMemory | null,
  answer: Answer,
): string | null {
  const noun = SAME.exec(text)?.[1];
  if (!noun || !PEOPLE.test(noun)) return null;
  const before = memory?.people?.length ? memory.people : memory?.person ? [memory.person] : [];
  const now = answer.people?.length ? answer.people : answer.person ? [answer.person] : [];
  if (before.length === 0 || now.length === 0) return null;
  const same = before.length === now.length && before.every((name) => now.includes(name));
  return same ? `Yes: ${now.join(", ")} again` : `No: ${now.join(", ")}, not ${before.join(", ")}`;
}
