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
  [/^(?:item|agenda item|item no\.?)$/i, "item"],
  [/^(?:actions?|action required|description|action agreed)$/i, "text"],
  [/^(?:owner|owners|lead|responsible|by whom|action by|who)$/i, "owner"],
];

interface Column {
  field: Field | null;
  /** Where the title starts on its line, for tables aligned with spaces. */
  start: number;
}

// Cells are separated by pipes or tabs, or, in a table laid out with spaces, by gaps of three or more.
const CELL = /[^\s|](?:(?!\s{3,}|\t|\|).)*/g;

function cellsOf(raw: string): { text: string; start: number }[] {
  return [...raw.matchAll(CELL)]
    .map((m) => ({ text: plainText(m[0]), start: m.index }))
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
    const cells = cellsOf(l.raw);
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
        owner: get("owner"),
        line,
      };
    })
    .filter((a) => a.text !== "");
  return { actions, used };
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
