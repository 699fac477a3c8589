import lunr from "lunr";
import { editDistance, editDistanceFor } from "./fuzzy.js";

/** A word as the minutes write it, the index term it reads as, and how often it occurs. */
export type Spelling = [word: string, term: string, count: number];

// @types/lunr leaves out these members of Lunr 2.3's public API.
const TokenSets = lunr.TokenSet as unknown as {
  fromArray(sortedWords: string[]): lunr.TokenSet;
  fromFuzzyString(word: string, editDistance: number): lunr.TokenSet;
};

// Lunr's fuzzy automaton grows with the word: a pasted 1,000-letter "word" would exhaust memory,
// and no real word is this long.
const MAX_CORRECTABLE_LENGTH = 30;

/**
 * The words of the minutes, for correcting misspelt questions. Corrections compare whole words
 * ("corupption" is one edit from "corruption"), not stems, whose endings a typo can change.
 */
export class Vocabulary {
  readonly #spellings: Map<string, { term: string; count: number }>;
  #tokenSet: lunr.TokenSet | null = null;

  constructor(spellings: Spelling[]) {
    this.#spellings = new Map(spellings.map(([word, term, count]) => [word, { term, count }]));
  }

  toJSON(): Spelling[] {
    return [...this.#spellings].map(([word, { term, count }]) => [word, term, count]);
  }

  /** Words of the minutes within the edit distance allowed for `word`: nearest, then commonest. */
  nearest(word: string, limit: number): Array<{ word: string; term: string }> {
    return this.neighbours(word)
      .slice(0, limit)
      .map(({ word: found, term }) => ({ word: found, term }));
  }

  /** Like `nearest`, all of them, with how many edits away each is and how often it occurs. */
  neighbours(word: string): Neighbour[] {
    const distance = editDistanceFor(word);
    if (distance === 0 || word.length > MAX_CORRECTABLE_LENGTH) return [];
    this.#tokenSet ??= TokenSets.fromArray([...this.#spellings.keys()].sort());
    const near = this.#tokenSet.intersect(TokenSets.fromFuzzyString(word, distance)).toArray();
    return near
      .map((candidate) => ({
        word: candidate,
        term: this.#spellings.get(candidate)?.term ?? candidate,
        edits: editDistance(word, candidate),
        count: this.#spellings.get(candidate)?.count ?? 0,
      }))
      .sort((a, b) => a.edits - b.edits || b.count - a.count || a.word.localeCompare(b.word));
  }
}

/** A word of the minutes near a word typed: its index term, edits away, and occurrences. */
export interface Neighbour {
  word: string;
  term: string;
  edits: number;
  count: number;
}
