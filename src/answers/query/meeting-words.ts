import type { AgendaItem, Meeting } from "../../corpus/model.js";

/** The words of a text as mentions read them: its runs of lower-case letters and digits. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Some words of a text: a sorted list of words, or only those at some of its places (sorted). */
export interface Words {
  sorted: readonly string[];
  places: Int32Array | null;
}

/**
 * The words of a snapshot's meetings, worked out once: each meeting's words, sorted and unique, so
 * a subject whose stems start no word of a meeting is ruled out by a binary search before any of
 * its passages is read; each item's words as their places in its meeting's list, sorted, so an
 * item is ruled out the same way without reading its text (reading every item's text for each
 * question cost most of a question over a whole corpus at 10,000 meetings); and every word of
 * the snapshot, so a misspelt word no meeting holds is ruled out once, not meeting by meeting.
 * The directory of each snapshot holds one (MinutesDirectory.words): a reload brings a new one
 * and nothing of the old corpus stays.
 */
export class MeetingWords {
  readonly #meetings = new WeakMap<Meeting, readonly string[]>();
  readonly #items = new WeakMap<AgendaItem, Int32Array>();
  // One copy of each word for every meeting that holds it: a corpus repeats its words from
  // meeting to meeting, and the lists would otherwise hold as many copies as the text has.
  readonly #held = new Map<string, string>();
  #all: Words | null = null;
  #known = 0;

  /** `meetings`: the snapshot's, every meeting asked of is one of them. */
  constructor(readonly meetings: readonly Meeting[]) {}

  /** The meeting's words, sorted and unique. */
  of(meeting: Meeting): Words {
    return { sorted: this.#vocabularyOf(meeting), places: null };
  }

  /** An item's words, as places in its meeting's (those of every item are worked out together). */
  ofItem(meeting: Meeting, item: AgendaItem): Words {
    const sorted = this.#vocabularyOf(meeting);
    return { sorted, places: this.#items.get(item) ?? new Int32Array(0) };
  }

  /**
   * Every word of every meeting of the snapshot, sorted, once each meeting's words are known (a
   * question over every meeting reads them all); null before. Not read for it alone: at 10,000
   * meetings that takes seconds, and a word found in the first meeting asked of needs none of it.
   */
  get all(): Words | null {
    if (!this.#all && this.#known >= this.meetings.length) {
      if (!this.meetings.every((meeting) => this.#meetings.has(meeting))) return null;
      this.#all = { sorted: [...this.#held.keys()].sort(), places: null };
    }
    return this.#all;
  }

  /**
   * Steps that read every meeting's words, a few hundred meetings a step, and then the whole list,
   * for a long-running face to run between questions (live-context.ts): at 10,000 meetings the
   * first question about a subject read them all itself, about 2.5 s, where a step takes about a
   * tenth of a second to hold up a question arriving meanwhile.
   */
  preparations(perStep = 500): Array<() => unknown> {
    const steps: Array<() => unknown> = [];
    for (let from = 0; from < this.meetings.length; from += perStep) {
      const to = Math.min(this.meetings.length, from + perStep);
      steps.push(() => {
        for (let i = from; i < to; i++) this.#vocabularyOf(this.meetings[i] as Meeting);
      });
    }
    steps.push(() => this.all);
    return steps;
  }

  #vocabularyOf(meeting: Meeting): readonly string[] {
    let words = this.#meetings.get(meeting);
    if (!words) {
      const all = new Set<string>();
      const itemWords = meeting.items.map((item) => {
        const unique = new Set(wordsOf(item.title));
        for (const passage of item.passages)
          for (const word of wordsOf(passage.text)) unique.add(word);
        for (const word of unique) all.add(word);
        return unique;
      });
      const sorted: string[] = [];
      for (const word of all) {
        let held = this.#held.get(word);
        if (held === undefined) {
          held = word;
          this.#held.set(word, word);
        }
        sorted.push(held);
      }
      words = sorted.sort();
      const placeOf = new Map<string, number>();
      for (let i = 0; i < sorted.length; i++) placeOf.set(sorted[i] as string, i);
      meeting.items.forEach((item, i) => {
        const unique = itemWords[i] ?? new Set<string>();
        const places = new Int32Array(unique.size);
        let at = 0;
        for (const word of unique) places[at++] = placeOf.get(word) ?? 0;
        this.#items.set(item, places.sort());
      });
      this.#meetings.set(meeting, words);
      this.#known++;
    }
    return words;
  }
}

// The first place in `sorted` whose word is not below `word`.
function firstFrom(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? "") < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

// The first of the sorted places not below `place`.
function firstPlaceFrom(places: Int32Array, place: number): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((places[middle] ?? 0) < place) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when some of the words start with `prefix` (letters and digits). The words that do stand
 * together in the sorted list, up to where `prefix` followed by "{" (after "z") would stand.
 */
export function startsSomeWord(words: Words, prefix: string): boolean {
  const from = firstFrom(words.sorted, prefix);
  if (words.places === null) return (words.sorted[from] ?? "").startsWith(prefix);
  const to = firstFrom(words.sorted, `${prefix}{`);
  const at = firstPlaceFrom(words.places, from);
  return at < words.places.length && (words.places[at] ?? to) < to;
}

/** True when every stem starts one of the words; an empty stem (no letter or digit) starts none. */
export function startsWordsOf(words: Words, stems: readonly string[]): boolean {
  return stems.every((stem) => stem.length > 0 && startsSomeWord(words, stem));
}

/** True when the words hold `word` itself. */
export function holdsWord(words: Words, word: string): boolean {
  const place = firstFrom(words.sorted, word);
  if (words.sorted[place] !== word) return false;
  return words.places === null || words.places[firstPlaceFrom(words.places, place)] === place;
}
