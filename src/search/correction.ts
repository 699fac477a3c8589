import type { EnglishReading } from "./english.js";
import type { Neighbour } from "./vocabulary.js";

/**
 * Whether a word the minutes do not use is a typo for one they do. A wrong correction answers a
 * question nobody asked with confidence ("hate crime" read as "date crime"), which is worse than
 * saying the minutes are silent; so a word is corrected only when the correction is much more
 * likely than the word being meant as typed.
 *
 * - A real English word is meant as typed: "hate", "acid" and "zone" are subjects the minutes do
 *   not mention, not typos for "date", "aid" and "one".
 * - So is a name: one the dictionary knows only with a capital ("Cressida"), or one typed with a
 *   capital inside the question. A person the minutes do not mention is never another person.
 * - Otherwise the candidates are weighed by frequency and distance together: a word of the
 *   minutes that occurs n times, e edits away, has weight n × EDIT_COST^e. The best is taken
 *   only when it outweighs every other reading DOMINANCE times over; two readings close in weight
 *   ("polcy": policy or police?) are a guess, offered as "did you mean" but not searched.
 */
export interface CorrectionDecision {
  /** The word of the minutes to search instead, when the correction is confident. */
  correction: Neighbour | null;
  /** What to offer as "did you mean" (the likeliest reading), or null when nothing may be offered. */
  suggestion: Neighbour | null;
}

/**
 * Each edit makes a reading twenty times less likely: most misspellings (about four in five, as
 * Damerau found in 1964) are one edit from the word meant, and two-edit ones are rarer still.
 */
const EDIT_COST = 0.05;
/** How many times the best reading must outweigh the next for a correction to be confident. */
const DOMINANCE = 4;

const NONE: CorrectionDecision = { correction: null, suggestion: null };

export function decideCorrection(
  neighbours: readonly Neighbour[],
  english: EnglishReading,
  typedAsName: boolean,
): CorrectionDecision {
  if (english.word || english.name || typedAsName) return NONE;
  // Spellings that read as one index term ("homicide", "homicides") are one reading.
  const byTerm = new Map<string, { best: Neighbour; weight: number }>();
  for (const neighbour of neighbours) {
    const weight = neighbour.count * EDIT_COST ** neighbour.edits;
    const reading = byTerm.get(neighbour.term);
    if (!reading) byTerm.set(neighbour.term, { best: neighbour, weight });
    else {
      reading.weight += weight;
      if (neighbour.edits < reading.best.edits) reading.best = neighbour;
    }
  }
  const [first, second] = [...byTerm.values()].sort((a, b) => b.weight - a.weight);
  if (!first) return NONE;
  const confident = !second || first.weight >= DOMINANCE * second.weight;
  return { correction: confident ? first.best : null, suggestion: first.best };
}
