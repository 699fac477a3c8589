import { editDistance } from "../corpus/edit-distance.js";

// One edit distance for the parser, search and answers; answers import it from here with the
// tolerances below.
export { editDistance };

/** How many edits two words may differ by and still be the same word misspelt. */
export function allowedEdits(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest >= 6) return 2;
  if (longest >= 4) return 1;
  return 0;
}

/**
 * True when `a` could be `b` misspelt (short words must match exactly). Besides a few edits, a
 * longer word may have its letters jumbled with one more or fewer: the minutes spell one
 * surname both "Strut" and "Stuart", three edits apart but the same letters give or take an "a".
 */
export function closeEnough(a: string, b: string): boolean {
  const allowed = allowedEdits(a, b);
  // Words further apart in length than either test allows are not worth a distance: merging the
  // spellings of a corpus's names compares every new name with every person so far.
  if (Math.abs(a.length - b.length) > Math.max(allowed, 1)) return false;
  if (editDistance(a, b) <= allowed) return true;
  const letters = (word: string) => [...word].sort().join("");
  return (
    Math.min(a.length, b.length) >= 5 &&
    a.slice(0, 2) === b.slice(0, 2) &&
    editDistance(letters(a), letters(b)) <= 1
  );
}
