import type { AgendaItem, Body, Commitment, Meeting } from "../corpus/model.js";
import { wordsOf } from "./query/meeting-words.js";
import { startsSomeWordOf, subjectStem } from "./query/mentions.js";
import { topicWords } from "./question.js";

/** Where a later meeting took up what an earlier one committed to. */
export interface FollowThrough {
  meeting: Meeting;
  item: AgendaItem;
  /** The passage that mentions it, or the item's own line when only its title does. */
  line: number;
  /** The commitment's words it shares. */
  shared: string[];
}

// Words every commitment uses, which say nothing of its subject.
const COMMITMENT_WORDS = new Set(
  `update updates provided provide discussed discuss discussion again next meeting meetings
  report back partners members board group item issue will would agreed agree share work
  progress continue lead support consider considered brought bring taken take paper once made
  decisions decision july june may april march february january august september october
  november december lcrb dmg`.split(/\s+/),
);

/** The words that say what a commitment is about: its sentence's and its item's content words. */
export function commitmentSubject(commitment: Commitment, item: AgendaItem | undefined): string[] {
  const owner = new Set((commitment.owner ?? "").toLowerCase().split(/\W+/));
  const words = topicWords(`${commitment.text} ${item?.title ?? ""}`.toLowerCase(), []);
  return [...new Set(words)].filter(
    (w) => w.length > 2 && !COMMITMENT_WORDS.has(w) && !owner.has(w) && !/^\d/.test(w),
  );
}

// Where the meetings a commitment points at begin: the first after its own meeting, from its due
// month on. `meetings` are in date order.
function firstLater(commitment: Commitment, from: Meeting, meetings: readonly Meeting[]): number {
  const month = /^\d{4}-\d{2}/.test(commitment.due ?? "") ? commitment.due?.slice(0, 7) : null;
  const after = firstWhere(meetings, (m) => m.date > from.date);
  return month
    ? Math.max(
        after,
        firstWhere(meetings, (m) => m.date.slice(0, 7) >= month),
      )
    : after;
}

// The first index of a sorted list from which `reached` holds, by binary search.
function firstWhere<T>(sorted: ArrayLike<T>, reached: (value: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(sorted[middle] as T)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Which meetings have an item whose title has a word a stem starts (as textMentions reads a
 * title), by stem and body: a commitment no later meeting took up had every later meeting's
 * titles read, so listing every commitment at 10,000 meetings read titles 10,000 times over.
 * Each stem's meetings are gathered once, on first use.
 */
export class MeetingTitles {
  /** Per title word, the indexes of the meetings with an item title having it, ascending. */
  readonly #holders = new Map<string, number[]>();
  readonly #words: string[];
  readonly #byStem = new Map<string, Int32Array>();

  /** `meetings` in date order, as a loaded corpus and an AnswerContext hold them. */
  constructor(readonly meetings: readonly Meeting[]) {
    for (const [index, meeting] of meetings.entries()) {
      for (const word of new Set(meeting.items.flatMap((item) => wordsOf(item.title)))) {
        const list = this.#holders.get(word);
        if (list) list.push(index);
        else this.#holders.set(word, [index]);
      }
    }
    this.#words = [...this.#holders.keys()].sort();
  }

  /**
   * The index of the first meeting from `start` on (of `body`, when given) with an item title
   * that some stem starts a word of, or -1.
   */
  firstNaming(stems: readonly string[], start: number, body: Body | null): number {
    let first = -1;
    for (const stem of stems) {
      if (stem.length === 0) continue;
      const holders = this.#meetingsNaming(stem, body);
      const at = firstWhere(holders, (index) => index >= start);
      const index = holders[at];
      if (index !== undefined && (first < 0 || index < first)) first = index;
    }
    return first;
  }

  #meetingsNaming(stem: string, body: Body | null): Int32Array {
    const key = `${body ?? ""} ${stem}`;
    let found = this.#byStem.get(key);
    if (!found) {
      const indexes = new Set<number>();
      for (let w = firstWhere(this.#words, (word) => word >= stem); w < this.#words.length; w++) {
        const word = this.#words[w] as string;
        if (!word.startsWith(stem)) break;
        for (const index of this.#holders.get(word) ?? [])
          if (!body || this.meetings[index]?.body === body) indexes.add(index);
      }
      found = Int32Array.from(indexes).sort();
      this.#byStem.set(key, found);
    }
    return found;
  }
}

// Words in the item titles of many meetings ("plan", "update", "minutes") name no one subject.
export function commonTitleWords(meetings: readonly Meeting[]): Set<string> {
  const counts = new Map<string, number>();
  for (const meeting of meetings)
    for (const word of new Set(meeting.items.flatMap((i) => wordsOf(i.title))))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  const limit = Math.max(2, meetings.length * 0.4);
  return new Set([...counts].filter(([, n]) => n > limit).map(([w]) => w));
}

/**
 * The later meeting's agenda item that took up a commitment: the first meeting after it (of the
 * body and from the date it was due at) with an item whose title names a word of the commitment
 * or of its own item's title, cited at the passage that mentions most of them. Words in the
 * titles of many meetings do not link. Null when no later meeting took it up. `meetings` are in
 * date order, as a loaded corpus and an AnswerContext hold them.
 */
export function followThroughOf(
  commitment: Commitment,
  from: Meeting,
  meetings: readonly Meeting[],
  common: ReadonlySet<string> = commonTitleWords(meetings),
  titles: MeetingTitles = new MeetingTitles(meetings),
): FollowThrough | null {
  const about = subjectOfCommitment(commitment, from);
  const subject = about.words.filter((w) => !common.has(w));
  if (subject.length === 0) return null;
  // The meetings it points at: of the body it names (or its own body when it says "the next
  // meeting"), soonest first; the first whose titles name a word of it took it up.
  const body = commitment.dueBody ?? (commitment.due === "next meeting" ? from.body : null);
  const start = firstLater(commitment, from, meetings);
  const stems = about.stems.filter((_, i) => !common.has(about.words[i] as string));
  const meeting = meetings[titles.firstNaming(stems, start, body)];
  if (!meeting) return null;
  let best: FollowThrough | null = null;
  for (const later of meeting.items) {
    // The title and each passage are lower-cased once, not again for each word (textMentions).
    const title = later.title.toLowerCase();
    const shared = subject.filter((_, i) => startsAWordOf(title, stems[i] ?? ""));
    if (shared.length <= (best?.shared.length ?? 0)) continue;
    // The passage mentioning most of its words; the first of them on a tie.
    let passage: (typeof later.passages)[number] | undefined;
    let most = -1;
    for (const candidate of later.passages) {
      const lower = candidate.text.toLowerCase();
      const count = stems.filter((stem) => startsAWordOf(lower, stem)).length;
      if (count > most) [passage, most] = [candidate, count];
    }
    best = { meeting, item: later, line: passage?.line ?? later.line, shared };
  }
  return best;
}

// textMentions(text, [word]) of the lower-cased text, by the word's stem.
function startsAWordOf(lower: string, stem: string): boolean {
  return stem.length > 0 && startsSomeWordOf(lower, stem);
}

// What a commitment is about, its words and their stems, worked out once: listing every
// commitment of 10,000 meetings asks it of each on every question.
const subjects = new WeakMap<Commitment, { words: readonly string[]; stems: readonly string[] }>();

// commitmentSubject of a commitment of `from`, with its own item there.
function subjectOfCommitment(
  commitment: Commitment,
  from: Meeting,
): { words: readonly string[]; stems: readonly string[] } {
  let subject = subjects.get(commitment);
  if (!subject) {
    const item = from.items.find((i) => i.number !== null && i.number === commitment.item);
    const words = commitmentSubject(commitment, item);
    subject = { words, stems: words.map(subjectStem) };
    subjects.set(commitment, subject);
  }
  return subject;
}
