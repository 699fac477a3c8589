import type { AgendaItem, Commitment, Decision, Meeting } from "../corpus/model.js";
import { JUSTICE_ACRONYMS } from "../search/acronyms.js";
import { subjectStem, wordsOf } from "./query/mentions.js";

/** A decision or commitment the minutes record. */
export type MinutesRecord = Decision | Commitment;

/** The agenda item a recorded line falls under, by its number or, failing that, its line. */
export function itemOf(meeting: Meeting, number: string | null, line: number): AgendaItem | null {
  const byNumber = number === null ? undefined : meeting.items.find((i) => i.number === number);
  if (byNumber) return byNumber;
  let found: AgendaItem | null = null;
  for (const item of meeting.items) if (item.line <= line) found = item;
  return found;
}

/** Where a decision or commitment was recorded: its item's number and its line. */
export type RecordEntry = Pick<MinutesRecord, "item" | "line">;

/** What a record is read in for its subject: its item's title, and the passage it was recorded in. */
export function recordText(meeting: Meeting, entry: RecordEntry): string {
  const item = itemOf(meeting, entry.item, entry.line);
  const passage = item?.passages.find((p) => p.line === entry.line)?.text ?? "";
  return `${item?.title ?? ""}\n${passage}`;
}

/**
 * Which decisions and commitments are about a subject: those whose item title and passage
 * mention every subject word, as textMentions reads a text ("the CONTEST board" is agreed in a
 * passage naming it). The records' words are gathered once per snapshot, so a question looks up
 * its words instead of reading every record of every meeting (34,000 decisions at 10,000
 * meetings took 150 ms a question).
 */
export class RecordMentions {
  readonly #records: MinutesRecord[] = [];
  /** Every word of the records' texts, sorted, so the words a stem starts are one range. */
  readonly #words: string[];
  /** Per word, the indexes in #records of the records using it, ascending. */
  readonly #holders = new Map<string, number[]>();

  constructor(meetings: readonly Meeting[]) {
    for (const meeting of meetings) {
      for (const record of [...meeting.decisions, ...meeting.commitments]) {
        const index = this.#records.push(record) - 1;
        for (const word of new Set(wordsOf(recordText(meeting, record)))) {
          const holders = this.#holders.get(word);
          if (holders) holders.push(index);
          else this.#holders.set(word, [index]);
        }
      }
    }
    this.#words = [...this.#holders.keys()].sort();
  }

  /** Whether a record is about the subject: every record is, for no subject words. */
  about(subject: readonly string[]): (record: MinutesRecord) => boolean {
    if (subject.length === 0) return () => true;
    const found = this.mentioning(subject);
    return (record) => found.has(record);
  }

  /** The records whose text mentions every subject word (none for no subject words). */
  mentioning(subject: readonly string[]): ReadonlySet<MinutesRecord> {
    const counts = new Uint16Array(this.#records.length);
    for (const word of subject) {
      const wanted = subjectStem(word);
      if (wanted.length === 0) return new Set();
      // A record holding several words the stem starts counts once for it.
      const stamped = new Uint8Array(this.#records.length);
      for (let w = this.#firstFrom(wanted); w < this.#words.length; w++) {
        const held = this.#words[w] as string;
        if (!held.startsWith(wanted)) break;
        for (const index of this.#holders.get(held) ?? []) {
          if (stamped[index]) continue;
          stamped[index] = 1;
          counts[index] = (counts[index] ?? 0) + 1;
        }
      }
    }
    const found = new Set<MinutesRecord>();
    if (subject.length === 0) return found;
    for (let index = 0; index < counts.length; index++)
      if (counts[index] === subject.length) found.add(this.#records[index] as MinutesRecord);
    return found;
  }

  /** The first word at or after `prefix` in sorted order. */
  #firstFrom(prefix: string): number {
    let low = 0;
    let high = this.#words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#words[middle] ?? "") < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * The words that name who commitments are owed by: those of the owners the minutes write
 * ("MOPAC", "the Met"), as letters and "&", and the justice acronyms.
 */
export function ownerWordsOf(meetings: readonly Meeting[]): Set<string> {
  const owners = new Set(
    meetings.flatMap((m) =>
      m.commitments.flatMap((c) => c.owner?.toLowerCase().match(/[a-z&]+/g) ?? []),
    ),
  );
  for (const entry of JUSTICE_ACRONYMS) owners.add(entry.acronym.toLowerCase());
  return owners;
}
