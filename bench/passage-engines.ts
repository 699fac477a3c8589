import lunr from "lunr";
import MiniSearch from "minisearch";
import type { Meeting } from "../src/corpus/model.js";
import { type PassageDocument, passageDocuments } from "../src/search/documents.js";
import type { RankedItem } from "./evaluate.js";

/**
 * Lunr and MiniSearch as most projects use them, given the passages our parser found, so their
 * answers can be scored against ours on the evaluation questions: Lunr's default pipeline (stop
 * words, Porter stemmer) with a QueryParseError counted as no results, MiniSearch's defaults;
 * the person's text handed over as it is. Results are folded to one per agenda item, as ours are.
 */
export function naiveLunrOverPassages(meetings: Meeting[]): (query: string) => RankedItem[] {
  const documents = passageDocuments(meetings);
  const index = lunr(function () {
    this.ref("ref");
    this.field("title");
    this.field("text");
    for (const [ref, document] of documents.entries())
      this.add({
        ref: String(ref),
        title: document.item.title,
        text: document.passage?.text ?? "",
      });
  });
  return (query) => {
    try {
      return perItem(
        documents,
        index.search(query).map((hit) => Number(hit.ref)),
      );
    } catch {
      return [];
    }
  };
}

export function miniSearchOverPassages(meetings: Meeting[]): (query: string) => RankedItem[] {
  const documents = passageDocuments(meetings);
  const index = new MiniSearch({ fields: ["title", "text"] });
  index.addAll(
    documents.map((document, id) => ({
      id,
      title: document.item.title,
      text: document.passage?.text ?? "",
    })),
  );
  return (query) =>
    perItem(
      documents,
      index.search(query).map((hit) => Number(hit.id)),
    );
}

const LIMIT = 10;

function perItem(documents: PassageDocument[], refs: number[]): RankedItem[] {
  const seen = new Set<number>();
  const ranked: RankedItem[] = [];
  for (const ref of refs) {
    const document = documents[ref];
    if (!document || seen.has(document.itemKey)) continue;
    seen.add(document.itemKey);
    ranked.push({ file: document.meeting.file, title: document.item.title });
    if (ranked.length === LIMIT) break;
  }
  return ranked;
}
