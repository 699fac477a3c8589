import { describe, expect, it } from "vitest";
import { withoutDiscussedWords } from "../../src/answers/discussed-words.js";
import { readTarget } from "../../src/answers/query/read-target.js";
import { topicWords } from "../../src/answers/question.js";

const words = (text: string) => withoutDiscussedWords(text).split(/\s+/).filter(Boolean);

describe("withoutDiscussedWords", () => {
  it("blanks everyday idioms for 'discussed', keeping what was discussed", () => {
    expect(words("was the casey review on the table")).toEqual(["was", "the", "casey", "review"]);
    expect(words("did the board ever chew over devolution")).toEqual([
      "did",
      "the",
      "board",
      "ever",
      "devolution",
    ]);
    expect(words("where did transforming rehabilitation crop up")).toEqual([
      "where",
      "did",
      "transforming",
      "rehabilitation",
    ]);
    expect(words("what did london councils push back on")).toEqual([
      "what",
      "did",
      "london",
      "councils",
    ]);
    expect(words("what did the vru walk the board through")).toEqual(["what", "did", "the", "vru"]);
    expect(words("what did the mayor bring up under aob")).toEqual([
      "what",
      "did",
      "the",
      "mayor",
      "under",
      "aob",
    ]);
  });

  it("blanks getting an update, keeping whose update it was", () => {
    // 001_c2fb2c5d5dd83175.txt:119 "There was a short update on the work of the VRU."
    expect(words("did the board get a vru update?")).toEqual([
      "did",
      "the",
      "board",
      "vru",
      "update?",
    ]);
    expect(words("has the dmg had any probation updates")).toEqual([
      "has",
      "the",
      "dmg",
      "probation",
      "updates",
    ]);
    expect(words("did the board get the minutes")).toEqual([
      "did",
      "the",
      "board",
      "get",
      "the",
      "minutes",
    ]);
  });

  it("blanks being taken through a subject, or hearing from someone", () => {
    expect(words("what did the mps talk the board through")).toEqual(["what", "did", "the", "mps"]);
    expect(words("what did the board hear from the cps")).toEqual([
      "what",
      "did",
      "the",
      "board",
      "the",
      "cps",
    ]);
  });

  it("keeps offsets: the blanked text is as long as the question", () => {
    const text = "when are court backlogs back on the agenda";
    expect(withoutDiscussedWords(text)).toHaveLength(text.length);
  });

  it("leaves subjects that only begin like a verb", () => {
    expect(words("the dmg's discussion of discrimination")).toContain("discrimination");
    expect(words("youth violence and the night time economy")).toEqual([
      "youth",
      "violence",
      "and",
      "the",
      "night",
      "time",
      "economy",
    ]);
  });
});

describe("topicWords", () => {
  it("takes no idiom for 'discussed' as the subject", () => {
    expect(topicWords("what did the board hear about counter terrorism", [])).toEqual([
      "counter",
      "terrorism",
    ]);
    expect(topicWords("when was extremism last on the table", [])).toEqual(["extremism"]);
    expect(topicWords("has stalking ever cropped up", [])).toEqual(["stalking"]);
  });
});

describe("readTarget with an idiom for 'discussed'", () => {
  const withSubject = () => true;
  const noSides = () => false;
  it("asks whether, when, or where a subject came up", () => {
    expect(readTarget("did the board ever chew over devolution", withSubject, noSides)).toEqual(
      expect.objectContaining({ target: "passages", aggregation: "whether" }),
    );
    expect(readTarget("when was it last on the table", withSubject, noSides)).toEqual(
      expect.objectContaining({ target: "passages", aggregation: "last" }),
    );
    expect(readTarget("where did fraud crop up", withSubject, noSides)).toEqual(
      expect.objectContaining({ target: "passages", aggregation: "list" }),
    );
  });
});
