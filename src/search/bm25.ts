import { PackedPostings } from "./postings.js";

// Lunr's defaults: the index used to be built by Lunr, and these keep its weights.
const K1 = 1.2;
const B = 0.75;

/** One passage's terms in each field, in the order the fields are weighed. */
export type FieldTerms<F extends string> = Readonly<Record<F, readonly string[]>>;

/**
 * Weighs every term in every passage as Lunr's index builder does (BM25, k1 1.2, b 0.75, the
 * field's boost, Lunr's idf, weights rounded to 3 decimals, fields summed in order) and packs the
 * postings. Lunr's builder reached the same numbers through an object per term, field and
 * passage, which at 1,000 meetings was 3.4 s of CPU, most of it allocation and garbage
 * collection; counting into arrays gives identical weights in a fraction of that. Passages are
 * read one at a time, so a caller that makes their terms as they are asked for never holds the
 * terms of the whole corpus at once; each term's lists are let go once it is packed.
 */
export function packBm25<F extends string>(
  documents: Iterable<FieldTerms<F>>,
  boosts: Readonly<Record<F, number>>,
): PackedPostings {
  const fields = Object.keys(boosts) as F[];
  const width = fields.length;
  // Each term is numbered as it is first met; `lists[term * width + field]` holds the passages
  // with the term in that field, ascending, each followed by how often: [passage, count, …].
  // A passage's terms are read in turn, so a repeat of a term only adds to the last count.
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const lists: Array<number[] | undefined> = [];
  const lengths: number[][] = fields.map(() => []);
  const totals = fields.map(() => 0);
  let documentCount = 0;
  let entries = 0;
  for (const passage of documents) {
    const document = documentCount++;
    for (const [f, field] of fields.entries()) {
      const terms = passage[field];
      (lengths[f] as number[]).push(terms.length);
      totals[f] = (totals[f] ?? 0) + terms.length;
      for (const term of terms) {
        // Lunr's tokenizer lower-cases each term it is given.
        const lower = term.toLowerCase();
        let number = numbers.get(lower);
        if (number === undefined) {
          number = names.length;
          numbers.set(lower, number);
          names.push(lower);
          for (let g = 0; g < width; g++) lists.push([]);
        }
        const list = lists[number * width + f] as number[];
        if (list[list.length - 2] === document) (list[list.length - 1] as number)++;
        else {
          list.push(document, 1);
          entries++;
        }
      }
    }
  }
  const averages = totals.map((total) => total / documentCount);
  const order = names.map((_, number) => number).sort((a, b) => compare(names[a], names[b]));
  const starts = new Uint32Array(names.length + 1);
  // A passage holds a term in one field or several: there are at most as many postings as entries.
  const packedDocuments = new Int32Array(entries);
  const packedWeights = new Float32Array(entries);
  const heads = fields.map(() => 0);
  let packed = 0;
  for (const [t, number] of order.entries()) {
    starts[t] = packed;
    const termLists = fields.map((_, f) => lists[number * width + f] as number[]);
    for (let f = 0; f < width; f++) lists[number * width + f] = undefined;
    // Lunr counts a passage once per field that holds the term.
    const holding = termLists.reduce((n, list) => n + list.length / 2, 0);
    const x = (documentCount - holding + 0.5) / (holding + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    heads.fill(0);
    // The fields' lists are merged by passage; each passage's weight sums its fields in order.
    for (;;) {
      let document = Number.POSITIVE_INFINITY;
      for (const [f, list] of termLists.entries())
        document = Math.min(document, list[heads[f] as number] ?? Number.POSITIVE_INFINITY);
      if (document === Number.POSITIVE_INFINITY) break;
      let weight = 0;
      for (const [f, list] of termLists.entries()) {
        const head = heads[f] as number;
        if (list[head] !== document) continue;
        const tf = list[head + 1] as number;
        const length = (lengths[f] as number[])[document] as number;
        let score =
          (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / (averages[f] as number))) + tf);
        score *= boosts[fields[f] as F];
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

// The order Array.prototype.sort gives strings by default: by UTF-16 code units.
function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}
