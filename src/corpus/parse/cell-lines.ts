import { TABLE_COLUMN_TITLES } from "../lexicon.js";
import { isStatusTitle } from "./attendance-columns.js";
import type { TextLine } from "./lines.js";

/**
 * A table copied out of Word as text puts every cell on a line of its own:
 *
 *     Name / Organisation / Status / Rosalind Achterberg / Deputy Mayor … / Present / …
 *
 * or, with a blank line after each row, a row of cells a line each. Every later rule reads a table
 * as rows whose cells are parted by tabs, so such a table is put back into rows here, before any
 * rule reads a line: the title row becomes "Name\tOrganisation\tStatus" and each row one line,
 * numbered as its first cell, the lines of its other cells left blank (the row's text is on its
 * first line, so nothing is lost and every line keeps its number).
 *
 * A table is recognised by its title row alone: two to eight lines in a row, each a usual column
 * title ("Name", "Organisation", "Item", "Discussion", "Action"…), after a blank line, not all of
 * them statuses ("Present" / "Apologies" are the labels of two lists). Under it,
 * either the cells follow at once, a row every that many lines, up to the next blank line (and
 * the count must come out even), or each row is a block of lines with blank lines between. Lines
 * that do not fit leave the text as it was.
 */
export function joinCellLines(lines: TextLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    // The blank line above first: it turns most lines away without reading them.
    if (i > 0 && (lines[i - 1] as TextLine).text !== "") {
      const columns = isColumnTitle(lines[i] as TextLine) ? readColumns(lines, i) : null;
      if (columns) i = joinColumns(lines, columns);
      continue;
    }
    if (!isColumnTitle(lines[i] as TextLine)) continue;
    let titles = 1;
    while (titles < MAX_COLUMNS + 1 && isColumnTitle(lines[i + titles])) titles++;
    if (titles < 2 || titles > MAX_COLUMNS) {
      i += titles - 1;
      continue;
    }
    // "Present" over "Apologies" is two lists' labels, not a table, unless another title names
    // what the rows are.
    if (range(i, titles).every((t) => isStatusTitle((lines[t] as TextLine).text))) continue;
    const rows = readRows(lines, i + titles, titles);
    if (rows.length === 0) continue;
    const numberColumn = NUMBER_TITLES.has((lines[i] as TextLine).text.toLowerCase());
    joinRow(lines, range(i, titles), false);
    for (const row of rows) joinRow(lines, row, !numberColumn);
    i = (rows.at(-1)?.at(-1) as number) ?? i;
  }
}

/** More titles in a row than any table of minutes has columns: a list, not a title row. */
const MAX_COLUMNS = 8;

const NUMBER_TITLES: ReadonlySet<string> = new Set(["no", "no.", "number", "#", "ref", "ref."]);

function isColumnTitle(l: TextLine | undefined): boolean {
  if (!l || l.text === "" || l.text.length > 24) return false;
  const title = l.text.toLowerCase();
  return TABLE_COLUMN_TITLES.has(title.endsWith(":") ? title.slice(0, -1) : title);
}

// The rows under a title row of `columns` titles whose last line is just before `start`: each row
// the indexes of its cells' lines. Empty when the lines under it are not cells of such a table.
function readRows(lines: readonly TextLine[], start: number, columns: number): number[][] {
  const written = (at: number) => (lines[at]?.text ?? "") !== "";
  if (written(start)) {
    // Cells at once, no blank line between rows: a row every `columns` lines.
    let end = start;
    while (written(end)) end++;
    const count = end - start;
    if (count < columns || count % columns !== 0) return [];
    const rows: number[][] = [];
    for (let at = start; at < end; at += columns) rows.push(range(at, columns));
    return rows;
  }
  // A block of lines a row, blank lines between.
  const rows: number[][] = [];
  let at = start;
  for (;;) {
    while (at < lines.length && !written(at)) at++;
    let end = at;
    while (written(end)) end++;
    const size = end - at;
    // An item table's number may stand in a cell of its own before the title: one line more.
    const most = numberAlone(lines[at]) ? columns + 1 : columns;
    if (size < 2 || size > most || wrapped(lines, at, end)) break;
    rows.push(range(at, size));
    at = end;
  }
  return rows.length >= 2 ? rows : [];
}

// "Name" | "Oluwaseun Adebayo-Marsh" | "Commander Petronella Vance" | … | "Organisation" | "MOPAC
// (Chair)" | … | "Status" | "Present" | …: a PDF table through plain pdftotext comes out column
// after column (unseen-minutes-8/65), often with no blank line around it. A column title, its
// cells, the next title over as many cells, and so on, for two columns or more: the same count
// under every title is the evidence. Cells are short and no sentences. The first column names
// the people, and no other does ("Members" | … | "Attendees" | … are two lists): a header's
// "Date" | "Tuesday 3 June 2025" | "Time" | … over as many lines as the names is none
// (layout-variants-8a/03). Each column the indexes of its title's line and its cells' lines;
// null when the lines are no such table.
function readColumns(lines: readonly TextLine[], start: number): number[][] | null {
  const columns: number[][] = [];
  let count = 0;
  let at = start;
  while (isColumnTitle(lines[at])) {
    let end = at + 1;
    // Under the first title a title word ends the column; under the others the count does, and
    // a status column's cells are title words ("Present", "Apologies").
    while ((count === 0 || end - at - 1 < count) && isColumnCell(lines[end], count > 0)) end++;
    const size = end - at - 1;
    if (size < 2 || (count > 0 && size !== count)) break;
    count = size;
    columns.push(range(at, size + 1));
    at = end;
  }
  if (columns.length < 2) return null;
  const titles = columns.map((c) => (lines[c[0] as number] as TextLine).text);
  return PEOPLE_TITLES.test(titles[0] as string) &&
    !titles.slice(1).some((t) => PEOPLE_TITLES.test(t))
    ? columns
    : null;
}

const PEOPLE_TITLES = /^(?:names?|attendees?|members?)$/i;

// A cell of a column copied down the page: written, short and no sentence; no column title, but
// for a status ("Present") where the count says where the column ends.
function isColumnCell(l: TextLine | undefined, counted: boolean): boolean {
  if (!l || l.text === "" || l.text.length > 80) return false;
  if (isColumnTitle(l) && !(counted && isStatusTitle(l.text))) return false;
  return !/[.!?:;]$/.test(l.text);
}

// Puts a table read column after column back into rows: the titles on the first title's line,
// each row on the line of its first cell, every other line of the table left blank. Returns the
// index of the table's last line.
function joinColumns(lines: TextLine[], columns: readonly number[][]): number {
  const first = columns[0] as readonly number[];
  for (let row = 0; row < first.length; row++) {
    const at = first[row] as number;
    const cells = columns.map((c) => (lines[c[row] as number] as TextLine).text);
    lines[at] = {
      ...(lines[at] as TextLine),
      raw: cells.join("\t"),
      text: cells.join(" "),
      untidy: true,
    };
  }
  for (const column of columns.slice(1))
    for (const i of column) lines[i] = { ...(lines[i] as TextLine), raw: "", text: "" };
  return (columns.at(-1)?.at(-1) as number) ?? 0;
}

// A line starting in lower case carries on the line above: a paragraph hard-wrapped under two
// headings ("Summary" / "Discussion"), not a row of cells.
function wrapped(lines: readonly TextLine[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) {
    const first = (lines[at] as TextLine).text.charAt(0);
    if (first !== first.toUpperCase()) return true;
  }
  return false;
}

const NUMBER_ALONE = /^\(?\d{1,2}(?:\.\d{1,2})?[.)]?$/;

function numberAlone(l: TextLine | undefined): boolean {
  return l !== undefined && NUMBER_ALONE.test(l.text);
}

// Puts the cells of one row (line indexes `at`) on the first of its lines, parted by tabs. Under a
// title row that gives the number no column of its own ("Item", not "No." and "Item"), a number
// alone in the first cell is the start of the item's title: "3" and "Reducing reoffending" are
// one cell, "3 Reducing reoffending", as the item column holds it.
function joinRow(lines: TextLine[], at: readonly number[], numberWithTitle: boolean): void {
  const cells = at.map((i) => (lines[i] as TextLine).text);
  if (numberWithTitle && cells.length > 1 && NUMBER_ALONE.test(cells[0] as string))
    cells.splice(0, 2, `${cells[0]} ${cells[1]}`);
  const first = lines[at[0] as number] as TextLine;
  const raw = cells.join("\t");
  lines[at[0] as number] = { ...first, raw, text: cells.join(" "), untidy: true };
  for (const i of at.slice(1)) lines[i] = { ...(lines[i] as TextLine), raw: "", text: "" };
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}
