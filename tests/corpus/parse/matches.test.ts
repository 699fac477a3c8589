import { describe, expect, it } from "vitest";
import { allMatches } from "../../../src/corpus/parse/matches.js";

describe("allMatches", () => {
  it.each([
    [
      /\(\s*\(?\s*([\p{Lu}]{1,4})\s*\)\s*\)?/gu,
      "Ian Bickers (IB) London Prisons Sinead Dervin (SD) NHS",
    ],
    [/\s*,\s*|\s+and\s+|\s+&\s+/g, "Jane Doe, John Smith and Ann Lee & Tom Brown"],
    [/x*/gu, "a😀b"],
    [/,/g, "no commas here"],
  ])("finds what matchAll finds: %s in %j", (pattern, text) => {
    const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1]]);
    expect(allMatches(text, pattern).map((m) => [m.index, m[0], m[1]])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  });
});
