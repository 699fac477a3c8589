import lunr from "lunr";
import type { Meeting } from "../src/corpus/model.js";
import { type PassageDocument, passageDocuments } from "../src/search/documents.js";
import type { RankedItem } from "./evaluate.js";

/**
 * Lunr as most projects use it: the default pipeline (stop words, Porter stemmer), the person's
 * text handed to `index.search`, a QueryParseError treated as "no results". Results are folded to
 * one per agenda item, as ours are, so recall compares like with like.
 */
export class NaiveLunrSearch {
  readonly #documents: PassageDocument[];
  readonly #index: lunr.Index;

  constructor(meetings: Meeting[], index: lunr.Index) {
    this.#documents = passageDocuments(meetings);
    this.#index = index;
  }

  static build(meetings: Meeting[]): NaiveLunrSearch {
    const documents = passageDocuments(meetings);
    const index = lunr(function () {
      this.ref("ref");
      this.field("title");
      this.field("text");
      for (const [ref, document] of documents.entries()) {
        this.add({
          ref: String(ref),
          title: document.item.title,
          text: document.passage?.text ?? "",
        });
      }
    });
    return new NaiveLunrSearch(meetings, index);
  }

  static load(meetings: Meeting[], serialised: object): NaiveLunrSearch {
    return new NaiveLunrSearch(meetings, lunr.Index.load(serialised));
  }

  toJSON(): object {
    return this.#index.toJSON();
  }

  search(text: string, limit: number): RankedItem[] {
    let hits: lunr.Index.Result[];
    try {
      hits = this.#index.search(text);
    } catch {
      return [];
    }
    const seen = new Set<number>();
    const ranked: RankedItem[] = [];
    for (const hit of hits) {
      const document = this.#documents[Number(hit.ref)];
      if (!document || seen.has(document.itemKey)) continue;
      seen.add(document.itemKey);
      ranked.push({ file: document.meeting.file, title: document.item.title });
      if (ranked.length === limit) break;
    }
    return ranked;
  }
}
