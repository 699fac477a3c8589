import { documentTerms } from "./analyse.js";
import { Bm25Counts, type Bm25Part } from "./bm25.js";
import { meetingWords, type PassageDocument } from "./documents.js";
import type { Glossary } from "./glossary.js";
import { addOrdinaryWords } from "./ordinary-words.js";
import { SpellingCounter, type SpellingCounts } from "./spellings.js";

/** Index fields and their weights: a word in an item's title says more than one in its text. */
export const FIELDS = { title: 4, text: 1, meeting: 0.5 } as const;
export type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/**
 * One agenda item's texts as the index reads them, as plain data, so that a worker thread can
 * read a run of items too (parallel-build.ts; its threads load the analyser and the counting, not
 * the search engine). Each passage is a document; an item without passages is one document by its
 * title (a title such as "Agreement of minutes" is still worth finding).
 */
export interface ItemTexts {
  title: string;
  /** The words that place its meeting (documents.ts, meetingWords). */
  meeting: string;
  passages: string[];
}

/** The items of the passage documents, in order: consecutive documents of one item make one. */
export function itemTexts(documents: readonly PassageDocument[]): ItemTexts[] {
  const items: ItemTexts[] = [];
  let itemKey = -1;
  let current: ItemTexts | null = null;
  for (const document of documents) {
    if (document.itemKey !== itemKey || !current) {
      itemKey = document.itemKey;
      current = {
        title: document.item.title,
        meeting: meetingWords(document.meeting),
        passages: [],
      };
      items.push(current);
    }
    if (document.passage) current.passages.push(document.passage.text);
  }
  return items;
}

/** What reading a run of items gives: the BM25 counts, the spellings and the ordinary words met. */
export interface IndexPart {
  counts: Bm25Counts<Field>;
  spellings: SpellingCounter;
  ordinary: Set<string>;
}

/** An IndexPart as plain data, to send from a worker thread and merge after the items before. */
export interface IndexPartData {
  counts: Bm25Part;
  spellings: SpellingCounts;
  ordinary: string[];
}

/**
 * Reads the terms of each item's documents (our own analyser) and counts them. The terms of each
 * passage are made as they are counted and dropped after, so the whole corpus's terms are never
 * held at once; a title's terms are made once per item, a meeting's once per run of its items.
 */
export function readItems(items: Iterable<ItemTexts>, glossary: Glossary): IndexPart {
  const counts = new Bm25Counts(FIELD_NAMES);
  const spellings = new SpellingCounter();
  const ordinary = new Set<string>();
  const count = (word: string, term: string) => spellings.add(word, term);
  const analyse = (text: string): string[] => documentTerms(text, glossary, count);
  let meeting: string | null = null;
  let meetingTerms: string[] = [];
  for (const item of items) {
    const title = analyse(item.title);
    addOrdinaryWords(item.title, ordinary);
    if (item.meeting !== meeting) {
      meeting = item.meeting;
      meetingTerms = documentTerms(meeting, glossary);
    }
    if (item.passages.length === 0) counts.add({ title, text: [], meeting: meetingTerms });
    for (const text of item.passages) {
      addOrdinaryWords(text, ordinary);
      counts.add({ title, text: analyse(text), meeting: meetingTerms });
    }
  }
  return { counts, spellings, ordinary };
}

export function partData(part: IndexPart): IndexPartData {
  return {
    counts: part.counts.part(),
    spellings: part.spellings.counts(),
    ordinary: [...part.ordinary],
  };
}

/** Adds what reading the items after `part`'s gave, as if `part` had read them. */
export function mergePart(part: IndexPart, later: IndexPartData): void {
  part.counts.merge(later.counts);
  part.spellings.merge(later.spellings);
  for (const word of later.ordinary) part.ordinary.add(word);
}
