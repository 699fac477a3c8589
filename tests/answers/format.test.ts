import { describe, expect, it } from "vitest";
import {
  clipAtWord,
  dateSpan,
  elapsed,
  firstSentence,
  isListHeading,
  withoutListMarker,
} from "../../src/answers/format.js";

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

describe("clipAtWord", () => {
  it("keeps a short title whole", () => {
    expect(clipAtWord("fraud", 60)).toBe("fraud");
  });

  it("cuts a long one at a word, with an ellipsis", () => {
    const clipped = clipAtWord(
      "putting together briefing director knife crime youth violence years whether",
      40,
    );
    expect(clipped).toBe("putting together briefing director…");
    expect(clipped.length).toBeLessThanOrEqual(40);
  });
});

describe("elapsed", () => {
  it("says how long in years and months, months, or days", () => {
    expect(elapsed("2023-04-12", "2026-12-05")).toBe("3 years and 7 months");
    expect(elapsed("2020-06-08", "2026-06-08")).toBe("6 years");
    expect(elapsed("2026-10-20", "2026-12-05")).toBe("1 month");
    expect(elapsed("2026-11-20", "2026-12-05")).toBe("15 days");
  });
});

describe("dateSpan", () => {
  it("says 'on' a single day and 'from … to' a stretch", () => {
    expect(dateSpan("2022-04-27", "2022-04-27")).toBe("on 27 April 2022");
    expect(dateSpan("2015-03-10", "2023-04-12")).toBe("from 10 March 2015 to 12 April 2023");
  });
});
