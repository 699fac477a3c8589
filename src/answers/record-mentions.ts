import type { AgendaItem, Commitment, Decision, Meeting } from "../corpus/model.js";
import { JUSTICE_ACRONYMS } from "../search/acronyms.js";
import { wordsOf } from "./query/meeting-words.js";
import { subjectStem, textMentions } from "./query/mentions.js";

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
 * The words of the records' texts, and per word the records using it: `holders` from
 * `starts[w]` up to `starts[w + 1]` are the indexes of word `w`'s records, ascending (records
 * counted through the meetings in order, each meeting's decisions then its commitments).
 */
export interface RecordWords {
  /** Sorted, so the words a stem starts are one range. */
  words: string[];
  starts: Int32Array;
  holders: Int32Array;
  /** How many records were read: a reading of other meetings does not fit. */
  recordCount: number;
}

/** Every decision and commitment of the meetings, in the order RecordWords counts them. */
function recordsOf(meetings: readonly Meeting[]): MinutesRecord[] {
  const records: MinutesRecord[] = [];
  for (const meeting of meetings) {
    for (const decision of meeting.decisions) records.push(decision);
    for (const commitment of meeting.commitments) records.push(commitment);
  }
  return records;
}

/** Reads every record's text into its words (the work a saved reading spares). */
export function readRecordWords(meetings: readonly Meeting[]): RecordWords {
  const byWord = new Map<string, number[]>();
  let index = 0;
  for (const meeting of meetings) {
    for (const record of [...meeting.decisions, ...meeting.commitments]) {
      for (const word of new Set(wordsOf(recordText(meeting, record)))) {
        const holders = byWord.get(word);
        if (holders) holders.push(index);
        else byWord.set(word, [index]);
      }
      index++;
    }
  }
  const words = [...byWord.keys()].sort();
  const starts = new Int32Array(words.length + 1);
  let total = 0;
  for (const [w, word] of words.entries()) {
    starts[w] = total;
    total += byWord.get(word)?.length ?? 0;
  }
  starts[words.length] = total;
  const holders = new Int32Array(total);
  for (const [w, word] of words.entries()) holders.set(byWord.get(word) ?? [], starts[w]);
  return { words, starts, holders, recordCount: index };
}

/**
 * Which decisions and commitments are about a subject: those whose item title and passage
 * mention every subject word, as textMentions reads a text ("the CONTEST board" is agreed in a
 * passage naming it). The records' words are gathered once per snapshot (or read from the cache
 * of an earlier start, see record-cache.ts), so a question looks up its words instead of reading
 * every record of every meeting (34,000 decisions at 10,000 meetings took 150 ms a question).
 */
export class RecordMentions {
  readonly #records: MinutesRecord[];
  readonly #words: RecordWords;

  /** `words` read from these meetings (readRecordWords), or null to read them now. */
  constructor(meetings: readonly Meeting[], words: RecordWords | null = null) {
    this.#records = recordsOf(meetings);
    this.#words =
      words && words.recordCount === this.#records.length ? words : readRecordWords(meetings);
  }

  /** The records' words, to save for the next start. */
  get words(): RecordWords {
    return this.#words;
  }

  /** Whether a record is about the subject: every record is, for no subject words. */
  about(subject: readonly string[]): (record: MinutesRecord) => boolean {
    if (subject.length === 0) return () => true;
    const found = this.mentioning(subject);
    // A subject no record mentions (a typo, often) asks of each record nothing a set must answer.
    if (found.size === 0) return () => false;
    return (record) => found.has(record);
  }

  /** The records whose text mentions every subject word (none for no subject words). */
  mentioning(subject: readonly string[]): ReadonlySet<MinutesRecord> {
    const { words, starts, holders } = this.#words;
    const counts = new Uint16Array(this.#records.length);
    for (const word of subject) {
      const wanted = subjectStem(word);
      if (wanted.length === 0) return new Set();
      // A record holding several words the stem starts counts once for it.
      const stamped = new Uint8Array(this.#records.length);
      for (let w = this.#firstFrom(wanted); w < words.length; w++) {
        const held = words[w] as string;
        if (!held.startsWith(wanted)) break;
        for (let h = starts[w] as number; h < (starts[w + 1] as number); h++) {
          const index = holders[h] as number;
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
    const { words } = this.#words;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] ?? "") < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * The records of `meetings` whose text mentions every subject word, each read in place (what
 * RecordMentions.mentioning finds, without gathering every record's words first): for a few
 * meetings' records, fewer than the index would take to gather.
 */
export function recordsMentioning(
  meetings: readonly Meeting[],
  subject: readonly string[],
): ReadonlySet<MinutesRecord> {
  const found = new Set<MinutesRecord>();
  for (const meeting of meetings)
    for (const record of [...meeting.decisions, ...meeting.commitments])
      if (textMentions(recordText(meeting, record), subject)) found.add(record);
  return found;
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
