/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1, so "Strut" is one edit from "Sturt" as well as "Stuart" is.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

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
  if (editDistance(a, b) <= allowedEdits(a, b)) return true;
  const letters = (word: string) => [...word].sort().join("");
  return (
    Math.min(a.length, b.length) >= 5 &&
    a.slice(0, 2) === b.slice(0, 2) &&
    editDistance(letters(a), letters(b)) <= 1
  );
}
