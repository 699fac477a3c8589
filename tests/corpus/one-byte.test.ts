import { describe, expect, it } from "vitest";
import { narrowed, WIDE } from "../../src/corpus/one-byte.js";
import { sentencesOf } from "../../src/corpus/record/sentences.js";

// A real paragraph with a dash beyond Latin-1 (corpus/004, item 4).
const PARAGRAPH =
  "4. The Board discussed the proposed new model for London – the London-wide CONTEST Board. This would be separate to the LCRB and would be co-chaired by the DMPC and the chair of London Councils.";

describe("narrowed", () => {
  it("keeps the characters of a piece cut from a wide text, Latin-1 letters and spaces included", () => {
    const piece = `${PARAGRAPH} Café\u00a0Noël`.slice(90);
    expect(WIDE.test(piece)).toBe(false);
    expect(narrowed(piece)).toBe(piece);
  });

  it("leaves a text with a character beyond Latin-1 as it is", () => {
    expect(narrowed(PARAGRAPH)).toBe(PARAGRAPH);
    expect(narrowed("MOPAC’s plan \ud83d\ude00")).toBe("MOPAC’s plan \ud83d\ude00");
  });

  it("leaves the sentences of a wide paragraph as they were", () => {
    expect(sentencesOf(PARAGRAPH)).toEqual([
      "The Board discussed the proposed new model for London – the London-wide CONTEST Board.",
      "This would be separate to the LCRB and would be co-chaired by the DMPC and the chair of London Councils.",
    ]);
  });
});
