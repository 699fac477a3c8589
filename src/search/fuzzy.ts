import lunr from "lunr";

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

/** How many passages hold a term, in any field. */
export function documentFrequency(index: lunr.Index, term: string): number {
  const posting = (index as unknown as { invertedIndex: Record<string, Record<string, object>> })
    .invertedIndex[term];
  if (!posting) return 0;
  const refs = new Set<string>();
  for (const [field, documents] of Object.entries(posting)) {
    if (field !== "_index") for (const ref of Object.keys(documents)) refs.add(ref);
  }
  return refs.size;
}

// @types/lunr leaves out these members of Lunr 2.3's public API.
const FuzzyTokenSet = lunr.TokenSet as unknown as {
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
};
type IndexWithTokens = lunr.Index & { tokenSet: lunr.TokenSet };

/**
 * Index terms within the allowed edit distance of any of the spellings (a word and its stem),
 * nearest first, then most common first.
 */
export function nearTerms(index: lunr.Index, spellings: string[], limit: number): string[] {
  const found = new Map<string, number>();
  for (const spelling of spellings) {
    const distance = editDistanceFor(spelling);
    if (distance === 0) continue;
    const fuzzy = FuzzyTokenSet.fromFuzzyString(spelling, distance);
    for (const term of (index as IndexWithTokens).tokenSet.intersect(fuzzy).toArray()) {
      const edits = editDistance(spelling, term);
      found.set(term, Math.min(found.get(term) ?? edits, edits));
    }
  }
  return [...found]
    .map(([term, edits]) => ({ term, edits, frequency: documentFrequency(index, term) }))
    .sort((a, b) => a.edits - b.edits || b.frequency - a.frequency || a.term.localeCompare(b.term))
    .slice(0, limit)
    .map(({ term }) => term);
}
