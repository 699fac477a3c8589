import { describe, expect, it } from "vitest";
import { firstSentence, isListHeading, withoutListMarker } from "../../src/answers/format.js";

describe("firstSentence", () => {
  it.each([
    [
      "1. Taking as its basis that London has the highest CT threat and vulnerability of any UK City the Board discussed proposals contained in the presentation paper. The Board agreed.",
      "Taking as its basis that London has the highest CT threat and vulnerability of any UK City the Board discussed proposals contained in the presentation paper.",
    ],
    [
      "10. Following the publication of an article in a newspaper, the Mayor raised the issue of police corruption. The Deputy Commissioner explained.",
      "Following the publication of an article in a newspaper, the Mayor raised the issue of police corruption.",
    ],
    ["(a) The detailed notes were approved.", "The detailed notes were approved."],
    ["• There was no other business.", "There was no other business."],
    [
      "The minutes were agreed as a true and accurate record of the meeting. There were no outstanding actions.",
      "The minutes were agreed as a true and accurate record of the meeting.",
    ],
  ])("skips a leading paragraph number or list marker: %j", (passage, expected) => {
    expect(firstSentence(passage)).toBe(expected);
  });
});

describe("withoutListMarker", () => {
  it("keeps a sentence that starts with a number of things", () => {
    expect(withoutListMarker("3 partners presented.")).toBe("3 partners presented.");
  });
});

describe("isListHeading", () => {
  it.each([
    ["1. MPS response to the Casey Review and consideration of the Turnaround Plan", true],
    [
      "2. Ways for partners to support the MPS with the next steps to address Casey's recommendations",
      true,
    ],
    ["Update from MOPAC:", true],
    [
      "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning.",
      false,
    ],
    ["5. The MOPAC COO and the CEO of London Councils presented a paper to the Board.", false],
  ])("%j → %s", (passage, expected) => {
    expect(isListHeading(passage)).toBe(expected);
  });
});
