import { describe, expect, it } from "vitest";
import { otherWordsFor, sameWordsFor } from "../../../src/answers/query/other-words.js";

describe("otherWordsFor", () => {
  it("gives the formal word for an everyday one", () => {
    expect(otherWordsFor(["pandemic"])).toEqual(["covid"]);
    expect(otherWordsFor(["funding"])).toEqual(["financ"]);
  });

  it("does not widen a formal word to the everyday ones, which may mean less", () => {
    expect(otherWordsFor(["disproportionality"])).toEqual([]);
  });

  it("gives none for a subject of several words", () => {
    expect(otherWordsFor(["pandemic", "recovery"])).toEqual([]);
  });
});

describe("sameWordsFor", () => {
  it("gives the everyday words a formal one is the equivalent of, as well as its own", () => {
    // "covid" at the April 2022 board is "following the pandemic" (003_…, line 72).
    expect(sameWordsFor(["covid"])).toEqual(expect.arrayContaining(["pandem", "coronaviru"]));
    expect(sameWordsFor(["hiring"])).toEqual(["recruit"]);
  });

  it("does not widen by related words that do not say the same", () => {
    // "disparity" and "racial" find "disproportionality" but are not the same.
    expect(sameWordsFor(["disproportionality"])).toEqual([]);
  });
});
