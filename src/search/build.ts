import { documentTerms } from "./analyse.js";
import { type FieldTerms, packBm25 } from "./bm25.js";
import { meetingWords, type PassageDocument } from "./documents.js";
import type { Glossary } from "./glossary.js";
import { addOrdinaryWords } from "./ordinary-words.js";
import type { PackedPostings } from "./postings.js";
import { SpellingCounter, Vocabulary } from "./vocabulary.js";

/** Index fields and their weights: a word in an item's title says more than one in its text. */
export const FIELDS = { title: 4, text: 1, meeting: 0.5 } as const;
export type Field = keyof typeof FIELDS;

export interface BuiltIndex {
  postings: PackedPostings;
  /** The words of the minutes, for "did you mean". */
  vocabulary: Vocabulary;
  /** The words the titles and passages write in lower case or capitals (ordinary-words.ts). */
  ordinary: Set<string>;
}

/**
 * Weighs the terms of every passage document (BM25 with the field boosts above, the weights
 * Lunr's builder gave) and packs the postings. Terms come from our own analyser.
 */
export function buildIndex(documents: PassageDocument[], glossary: Glossary): BuiltIndex {
  const spellings = new SpellingCounter();
  const ordinary = new Set<string>();
  const count = (word: string, term: string) => spellings.add(word, term);
  const analyse = (text: string): string[] => documentTerms(text, glossary, count);
  // The terms of each passage are made as packBm25 reads it and dropped after, so the whole
  // corpus's terms are never held at once. An item's passages, and a meeting's, are consecutive
  // documents: only the current item's title and meeting's words are kept for the next.
  function* passages(): Generator<FieldTerms<Field>> {
    let itemKey = -1;
    let title: string[] = [];
    let meeting: PassageDocument["meeting"] | null = null;
    let meetingTerms: string[] = [];
    for (const document of documents) {
      if (document.itemKey !== itemKey) {
        itemKey = document.itemKey;
        title = analyse(document.item.title);
        addOrdinaryWords(document.item.title, ordinary);
      }
      if (document.meeting !== meeting) {
        meeting = document.meeting;
        meetingTerms = documentTerms(meetingWords(meeting), glossary);
      }
      if (document.passage) addOrdinaryWords(document.passage.text, ordinary);
      yield {
        title,
        text: document.passage ? analyse(document.passage.text) : [],
        meeting: meetingTerms,
      };
    }
  }
  return {
    postings: packBm25(passages(), FIELDS),
    vocabulary: new Vocabulary(spellings.spellings()),
    ordinary,
  };
}
