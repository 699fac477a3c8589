import lunr from "lunr";
import { describe, expect, it } from "vitest";
import { Bm25Counts, packBm25 } from "../../src/search/bm25.js";

// Lines of the seed minutes (002 and 004), split into words as terms.
const PASSAGES = [
  {
    title: "Casey Review",
    text: "MPS response to the Casey Review and consideration of the Turnaround Plan",
    meeting: "LCRB 2023 April",
  },
  {
    title: "Tackling fraud",
    text: "Members noted MOPAC's intention to set up a roundtable in which partners would be invited to discuss the issue of fraud",
    meeting: "LCRB 2022 April",
  },
  { title: "Tackling fraud", text: "", meeting: "LCRB 2022 April" },
  {
    title: "Counter Terrorism",
    text: "The Board noted the update on counter terrorism and the Prevent programme in London and the work of partners",
    meeting: "LCRB 2015 March",
  },
].map((p) => ({
  title: p.title.split(" "),
  text: p.text ? p.text.split(" ") : [],
  meeting: p.meeting.split(" "),
}));
const BOOSTS = { title: 4, text: 1, meeting: 0.5 };

// Lunr's index over the same terms (its tokenizer given arrays, empty pipelines), read the way
// the index used to be packed: each term's field vectors summed per passage, in field order.
function lunrWeights(): Map<string, Array<[number, number]>> {
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref("ref");
    for (const [name, boost] of Object.entries(BOOSTS)) this.field(name, { boost });
    for (const [ref, passage] of PASSAGES.entries()) this.add({ ref: String(ref), ...passage });
  }) as unknown as {
    invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>;
    fieldVectors: Record<string, { elements: number[] }>;
  };
  const weights = new Map<string, Array<[number, number]>>();
  for (const term of Object.keys(index.invertedIndex).sort()) {
    const entry = index.invertedIndex[term];
    if (!entry) continue;
    const sums = new Map<number, number>();
    for (const field of Object.keys(BOOSTS)) {
      for (const ref of Object.keys(entry[field] ?? {})) {
        const elements = index.fieldVectors[`${field}/${ref}`]?.elements ?? [];
        const at = elements.findIndex((value, i) => i % 2 === 0 && value === entry._index);
        sums.set(Number(ref), (sums.get(Number(ref)) ?? 0) + (elements[at + 1] ?? 0));
      }
    }
    const list = [...sums].sort((a, b) => a[0] - b[0]);
    weights.set(
      term,
      list.map(([doc, weight]) => [doc, Math.fround(weight)]),
    );
  }
  return weights;
}

describe("packBm25", () => {
  it("gives every term in every passage the weight Lunr's index builder gave it", () => {
    const packed = packBm25(PASSAGES, BOOSTS);
    const expected = lunrWeights();
    expect(packed.parts().terms).toEqual([...expected.keys()]);
    for (const [term, list] of expected) {
      const posting = packed.get(term);
      expect(posting && [...posting.documents].map((doc, i) => [doc, posting.weights[i]])).toEqual(
        list,
      );
    }
    // Lunr lower-cases the terms it is given: "Casey" and "casey" are one term.
    expect(packed.has("casey")).toBe(true);
    expect(packed.has("Casey")).toBe(false);
  });
});

describe("Bm25Counts", () => {
  it("packs the same postings from runs of passages counted apart and merged in order", () => {
    const whole = packBm25(PASSAGES, BOOSTS).parts();
    for (const cut of [1, 2, 3]) {
      const fields = Object.keys(BOOSTS) as Array<keyof typeof BOOSTS>;
      const first = new Bm25Counts(fields);
      for (const passage of PASSAGES.slice(0, cut)) first.add(passage);
      const rest = new Bm25Counts(fields);
      for (const passage of PASSAGES.slice(cut)) rest.add(passage);
      first.merge(rest.part());
      expect(first.pack(BOOSTS).parts()).toStrictEqual(whole);
    }
  });
});
