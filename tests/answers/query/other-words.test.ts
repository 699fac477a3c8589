import { describe, expect, it } from "vitest";
import { otherWordsFor } from "../../../src/answers/query/other-words.js";

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
