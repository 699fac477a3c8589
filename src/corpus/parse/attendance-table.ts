import type { AttendanceStatus } from "../model.js";
import { isAbsentCell, isSeatCell, statusCell } from "./attendance-notes.js";
import type { AttendanceReader } from "./attendance-readers.js";
import { CHAIR_SUFFIX, looksLikeOrganisation } from "./description.js";
import { areInitialsOf, readInitialled } from "./initials.js";
import { plainText, withoutBullet } from "./lines.js";
import { type Person, readPerson } from "./people.js";
import { readSeparatedEntry } from "./separated-entry.js";

// Cells of a table row: tabs, pipes, or a gap of three spaces or more in a space-aligned layout.
const CELL_GAP = /\t+|\s{3,}|\s*\|\s*/;

/** A person, with the status a table's own attendance column gave them, if it has one. */
export type TableRowPerson = Person & { status?: AttendanceStatus };

export const tableRow: AttendanceReader = {
  name: "table row",
  example: "Diana Luchford\tCEO, MOPAC",
  read: ({ cells }) => (isTableRow(cells) ? readTableRow(cells) : null),
};

/** True when the text has cells: a tab, a pipe, or a wide gap between words. */
export function isTableRow(text: string): boolean {
  // The pattern, not a loop over the characters: the regular expression engine reads a line of
  // entries run together (corpus/003) faster than charCodeAt does, and a short line as fast.
  return TABLE_ROW.test(text);
}

const TABLE_ROW = /[\t|]|\S\s{3,}\S/;

const COLUMN_TITLES =
  /^(?:name|names|attendee|attendees|member|members|role|title|position|job title|organisation|organization|agency|body|representing|status|attendance|attended|present|initials)$/i;

const FRAME_HINT = /\t|\s{3}|\||--/;

// "Organisation and role", "Role / organisation", "Name & title": one column titled by two.
const JOINED_TITLES = /\s+(?:and|&)\s+|\s*[/,]\s*/i;
const JOINER = /[/,&]| and /i;

function isColumnTitle(cell: string): boolean {
  if (COLUMN_TITLES.test(cell)) return true;
  // Most cells are names and bodies, with no joining word to part them at.
  if (cell.length > 40 || !JOINER.test(cell)) return false;
  const parts = cell.split(JOINED_TITLES);
  return parts.length > 1 && parts.every((part) => COLUMN_TITLES.test(part));
}

/**
 * A table's title row ("Name\tRole\tOrganisation") or rule row ("|------|-----|"): part of an
 * attendance list, naming nobody.
 */
export function isTableFrame(raw: string): boolean {
  // Two cells need a gap between them, and a rule row needs dashes: most lines have neither.
  if (!FRAME_HINT.test(raw)) return false;
  // The cells are read one at a time, up to the first that is neither a rule nor a column title:
  // found gap by gap, as `split(CELL_GAP)` would give them, without splitting the rest of the row.
  const row = raw.trim();
  const frame = new FrameCells(raw);
  let start = 0;
  CELL_GAPS.lastIndex = 0;
  for (;;) {
    const gap = CELL_GAPS.exec(row);
    const cell = plainText(row.slice(start, gap ? gap.index : row.length));
    if (cell && !frame.add(cell)) {
      CELL_GAPS.lastIndex = 0;
      return false;
    }
    if (!gap) break;
    start = gap.index + gap[0].length;
  }
  return frame.isFrame();
}

// A markdown table's rule cell: "---", ":--", "--:".
const RULE_CELL = /^:?-{2,}:?$/;

/**
 * Whether the written cells of a row, given one by one as plain text, make a title or rule row:
 * every cell a rule, or two or more cells and every one a column title.
 */
class FrameCells {
  private count = 0;
  private rules: boolean;
  private titles: boolean;

  /** `row` as written, its white space at the ends kept (three spaces there are a gap). */
  constructor(row: string) {
    // Two cells need a gap between them, and a rule row needs dashes: most rows are turned away
    // here, and their cells not looked at.
    this.rules = this.titles = FRAME_HINT.test(row);
  }

  /** Adds a written cell; false once the row can no longer be a frame. */
  add(cell: string): boolean {
    if (!this.rules && !this.titles) return false;
    this.count++;
    this.rules &&= RULE_CELL.test(cell);
    this.titles &&= isColumnTitle(cell);
    return this.rules || this.titles;
  }

  isFrame(): boolean {
    return (this.count > 0 && this.rules) || (this.count >= 2 && this.titles);
  }
}

// CELL_GAP, global, to find the gaps of a row one at a time. A gap is never empty.
const CELL_GAPS = new RegExp(CELL_GAP.source, "g");

const NAME_COLUMN_TITLE = /^(?:name|attendee|member)s?$/i;

/**
 * "Sophie Linden\tDMPC (Co-chair),", "| Lynne Owens | Deputy Commissioner | MPS |", and a
 * space-aligned row holding two people: "Stephen Harwood (Chair)   MOPAC   Sir Julian Fenwick QPM   MPS".
 * A cell that is a name by itself starts a new person once the one before has a description, when
 * the cells left give it as many as the one before; the other cells describe the person before
 * them. A status cell speaks for the whole row.
 */
export function readTableRow(row: string): TableRowPerson[] {
  // One pass over the cells: the first is always kept, a later one stating a status is not (the
  // first status stated speaks for the row, a seat's word such as "Member" only when no cell says
  // whether they came; "Absent" names no one), and people are grouped as the cells come. The same
  // pass asks whether the row is a title or rule row (isTableFrame, whose cells are these).
  let attended: AttendanceStatus | undefined;
  let seat: AttendanceStatus | undefined;
  let absent = false;
  const cells: string[] = [];
  const frame = new FrameCells(row);
  for (const part of row.split(CELL_GAP)) {
    const plain = plainText(part);
    if (!plain) continue;
    frame.add(plain);
    const cell = withoutBullet(plain).trim();
    if (!cell) continue;
    const stated = cells.length === 0 ? undefined : statusCell(cell);
    if (stated === undefined) cells.push(cell);
    else if (isSeatCell(cell)) seat ??= stated;
    else if (attended === undefined) {
      attended = stated;
      absent = isAbsentCell(cell);
    }
  }
  if (frame.isFrame() || absent) return [];
  const status = attended ?? seat;
  if (NAME_COLUMN_TITLE.test(cells[0] ?? "")) return [];
  // "MO | Marguerite Osei | MOPAC (Chair)": a column of initials before the names is read past.
  if (cells.length >= 2 && areInitialsOf(cells[0] ?? "", cells[1] ?? "")) cells.shift();
  const bodyFirst = cells.length >= 2 ? personAfterBody(cells, status) : null;
  if (bodyFirst) return [bodyFirst];
  const people: TableRowPerson[] = [];
  let name: string | null = null;
  let description: string[] = [];
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] ?? "";
    // Each person of a row has as many cells as the first: in "Commander Tariq Oyelaran | MPS |
    // Frontline Policing" the last cell is the role, though it reads as a name.
    const startsPerson =
      name === null ||
      (description.length > 0 &&
        cells.length - index - 1 === description.length &&
        isNameCell(cell));
    if (!startsPerson) {
      description.push(cell);
      continue;
    }
    if (name !== null) addPerson(people, name, description, status);
    name = cell;
    description = [];
  }
  if (name !== null) addPerson(people, name, description, status);
  if (people.length > 0) return people;
  const initialled = readInitialled(cells.join(" "));
  if (initialled) return initialled;
  const separated = readSeparatedEntry(cells.join(", "));
  return separated ? [separated] : [];
}

/**
 * True for a table row whose attendance cell says the member was absent ("| British Transport
 * Police | Superintendent Wren Castellaw | Absent |"): a row of the list that names no attendee.
 */
export function isAbsentRow(row: string): boolean {
  if (!isTableRow(row)) return false;
  const cells = row.trim().replace(/^\|/, "").split(CELL_GAP);
  return cells.slice(1).some((cell) => isAbsentCell(plainText(cell)));
}

// "MOPAC                        Perpetua Okonkwo-Reyes, Deputy Mayor … (Chair)": a register with
// the organisation in a column before each name (a PDF's, copied with its layout). The first cell
// names a body and no one, not even a name written before a body ("Jane Smithers, MPS"); the
// person is read from the cells after it, and takes the body unless their own entry names one.
const DESCRIBED = /[,(]|\s[-–—]\s/;

function personAfterBody(
  cells: readonly string[],
  status: AttendanceStatus | undefined,
): TableRowPerson | null {
  const body = cells[0] ?? "";
  if (!looksLikeOrganisation(body)) return null;
  // A name with its honours, "Dr. Yvonne Doyle CBE", holds an acronym too: the cell must name no
  // one, by itself or before a separator ("Jane Smithers, MPS"). "London Fire Brigade" is all body.
  const named = DESCRIBED.test(body) ? readSeparatedEntry(body) : readPerson(body, "");
  if (named && !looksLikeOrganisation(named.name)) return null;
  const person = readSeparatedEntry(cells.slice(1).join(", "));
  if (!person || looksLikeOrganisation(person.name)) return null;
  const withBody = { ...person, ...inBodyColumn(person, body) };
  return status ? { ...withBody, status } : withBody;
}

// "HMCTS   Benedicta Oyston, Delivery Director, London Crown Courts": under the column's body, a
// body the entry names after a post is where the post is held, part of it; an entry naming a
// body and no post names its own ("MOPAC   Jane Smith, London Councils").
function inBodyColumn(
  person: { role: string | null; organisation: string | null },
  body: string,
): { role: string | null; organisation: string | null } {
  const { role, organisation } = person;
  if (organisation === null) return { role, organisation: body };
  if (role === null) return { role, organisation };
  const chair = role.includes("(") ? role.match(CHAIR_SUFFIX) : null;
  const post = chair ? role.slice(0, chair.index) : role;
  return { role: `${post}, ${organisation}${chair ? ` (${chair[1]})` : ""}`, organisation: body };
}

function addPerson(
  people: TableRowPerson[],
  name: string,
  description: readonly string[],
  status: AttendanceStatus | undefined,
): void {
  const person = readPerson(name, description.join(", "));
  if (person) people.push(status ? { ...person, status } : person);
}

// "Sir Julian Fenwick QPM", "Stephen Harwood (Chair)": a cell that is a whole name and nothing else.
function isNameCell(cell: string): boolean {
  const person = readPerson(cell, "");
  return person !== null && !looksLikeOrganisation(person.name);
}
