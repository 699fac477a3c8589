import { aheadOf, keepBest, qualifies, type Scored } from "./ranked-order.js";

/**
 * The passes ranking makes over the passages a query reaches, one small function each. At 10,000
 * meetings a common word reaches tens of thousands of passages, and one method holding every pass
 * was optimised a loop at a time: each later pass met in optimised code with no type feedback
 * threw it away ("insufficient type feedback"), so the first questions after a start ran their
 * passes in the interpreter, five to ten times slower. A function per pass is optimised whole
 * once it is hot, and its feedback never changes (typed arrays of one kind each).
 */

/** Up to this many concepts, coverage is tabled per set of concepts (2^n of them). */
const TABLED_CONCEPTS = 10;

/**
 * Adds a term's weights, times `boost`, to the scores of the passages holding it, listing each
 * passage the first time any term reaches it; returns how many are listed now.
 */
export function addPosting(
  documents: Int32Array,
  weights: Float32Array,
  boost: number,
  scores: Float64Array,
  seen: Uint8Array,
  touched: Int32Array,
  reached: number,
): number {
  let listed = reached;
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i] as number;
    if (seen[document] === 0) {
      seen[document] = 1;
      touched[listed++] = document;
    }
    scores[document] = (scores[document] as number) + boost * (weights[i] as number);
  }
  return listed;
}

/** Sets `bit` on every passage of the list. */
export function markAll(documents: Int32Array, bit: number, masks: Uint32Array): void {
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i] as number;
    masks[document] = (masks[document] as number) | bit;
  }
}

/** Adds `by` to the count of every passage of the list. */
export function countAll(documents: Int32Array, by: number, counts: Uint8Array): void {
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i] as number;
    counts[document] = (counts[document] as number) + by;
  }
}

/** Sets the count of every passage of the list back to 0. */
export function zeroAll(documents: Int32Array, counts: Uint8Array): void {
  for (let i = 0; i < documents.length; i++) counts[documents[i] as number] = 0;
}

/** Sets `bit` on the passages of `first` counted `wanted` times. */
export function markCounted(
  first: Int32Array,
  wanted: number,
  bit: number,
  masks: Uint32Array,
  counts: Uint8Array,
): void {
  for (let i = 0; i < first.length; i++) {
    const document = first[i] as number;
    if (counts[document] === wanted) masks[document] = (masks[document] as number) | bit;
  }
}

/** Clears `bit` on the reached passages not in `only`. */
export function keepOnly(
  only: ReadonlySet<number>,
  bit: number,
  masks: Uint32Array,
  touched: Int32Array,
  reached: number,
): void {
  for (let k = 0; k < reached; k++) {
    const document = touched[k] as number;
    if (!only.has(document)) masks[document] = (masks[document] as number) & ~bit;
  }
}

/** How many of the reached passages match each of `count` concepts (bit c of their mask). */
export function conceptFrequencies(
  count: number,
  masks: Uint32Array,
  touched: Int32Array,
  reached: number,
): number[] {
  const frequency = new Array<number>(count).fill(0);
  if (count <= TABLED_CONCEPTS) {
    // Few concepts: count each set of concepts, then each concept over the sets holding it.
    const sets = new Int32Array(1 << count);
    for (let k = 0; k < reached; k++) {
      const mask = masks[touched[k] as number] as number;
      sets[mask] = (sets[mask] as number) + 1;
    }
    for (let mask = 1; mask < sets.length; mask++)
      for (let c = 0; c < count; c++)
        if (mask & (1 << c)) frequency[c] = (frequency[c] as number) + (sets[mask] as number);
    return frequency;
  }
  for (let k = 0; k < reached; k++) {
    const mask = masks[touched[k] as number] as number;
    for (let c = 0; c < count; c++)
      if (mask & (1 << c)) frequency[c] = (frequency[c] as number) + 1;
  }
  return frequency;
}

/** The share of the concepts' weight a passage matching the concepts in `mask` covers. */
export function coverageOf(mask: number, weight: readonly number[], totalWeight: number): number {
  let covered = 0;
  for (let c = 0; c < weight.length; c++) if (mask & (1 << c)) covered += weight[c] as number;
  return covered / totalWeight;
}

/** coverageOf for every set of concepts, when there are few enough of them (else null). */
export function coverageTable(weight: readonly number[], totalWeight: number): Float64Array | null {
  if (weight.length > TABLED_CONCEPTS) return null;
  const table = new Float64Array(1 << weight.length);
  for (let mask = 1; mask < table.length; mask++)
    table[mask] = coverageOf(mask, weight, totalWeight);
  return table;
}

/** A scored passage and the concepts it matches (bit c for concept c). */
export interface MaskedCandidate extends Scored {
  mask: number;
}

/** What scoring the reached passages needs besides the working arrays. */
export interface Weighing {
  weight: readonly number[];
  totalWeight: number;
  /** coverageTable of the weights, or null. */
  coverages: Float64Array | null;
  /** Whether a passage is within the search's filters; null for no filters. */
  within: ((document: number) => boolean) | null;
  /** How many of the best to keep, in `best`. */
  size: number;
}

/**
 * Turns each matching reached passage's sum of weights into its score (scaled by the square of
 * its coverage), lists it in `matched`, and keeps the best `size` in score order in `best`.
 * Returns how many matched.
 */
export function scoreMatching(
  weighing: Weighing,
  touched: Int32Array,
  reached: number,
  masks: Uint32Array,
  scores: Float64Array,
  matched: Int32Array,
  best: MaskedCandidate[],
): number {
  const { weight, totalWeight, coverages, within, size } = weighing;
  let matching = 0;
  // The last of the best once there are `size`, held as numbers: most passages fall below it,
  // and are told so without a call (what qualifies would say).
  let lastScore = Number.NEGATIVE_INFINITY;
  let lastRef = -1;
  for (let k = 0; k < reached; k++) {
    const document = touched[k] as number;
    const mask = masks[document] as number;
    if (mask === 0) continue;
    if (within !== null && !within(document)) continue;
    const coverage =
      coverages !== null ? (coverages[mask] as number) : coverageOf(mask, weight, totalWeight);
    const score = (scores[document] as number) * coverage * coverage;
    scores[document] = score;
    matched[matching++] = document;
    if (best.length >= size && !aheadOf(score, document, lastScore, lastRef)) continue;
    if (!qualifies(best, size, score, document)) continue;
    keepBest(best, size, { ref: document, score, mask });
    const last = best[best.length - 1];
    if (best.length >= size && last) {
      lastScore = last.score;
      lastRef = last.ref;
    }
  }
  return matching;
}

/**
 * The best passage of each item with none among the best few (`seen` 2), in `others`, in the
 * order the items are first met; `itemSlot` is each item's index among the ranked items, the
 * others' from `fromBest`. Returns how many others.
 */
export function bestOfOtherItems(
  matched: Int32Array,
  matching: number,
  seen: Uint8Array,
  scores: Float64Array,
  itemOf: Int32Array,
  itemSlot: Int32Array,
  fromBest: number,
  others: Int32Array,
): number {
  let count = 0;
  for (let k = 0; k < matching; k++) {
    const document = matched[k] as number;
    if (seen[document] === 2) continue;
    const key = itemOf[document] as number;
    const slot = itemSlot[key] as number;
    if (slot === -1) {
      itemSlot[key] = fromBest + count;
      others[count++] = document;
    } else if (slot >= fromBest) {
      const current = others[slot - fromBest] as number;
      if (aheadOf(scores[document] as number, document, scores[current] as number, current))
        others[slot - fromBest] = document;
    }
  }
  return count;
}

/** The scores of the first `count` refs, written into `into` from `at`. */
export function scoresOf(
  refs: Int32Array,
  count: number,
  scores: Float64Array,
  into: Float64Array,
  at: number,
): void {
  for (let k = 0; k < count; k++) into[at + k] = scores[refs[k] as number] as number;
}

/** The values from `floor` up, in their order, and the highest below it (-Infinity for none). */
export function splitAt(values: Float64Array, floor: number): { top: number[]; below: number } {
  const top: number[] = [];
  let below = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value >= floor) top.push(value);
    else if (value > below) below = value;
  }
  return { top, below };
}

/** The first `count` refs whose score is `floor` or more (all for a null floor), in their order. */
export function refsFrom(
  refs: Int32Array,
  count: number,
  scores: Float64Array,
  floor: number | null,
): number[] {
  const kept: number[] = [];
  for (let k = 0; k < count; k++) {
    const ref = refs[k] as number;
    if (floor === null || (scores[ref] as number) >= floor) kept.push(ref);
  }
  return kept;
}

/** Puts the working arrays back to all zero (itemSlot to -1) for the passages reached. */
export function clearReached(
  touched: Int32Array,
  reached: number,
  scores: Float64Array,
  masks: Uint32Array,
  seen: Uint8Array,
  itemOf: Int32Array,
  itemSlot: Int32Array,
): void {
  for (let k = 0; k < reached; k++) {
    const document = touched[k] as number;
    scores[document] = 0;
    masks[document] = 0;
    seen[document] = 0;
    itemSlot[itemOf[document] as number] = -1;
  }
}

/**
 * Whether some item's matching passages hold all `conceptCount` concepts between them (bit c of a
 * passage's mask is concept c). `itemMasks` is scratch, all zero before and after.
 */
export function someItemHoldsAll(
  matched: Int32Array,
  matching: number,
  masks: Uint32Array,
  itemOf: Int32Array,
  itemMasks: Uint32Array,
  conceptCount: number,
): boolean {
  // Concepts stay under 32 (see the engine's MAX_CONCEPTS), so the full mask is a plain number.
  const all = (1 << conceptCount) - 1;
  let read = 0;
  let holds = false;
  while (read < matching && !holds) {
    const document = matched[read++] as number;
    const item = itemOf[document] as number;
    const mask = (itemMasks[item] as number) | (masks[document] as number);
    itemMasks[item] = mask;
    holds = mask === all;
  }
  for (let k = 0; k < read; k++) itemMasks[itemOf[matched[k] as number] as number] = 0;
  return holds;
}
