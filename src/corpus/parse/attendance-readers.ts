import type { TableRowPerson } from "./attendance-table.js";
import { tableRow } from "./attendance-table.js";
import { descriptionFirst } from "./description-first.js";
import { groupLabel } from "./group-label.js";
import { initialled } from "./initials.js";
import { nameList } from "./name-list.js";
import { organisationFirst } from "./organisation-first.js";
import { postFirstBracketed } from "./post-first-bracketed.js";
import { roleFirst } from "./role-first.js";
import { separatedEntry } from "./separated-entry.js";

/** One attendance line (or the part of it under one status), as the readers get it. */
export interface EntryText {
  /** Without bullet or notes, its column gaps (tabs, pipes, wide spaces) kept. */
  cells: string;
  /** The same words as plain text: markup gone, spaces collapsed, trailing punctuation dropped. */
  text: string;
  /**
   * The list's entries so far name one person each: a line of two parts ("Yolanda Quintero, London
   * Fire Brigade") is then written like them, a name and a description, not two names.
   */
  onePerLine: boolean;
}

/**
 * One layout of attendance entry. `read` returns the people the line names when the line is in
 * this layout (possibly none, which still ends the search), or null when the layout does not fit.
 */
export interface AttendanceReader {
  name: string;
  /** A real line in this layout; the table's test reads it with the whole table. */
  example: string;
  read(entry: EntryText): TableRowPerson[] | null;
}

/**
 * The attendance layouts, tried in this order on each line inside an attendance list; the first
 * that fits reads the line. A new layout is one reader file and one row here, placed by what it
 * must come before (see DESIGN.md).
 */
export const ATTENDANCE_READERS: readonly { reader: AttendanceReader; why: string }[] = [
  {
    reader: groupLabel,
    why: "'Labour:   Cllr Name (Borough)' puts a party's label in the first column, where the table row reader expects the name, and 'Liberal Democrat' reads like one; it fits only when a titled or described person follows the colon",
  },
  {
    reader: tableRow,
    why: "columns are the strongest evidence a line has: cells decide where name and description end, whatever the words",
  },
  {
    reader: initialled,
    why: "bracketed initials mark where each name ends, even in a run-on line of many people; they must be read before commas or brackets are taken as separators",
  },
  {
    reader: descriptionFirst,
    why: "'Body - Post: Name' gives the seat before the colon and one bare name after it; before 'organisation first', which would take the whole seat for the body",
  },
  {
    reader: organisationFirst,
    why: "'Body: names' groups people under a heading-like prefix that the entry readers below would take for a name and a role",
  },
  {
    reader: nameList,
    why: "several people on one line only when every part is a name by itself, so it goes before the single-entry reader, which would read the second name as a description",
  },
  {
    reader: postFirstBracketed,
    why: "'Post, Body (Name)' holds the person in the closing bracket, where the readers below expect a body or a note; it fits only when the bracket is a name by itself and the seat names no one",
  },
  {
    reader: roleFirst,
    why: "'Role – Name (Body)' puts the post where the entry reader below expects a name; it fits only when the part before the dash names no one, so 'Jane Smith – Chair' is left to that reader",
  },
  {
    reader: separatedEntry,
    why: "one person with a description: the general case, tried last",
  },
];
