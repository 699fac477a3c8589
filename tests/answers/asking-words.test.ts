import { describe, expect, it } from "vitest";
import { isAskingWord } from "../../src/answers/asking-words.js";
import { topicWords } from "../../src/answers/question.js";

describe("isAskingWord", () => {
  it("takes the words chat wraps a question in for no subject", () => {
    for (const word of [
      "anywhere",
      "seen",
      "actually",
      "what'll",
      "whatd",
      "who're",
      "where've",
      "w",
    ])
      expect(isAskingWord(word)).toBe(true);
  });

  it("keeps words that only look like a contraction, and words of content", () => {
    for (const word of ["well", "shed", "ill", "sentencing", "prisons"])
      expect(isAskingWord(word)).toBe(false);
  });
});

describe("topicWords with chat's filler", () => {
  it("keeps only what the question is about", () => {
    // 002_0368bc6123038781.txt:209 "courts and sentencing".
    expect(topicWords("sentencing - has it come up anywhere?", [])).toEqual(["sentencing"]);
    // 001_c2fb2c5d5dd83175.txt:103 "community engagement, recommendations and delivery to date".
    expect(topicWords("recommendations - where have we seen those?", [])).toEqual([
      "recommendations",
    ]);
    // 004_17215f53eb22288e.txt:61 "The infrastructure of the prison service is something that is
    // already familiar to the CRC."
    expect(topicWords("is the crc familiar w the prison service?", [])).toEqual([
      "crc",
      "familiar",
      "prison",
      "service",
    ]);
    // 001_c2fb2c5d5dd83175.txt:119 "the work around Play Space with the boroughs".
    expect(topicWords("where've we come across play space?", [])).toEqual(["play", "space"]);
    expect(topicWords("what'll they be for?", [])).toEqual([]);
  });
});
