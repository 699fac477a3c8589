import { describe, expect, it } from "vitest";
import {
  addPosting,
  bestOfOtherItems,
  clearReached,
  conceptFrequencies,
  coverageOf,
  coverageTable,
  type MaskedCandidate,
  refsFrom,
  scoreMatching,
  someItemHoldsAll,
  splitAt,
} from "../../src/search/rank-passes.js";

describe("addPosting", () => {
  it("sums boosted weights and lists each passage once, in the order first reached", () => {
    const scores = new Float64Array(6);
    const seen = new Uint8Array(6);
    const touched = new Int32Array(6);
    let reached = addPosting(
      Int32Array.from([1, 4]),
      Float32Array.from([2, 3]),
      1,
      scores,
      seen,
      touched,
      0,
    );
    reached = addPosting(
      Int32Array.from([0, 4]),
      Float32Array.from([1, 1]),
      0.5,
      scores,
      seen,
      touched,
      reached,
    );
    expect([...touched.subarray(0, reached)]).toEqual([1, 4, 0]);
    expect([...scores]).toEqual([0.5, 2, 0, 0, 3.5, 0]);
  });
});

describe("conceptFrequencies", () => {
  it("counts the passages matching each concept, tabled or not", () => {
    const masks = Uint32Array.from([0b01, 0b11, 0b10, 0b00, 0b11]);
    const touched = Int32Array.from([0, 1, 2, 3, 4]);
    expect(conceptFrequencies(2, masks, touched, 5)).toEqual([3, 3]);
    // Beyond the table's reach every passage is read bit by bit, to the same counts.
    const wide = Uint32Array.from([1 << 11, (1 << 11) | 1, 1]);
    const counts = conceptFrequencies(12, wide, Int32Array.from([0, 1, 2]), 3);
    expect(counts[0]).toBe(2);
    expect(counts[11]).toBe(2);
    expect(counts.slice(1, 11).every((n) => n === 0)).toBe(true);
  });
});

describe("coverageTable", () => {
  it("holds coverageOf for every set of concepts, to the bit", () => {
    const weight = [0.3, 1.7, 2.9];
    const total = weight.reduce((sum, w) => sum + w, 0);
    const table = coverageTable(weight, total);
    for (let mask = 1; mask < 8; mask++)
      expect(table?.[mask]).toBe(coverageOf(mask, weight, total));
    expect(coverageTable(new Array(11).fill(1), 11)).toBeNull();
  });
});

describe("scoreMatching and bestOfOtherItems", () => {
  it("scores matching passages by coverage and keeps each other item's best passage", () => {
    // Passages 0-1 are item 0, 2-3 item 1, 4 item 2; passage 3 matches nothing.
    const scores = Float64Array.from([4, 6, 5, 9, 1]);
    const masks = Uint32Array.from([0b11, 0b01, 0b11, 0, 0b10]);
    const touched = Int32Array.from([0, 1, 2, 3, 4]);
    const matched = new Int32Array(5);
    const best: MaskedCandidate[] = [];
    const weight = [1, 1];
    const weighing = { weight, totalWeight: 2, coverages: coverageTable(weight, 2), within: null };
    const matching = scoreMatching(
      { ...weighing, size: 1 },
      touched,
      5,
      masks,
      scores,
      matched,
      best,
    );
    expect(matching).toBe(4);
    expect([...matched.subarray(0, 4)]).toEqual([0, 1, 2, 4]);
    expect([...scores]).toEqual([4, 1.5, 5, 9, 0.25]);
    expect(best).toEqual([{ ref: 2, score: 5, mask: 0b11 }]);

    const seen = Uint8Array.from([1, 1, 2, 1, 1]);
    const itemOf = Int32Array.from([0, 0, 1, 1, 2]);
    const itemSlot = Int32Array.from([-1, 0, -1]);
    const others = new Int32Array(3);
    const count = bestOfOtherItems(matched, matching, seen, scores, itemOf, itemSlot, 1, others);
    expect([...others.subarray(0, count)]).toEqual([0, 4]);
    expect([...itemSlot]).toEqual([1, 0, 2]);

    clearReached(touched, 5, scores, masks, seen, itemOf, itemSlot);
    expect([...scores, ...masks, ...seen].every((value) => value === 0)).toBe(true);
    expect([...itemSlot]).toEqual([-1, -1, -1]);
  });

  it("leaves out passages outside the filters", () => {
    const scores = Float64Array.from([2, 3]);
    const matched = new Int32Array(2);
    const best: MaskedCandidate[] = [];
    const weighing = {
      weight: [1],
      totalWeight: 1,
      coverages: null,
      within: (document: number) => document === 1,
      size: 5,
    };
    const masks = Uint32Array.from([1, 1]);
    expect(scoreMatching(weighing, Int32Array.from([0, 1]), 2, masks, scores, matched, best)).toBe(
      1,
    );
    expect(best.map((c) => c.ref)).toEqual([1]);
  });
});

describe("splitAt and refsFrom", () => {
  it("keeps the values and refs from a floor up, in their order", () => {
    expect(splitAt(Float64Array.from([3, 9, 1, 7]), 3)).toEqual({ top: [3, 9, 7], below: 1 });
    expect(splitAt(Float64Array.from([3]), 1)).toEqual({ top: [3], below: -Infinity });
    const scores = Float64Array.from([5, 1, 8]);
    expect(refsFrom(Int32Array.from([2, 1, 0]), 3, scores, 5)).toEqual([2, 0]);
    expect(refsFrom(Int32Array.from([2, 1, 0]), 2, scores, null)).toEqual([2, 1]);
  });
});

describe("someItemHoldsAll", () => {
  // Passages 0–1 are item 0, 2–3 item 1; bit 0 is one concept ("covid"), bit 1 another ("fraud").
  const itemOf = Int32Array.from([0, 0, 1, 1]);

  it("finds an item whose passages hold the concepts between them, and clears its scratch", () => {
    const masks = Uint32Array.from([0b01, 0b10, 0b01, 0]);
    const itemMasks = new Uint32Array(2);
    expect(someItemHoldsAll(Int32Array.from([0, 1, 2]), 3, masks, itemOf, itemMasks, 2)).toBe(true);
    expect([...itemMasks]).toEqual([0, 0]);
  });

  it("is false when each item holds only some of them", () => {
    const masks = Uint32Array.from([0b01, 0b01, 0b10, 0]);
    const itemMasks = new Uint32Array(2);
    expect(someItemHoldsAll(Int32Array.from([0, 1, 2]), 3, masks, itemOf, itemMasks, 2)).toBe(
      false,
    );
    expect([...itemMasks]).toEqual([0, 0]);
  });

  it("reads only the matching passages listed (those within the filters)", () => {
    const masks = Uint32Array.from([0b01, 0b10, 0, 0]);
    expect(someItemHoldsAll(Int32Array.from([0, 1]), 1, masks, itemOf, new Uint32Array(2), 2)).toBe(
      false,
    );
  });
});
