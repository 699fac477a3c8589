import lunr from "lunr";
import { analyseDocument, documentTerms } from "./analyse.js";
import { meetingWords, type PassageDocument } from "./documents.js";
import type { Glossary } from "./glossary.js";
import { PackedPostings } from "./postings.js";
import { SpellingCounter, Vocabulary } from "./vocabulary.js";

/** Index fields and their weights: a word in an item's title says more than one in its text. */
export const FIELDS = { title: 4, text: 1, meeting: 0.5 } as const;
export type Field = keyof typeof FIELDS;

export interface BuiltIndex {
  postings: PackedPostings;
  /** The words of the minutes, for "did you mean". */
  vocabulary: Vocabulary;
}

/**
 * Builds the Lunr index over passage documents and packs its postings. Terms come from our own
 * analyser, so Lunr's tokenizer receives arrays it only lower-cases, and both its pipelines are
 * empty; Lunr weighs each term in each passage (BM25 with the field boosts above).
 */
export function buildIndex(documents: PassageDocument[], glossary: Glossary): BuiltIndex {
  const spellings = new SpellingCounter();
  const analyse = (text: string): string[] => {
    const analysed = analyseDocument(text, glossary);
    for (const { token, terms } of analysed) {
      const [word] = token.parts;
      const [term] = terms;
      if (token.parts.length === 1 && word && term) spellings.add(word, term);
    }
    return analysed.flatMap((entry) => entry.terms);
  };
  const titleTerms = new Map<number, string[]>();
  const meetingTerms = new Map<string, string[]>();
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref("ref");
    for (const [name, boost] of Object.entries(FIELDS)) this.field(name, { boost });
    for (const [ref, document] of documents.entries()) {
      let title = titleTerms.get(document.itemKey);
      if (!title) {
        title = analyse(document.item.title);
        titleTerms.set(document.itemKey, title);
      }
      let meeting = meetingTerms.get(document.meeting.id);
      if (!meeting) {
        meeting = documentTerms(meetingWords(document.meeting), glossary);
        meetingTerms.set(document.meeting.id, meeting);
      }
      this.add({
        ref: String(ref),
        title,
        text: document.passage ? analyse(document.passage.text) : [],
        meeting,
      });
    }
  });
  return {
    postings: PackedPostings.fromLunr(index),
    vocabulary: new Vocabulary(spellings.spellings()),
  };
}
