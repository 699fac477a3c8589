import { itemWordHeading } from "./heading-item-word.js";
import { letterHeading } from "./heading-letter.js";
import { minuteNumberHeading } from "./heading-minute-number.js";
import { numberHeading } from "./heading-number.js";
import { romanHeading } from "./heading-roman.js";
import { timeFirstHeading } from "./heading-time-first.js";
import type { NumberedHeading } from "./titles.js";

/**
 * One way of numbering an agenda heading. `read` returns `{ heading }` when the line is numbered
 * this way — the heading, or null when what follows the number is no title, which ends the search
 * — and null when the numbering does not fit, so the next reader is tried.
 */
export interface HeadingReader {
  name: string;
  /** A real heading in this numbering; the table's test reads it with the whole table. */
  example: string;
  read(text: string): { heading: NumberedHeading | null } | null;
}

/**
 * The numberings of agenda headings, tried in this order on each line; the first that fits reads
 * it. Whether a line so shaped is a heading is for the section walk to judge from the layout
 * around it (document.ts). A new numbering is one reader file and one row here (see DESIGN.md).
 */
export const HEADING_READERS: readonly { reader: HeadingReader; why: string }[] = [
  {
    reader: itemWordHeading,
    why: "'Item' names the number that follows it, so it is read before a number at the start of the line ('2. Item 3 - Title' is item 3)",
  },
  {
    reader: minuteNumberHeading,
    why: "'24/03 Retail crime': the year before the slash is no item number, the minute number is read whole; before the number reader, which refuses the slash",
  },
  {
    reader: numberHeading,
    why: "the usual numbering; a leading number without the word 'Item' is the heading's own",
  },
  {
    reader: romanHeading,
    why: "capital numerals, kept as written; after numbers since 'I' and 'V' are never digits",
  },
  {
    reader: timeFirstHeading,
    why: "'14:10   2. Minutes …': a time before the numbering; last, since no reader above reads a line opening with a time",
  },
];

/**
 * Letters number items in some minutes and lists everywhere, so a lettered line is read apart from
 * the table and judged by the walk with stricter layout evidence.
 */
export const LETTERED_HEADING: HeadingReader = letterHeading;

/** The heading shape a line reads as, by the first reader of the table that fits it. */
export function readHeadingShape(text: string): NumberedHeading | null {
  for (const { reader } of HEADING_READERS) {
    const read = reader.read(text);
    if (read) return read.heading;
  }
  return null;
}
