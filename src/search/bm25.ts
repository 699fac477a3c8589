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
  // For each term, for each field: the passages holding it (ascending) and how often.
  const postings = new Map<string, { documents: number[][]; counts: number[][] }>();
  const lengths: number[][] = fields.map(() => []);
  const totals = fields.map(() => 0);
  const counts = new Map<string, number>();
  let documentCount = 0;
  let entries = 0;
  for (const passage of documents) {
    const document = documentCount++;
    for (const [f, field] of fields.entries()) {
      const terms = passage[field];
      (lengths[f] as number[]).push(terms.length);
      totals[f] = (totals[f] ?? 0) + terms.length;
      counts.clear();
      // Lunr's tokenizer lower-cases each term it is given.
      for (const term of terms) {
        const lower = term.toLowerCase();
        counts.set(lower, (counts.get(lower) ?? 0) + 1);
      }
      for (const [term, count] of counts) {
        let posting = postings.get(term);
        if (!posting) {
          posting = { documents: fields.map(() => []), counts: fields.map(() => []) };
          postings.set(term, posting);
        }
        posting.documents[f]?.push(document);
        posting.counts[f]?.push(count);
        entries++;
      }
    }
  }
  const averages = totals.map((total) => total / documentCount);
  const terms = [...postings.keys()].sort();
  const starts = new Uint32Array(terms.length + 1);
  // A passage holds a term in one field or several: there are at most as many postings as entries.
  const packedDocuments = new Int32Array(entries);
  const packedWeights = new Float32Array(entries);
  let packed = 0;
  const byDocument = new Map<number, number>();
  for (const [t, term] of terms.entries()) {
    starts[t] = packed;
    const posting = postings.get(term) as { documents: number[][]; counts: number[][] };
    postings.delete(term);
    // Lunr counts a passage once per field that holds the term.
    const holding = posting.documents.reduce((n, list) => n + list.length, 0);
    const x = (documentCount - holding + 0.5) / (holding + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    byDocument.clear();
    for (const [f, field] of fields.entries()) {
      const list = posting.documents[f] as number[];
      const tfs = posting.counts[f] as number[];
      const fieldLengths = lengths[f] as number[];
      for (const [i, document] of list.entries()) {
        const tf = tfs[i] as number;
        const length = fieldLengths[document] as number;
        let score =
          (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / (averages[f] as number))) + tf);
        score *= boosts[field];
        byDocument.set(document, (byDocument.get(document) ?? 0) + Math.round(score * 1000) / 1000);
      }
    }
    for (const document of [...byDocument.keys()].sort((a, b) => a - b)) {
      packedDocuments[packed] = document;
      packedWeights[packed] = byDocument.get(document) as number;
      packed++;
    }
  }
  starts[terms.length] = packed;
  return new PackedPostings(
    terms,
    starts,
    packedDocuments.slice(0, packed),
    packedWeights.slice(0, packed),
  );
}
