import { describe, expect, it } from "vitest";
import { withoutAskingFrames } from "../../src/answers/asking-frames.js";
import { readQuestion, topicWords } from "../../src/answers/question.js";

describe("withoutAskingFrames", () => {
  it("blanks the source cited, the kind asked for and how far along, keeping offsets", () => {
    const asked = "what tech did the PCP champion, per the feb 21 board?";
    expect(withoutAskingFrames(asked)).toHaveLength(asked.length);
    expect(withoutAskingFrames(asked)).not.toMatch(/\bper\b/);
    expect(withoutAskingFrames("what kind of board is prevent?")).toMatch(/^what\s+board/);
    expect(withoutAskingFrames("how is it doing so far?")).not.toContain("far");
    expect(withoutAskingFrames("according to the 2015 minutes")).not.toContain("according");
  });

  // 002_0368bc6123038781.txt:85 "There is progress in relation to resettlement teams …".
  it("blanks 'any word on', news asked for, leaving the subject", () => {
    const words = topicWords("the board on 12 april 2023 - any word on resettlement?", []);
    expect(words).toContain("resettlement");
    expect(words).not.toContain("word");
    expect(withoutAskingFrames("what's the latest word about fraud")).not.toContain("word");
    expect(withoutAskingFrames("the word count of the minutes")).toContain("word");
  });

  it("leaves words that only begin like a frame", () => {
    expect(withoutAskingFrames("performance of the kinder sorting")).toBe(
      "performance of the kinder sorting",
    );
  });
});

describe("topicWords with a frame", () => {
  it("takes neither the source cited nor the kind asked for as the subject", () => {
    // 004_17215f53eb22288e.txt line 47: "Prevent is a tactical board and covers the 17 priority
    // boroughs"; 001_c2fb2c5d5dd83175.txt line 115: "the championing of technology".
    expect(topicWords("what kind of board is prevent?", [])).toEqual(["prevent"]);
    expect(topicWords("what tech did the PCP champion, per the feb 21 board?", [])).not.toContain(
      "per",
    );
  });
});

describe("minutes cited by their meeting", () => {
  it("reads 'per the 2015 mins' and 'going by the 2023 minutes' as that meeting", () => {
    // 004_17215f53eb22288e.txt:49 "currently Prevent bypasses the regional level".
    expect(readQuestion("what does prevent bypass, per the 2015 mins").text).toBe(
      "what does prevent bypass, per the 2015 meeting",
    );
    expect(
      readQuestion("what's mopac doing on court backlogs, going by the 2023 minutes").text,
    ).toBe("what's mopac doing on court backlogs, going by the 2023 meeting");
    expect(
      topicWords("what's mopac doing on court backlogs, going by the 2023 meeting", []),
    ).toEqual(expect.not.arrayContaining(["going"]));
  });

  it("leaves minutes asked about, and minutes cited by nothing else", () => {
    expect(readQuestion("what did the 2015 minutes say about prevent").text).toBe(
      "what did the 2015 minutes say about prevent",
    );
    expect(readQuestion("according to the minutes, who chairs prevent?").text).toBe(
      "according to the minutes, who chairs prevent?",
    );
  });
});
