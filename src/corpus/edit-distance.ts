// The three rows of the table a distance needs (two back, for swaps), kept between calls and grown
// to the longest word seen: comparing a few hundred names pairwise made thousands of short-lived
// arrays, and allocating them cost more than the arithmetic on every start.
let rows = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)];

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1 ("Strut" is one edit from "Sturt"; "Apologes" one from
 * "Apologies"). Lunr's fuzzy token sets count edits the same way, so search, answers and the
 * parser share this one. Three rows of the table are kept, not the whole of it.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if ((rows[0]?.length ?? 0) <= b.length) {
    const size = b.length + 1;
    rows = [new Uint32Array(size), new Uint32Array(size), new Uint32Array(size)];
  }
  let [beforeLast, last, row] = rows as [Uint32Array, Uint32Array, Uint32Array];
  for (let j = 0; j <= b.length; j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      // Code units compared as numbers: indexing a string makes a string of each character.
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        best = Math.min(best, (beforeLast[j - 2] ?? 0) + 1);
      row[j] = best;
    }
    const free = beforeLast;
    beforeLast = last;
    last = row;
    row = free;
  }
  return last[b.length] ?? 0;
}

/**
 * `editDistance(a, b) <= 1`, found in one pass over the letters instead of the table: asked of
 * every one-word line against each attendance heading word, where nearly every answer is no.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length > b.length) return withinOneEdit(b, a);
  if (b.length - a.length > 1) return false;
  let start = 0;
  while (start < a.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  if (start === a.length) return true;
  if (a.length < b.length) return a.slice(start) === b.slice(start + 1);
  // Same length: one letter changed, or it and the next swapped.
  if (a.slice(start + 1) === b.slice(start + 1)) return true;
  return (
    a.charCodeAt(start) === b.charCodeAt(start + 1) &&
    a.charCodeAt(start + 1) === b.charCodeAt(start) &&
    a.slice(start + 2) === b.slice(start + 2)
  );
}
