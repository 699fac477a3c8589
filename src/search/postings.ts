import type lunr from "lunr";

/** The passages that hold a term, ascending, with the term's weight in each (all fields summed). */
export interface Posting {
  documents: Int32Array;
  weights: Float32Array;
}

// The parts of a Lunr index read here; @types/lunr keeps them private.
interface LunrInternals {
  invertedIndex: Record<string, Record<string, number | Record<string, unknown>>>;
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
}

/**
 * Every posting list of the index packed into three typed arrays. Lunr builds the index and
 * computes the weights (its BM25, with our field boosts); scoring then sums them over these
 * arrays. Lunr's own `index.query` builds match-data objects for every matching passage, which on
 * 1,000 meetings took 35–200 ms per query, most of it in the garbage collector; and loading
 * Lunr's serialised JSON was most of a start from cache. Packed lists load as a few buffers.
 */
export class PackedPostings {
  readonly #terms: Map<string, number>;
  readonly #termList: string[];
  readonly #starts: Uint32Array;
  readonly #documents: Int32Array;
  readonly #weights: Float32Array;

  constructor(terms: string[], starts: Uint32Array, documents: Int32Array, weights: Float32Array) {
    this.#termList = terms;
    this.#terms = new Map(terms.map((term, i) => [term, i]));
    this.#starts = starts;
    this.#documents = documents;
    this.#weights = weights;
  }

  /** Packs a Lunr index built with documents refs "0", "1", … */
  static fromLunr(index: lunr.Index): PackedPostings {
    const internals = index as unknown as LunrInternals;
    const terms = Object.keys(internals.invertedIndex).sort();
    const starts = new Uint32Array(terms.length + 1);
    const documents: number[] = [];
    const weights: number[] = [];
    for (const [t, term] of terms.entries()) {
      starts[t] = documents.length;
      const entry = internals.invertedIndex[term] ?? {};
      const termIndex = entry._index as number;
      const byDocument = new Map<number, number>();
      for (const field of internals.fields) {
        const refs = entry[field];
        if (!refs || typeof refs !== "object") continue;
        for (const ref of Object.keys(refs)) {
          const vector = internals.fieldVectors[`${field}/${ref}`];
          const weight = vector ? weightAt(vector.elements, termIndex) : 0;
          byDocument.set(Number(ref), (byDocument.get(Number(ref)) ?? 0) + weight);
        }
      }
      for (const document of [...byDocument.keys()].sort((a, b) => a - b)) {
        documents.push(document);
        weights.push(byDocument.get(document) ?? 0);
      }
    }
    starts[terms.length] = documents.length;
    return new PackedPostings(
      terms,
      starts,
      Int32Array.from(documents),
      Float32Array.from(weights),
    );
  }

  /** The parts to serialise. */
  parts(): { terms: string[]; starts: Uint32Array; documents: Int32Array; weights: Float32Array } {
    return {
      terms: this.#termList,
      starts: this.#starts,
      documents: this.#documents,
      weights: this.#weights,
    };
  }

  has(term: string): boolean {
    return this.#terms.has(term);
  }

  get(term: string): Posting | null {
    const t = this.#terms.get(term);
    if (t === undefined) return null;
    const start = this.#starts[t] ?? 0;
    const end = this.#starts[t + 1] ?? start;
    return {
      documents: this.#documents.subarray(start, end),
      weights: this.#weights.subarray(start, end),
    };
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
