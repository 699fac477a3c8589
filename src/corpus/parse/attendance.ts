import { JOINING_WORDS } from "../lexicon.js";
import type { AttendanceStatus } from "../model.js";
import { readAttendanceHeading } from "./attendance-headings.js";
import { statusCell, statusInBrackets, withoutAttendanceNotes } from "./attendance-notes.js";
import { ATTENDANCE_READERS, type EntryText } from "./attendance-readers.js";
import type { TableRowPerson } from "./attendance-table.js";
import { isSpace } from "./letters.js";
import { plainText, withoutBullet } from "./lines.js";
import type { Person } from "./people.js";

/** A person read from an attendance line, with the status of the section they were listed in. */
export interface ListedPerson extends Person {
  status: AttendanceStatus;
}

/**
 * Reads every person on one line of an attendance list. Handles tab- and pipe-separated tables,
 * bullets, "Name, Organisation", "Name - Role", "Name (XX) Role" with the initials dropped, several
 * such people run together, an inline "**Apologies**" switching status mid-line (corpus/003), and
 * "Name Organisation" with no separator at all. Empty when the line names nobody.
 */
export function readAttendanceLine(
  raw: string,
  status: AttendanceStatus,
  onePerLine = false,
): ListedPerson[] {
  // "☒ Present   ☐ Apologies" after the entry: the ticked box says the status.
  const boxed = raw.includes("[") || /[☐☑☒]/u.test(raw) ? tickedBoxes(raw) : null;
  if (boxed) return boxed.status ? readAttendanceLine(boxed.entry, boxed.status, onePerLine) : [];
  // Loops, not flatMap: this runs for every line of every list, and flatMap costs more than
  // reading most lines.
  const listed: ListedPerson[] = [];
  for (const segment of splitAtInlineHeadings(raw, status)) {
    const text = withFieldsParted(segment.text);
    // "Barnabas Eke (apologies)": a status in brackets speaks for the one person on the line.
    const stated = statusInBrackets(text);
    const alone = stated ? readPeople(stated.text, onePerLine) : [];
    if (stated && alone.length === 1) {
      for (const person of alone) listed.push(listedPerson(person, person.status ?? stated.status));
      continue;
    }
    const people = readPeople(text, onePerLine);
    // "Lowther, Genevieve – MOPAC (note taker)": whoever takes the minutes is staff in attendance,
    // under whatever heading; said of the one person on the line.
    const taker = people.length === 1 && segment.status === "present" && takesMinutes(text);
    for (const person of people)
      listed.push(
        listedPerson(person, person.status ?? (taker ? "in_attendance" : segment.status)),
      );
  }
  return listed;
}

// "1.  Olumide Featherstone-Nash, MOPAC (Chair)      ☒ Present   ☐ Apologies", "Name: Ruth
// Okorafor-Blane   Organisation: MOPAC (Chair)   [X] Attended   [ ] Apologies" (a form's rows,
// unseen-minutes-10/85): two boxes or more at the line's end, each before a status's word. The
// ticked box's word is the person's status and the boxes are no part of the entry; a row with no
// box ticked (the form's spare row) names no one. The form's labels of the entry's fields ("Name:",
// "Organisation:") part them as commas do.
const BOX_RUN = /(?:^|\s)((?:(?:\[[ xX✓✔]?\]|[☐☑☒])\s*[^[\]☐☑☒]+?\s*){2,})$/u;
const BOX = /(\[[ xX✓✔]?\]|[☐☑☒])\s*([^[\]☐☑☒]+)/gu;
const ENTRY_FIELD_LABEL =
  /(?:^|\s{2,}|\t)(?:name|full name|organisation|organization|body|agency|role|post)\s*:\s*/gi;

function tickedBoxes(raw: string): { entry: string; status: AttendanceStatus | null } | null {
  const m = BOX_RUN.exec(raw);
  if (!m?.[1]) return null;
  let status: AttendanceStatus | null = null;
  for (const box of m[1].matchAll(BOX)) {
    const mark = box[1] ?? "";
    const label = statusCell(box[2] ?? "");
    if (label === undefined) return null;
    if (mark === "☒" || mark === "☑" || /[xX✓✔]/.test(mark)) status = label;
  }
  const entry = raw
    .slice(0, m.index)
    .replace(ENTRY_FIELD_LABEL, ", ")
    .replace(/^[\s,]+|[\s,]+$/g, "");
  return { entry, status };
}

const MINUTE_TAKER =
  /\((?:[^()]*[,–-]\s*)?(?:minutes|notes|minute[- ]?taker|note[- ]?taker|secretariat|clerk)\)/i;

// The minute taker's job as the last field of an entry, "Morag Ellingham · MOPAC · Note taker",
// "Jonas Wexford, MOPAC, Note-taker", in lower case with its hyphen a space.
const TAKER_FIELDS: ReadonlySet<string> = new Set([
  "minutes",
  "notes",
  "minute taker",
  "minutetaker",
  "note taker",
  "notetaker",
  "secretariat",
  "clerk",
]);

// A bracket naming the minute taker's job, "(note taker)", "(MOPAC, minutes)", "(secretariat)", or
// the last field of the entry naming it.
function takesMinutes(text: string): boolean {
  if (text.includes("(") && MINUTE_TAKER.test(text)) return true;
  const parted = lastFieldMark(text);
  if (parted < 0 || text.length - parted > 16) return false;
  return TAKER_FIELDS.has(
    text
      .slice(parted + 1)
      .trim()
      .toLowerCase()
      .replace("-", " "),
  );
}

// Where the last comma, tab or bar stands (the greatest of their lastIndexOf), -1 when none does:
// read back from the end once, not three times.
function lastFieldMark(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 9 || code === 124) return i;
  }
  return -1;
}

// "Ottoline Baptiste-Kerr · MOPAC · Organizer": a meeting recap parts a person's fields with
// spaced middle dots (or bullets) where others write commas; read as commas, by every reader.
// A dot opening the line is its bullet, and is left to the readers.
const FIELD_DOT = /(?<=\S)\s+[·•]\s+(?=\S)/g;

// "Commander Tiberius Vale (MPS)<br>Aisling Mbeki-Rowe (London Councils)": a markdown table's
// cell breaks its lines with HTML; each line is an entry of its own, as a semicolon parts them.
const LINE_BREAK = /\s*<br\s*\/?>\s*/gi;

function withFieldsParted(text: string): string {
  const dotted = text.includes("·") || text.includes("•") ? text.replace(FIELD_DOT, ", ") : text;
  return dotted.includes("<") ? dotted.replace(LINE_BREAK, "; ") : dotted;
}

/**
 * The person listed with a status. Written out field by field: every listed person then has the
 * same shape, which copying with a spread would not guarantee, and later copies are cheap.
 */
export function listedPerson(person: Person, status: AttendanceStatus): ListedPerson {
  const { name, honorific, role, organisation } = person;
  return { name, honorific, role, organisation, status };
}

/**
 * The status in force after the line: changed only by a heading inside it ("… **Apologies** …").
 * A table's status column speaks for its own row only, so a row marked "Apologies" leaves the next
 * row's status to the section.
 */
export function statusAfterLine(raw: string, status: AttendanceStatus): AttendanceStatus {
  if (!hasBold(raw)) return status;
  let current = status;
  for (const m of raw.matchAll(INLINE_HEADING))
    current = readAttendanceHeading((m[2] ?? "").trim())?.status ?? current;
  return current;
}

/**
 * A line shaped like an entry of an attendance list though no rule reads a person from it: short,
 * capitalised words (small joining words aside), no sentence punctuation at its end. Inside an
 * attendance list such a line is an entry the rules missed, not the end of the list.
 */
export function looksLikeListEntry(raw: string): boolean {
  const text = withoutBullet(plainText(raw)).trim();
  if (!/^[\p{Lu}(]/u.test(text) || /[.!?:;]$/.test(text)) return false;
  const words = text.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 14) return false;
  const capitalised = words.filter((w) => /^[(\p{Lu}]/u.test(w)).length;
  const joining = words.filter((w) => JOINING_WORDS.has(w)).length;
  return capitalised + joining === words.length;
}

const INLINE_HEADING = /(\*\*|__)([^*_]+?)\1:?/g;

// An inline heading is in bold: a line without "**" or "__" has none.
function hasBold(raw: string): boolean {
  return raw.includes("**") || raw.includes("__");
}

// "… Claire Waxman (CW) London Victims Commissioner **Apologies** Cllr Jas Athwal (JA) …"
function splitAtInlineHeadings(raw: string, status: AttendanceStatus) {
  if (!hasBold(raw)) return raw.trim() === "" ? [] : [{ text: raw, status }];
  const segments: { text: string; status: AttendanceStatus }[] = [];
  let current = status;
  let cursor = 0;
  for (const m of raw.matchAll(INLINE_HEADING)) {
    const heading = readAttendanceHeading((m[2] ?? "").trim());
    if (!heading) continue;
    segments.push({ text: raw.slice(cursor, m.index), status: current });
    current = heading.status;
    cursor = m.index + m[0].length;
  }
  segments.push({ text: raw.slice(cursor), status: current });
  return segments.filter((s) => s.text.trim() !== "");
}

function readPeople(segment: string, onePerLine: boolean): TableRowPerson[] {
  // Indentation is layout, not a column: only gaps inside the line separate cells. Most lines
  // start with a word, and are not searched for a gap or a table's pipe.
  const noted = withoutAttendanceNotes(segment);
  const first = noted.charCodeAt(0);
  const opened = first === 124 || isSpace(first) ? noted.replace(/^\s*(?:\|\s*)?/, "") : noted;
  const cells = withoutBullet(opened);
  const text = trimEndPunctuation(withoutBullet(plainText(cells)));
  if (!text) return [];
  // One entry for every reader: none of them changes it.
  const entry: EntryText = { cells, text, onePerLine };
  for (const { reader } of ATTENDANCE_READERS) {
    const people = reader.read(entry);
    if (people) return people;
  }
  return [];
}

// Trailing "; , ." and white space, dropped without a pattern tried at every position of the line,
// or at each of its last characters: they are told by their codes.
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailing(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

// ; , . or white space (`/[;,.\s]/`).
function isTrailing(code: number): boolean {
  return code === 59 || code === 44 || code === 46 || isSpace(code);
}
