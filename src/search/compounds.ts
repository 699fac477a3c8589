import { EnglishWords } from "./english.js";

// A part shorter than this is no word of a compound: "car" + "pet" is not how "carpet" is
// written, nor "how" + "ever" "however".
const SHORTEST_PART = 4;

/**
 * English writes a compound closed up, hyphenated or as two words, and people type any of them:
 * "nightlife", "night-life", "night life"; the minutes' "night time economy" is asked as the
 * "nighttime economy". These are the ways one is read as another, by the English dictionary
 * (english.ts), never by a list of compounds.
 */

/** The ways a closed-up English word splits into two English words ("nighttime": night, time). */
export function compoundParts(word: string): [string, string][] {
  const english = EnglishWords.shared();
  if (word.length < 2 * SHORTEST_PART || !/^[a-z]+$/.test(word) || !english.read(word).word)
    return [];
  const parts: [string, string][] = [];
  for (let cut = SHORTEST_PART; cut <= word.length - SHORTEST_PART; cut++) {
    const first = word.slice(0, cut);
    const second = word.slice(cut);
    if (english.read(first).word && english.read(second).word) parts.push([first, second]);
  }
  return parts;
}

/** Two words as the one English word they make closed up ("night life": nightlife), or null. */
export function closedCompound(first: string, second: string): string | null {
  if (first.length < SHORTEST_PART || second.length < SHORTEST_PART) return null;
  if (!/^[a-z]+$/.test(first) || !/^[a-z]+$/.test(second)) return null;
  const closed = `${first}${second}`;
  return EnglishWords.shared().read(closed).word ? closed : null;
}
