import type lunr from "lunr";

/** The passages that hold a term, ascending, with the term's BM25 weight in each (all fields). */
export interface Posting {
  documents: Int32Array;
  weights: Float64Array;
}

// The parts of a Lunr index this reads; @types/lunr keeps them private.
interface LunrInternals {
  invertedIndex: Record<string, Record<string, number | Record<string, unknown>>>;
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
}

// Postings are compiled on first use; a flood of distinct terms must not grow memory without end.
const MAX_COMPILED = 20_000;

/**
 * Reads a Lunr index's postings into typed arrays. Lunr's own `index.query` builds match-data
 * objects for every matching passage, which on 1,000 meetings took 35–200 ms per query, most of
 * it in the garbage collector; summing the weights Lunr stored at build time (its BM25 with our
 * field boosts) over typed arrays gives the same scores in a few milliseconds.
 */
export class PostingReader {
  readonly #index: LunrInternals;
  readonly #compiled = new Map<string, Posting>();

  constructor(index: lunr.Index) {
    this.#index = index as unknown as LunrInternals;
  }

  has(term: string): boolean {
    return Object.hasOwn(this.#index.invertedIndex, term);
  }

  get(term: string): Posting | null {
    const cached = this.#compiled.get(term);
    if (cached) return cached;
    const entry = this.#index.invertedIndex[term];
    if (!entry || !Object.hasOwn(this.#index.invertedIndex, term)) return null;
    const termIndex = entry._index as number;
    const weights = new Map<number, number>();
    for (const field of this.#index.fields) {
      const refs = entry[field];
      if (!refs || typeof refs !== "object") continue;
      for (const ref of Object.keys(refs)) {
        const vector = this.#index.fieldVectors[`${field}/${ref}`];
        const weight = vector ? weightAt(vector.elements, termIndex) : 0;
        const document = Number(ref);
        weights.set(document, (weights.get(document) ?? 0) + weight);
      }
    }
    const documents = Int32Array.from(weights.keys()).sort();
    const posting: Posting = {
      documents,
      weights: Float64Array.from(documents, (document) => weights.get(document) ?? 0),
    };
    if (this.#compiled.size >= MAX_COMPILED) this.#compiled.clear();
    this.#compiled.set(term, posting);
    return posting;
  }

  /** Whether a passage holds the term. */
  holds(term: string, document: number): boolean {
    const posting = this.get(term);
    if (!posting) return false;
    let low = 0;
    let high = posting.documents.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = posting.documents[middle] as number;
      if (value === document) return true;
      if (value < document) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/** A Lunr vector is [index, value, index, value…] sorted by index. */
function weightAt(elements: number[], termIndex: number): number {
  let low = 0;
  let high = elements.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = elements[middle * 2] as number;
    if (value === termIndex) return elements[middle * 2 + 1] as number;
    if (value < termIndex) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}
