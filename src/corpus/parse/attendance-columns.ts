import type { AttendanceStatus } from "../model.js";

/** One column of an attendance list laid out side by side: its status and where it starts. */
export interface AttendanceColumn {
  status: AttendanceStatus;
  /** Where the column starts: its cell's place in a row parted by tabs, else its first character. */
  at: number;
  /**
   * The column names the body of the people in the row's other columns ("ORGANISATION   ATTENDED
   * APOLOGIES", unseen-minutes-9/74): it holds no one, and its status is none.
   */
  names?: "organisation";
}

/** The columns side-by-side labels head, and whether tabs part them. */
export interface AttendanceColumns {
  tabbed: boolean;
  columns: readonly AttendanceColumn[];
}

// "Present                     Apologies", "Present\tIn attendance\tApologies": labels side by side,
// parted by tabs or a wide gap. Each label heads the column of people under it.
const WIDE_GAP = /\s{3,}/g;

/**
 * The columns of a heading line whose labels stand side by side, or null when it has fewer than
 * two. `readLabel` reads one label alone (no person after it) to its status, or null.
 */
export function readLabelColumns(
  raw: string,
  readLabel: (label: string) => AttendanceStatus | null,
): AttendanceColumns | null {
  const tabbed = raw.includes("\t");
  const cells = (tabbed ? tabCells(raw) : spacedCells(raw)).filter((c) => c.text !== "");
  if (cells.length < 2) return null;
  const columns: AttendanceColumn[] = [];
  for (const cell of cells) {
    const status = readLabel(cell.text);
    if (status === null) return null;
    columns.push({ status, at: cell.at });
  }
  return { tabbed, columns };
}

// "ORGANISATION            ATTENDED            APOLOGIES": a table by organisation, each row a body
// and its people under each status, several in a cell parted by ";" (unseen-minutes-9/74). The
// first column's title is one of the words a table names its bodies by.
const ORGANISATION_TITLE =
  /^(?:organi[sz]ations?|body|bodies|agency|agencies|partner(?: agency)?)$/i;

/**
 * The columns of a table's title row whose first cell titles the bodies and the others are
 * statuses, two or more of them; null for any other line.
 */
export function readOrganisationColumns(
  raw: string,
  readLabel: (label: string) => AttendanceStatus | null,
): AttendanceColumns | null {
  const tabbed = raw.includes("\t");
  const cells = (tabbed ? tabCells(raw) : spacedCells(raw)).filter((c) => c.text !== "");
  const first = cells[0];
  if (cells.length < 3 || !first || !ORGANISATION_TITLE.test(first.text)) return null;
  const columns: AttendanceColumn[] = [];
  for (const cell of cells.slice(1)) {
    const status = readLabel(cell.text);
    if (status === null) return null;
    columns.push({ status, at: cell.at });
  }
  const status = columns[0]?.status ?? "present";
  return { tabbed, columns: [{ status, at: first.at, names: "organisation" }, ...columns] };
}

/**
 * A row under side-by-side labels, cut into the part under each label: "Hollis Quennell (MOPAC,
 * Chair)      Darius Farahani (CPS London)" is one person present and one sending apologies. With
 * tabs, a cell is under the label of its place in the row (an empty cell counts); with spaces,
 * under the last label starting at or before it (two characters' slack for ragged alignment).
 * Cells of one column are kept apart by a tab, so the part is still read as cells.
 */
export function cellsUnderColumns(
  raw: string,
  { tabbed, columns }: AttendanceColumns,
): { status: AttendanceStatus; text: string; column: number }[] {
  const parts = new Map<number, string[]>();
  for (const cell of tabbed ? tabCells(raw) : spacedCells(raw)) {
    if (cell.text === "") continue;
    let column = 0;
    for (let i = 1; i < columns.length; i++) {
      const at = columns[i]?.at ?? 0;
      if (tabbed ? at <= cell.at : at <= cell.at + 2) column = i;
    }
    const part = parts.get(column);
    if (part) part.push(cell.text);
    else parts.set(column, [cell.text]);
  }
  return [...parts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, texts]) => ({
      status: columns[column]?.status ?? "present",
      text: texts.join("\t"),
      column,
    }));
}

/** The cells of a row parted by tabs, each at its place in the row, empty ones kept. */
export function tabCells(raw: string): { text: string; at: number }[] {
  return raw
    .trimEnd()
    .split("\t")
    .map((text, at) => ({ text: text.trim(), at }));
}

/** The written cells of a row parted by wide gaps, each at its first character. */
export function spacedCells(raw: string): { text: string; at: number }[] {
  const line = raw.trimEnd();
  const cells: { text: string; at: number }[] = [];
  let start = 0;
  WIDE_GAP.lastIndex = 0;
  for (;;) {
    const gap = WIDE_GAP.exec(line);
    const end = gap ? gap.index : line.length;
    const text = line.slice(start, end);
    const lead = text.length - text.trimStart().length;
    if (text.trim()) cells.push({ text: text.trim(), at: start + lead });
    if (!gap) break;
    start = gap.index + gap[0].length;
  }
  return cells;
}

/** A column of ticks under a status ("Attended", "Apologies") in an attendance table. */
export interface MarkColumn {
  status: AttendanceStatus;
  /** The cell's place in the row, empty cells counted. */
  index: number;
}

// Column titles that are a status, so the column holds a mark, not a word.
const STATUS_TITLES: ReadonlyArray<readonly [RegExp, AttendanceStatus]> = [
  [/^(?:present|attended|attending|in person|virtual|remote)$/i, "present"],
  [/^(?:in attendance|officer|observer)$/i, "in_attendance"],
  [/^(?:apologies|apologies sent|sent apologies|absent|not present)$/i, "apologies"],
];

/** A column title that is an attendance status ("Present", "Apologies"): its cells hold marks. */
export function isStatusTitle(title: string): boolean {
  return STATUS_TITLES.some(([pattern]) => pattern.test(title));
}

// Other titles such a row may hold: the columns naming and describing the person.
const DESCRIBING_TITLES =
  /^(?:name|names|attendee|attendees|member|members|role|title|position|job title|organisation|organization|agency|body|representing|initials)$/i;

// A row's cells: parted by a tab or a bar, each cell kept, empty ones too (they are unticked).
const CELL = /\t|\s*\|\s*/;

function cellsKeepingEmpty(raw: string): string[] {
  const cells = raw.trim().split(CELL);
  // "| Name | Present |": the bars at the ends open and close the row, holding no cell.
  if (raw.trim().startsWith("|")) cells.shift();
  if (raw.trim().endsWith("|")) cells.pop();
  return cells.map((c) => c.trim());
}

/**
 * "Name\tOrganisation\tAttended\tApologies": a table's title row with a column per status, each
 * row ticking one. Null for any other line.
 */
export function readMarkColumns(raw: string): MarkColumn[] | null {
  if (!/[\t|]/.test(raw)) return null;
  const columns: MarkColumn[] = [];
  const cells = cellsKeepingEmpty(raw);
  for (let index = 0; index < cells.length; index++) {
    const title = (cells[index] ?? "").replace(/[*:]/g, "").trim();
    const status = STATUS_TITLES.find(([pattern]) => pattern.test(title))?.[1];
    if (status) columns.push({ status, index });
    else if (!DESCRIBING_TITLES.test(title)) return null;
  }
  return columns.length > 0 ? columns : null;
}

// "Status", "Attendance": a column whose cells say each person's status in words ("Present", "Sent
// apologies"), read cell by cell as any table's status column is.
const STATUS_COLUMN_TITLE = /^(?:status|attendance|attended|attendance status)$/i;

/**
 * "Name\tOrganisation\tStatus": a register's title row, the person's columns and one column of
 * statuses in words (a committee system's export). True only for such a row parted by tabs or bars.
 */
export function titlesStatusColumn(raw: string): boolean {
  if (!/[\t|]/.test(raw)) return false;
  let statusColumns = 0;
  for (const cell of cellsKeepingEmpty(raw)) {
    const title = cell.replace(/[*:]/g, "").trim();
    if (STATUS_COLUMN_TITLE.test(title)) statusColumns++;
    else if (!DESCRIBING_TITLES.test(title)) return false;
  }
  return statusColumns === 1;
}

// A tick, a cross or a yes: the mark that says the column's status holds for the row.
const MARK = /^(?:[✓✔☑✅●•xXyY]|yes|Yes|YES)$/u;

/**
 * A row under mark columns: the status of the column ticked, and the other cells (the person)
 * parted by tabs. Null when no column is ticked.
 */
export function rowWithMarks(
  raw: string,
  columns: readonly MarkColumn[],
): { status: AttendanceStatus; text: string } | null {
  const cells = cellsKeepingEmpty(raw);
  const ticked = columns.find((c) => MARK.test(cells[c.index] ?? ""));
  if (!ticked) return null;
  const person = cells.filter((cell, index) => cell && !columns.some((c) => c.index === index));
  return { status: ticked.status, text: person.join("\t") };
}
