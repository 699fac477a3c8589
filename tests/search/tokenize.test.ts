import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/search/tokenize.js";

const parts = (text: string) => tokenize(text).map((token) => token.parts);

describe("tokenize", () => {
  it.each([
    ["Members noted MOPAC's intention", [["members"], ["noted"], ["mopac"], ["intention"]]],
    ["MOPAC’s oversight", [["mopac"], ["oversight"]]],
    ["delays to victims' services", [["delays"], ["to"], ["victims"], ["services"]]],
    ["Debbie Weekes-Bernard", [["debbie"], ["weekes", "bernard"]]],
    ["the London-wide CONTEST Board", [["the"], ["london", "wide"], ["contest"], ["board"]]],
    ["John O'Brien", [["john"], ["obrien"]]],
    ["COVID-19: Impact on Delivery", [["covid", "19"], ["impact"], ["on"], ["delivery"]]],
    ["bribe taking – sometimes", [["bribe"], ["taking"], ["sometimes"]]],
    ["“quoted” café", [["quoted"], ["cafe"]]],
    [":~^+-* ***", []],
  ])("%j → %j", (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it("marks acronyms written in capitals, not words that merely start with one", () => {
    const [mps, met, mps2] = tokenize("MPS Met MPs");
    expect(mps?.capitals).toEqual([true]);
    expect(met?.capitals).toEqual([false]);
    expect(met?.capitalised).toEqual([true]);
    expect(mps2?.capitals).toEqual([false]);
  });

  it("keeps character offsets of the word as written, for bolding", () => {
    const text = "the MPS' focus";
    const [, mps] = tokenize(text);
    expect(text.slice(mps?.start, mps?.end)).toBe("MPS'");
  });
});
