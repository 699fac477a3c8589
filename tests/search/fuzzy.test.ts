import { describe, expect, it } from "vitest";
import { editDistance, editDistanceFor } from "../../src/search/fuzzy.js";
import { smallestWindow } from "../../src/search/proximity.js";
import { Vocabulary } from "../../src/search/vocabulary.js";

describe("editDistanceFor", () => {
  it.each([
    ["cps", 0],
    ["fraud", 1],
    ["homocide", 2],
  ])("allows %j %i edits", (word, edits) => {
    expect(editDistanceFor(word)).toBe(edits);
  });
});

describe("editDistance", () => {
  it.each([
    ["fraud", "fraud", 0],
    ["fruad", "fraud", 1],
    ["homocide", "homicide", 1],
    ["corupption", "corruption", 2],
  ])("%j → %j is %i", (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
  });
});

describe("Vocabulary.nearest", () => {
  const vocabulary = new Vocabulary([
    ["corruption", "corrupt", 3],
    ["corrupt", "corrupt", 1],
    ["homicide", "homicid", 1],
    ["cps", "cps", 9],
  ]);

  it("corrects whole words, nearest first", () => {
    expect(vocabulary.nearest("corupption", 3)).toEqual([{ word: "corruption", term: "corrupt" }]);
    expect(vocabulary.nearest("homocide", 3)).toEqual([{ word: "homicide", term: "homicid" }]);
  });

  it("leaves short words alone and gives up on absurdly long ones", () => {
    expect(vocabulary.nearest("cjs", 3)).toEqual([]);
    expect(vocabulary.nearest("a".repeat(1000), 3)).toEqual([]);
  });
});

describe("smallestWindow", () => {
  it.each([
    [[[3], [4]], 2],
    [
      [
        [1, 10],
        [7, 30],
      ],
      4,
    ],
    [[[5], []], Infinity],
  ])("%j → %d", (positions, window) => {
    expect(smallestWindow(positions)).toBe(window);
  });
});
