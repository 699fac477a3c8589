import type { Spelling } from "./vocabulary.js";

/** Each word counted with the terms it read as, and how often: SpellingCounter's counts. */
export type SpellingCounts = Array<[word: string, terms: Array<[term: string, count: number]>]>;

/** Counts the words of analysed text against the term each reads as. */
export class SpellingCounter {
  readonly #counts = new Map<string, Map<string, number>>();

  add(word: string, term: string): void {
    let terms = this.#counts.get(word);
    if (!terms) {
      terms = new Map<string, number>();
      this.#counts.set(word, terms);
    }
    terms.set(term, (terms.get(term) ?? 0) + 1);
  }

  /** The counts so far, in the order first met, as plain data (to send from a worker thread). */
  counts(): SpellingCounts {
    return [...this.#counts].map(([word, terms]) => [word, [...terms]]);
  }

  /** Adds counts made of later text (by `counts()` of another counter), as if read here. */
  merge(counts: SpellingCounts): void {
    for (const [word, terms] of counts) {
      let mine = this.#counts.get(word);
      if (!mine) {
        mine = new Map<string, number>();
        this.#counts.set(word, mine);
      }
      for (const [term, count] of terms) mine.set(term, (mine.get(term) ?? 0) + count);
    }
  }

  /** Each word with its most frequent term. */
  spellings(): Spelling[] {
    return [...this.#counts].map(([word, terms]) => {
      let best = "";
      let total = 0;
      let bestCount = 0;
      for (const [term, count] of terms) {
        total += count;
        if (count > bestCount) {
          best = term;
          bestCount = count;
        }
      }
      return [word, best, total];
    });
  }
}
