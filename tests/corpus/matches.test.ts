import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/corpus/matches.js";

// corpus/000: the next meetings, one a line, read here as one text.
const LINE = "LCRB meeting: 8 July 2020\nDMG meeting: 7 September 2020";
const DATE = /(\d{1,2}) (\p{Lu}\p{Ll}+) (\d{4})/gu;

describe("allMatches", () => {
  it("finds what matchAll finds, in order, with groups and positions", () => {
    const found = allMatches(DATE, LINE);
    expect(found.map((m) => [m.index, m[0], m[2]])).toEqual(
      [...LINE.matchAll(DATE)].map((m) => [m.index, m[0], m[2]]),
    );
    expect(found.map((m) => m[0])).toEqual(["8 July 2020", "7 September 2020"]);
  });

  it("starts afresh on every call and leaves the pattern free for the caller's own use", () => {
    const outer = allMatches(DATE, LINE);
    const inner = outer.map((m) => allMatches(DATE, m[0]).length);
    expect(inner).toEqual([1, 1]);
    expect(allMatches(DATE, LINE)).toHaveLength(2);
    expect(DATE.lastIndex).toBe(0);
  });

  it("steps past empty matches, as matchAll does", () => {
    const EMPTY = /\b/g;
    expect(allMatches(EMPTY, LINE).map((m) => m.index)).toEqual(
      [...LINE.matchAll(EMPTY)].map((m) => m.index),
    );
  });

  // Attendance lines and list separators: patterns the parser reads with it, against matchAll.
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
    expect(allMatches(pattern, text).map((m) => [m.index, m[0], m[1]])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => allMatches(/July/, LINE)).toThrow(/global/);
  });
});
