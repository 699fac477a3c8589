import { describe, expect, it } from "vitest";
import {
  LowerCaseWords,
  startsCapitalised,
  startsLower,
  startsUpper,
  WordSet,
  wordsOf,
} from "../../../src/corpus/parse/letters.js";

// Words as attendance lines write them (corpus/ and tests/fixtures/ minutes), ASCII and not, with
// the edge cases of the patterns: empty, one letter, a digit, a bracket, a dash.
const WORDS = [
  "Marcus",
  "Ó",
  "Ceallaigh",
  "Séan",
  "Ní",
  "Bhriain",
  "tSaoi",
  "hÉigeartaigh",
  "O’Brien",
  "ﬃcers",
  "MOPAC",
  "de",
  "(Chair)",
  "–",
  "E.",
  "3",
  "",
  "É",
  "éan",
];

describe("letter classes", () => {
  it.each(WORDS)("answer as the Unicode patterns do for %j", (word) => {
    expect(startsUpper(word)).toBe(/^\p{Lu}/u.test(word));
    expect(startsLower(word)).toBe(/^\p{Ll}/u.test(word));
    expect(startsCapitalised(word)).toBe(/^\p{Lu}\p{Ll}/u.test(word));
  });
});

describe("wordsOf", () => {
  it.each([
    "Marcus Ó Ceallaigh\tCEO, CRC London",
    "  Fiona Ní Bhriain – London Probation Board  ",
    "Sophie Linden\u00a0\u2007DMPC (Co-chair),",
    "",
    "   ",
  ])("splits %j as split(/\\s+/) without empty words does", (text) => {
    expect(wordsOf(text)).toEqual(text.split(/\s+/).filter(Boolean));
  });
});

describe("LowerCaseWords", () => {
  // Section and honorific words as minutes write them: lower case, capitalised, in capitals, run
  // into other letters, and not ASCII.
  const words = new Set(["apologies", "present", "cllr", "ó", "3rd", "é"]);
  const caseless = new LowerCaseWords(words);
  it.each([
    ...WORDS,
    "apologies",
    "Apologies",
    "APOLOGIES",
    "aPologies",
    "Present",
    "PRESENT",
    "Cllr",
    "CLLR",
    "Ó",
    "3rd",
    "3RD",
    "Apologes",
    "İ",
  ])("answers %j as words.has(word.toLowerCase()) does", (word) => {
    expect(caseless.has(word)).toBe(words.has(word.toLowerCase()));
  });

  // The word where it stands in a line, with text either side of it.
  it.each([...WORDS, "Apologies", "APOLOGIES", "Cllr", "3RD", "Apologes", "İ", "Presents", "a"])(
    "answers %j read in place as has() does",
    (word) => {
      const line = `1. ${word}: Jane Smith`;
      expect(caseless.hasAt(line, 3, 3 + word.length)).toBe(caseless.has(word));
    },
  );
});

describe("WordSet", () => {
  // Lexicon words as attendance lines write them: post-nominals, bodies, a particle, one letter.
  const words = new Set(["CBE", "QPM", "Councils", "MOPAC", "de", "Ó", "E"]);
  const set = new WordSet(words);
  it.each([...WORDS, "CBE", "CBEs", "Cbe", "Councils", "Council", "Councilz", "de", "E", "Ed"])(
    "answers %j read in place as words.has(word) does",
    (word) => {
      const line = `Lynne Owens ${word}, MPS`;
      const start = "Lynne Owens ".length;
      expect(set.hasAt(line, start, start + word.length)).toBe(words.has(word));
      if (words.has(word)) expect(set.mayHaveAt(line, start, start + word.length)).toBe(true);
    },
  );
});
