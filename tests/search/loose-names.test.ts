import { describe, expect, it } from "vitest";
import { looseNameLength } from "../../src/search/loose-names.js";

// Content stems of two expansions of the acronym table (search/acronyms.ts).
const BAME = ["black", "asian", "minor", "ethnic"];
const LCRB = ["london", "crime", "reduct", "board"];
const NPS = ["nation", "probat", "servic"];

describe("looseNameLength", () => {
  it.each([
    [["black", "asian", "offic"], 2],
    [["black", "minor", "ethnic", "candid"], 3],
    [["ethnic", "minor", "offic"], 2],
    [["minor", "ethnic"], 2],
  ])("reads %j as BAME's name said short, over %i words", (typed, length) => {
    expect(looseNameLength(typed, BAME)).toBe(length);
  });

  it("reads no name from one word, from under half its words, or from its middle words only", () => {
    expect(looseNameLength(["black", "offic"], BAME)).toBe(0);
    expect(looseNameLength(["crime", "reduct"], LCRB)).toBe(0);
    expect(looseNameLength(["asian", "offic"], BAME)).toBe(0);
  });

  // "The national service" is no way to say the National Probation Service: a name's first and
  // last words are often its generic ones ("National … Service", "London … Board").
  it("reads no name said short that keeps only its first and last words", () => {
    expect(looseNameLength(["nation", "servic"], NPS)).toBe(0);
    expect(looseNameLength(["london", "board"], LCRB)).toBe(0);
    expect(looseNameLength(["probat", "servic"], NPS)).toBe(2);
  });
});
