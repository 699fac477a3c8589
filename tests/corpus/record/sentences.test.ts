import { describe, expect, it } from "vitest";
import { pick, seededRandom } from "../../../bench/random.js";
import { sentencesOf } from "../../../src/corpus/record/sentences.js";
import { seedPassages } from "../../support/seed-passages.js";

// The splitter as one lookbehind pattern, as it was written before the stops were read by character
// codes: the specification the faster reading must keep to, character for character.
const SENTENCE_END = /(?<=[\p{L}\p{N})’'"][.!?])\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u;
const PARAGRAPH_NUMBER = /^(?:\(?\d{1,3}(?:\.\d{1,2})*[.)]|\d{1,3}(?:\.\d{1,2})+|\(?[a-z][.)])\s+/;
function bySentenceEndPattern(passage: string): string[] {
  const clean = (passage.includes("*") ? passage.replace(/\*+/g, "").replace(/\s+/g, " ") : passage)
    .trim()
    .replace(PARAGRAPH_NUMBER, "");
  return clean
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

describe("sentencesOf", () => {
  it("splits a real passage at its stops and drops the paragraph number", () => {
    expect(
      sentencesOf(
        "9. The Board agreed that the work on public service reform should be developed as proposed over the coming two months. London Councils and MOPAC will lead on this.",
      ),
    ).toEqual([
      "The Board agreed that the work on public service reform should be developed as proposed over the coming two months.",
      "London Councils and MOPAC will lead on this.",
    ]);
  });

  it("ends a sentence after a closing bracket or quote, and before an opening quote", () => {
    expect(sentencesOf("Partners noted the plan (attached). “The Board” agreed it.")).toEqual([
      "Partners noted the plan (attached).",
      "“The Board” agreed it.",
    ]);
  });

  it("does not end one at 'e.g.' before a lower-case word, nor at a stop after a stop", () => {
    expect(sentencesOf("Partners, e.g. the MPS, agreed. Members... Noted it.")).toEqual([
      "Partners, e.g. the MPS, agreed.",
      "Members... Noted it.",
    ]);
  });

  it("reads letters beyond ASCII either side of a stop", () => {
    expect(sentencesOf("The ‘review’. Élodie agreed. ω. ½ were noted.")).toEqual([
      "The ‘review’.",
      "Élodie agreed. ω.",
      "½ were noted.",
    ]);
  });

  it("splits every seed passage as the lookbehind pattern does", () => {
    const passages = seedPassages();
    expect(passages.length).toBeGreaterThan(50);
    for (const passage of passages)
      expect(sentencesOf(passage)).toEqual(bySentenceEndPattern(passage));
  });

  it("splits generated text as the lookbehind pattern does, character for character", () => {
    const random = seededRandom(13);
    const pieces = [
      ..."aZ9.!?. \t\u00a0\u3000()\"'’“‘*,é",
      "É",
      "½",
      "Ⅻ",
      "ß",
      "𝐀",
      "𝐚",
      "\ud835",
      "\udc00",
      "1.",
      "a)",
      "e.g.",
      " The",
      " agreed",
    ];
    let several = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) text += pick(random, pieces);
      const expected = bySentenceEndPattern(text);
      if (expected.length > 1) several++;
      expect(sentencesOf(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(several).toBeGreaterThan(500);
  });
});
