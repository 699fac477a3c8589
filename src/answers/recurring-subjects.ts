import type { AgendaItem, Meeting } from "../corpus/model.js";
import { isProceduralItem } from "../corpus/procedural.js";
import { stemWord } from "../search/stem.js";
import { isQuestionStopWord } from "./asked-of.js";

/** A subject on the agendas of more than one meeting, and the items that carry it. */
export interface RecurringSubject {
  /** As most titles write it: "Police and Crime Plan". */
  name: string;
  /** The items titled with it, in date order, one or more per meeting. */
  items: { meeting: Meeting; item: AgendaItem }[];
  meetings: Meeting[];
}

/**
 * The way most titles write a subject, a spelling in capitals ("KNIFE CRIME") only when no title
 * writes it otherwise; on a tie, the spelling whose first use is the later (titles are read in
 * date order).
 */
function spellingOf(spellings: ReadonlyMap<string, number>): string | undefined {
  const written = [...spellings];
  const mixed = written.filter(([name]) => name !== name.toUpperCase());
  const pool = mixed.length > 0 ? mixed : written;
  return pool.reduce<[string, number] | undefined>(
    (best, entry) => (!best || entry[1] >= best[1] ? entry : best),
    undefined,
  )?.[0];
}

/** A title's words that say what it is about, by stem, where they sit in the title. */
interface Term {
  stem: string;
  start: number;
  end: number;
}

// A title's parts: "Police and Crime Plan (PCP): update and preparing for the next plan" has
// three, and a run of words never crosses from one part into the next.
const PART = /[^:;,()[\]–—/]+/g;
const WORD = /[\p{L}][\p{L}'-]*/gu;

function titleParts(title: string): Term[][] {
  const parts: Term[][] = [];
  for (const part of title.matchAll(PART)) {
    const terms: Term[] = [];
    for (const word of part[0].matchAll(WORD)) {
      const lower = word[0].toLowerCase();
      // "and", "the", "of" join the words of a subject without being one ("Police and Crime").
      if (isQuestionStopWord(lower) || lower.length < 3) continue;
      const start = (part.index ?? 0) + (word.index ?? 0);
      terms.push({ stem: stemWord(lower), start, end: start + word[0].length });
    }
    if (terms.length > 0) parts.push(terms);
  }
  return parts;
}

/**
 * The subjects that come back on the agendas of the meetings given, most meetings first: the
 * longest runs of words that the titles of items at two or more meetings share ("Police and
 * Crime Plan" in "Police and Crime Plan", "Police and Crime Plan (PCP): update …" and "Police and
 * Crime Plan: update"). A single shared word counts only when it is a whole title's subject
 * ("Disproportionality"), so a word of form such as "update" in "Operational update" and "Police
 * and Crime Plan: update" is not a subject. Items every meeting has (welcome, minutes, any other
 * business) are left out.
 */
export function recurringSubjects(meetings: readonly Meeting[]): RecurringSubject[] {
  interface Run {
    key: string;
    length: number;
    name: string;
    items: { meeting: Meeting; item: AgendaItem }[];
    meetings: Set<Meeting>;
    /** Some title's whole subject is this one word. */
    wholeTitle: boolean;
    /** How often each title writes it. */
    spellings: Map<string, number>;
  }
  const runs = new Map<string, Run>();
  const ordered = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  for (const meeting of ordered)
    for (const item of meeting.items) {
      if (isProceduralItem(item.title)) continue;
      const parts = titleParts(item.title);
      const soleWord = parts.length === 1 && parts[0]?.length === 1;
      const seen = new Set<string>();
      for (const terms of parts)
        for (let from = 0; from < terms.length; from++)
          for (let to = from + 1; to <= terms.length; to++) {
            const slice = terms.slice(from, to);
            const key = slice.map((t) => t.stem).join(" ");
            if (seen.has(key)) continue;
            seen.add(key);
            const first = slice[0] as Term;
            const last = slice[slice.length - 1] as Term;
            const name = item.title.slice(first.start, last.end);
            const run = runs.get(key) ?? {
              key,
              length: slice.length,
              name,
              items: [],
              meetings: new Set<Meeting>(),
              wholeTitle: false,
              spellings: new Map<string, number>(),
            };
            run.spellings.set(name, (run.spellings.get(name) ?? 0) + 1);
            run.items.push({ meeting, item });
            run.meetings.add(meeting);
            run.wholeTitle ||= soleWord;
            runs.set(key, run);
          }
    }
  const shared = [...runs.values()].filter(
    (run) => run.meetings.size > 1 && (run.length > 1 || run.wholeTitle),
  );
  // A run inside a longer one at the same meetings is the same subject, named less fully.
  const kept = shared.filter(
    (run) =>
      !shared.some(
        (other) =>
          other.length > run.length &&
          other.meetings.size === run.meetings.size &&
          [...run.meetings].every((m) => other.meetings.has(m)) &&
          ` ${other.key} `.includes(` ${run.key} `),
      ),
  );
  return kept
    .sort(
      (a, b) =>
        b.meetings.size - a.meetings.size || b.length - a.length || a.name.localeCompare(b.name),
    )
    .map((run) => ({
      name: spellingOf(run.spellings) ?? run.name,
      items: run.items,
      meetings: [...run.meetings],
    }));
}
