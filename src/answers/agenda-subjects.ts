import type { Meeting } from "../corpus/model.js";

function titleWords(title: string): string[] {
  return title.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
}

/**
 * The subjects the agenda items are titled with: whether some item's title has every one of a
 * question's words ("fraud" is an agenda subject when an item is titled "Fraud update"). Each
 * distinct title's words are read once per snapshot and found by word, since reading every
 * title of 10,000 meetings cost 60 ms a question.
 */
export class AgendaSubjects {
  /** Each distinct title's words. */
  readonly #titles: ReadonlySet<string>[] = [];
  /** Per word, the indexes in #titles of the titles having it. */
  readonly #byWord = new Map<string, number[]>();

  constructor(meetings: readonly Meeting[]) {
    const seen = new Set<string>();
    for (const meeting of meetings)
      for (const { title } of meeting.items) {
        if (seen.has(title)) continue;
        seen.add(title);
        const words = new Set(titleWords(title));
        const index = this.#titles.push(words) - 1;
        for (const word of words) {
          const titles = this.#byWord.get(word);
          if (titles) titles.push(index);
          else this.#byWord.set(word, [index]);
        }
      }
  }

  /** Whether every word of `words` (each may be several, split at spaces) is a word of one title. */
  has(words: readonly string[]): boolean {
    const wanted = words.flatMap((w) => w.toLowerCase().split(/\s+/));
    const [first] = wanted;
    if (first === undefined) return false;
    return (this.#byWord.get(first) ?? []).some((index) =>
      wanted.every((word) => this.#titles[index]?.has(word)),
    );
  }
}
