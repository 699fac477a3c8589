/**
 * Picking the best few out of many scored passages without sorting them all. At 10,000 meetings
 * a common word matches over a hundred thousand passages, and sorting them (twice: passages, then
 * items) was most of a query's time, while an answer shows five.
 */

/** A scored passage: higher scores first, and on equal scores the lower ref, as a stable sort of refs in ascending order gives. */
export interface Scored {
  ref: number;
  score: number;
}

/** Whether `score` at `ref` comes before `other` in score order. */
export function ahead(score: number, ref: number, other: Scored): boolean {
  return aheadOf(score, ref, other.score, other.ref);
}

/** `ahead` for a passage held as its score and ref (no object to make per comparison). */
export function aheadOf(score: number, ref: number, otherScore: number, otherRef: number): boolean {
  return score > otherScore || (score === otherScore && ref < otherRef);
}

/** Whether the passage `ref` with `score` belongs in `best` (in score order, at most `size` long). */
export function qualifies(
  best: readonly Scored[],
  size: number,
  score: number,
  ref: number,
): boolean {
  const last = best[best.length - 1];
  return best.length < size || !last || ahead(score, ref, last);
}

/** Puts `candidate` in its place in `best`, which stays at most `size` long; see `qualifies`. */
export function keepBest<T extends Scored>(best: T[], size: number, candidate: T): void {
  let at = best.length;
  while (at > 0 && ahead(candidate.score, candidate.ref, best[at - 1] as T)) at--;
  best.splice(at, 0, candidate);
  if (best.length > size) best.pop();
}

/** The k-th largest of `values` (k from 1); reorders `values`. */
export function kthLargest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = Math.min(Math.max(k, 1), values.length) - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target] as number;
}

/**
 * The lowest score an ordering that treats scores within `tie` (relative) as equal can place in
 * its first `wanted`: scores run down from the top until, at or past the `wanted`-th, the next
 * one is further below than a tie. Everything from that score up sorts ahead of everything below
 * it, whatever breaks the ties, so only those need sorting. `sorted` holds the highest scores,
 * descending; `below` is the highest score not in it (-Infinity for none). Null when the ties
 * run through all of `sorted`: then no cut is safe.
 */
export function cutScore(
  sorted: readonly number[],
  wanted: number,
  below: number,
  tie: number,
): number | null {
  for (let i = Math.max(0, wanted - 1); i < sorted.length; i++) {
    const score = sorted[i] as number;
    const next = i + 1 < sorted.length ? (sorted[i + 1] as number) : below;
    if (score - next > tie * score) return score;
  }
  return null;
}
