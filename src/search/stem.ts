import lunr from "lunr";
import { derivationBase } from "./derivation.js";
import { normaliseWord } from "./tokenize.js";

/**
 * Where the Porter stemmer leaves two forms of one idea apart, both map to one stem
 * ("terrorists" → "terrorist" but "terrorism" → "terror"). Keys and values are Porter stems.
 */
export const STEM_VARIANTS: Record<string, string> = {
  terrorist: "terror",
  extremist: "extrem",
  radicalis: "radic",
  prosecutor: "prosecut",
  victimis: "victim",
  // American spellings: "organizations" stems to "organ", "organisations" to "organis".
  organ: "organis",
  thiev: "thief",
  knive: "knife",
  burglar: "burglari",
  robber: "robberi",
  children: "child",
  men: "man",
  women: "woman",
  analys: "analysi",
  // The deed and its verb: "people getting defrauded" asks about fraud.
  defraud: "fraud",
  fraudul: "fraud",
  // The grievance and who makes it: "police complaints" finds the "Police Complainants survey".
  complaint: "complain",
};

// Stemming is most of the cost of reading text, and a corpus has few distinct words: remember them.
// The bound keeps a flood of made-up words from growing it without limit.
const MAX_REMEMBERED = 200_000;
const remembered = new Map<string, string>();

/**
 * Porter stem of a normalised word, read first as the word it derives from ("devolution" →
 * "devolve"), with the variants above folded together.
 */
export function stemWord(word: string): string {
  let stem = remembered.get(word);
  if (stem === undefined) {
    const porter = lunr.stemmer(new lunr.Token(derivationBase(word), {})).toString();
    stem = STEM_VARIANTS[porter] ?? porter;
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(word, stem);
  }
  return stem;
}

/** The stems of a text's words, each normalised first, as answers compare a question with a passage. */
export function wordStems(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => stemWord(normaliseWord(word)));
}
