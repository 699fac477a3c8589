import type { PassageDocument } from "./documents.js";
import type { Glossary } from "./glossary.js";
import { FIELDS, type IndexPart, itemTexts, readItems } from "./index-part.js";
import type { PackedPostings } from "./postings.js";
import { Vocabulary } from "./vocabulary.js";

export interface BuiltIndex {
  postings: PackedPostings;
  /** The words of the minutes, for "did you mean". */
  vocabulary: Vocabulary;
  /** The words the titles and passages write in lower case or capitals (ordinary-words.ts). */
  ordinary: Set<string>;
}

/** Weighs and packs the counts of every item (BM25 with the field boosts of FIELDS). */
export function finishIndex(part: IndexPart): BuiltIndex {
  return {
    postings: part.counts.pack(FIELDS),
    vocabulary: new Vocabulary(part.spellings.spellings()),
    ordinary: part.ordinary,
  };
}

/**
 * Weighs the terms of every passage document (BM25 with the field boosts of FIELDS, the weights
 * Lunr's builder gave) and packs the postings, in this thread.
 */
export function buildIndex(documents: PassageDocument[], glossary: Glossary): BuiltIndex {
  return finishIndex(readItems(itemTexts(documents), glossary));
}
