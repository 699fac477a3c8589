import { type FoundDate, findDates } from "./dates.js";
import { envelopeLines } from "./email-envelope.js";
import { statedDate } from "./header-date-heading.js";
import { labelledDate } from "./header-date-labelled.js";
import { misspeltDate } from "./header-date-misspelt.js";
import { publishedDate } from "./header-date-published.js";
import { yearlessDate } from "./header-date-yearless.js";
import type { TextLine } from "./lines.js";

/** The lines a meeting's date may be read from, sorted by how far they can be trusted. */
export interface HeaderLines {
  /** Header lines that are not about the next meeting. */
  candidates: readonly TextLine[];
  /** Those of them that state something of this meeting (not its publication). */
  stated: readonly TextLine[];
  /** Lines outside any item, where a "Date:" field may stand. */
  labelled: readonly TextLine[];
  /** "Publication date:" lines, in the header or outside it. */
  published: readonly TextLine[];
}

/** A date found, and the line it was read from. */
export interface HeaderDate {
  line: TextLine;
  date: FoundDate;
}

/**
 * One way minutes state their meeting's date. `read` returns the date when the lines state it this
 * way, or null so that the next reader is tried.
 */
export interface HeaderDateReader {
  name: string;
  /** A real header (lines joined with "\n") that states its date this way. */
  example: string;
  read(lines: HeaderLines): HeaderDate | null;
}

/**
 * The ways of stating the meeting's date, tried in this order; the first that finds one gives it.
 * A new way is one reader file and one row here (see DESIGN.md).
 */
export const HEADER_DATE_READERS: readonly { reader: HeaderDateReader; why: string }[] = [
  {
    reader: statedDate,
    why: "the heading's own full date is the meeting's: minutes open by naming it",
  },
  {
    reader: labelledDate,
    why: "a 'Date:' field says what it is even below the attendance list, where the header has ended",
  },
  {
    reader: yearlessDate,
    why: "a day and month without a year needs a year from elsewhere, so it comes after every full date of the meeting's own",
  },
  {
    reader: misspeltDate,
    why: "a word one edit from a month is read as that month only once no date spelt right is found: elsewhere such a word is often another word",
  },
  {
    reader: publishedDate,
    why: "the web page's publication date is the last resort: minutes are published on or after the meeting",
  },
];

// When a system made the copy: "Record of meeting (exported from the committee system 2024-04-12
// 09:14)", "Printed: …", "Last updated: …".
const COPY_MADE =
  /\b(?:exported|generated|printed|downloaded|last\s+(?:updated|modified|saved|edited))\b/i;

const PUBLICATION_DATE_FIELD = /^Publication date:/i;

/**
 * "Publication date:", and a line saying when a system made the copy. Such a date is the
 * document's, read only when the minutes state no date of the meeting's own. The date must follow
 * the export word, with no meeting spoken of between them: "Minutes of the meeting held on 12 June
 * 2024, 14:00, City Hall (printed copy for members)" and "Draft minutes, last updated by the
 * secretariat, of the meeting of 12 June 2024 at 14:00, City Hall" state the meeting (review C4).
 * A line with no full date keeps the export word's reading: its day and month are the copy's.
 */
export function isPublicationLine(text: string): boolean {
  if (PUBLICATION_DATE_FIELD.test(text)) return true;
  const made = COPY_MADE.exec(text);
  if (!made) return false;
  const dates = findDates(text);
  if (dates.length === 0) return true;
  const from = made.index + made[0].length;
  const after = dates.find((d) => d.index >= from);
  return after !== undefined && !/\b(?:meeting|held)\b/i.test(text.slice(from, after.index));
}

const NEXT_MEETING_WORDS = /\bnext\b.*\bmeetings?\b|\bfuture meetings?\b/i;

/** "Date of next meeting", "Future meetings": lines about another meeting. */
export function isNextMeetingLine(text: string): boolean {
  return NEXT_MEETING_WORDS.test(text);
}

/**
 * Sorts the header lines and the labelled lines outside items for the readers. The fields of an
 * e-mail's envelope (email-envelope.ts) are about the message, not the meeting: none is read.
 */
export function headerLines(
  header: readonly TextLine[],
  allLabelled: readonly TextLine[],
): HeaderLines {
  const envelope = envelopeLines(header);
  const candidates = header.filter(
    (l) => l.text && !isNextMeetingLine(l.text) && !envelope.has(l.line),
  );
  const labelled =
    envelope.size > 0 ? allLabelled.filter((l) => !envelope.has(l.line)) : allLabelled;
  return {
    candidates,
    stated: candidates.filter((l) => !isPublicationLine(l.text)),
    labelled,
    published: [...candidates, ...labelled].filter((l) => isPublicationLine(l.text)),
  };
}

/** The meeting's date by the first reader of the table that finds one. */
export function readHeaderDate(lines: HeaderLines): HeaderDate | null {
  for (const { reader } of HEADER_DATE_READERS) {
    const found = reader.read(lines);
    if (found) return found;
  }
  return null;
}
