// How many edits a word may be away from a word of the minutes: none for short words (too many
// near neighbours: "cps"/"cjs"), one for ordinary words, two for long ones.
const EDIT_DISTANCE_BY_LENGTH: Array<[minLength: number, distance: number]> = [
  [8, 2],
  [4, 1],
];

export function editDistanceFor(word: string): number {
  return EDIT_DISTANCE_BY_LENGTH.find(([minLength]) => word.length >= minLength)?.[1] ?? 0;
}

/** Levenshtein distance with adjacent transpositions, as Lunr's fuzzy token sets count edits. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}
