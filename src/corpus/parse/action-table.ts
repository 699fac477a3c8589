import type { Action } from "../model.js";
import type { ActionSectionReader } from "./action-section-readers.js";
import type { ActionText } from "./actions.js";
import { comparable, plainText, type TextLine } from "./lines.js";

/** One row of an actions table, read by its column titles. */
export type TableAction = ActionText & { item: string | null; line: number };

type Field = "id" | "item" | "text" | "owner";

// Column titles of an actions table ("No. | Item | Action | Owner | Deadline"), and what each holds.
// Columns with other titles (deadline, status) are read past.
const COLUMN_FIELDS: ReadonlyArray<readonly [RegExp, Field]> = [
  [/^(?:no\.?|number|#|ref\.?|action no\.?|id)$/i, "id"],
  [/^(?:item|agenda item|item no\.?|meeting item)$/i, "item"],
  // A list's "Title" is the action itself in a SharePoint actions list (unseen-minutes-9/76).
  [/^(?:actions?|action required|description|action agreed|title)$/i, "text"],
  [/^(?:owner|owners|lead|responsible|by whom|action by|who|assigned to)$/i, "owner"],
];

interface Column {
  field: Field | null;
  /** Where the title starts on its line, for tables aligned with spaces. */
  start: number;
}

// Cells are separated by pipes or tabs, or, in a table laid out with spaces, by gaps of three or more.
const CELL = /[^\s|](?:(?!\s{3,}|\t|\|).)*/g;

interface Cell {
  text: string;
  start: number;
  /** Where the cell ends on its line, as written. */
  end: number;
}

function cellsOf(raw: string): Cell[] {
  return [...raw.matchAll(CELL)]
    .map((m) => ({ text: plainText(m[0]), start: m.index, end: m.index + m[0].length }))
    .filter((c) => c.text !== "");
}

function readColumns(raw: string): Column[] | null {
  const cells = cellsOf(raw);
  const columns = cells.map((c) => ({
    field: COLUMN_FIELDS.find(([pattern]) => pattern.test(c.text))?.[1] ?? null,
    start: c.start,
  }));
  const known = columns.filter((c) => c.field !== null).length;
  const hasText = columns.some((c) => c.field === "text");
  return hasText && known >= 2 && known >= cells.length - 2 ? columns : null;
}

/** "ID   Title   Assigned To   Due Date   Status   Meeting Item": an actions table's title row. */
export function isActionTableTitle(raw: string): boolean {
  return readColumns(raw) !== null;
}

/**
 * Reads an actions table: a title row naming its columns, then one row per action. Rows may wrap
 * onto lines that leave the first column empty (a table copied out of a PDF); those lines add to
 * the cells above them. Markdown rule rows are skipped. Returns the actions and the lines the table
 * took, or null when the lines hold no such table.
 */
export function readActionTable(
  lines: readonly TextLine[],
): { actions: TableAction[]; used: Set<number> } | null {
  const titleAt = lines.findIndex((l) => readColumns(l.raw) !== null);
  const title = lines[titleAt];
  const columns = title ? readColumns(title.raw) : null;
  if (!title || !columns) return null;
  const used = new Set([title.line]);
  const piped = /[|\t]/.test(title.raw);
  const rows: { line: number; cells: Map<Field, string[]> }[] = [];
  for (const l of lines.slice(titleAt + 1)) {
    if (/^[\s|:-]+$/.test(l.raw)) {
      used.add(l.line);
      continue;
    }
    const cells = piped ? cellsOf(l.raw) : cutAtColumns(l.raw, cellsOf(l.raw), columns);
    if (cells.length === 0) break;
    const wraps = !piped && (cells[0]?.start ?? 0) >= (columns[1]?.start ?? 1);
    if (!wraps) rows.push({ line: l.line, cells: new Map() });
    const row = rows.at(-1);
    if (!row) break;
    cells.forEach((cell, index) => {
      const field = piped ? columns[index]?.field : columnAt(columns, cell.start)?.field;
      if (field) row.cells.set(field, [...(row.cells.get(field) ?? []), cell.text]);
    });
    used.add(l.line);
  }
  const actions = rows
    .map(({ line, cells }) => {
      const get = (field: Field) => cells.get(field)?.join(" ") ?? null;
      return {
        id: get("id")?.replace(/[.)]$/, "") ?? null,
        item: get("item"),
        text: get("text") ?? "",
        owner: ownerOf(get("owner")),
        line,
      };
    })
    .filter((a) => a.text !== "");
  return { actions, used };
}

// "Osei-Viljoen, Lachlan (MPS)": a person field names its person surname first, with the body; the
// owner is the person, named as the minutes name people.
const SURNAME_FIRST = /^(\p{Lu}[\p{L}'’-]+), (\p{Lu}\p{Ll}[\p{L}'’-]*)(?: \([^()]+\))?$/u;

function ownerOf(cell: string | null): string | null {
  const m = cell ? SURNAME_FIRST.exec(cell) : null;
  return m ? `${m[2]} ${m[1]}` : cell;
}

// "Probation Service  Next meeting": in a space-aligned row, two cells may stand only two spaces
// apart. A cell is cut where a word starts right at a column's title, after two spaces or more.
function cutAtColumns(raw: string, cells: readonly Cell[], columns: readonly Column[]): Cell[] {
  const cut: Cell[] = [];
  for (const cell of cells) {
    let start = cell.start;
    const end = cell.end;
    for (const column of columns) {
      const at = column.start;
      if (at <= start || at >= end || raw.charAt(at) === " ") continue;
      if (raw.charAt(at - 1) !== " " || raw.charAt(at - 2) !== " ") continue;
      cut.push({ text: plainText(raw.slice(start, at)), start, end: at });
      start = at;
    }
    cut.push(start === cell.start ? cell : { text: plainText(raw.slice(start, end)), start, end });
  }
  return cut;
}

// The column a cell of a space-aligned row falls under: the last whose title starts at or before it
// (with a little slack, since text is not always flush with its title).
function columnAt(columns: readonly Column[], start: number): Column | undefined {
  return columns.filter((c) => c.start <= start + 2).at(-1);
}

export const actionTable: ActionSectionReader = {
  name: "actions table",
  example:
    "No.\tAction\tOwner\tDue\n1\tCirculate the moped hotspot map to boroughs\tLorcan Fitzgerald\tDecember 2025",
  read: readActionTable,
  restates: sameAction,
};

// The same action by number, or, where either has none, by wording ("Cost the expansion of the
// ISVA service" within "MOPAC to cost the expansion of the ISVA service (Owner: MOPAC).").
function sameAction(row: Action, recorded: Action): boolean {
  if (row.id !== null && recorded.id !== null) return row.id === recorded.id;
  const [x, y] = [comparable(row.text), comparable(recorded.text)];
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}
