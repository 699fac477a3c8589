import { stemWord } from "../../search/stem.js";
import { EQUIVALENTS, SYNONYMS } from "../../search/synonyms.js";

/**
 * The other words the field uses for a one-word subject, as word starts the minutes' words are
 * matched by: "pandemic" is also "covid", "funding" also "finance". Only the word's own synonyms
 * in the search's table, which say what an everyday word is called formally; not the other way
 * round, since the formal word is narrower ("disparity" in the amounts boroughs spend is no
 * disproportionality). Empty for a subject of several words, or one with no other word.
 */
export function otherWordsFor(subject: readonly string[]): string[] {
  const [word] = subject;
  if (subject.length !== 1 || !word) return [];
  const own = stemWord(word);
  return (SYNONYMS[own] ?? []).filter((synonym) => synonym !== own);
}

/**
 * The words that say the same as a one-word subject, either way round: its own synonyms
 * (otherWordsFor) and the everyday words whose equivalent it is (EQUIVALENTS: "pandemic" says
 * "covid", so "covid" is also "pandemic"). For showing a meeting's passages side by side with
 * the word as written, where the answer names the word; not for finding which meetings discussed
 * it, where the formal word is narrower.
 */
export function sameWordsFor(subject: readonly string[]): string[] {
  const [word] = subject;
  if (subject.length !== 1 || !word) return [];
  const own = stemWord(word);
  const back = Object.entries(EQUIVALENTS)
    .filter(([, equivalents]) => equivalents.includes(own))
    .map(([everyday]) => everyday);
  return [...new Set([...otherWordsFor(subject), ...back])].filter((other) => other !== own);
}
