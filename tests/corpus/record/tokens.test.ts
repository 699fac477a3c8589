import { describe, expect, it } from "vitest";
import { sentencesOf } from "../../../src/corpus/record/sentences.js";
import { SentenceTokens } from "../../../src/corpus/record/tokens.js";
import { seedPassages } from "../../support/seed-passages.js";

// The pattern the decision reader split sentences with before SentenceTokens.
const TOKEN = /[\p{L}\p{N}'’-]+|[,;:]/gu;

const words = (tokens: SentenceTokens) =>
  Array.from({ length: tokens.length }, (_, j) => tokens.text(j));

describe("SentenceTokens", () => {
  it("splits a real sentence into its words and clause marks", () => {
    const tokens = new SentenceTokens(
      "In respect of court backlogs, MOPAC has now started work with partners to develop a model.",
    );
    expect(words(tokens).slice(0, 7)).toEqual([
      "In",
      "respect",
      "of",
      "court",
      "backlogs",
      ",",
      "MOPAC",
    ]);
    expect(tokens.lower(6)).toBe("mopac");
    expect(tokens.isMark(5, 0x2c)).toBe(true);
    expect(tokens.lower(-1)).toBe("");
    expect(tokens.text(tokens.length)).toBe("");
  });

  it("reads apostrophes, hyphens, letters beyond ASCII and beyond the basic plane as the pattern does", () => {
    for (const sentence of [
      "MOPAC’s co-chairs' décision: 𝐀greed; x_y",
      "\ud835 lone \udc00 halves, Ⅻ ٣ ſ",
      "",
      ",,;:",
    ])
      expect(words(new SentenceTokens(sentence))).toEqual(sentence.match(TOKEN) ?? []);
  });

  it("finds the words of every seed sentence that the pattern finds, and counts those before an offset", () => {
    const sentences = seedPassages().flatMap(sentencesOf);
    expect(sentences.length).toBeGreaterThan(100);
    for (const sentence of sentences) {
      const tokens = new SentenceTokens(sentence);
      expect(words(tokens)).toEqual(sentence.match(TOKEN) ?? []);
      const middle = sentence.indexOf(" ", sentence.length >> 1) + 1;
      expect(tokens.countBefore(middle)).toBe(sentence.slice(0, middle).match(TOKEN)?.length ?? 0);
    }
  });
});
