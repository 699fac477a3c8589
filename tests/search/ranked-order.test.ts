import { describe, expect, it } from "vitest";
import { cutScore, keepBest, kthLargest, qualifies } from "../../src/search/ranked-order.js";

describe("keepBest", () => {
  it("keeps the highest scores in order, the lower ref first on equal scores", () => {
    const best: Array<{ ref: number; score: number }> = [];
    for (const [ref, score] of [
      [0, 1],
      [1, 5],
      [2, 3],
      [3, 5],
      [4, 0.5],
      [5, 4],
    ] as const) {
      if (qualifies(best, 3, score, ref)) keepBest(best, 3, { ref, score });
    }
    expect(best).toEqual([
      { ref: 1, score: 5 },
      { ref: 3, score: 5 },
      { ref: 5, score: 4 },
    ]);
  });
});

describe("kthLargest", () => {
  it("finds the k-th largest value, counting repeats", () => {
    const values = [3, 9, 1, 9, 4, 7, 7, 2];
    for (let k = 1; k <= values.length; k++) {
      const expected = [...values].sort((a, b) => b - a)[k - 1];
      expect(kthLargest(Float64Array.from(values), k)).toBe(expected);
    }
  });
});

describe("cutScore", () => {
  it("cuts below the wanted-th score at the first gap wider than a tie", () => {
    // Wanted 2: 9.995 ties 10 (within 0.1%), 9.99 ties 9.995, 8 does not tie 9.99.
    expect(cutScore([10, 9.995, 9.99, 8, 7], 2, 6, 1e-3)).toBe(9.99);
  });

  it("cuts at the wanted-th score when the next is clearly lower", () => {
    expect(cutScore([10, 9, 8], 1, 7, 1e-3)).toBe(10);
  });

  it("uses the highest score left out when the ties run to the end", () => {
    expect(cutScore([10, 9.999], 1, 5, 1e-3)).toBe(9.999);
    expect(cutScore([10, 9.999], 1, 9.998, 1e-3)).toBeNull();
  });
});
