/** The passages that hold a term, ascending, with the term's weight in each (all fields summed). */
export interface Posting {
  documents: Int32Array;
  weights: Float32Array;
}

/**
 * Every posting list of the index packed into three typed arrays, with the weights packBm25
 * computes (Lunr's BM25, with our field boosts); scoring then sums them over these arrays.
 * Lunr's own `index.query` builds match-data objects for every matching passage, which on 1,000
 * meetings took 35–200 ms per query, most of it in the garbage collector; and loading Lunr's
 * serialised JSON was most of a start from cache. Packed lists load as a few buffers.
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

  /** Whether a passage holds the term (searched in place: no posting made per call). */
  holds(term: string, document: number): boolean {
    const t = this.#terms.get(term);
    if (t === undefined) return false;
    const documents = this.#documents;
    let low = this.#starts[t] ?? 0;
    let high = (this.#starts[t + 1] ?? low) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = documents[middle] as number;
      if (value === document) return true;
      if (value < document) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}
