import { stemWord } from "../../search/stem.js";
import { SYNONYMS } from "../../search/synonyms.js";

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
