/**
 * The fewest consecutive words that hold one occurrence of each concept, given for each concept
 * the word positions where it occurs (sorted). Infinity when a concept never occurs.
 */
export function smallestWindow(positions: number[][]): number {
  if (positions.length === 0 || positions.some((list) => list.length === 0)) return Infinity;
  const cursors = positions.map(() => 0);
  let best = Infinity;
  for (;;) {
    let low = 0;
    let lowValue = Infinity;
    let highValue = -Infinity;
    for (const [c, list] of positions.entries()) {
      const value = list[cursors[c] ?? 0] ?? Infinity;
      if (value < lowValue) {
        lowValue = value;
        low = c;
      }
      if (value > highValue) highValue = value;
    }
    best = Math.min(best, highValue - lowValue + 1);
    cursors[low] = (cursors[low] ?? 0) + 1;
    if ((cursors[low] ?? 0) >= (positions[low]?.length ?? 0)) return best;
  }
}

/**
 * Whether the words hold the sequence side by side: for some run of consecutive words, the k-th
 * reads as one of the terms of the k-th set. `words` are the index terms of each word of a text,
 * stop words (no terms) already left out, so "Police and Crime Plan" holds police, crime, plan.
 */
export function holdsSequence(
  words: ReadonlyArray<readonly string[]>,
  sequence: ReadonlyArray<ReadonlySet<string>>,
): boolean {
  if (sequence.length === 0) return false;
  for (let i = 0; i + sequence.length <= words.length; i++) {
    if (sequence.every((terms, k) => words[i + k]?.some((term) => terms.has(term)))) return true;
  }
  return false;
}
