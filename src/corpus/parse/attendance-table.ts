import type { AttendanceStatus } from "../model.js";
import { statusCell } from "./attendance-notes.js";
import type { AttendanceReader } from "./attendance-readers.js";
import { looksLikeOrganisation } from "./description.js";
import { readInitialled } from "./initials.js";
import { isSpace } from "./letters.js";
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
  // One pass over the characters: the pattern /\t|\S\s{3,}\S|\|/ tried a gap at every one.
  let gap = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 9 || code === 124) return true;
    if (isSpace(code)) gap++;
    else if (gap >= 3 && i > gap) return true;
    else gap = 0;
  }
  return false;
}

const COLUMN_TITLES =
  /^(?:name|names|attendee|attendees|member|members|role|title|position|job title|organisation|organization|agency|body|representing|status|attendance|attended|present)$/i;

const FRAME_HINT = /\t|\s{3}|\||--/;

/**
 * A table's title row ("Name\tRole\tOrganisation") or rule row ("|------|-----|"): part of an
 * attendance list, naming nobody.
 */
export function isTableFrame(raw: string): boolean {
  // Two cells need a gap between them, and a rule row needs dashes: most lines have neither.
  if (!FRAME_HINT.test(raw)) return false;
  // The cells are read one at a time, up to the first that is neither a rule nor a column title.
  let count = 0;
  let rules = true;
  let titles = true;
  for (const part of raw.trim().split(CELL_GAP)) {
    const cell = plainText(part);
    if (!cell) continue;
    count++;
    rules &&= /^:?-{2,}:?$/.test(cell);
    titles &&= COLUMN_TITLES.test(cell);
    if (!rules && !titles) return false;
  }
  return (count > 0 && rules) || (count >= 2 && titles);
}

/**
 * "Sophie Linden\tDMPC (Co-chair),", "| Lynne Owens | Deputy Commissioner | MPS |", and a
 * space-aligned row holding two people: "Stephen Harwood (Chair)   MOPAC   Sir Julian Fenwick QPM   MPS".
 * A cell that is a name by itself starts a new person once the one before has a description; the
 * other cells describe the person before them. A status cell speaks for the whole row.
 */
export function readTableRow(row: string): TableRowPerson[] {
  if (isTableFrame(row)) return [];
  const all = row
    .split(CELL_GAP)
    .map((c) => withoutBullet(plainText(c)).trim())
    .filter(Boolean);
  const statuses = all.map((c, i) => (i === 0 ? undefined : statusCell(c)));
  const status = statuses.find((s) => s !== undefined);
  const cells = all.filter((_, i) => statuses[i] === undefined);
  if (/^(?:name|attendee|member)s?$/i.test(cells[0] ?? "")) return [];
  const groups: { name: string; description: string[] }[] = [];
  for (const cell of cells) {
    const current = groups.at(-1);
    const startsPerson = !current || (current.description.length > 0 && isNameCell(cell));
    if (startsPerson) groups.push({ name: cell, description: [] });
    else current?.description.push(cell);
  }
  const people = groups
    .map((g) => readPerson(g.name, g.description.join(", ")))
    .filter((p): p is Person => p !== null);
  if (people.length > 0) return people.map((p) => (status ? { ...p, status } : p));
  const initialled = readInitialled(cells.join(" "));
  if (initialled) return initialled;
  const separated = readSeparatedEntry(cells.join(", "));
  return separated ? [separated] : [];
}

// "Sir Julian Fenwick QPM", "Stephen Harwood (Chair)": a cell that is a whole name and nothing else.
function isNameCell(cell: string): boolean {
  const person = readPerson(cell, "");
  return person !== null && !looksLikeOrganisation(person.name);
}
