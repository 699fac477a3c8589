import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pick, seededRandom } from "../../../bench/random.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { sentencesOf } from "../../../src/corpus/record/sentences.js";
import { tokensOf } from "../../../src/corpus/record/tokens.js";

// The pattern the character reading replaced: its specification, match for match.
const TOKEN = /[\p{L}\p{N}'’-]+|[,;:]/gu;
const byPattern = (text: string) => text.match(TOKEN) ?? [];

function seedSentences(): string[] {
  const dir = new URL("../../../corpus/", import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .flatMap((file) => {
      const meeting = parseMinutes(readFileSync(new URL(file, dir), "utf8"), file).meeting;
      return (
        meeting?.items.flatMap((item) => item.passages.flatMap((p) => sentencesOf(p.text))) ?? []
      );
    });
}

describe("tokensOf", () => {
  it("reads a real line into words, apostrophes and hyphens kept, commas on their own", () => {
    expect(
      tokensOf(
        "Members noted MOPAC's intention to set up a roundtable, in which partners’ co-chairs would be invited.",
      ),
    ).toEqual([
      "Members",
      "noted",
      "MOPAC's",
      "intention",
      "to",
      "set",
      "up",
      "a",
      "roundtable",
      ",",
      "in",
      "which",
      "partners’",
      "co-chairs",
      "would",
      "be",
      "invited",
    ]);
  });

  it("reads every seed sentence as the pattern does", () => {
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(100);
    for (const sentence of sentences) expect(tokensOf(sentence)).toEqual(byPattern(sentence));
  });

  it("reads generated text with letters of every kind as the pattern does", () => {
    const random = seededRandom(7);
    const pieces = [
      ..."aZ9 ,;:.-'’_\u00a0é½ß(",
      "É",
      "İ",
      "Ⅻ",
      "𝐀",
      "𝐚",
      "🙂",
      "\ud835",
      "\udc00",
      " agreed",
      "Members",
    ];
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      const length = Math.floor(random() * 20);
      for (let i = 0; i < length; i++) text += pick(random, pieces);
      expect(tokensOf(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});
