import lunr from "lunr";

/**
 * Where the Porter stemmer leaves two forms of one idea apart, both map to one stem
 * ("terrorists" → "terrorist" but "terrorism" → "terror"). Keys and values are Porter stems.
 */
const STEM_VARIANTS: Record<string, string> = {
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
};

/** Porter stem of a normalised word, with the variants above folded together. */
export function stemWord(word: string): string {
  const stem = lunr.stemmer(new lunr.Token(word, {})).toString();
  return STEM_VARIANTS[stem] ?? stem;
}
