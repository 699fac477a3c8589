import { PackedPostings } from "./postings.js";

// Lunr's defaults: the index used to be built by Lunr, and these keep its weights.
const K1 = 1.2;
const B = 0.75;

/** One passage's terms in each field, in the order the fields are weighed. */
export type FieldTerms<F extends string> = Readonly<Record<F, readonly string[]>>;

/**
 * The counts of a run of consecutive passages as plain data, to send from a worker thread
 * (Bm25Counts.part) and add after the passages before them (Bm25Counts.merge). Passages are
 * numbered from 0 within the run.
 */
export interface Bm25Part {
  passages: number;
  /** The terms in the order first met. */
  terms: string[];
  /** Term t's list in field f is `lists[starts[t * fields + f] … starts[t * fields + f + 1])`. */
  starts: Uint32Array<ArrayBuffer>;
  /** [passage, count, …] pairs, ascending by passage within each list. */
  lists: Int32Array<ArrayBuffer>;
  /** Each passage's length in field f at `lengths[f * passages + passage]`. */
  lengths: Int32Array<ArrayBuffer>;
}

/**
 * Counts how often each term occurs in each field of each passage, passage after passage, and
 * packs the postings with the weights Lunr's index builder gave (BM25, k1 1.2, b 0.75, the
 * field's boost, Lunr's idf, weights rounded to 3 decimals, fields summed in order). Lunr's
 * builder reached the same numbers through an object per term, field and passage, which at 1,000
 * meetings was 3.4 s of CPU, most of it allocation and garbage collection; counting into arrays
 * gives identical weights in a fraction of that. The counts of later passages can be made
 * elsewhere (a worker thread) and merged in order: the postings are the same as if this counter
 * had read every passage itself.
 */
export class Bm25Counts<F extends string> {
  readonly #fields: F[];
  readonly #width: number;
  // Each term is numbered as it is first met; `lists[term * width + field]` holds the passages
  // with the term in that field, ascending, each followed by how often: [passage, count, …].
  // A passage's terms are read in turn, so a repeat of a term only adds to the last count.
  readonly #numbers = new Map<string, number>();
  readonly #names: string[] = [];
  readonly #lists: Array<number[] | undefined> = [];
  readonly #lengths: number[][];
  readonly #totals: number[];
  #passages = 0;
  #entries = 0;

  constructor(fields: readonly F[]) {
    this.#fields = [...fields];
    this.#width = fields.length;
    this.#lengths = fields.map(() => []);
    this.#totals = fields.map(() => 0);
  }

  /** Counts the next passage's terms. */
  add(passage: FieldTerms<F>): void {
    const document = this.#passages++;
    // Indexed loops: see pack.
    for (let f = 0; f < this.#width; f++) {
      const terms = passage[this.#fields[f] as F];
      (this.#lengths[f] as number[]).push(terms.length);
      this.#totals[f] = (this.#totals[f] ?? 0) + terms.length;
      for (let i = 0; i < terms.length; i++) {
        // Lunr's tokenizer lower-cases each term it is given.
        const list = this.#list((terms[i] as string).toLowerCase(), f);
        if (list[list.length - 2] === document) (list[list.length - 1] as number)++;
        else {
          list.push(document, 1);
          this.#entries++;
        }
      }
    }
  }

  /** The counts so far as plain data (see Bm25Part). */
  part(): Bm25Part {
    const width = this.#width;
    const starts = new Uint32Array(this.#names.length * width + 1);
    const lists = new Int32Array(this.#entries * 2);
    let at = 0;
    for (let slot = 0; slot < this.#names.length * width; slot++) {
      starts[slot] = at;
      for (const value of this.#lists[slot] as number[]) lists[at++] = value;
    }
    starts[this.#names.length * width] = at;
    const passages = this.#passages;
    const lengths = new Int32Array(passages * width);
    for (let f = 0; f < width; f++) lengths.set(this.#lengths[f] as number[], f * passages);
    return { passages, terms: [...this.#names], starts, lists, lengths };
  }

  /** Adds the counts of the passages that follow those counted so far. */
  merge(part: Bm25Part): void {
    const width = this.#width;
    const offset = this.#passages;
    for (const [t, term] of part.terms.entries()) {
      for (let f = 0; f < width; f++) {
        const from = part.starts[t * width + f] as number;
        const to = part.starts[t * width + f + 1] as number;
        if (from === to) continue;
        const list = this.#list(term, f);
        for (let i = from; i < to; i += 2)
          list.push((part.lists[i] as number) + offset, part.lists[i + 1] as number);
        this.#entries += (to - from) / 2;
      }
    }
    for (let f = 0; f < width; f++) {
      const lengths = this.#lengths[f] as number[];
      for (let p = 0; p < part.passages; p++) {
        const length = part.lengths[f * part.passages + p] as number;
        lengths.push(length);
        this.#totals[f] = (this.#totals[f] ?? 0) + length;
      }
    }
    this.#passages += part.passages;
  }

  // The list of a lower-case term in field f, the term numbered if it is new.
  #list(term: string, f: number): number[] {
    let number = this.#numbers.get(term);
    if (number === undefined) {
      number = this.#names.length;
      this.#numbers.set(term, number);
      this.#names.push(term);
      for (let g = 0; g < this.#width; g++) this.#lists.push([]);
    }
    return this.#lists[number * this.#width + f] as number[];
  }

  /**
   * Weighs every term in every passage counted and packs the postings, each term's lists let go
   * once it is packed: the counter is spent after this.
   */
  pack(boosts: Readonly<Record<F, number>>): PackedPostings {
    const fields = this.#fields;
    const width = this.#width;
    const names = this.#names;
    const lists = this.#lists;
    const lengths = this.#lengths;
    const documentCount = this.#passages;
    const averages = this.#totals.map((total) => total / documentCount);
    const order = names.map((_, number) => number).sort((a, b) => compare(names[a], names[b]));
    const starts = new Uint32Array(names.length + 1);
    // A passage holds a term in one field or several: there are at most as many postings as entries.
    const packedDocuments = new Int32Array(this.#entries);
    const packedWeights = new Float32Array(this.#entries);
    const boostOf = fields.map((field) => boosts[field]);
    const heads = fields.map(() => 0);
    const termLists: number[][] = fields.map(() => []);
    let packed = 0;
    // Indexed loops, not iterators: this runs once per start, mostly before the optimising
    // compiler has seen it, where each iterator step made an array.
    for (let t = 0; t < order.length; t++) {
      const number = order[t] as number;
      starts[t] = packed;
      // Lunr counts a passage once per field that holds the term.
      let holding = 0;
      for (let f = 0; f < width; f++) {
        const list = lists[number * width + f] as number[];
        lists[number * width + f] = undefined;
        termLists[f] = list;
        holding += list.length / 2;
        heads[f] = 0;
      }
      const x = (documentCount - holding + 0.5) / (holding + 0.5);
      const idf = Math.log(1 + Math.abs(x));
      // The fields' lists are merged by passage; each passage's weight sums its fields in order.
      for (;;) {
        let document = Number.POSITIVE_INFINITY;
        for (let f = 0; f < width; f++) {
          const next = (termLists[f] as number[])[heads[f] as number];
          if (next !== undefined && next < document) document = next;
        }
        if (document === Number.POSITIVE_INFINITY) break;
        let weight = 0;
        for (let f = 0; f < width; f++) {
          const list = termLists[f] as number[];
          const head = heads[f] as number;
          if (list[head] !== document) continue;
          const tf = list[head + 1] as number;
          const length = (lengths[f] as number[])[document] as number;
          let score =
            (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / (averages[f] as number))) + tf);
          score *= boostOf[f] as number;
          weight += Math.round(score * 1000) / 1000;
          heads[f] = head + 2;
        }
        packedDocuments[packed] = document;
        packedWeights[packed] = weight;
        packed++;
      }
    }
    starts[names.length] = packed;
    return new PackedPostings(
      order.map((number) => names[number] as string),
      starts,
      packedDocuments.slice(0, packed),
      packedWeights.slice(0, packed),
    );
  }
}

/**
 * Weighs every term in every passage (see Bm25Counts) and packs the postings. Passages are read
 * one at a time, so a caller that makes their terms as they are asked for never holds the terms
 * of the whole corpus at once.
 */
export function packBm25<F extends string>(
  documents: Iterable<FieldTerms<F>>,
  boosts: Readonly<Record<F, number>>,
): PackedPostings {
  const counts = new Bm25Counts(Object.keys(boosts) as F[]);
  for (const passage of documents) counts.add(passage);
  return counts.pack(boosts);
}

// The order Array.prototype.sort gives strings by default: by UTF-16 code units.
function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}
