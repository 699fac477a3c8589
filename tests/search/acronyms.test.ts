import { describe, expect, it } from "vitest";
import { acronymsNaming } from "../../src/search/acronyms.js";

describe("acronymsNaming", () => {
  it.each([
    ["court", ["HMCTS"]],
    ["courts", ["HMCTS"]],
    ["prosecution", ["CPS"]],
    ["probation", ["NPS", "HMPPS"]],
  ])("finds the acronym whose name holds %j", (word, acronyms) => {
    expect(acronymsNaming(word).map((entry) => entry.acronym)).toEqual(acronyms);
  });

  it.each(["service", "justice", "and", "the"])(
    "names none for %j, a word too common in the names (or too short) to point at one",
    (word) => {
      expect(acronymsNaming(word)).toEqual([]);
    },
  );
});
