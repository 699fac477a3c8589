import type { Action, Attendee } from "../model.js";
import { readOwner } from "./actions.js";
import { readAttendanceLine } from "./attendance.js";
import { statusCell } from "./attendance-notes.js";
import type { DocumentSections, ItemSection } from "./document.js";
import type { TextLine } from "./lines.js";

// A secretariat's spreadsheet log exported as TSV or CSV (unseen-minutes-10/80): a title row, then
// one record a row, each row saying what kind of record it is ("Attendance", "Item", "Action",
// "Next meeting") and repeating the meeting's own columns (meeting, date, start, venue):
//   Meeting  Meeting date  Start  Venue  Record type  Ref  Item no  Name / title  Organisation …
//   DMG  14/04/2026  10:00  MS Teams  Attendance      Ngozi Ashworth-Bello  MOPAC  Chair …
// Such a file has no layout of lines to read: its columns say what each cell is. It is read as a
// table of records, by the titles of its columns, before (and instead of) the section walk. A cell
// quoted may hold line breaks ('"Supt … falling.' | 'Cllr … council."'), so the rows are cut from
// the text with the quotes honoured, each keeping the number of the line it starts on.

type Field =
  | "kind"
  | "meeting"
  | "date"
  | "time"
  | "venue"
  | "ref"
  | "item"
  | "role"
  | "name"
  | "organisation"
  | "status"
  | "detail"
  | "owner"
  | "due";

// What a column's title says it holds, tried in order on the title in lower case without stops
// ("Job title" is a role before "title" is a name; "Due date" a deadline before "date" is the
// meeting's). A closed class of the words such logs title their columns with.
const COLUMN_TITLES: ReadonlyArray<readonly [RegExp, Field]> = [
  [/^(?:(?:record|row|entry|line) ?)?(?:type|kind)$|^entry$/, "kind"],
  [/^(?:meeting|committee|board|group|forum)$/, "meeting"],
  [/^(?:due|due date|deadline|by|target date|due by)$/, "due"],
  [/^(?:meeting )?date$/, "date"],
  [/^(?:start|start time|time|meeting time)$/, "time"],
  [/^(?:venue|location|place|room|where)$/, "venue"],
  [/^(?:ref|reference|id|action (?:ref|no|id))$/, "ref"],
  [/^(?:item|item no|item number|no|agenda item)$/, "item"],
  [/^(?:role|post|position|job title)$/, "role"],
  [/\b(?:name|title|person|subject|who)\b/, "name"],
  [/^(?:organisation|organization|body|agency)$/, "organisation"],
  [/^(?:status|attendance|rag)$/, "status"],
  [/^(?:details?|notes?|text|summary|discussion|description|action|minute)$/, "detail"],
  [/^(?:owner|lead|action owner|responsible)$/, "owner"],
];

type Kind = "attendance" | "apologies" | "item" | "action" | "next";

// What a row's kind cell says the row records; "Apology" is an attendance record whose status it
// says, where the row has no status of its own.
const KINDS: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/^(?:attendance|attendee|person|member|present)$/, "attendance"],
  [/^(?:apology|apologies|absent|absence)$/, "apologies"],
  [/^(?:item|agenda item|agenda)$/, "item"],
  [/^(?:action|action point)$/, "action"],
  [/^(?:next|next meeting|next date)$/, "next"],
];

/** A row of the log: its cells, and the number of the line it starts on. */
interface Row {
  cells: string[];
  line: number;
}

/** What a log says of the meeting, in the section walk's shape, with the actions it lists. */
export interface RecordLog {
  sections: DocumentSections;
  actions: Action[];
}

/**
 * The minutes read from a spreadsheet log of records, or null when the text is no such log: a
 * title row of at least five columns, one titling the kind of record and one the name or title,
 * over rows of at least two known kinds, almost every row of a known kind.
 */
export function readRecordLog(text: string): RecordLog | null {
  const start = firstWritten(text);
  if (start < 0) return null;
  const titleEnd = text.indexOf("\n", start);
  const titleLine = text.slice(start, titleEnd < 0 ? text.length : titleEnd);
  const separator = separatorOf(titleLine);
  if (separator === null) return null;
  const rows = cutRows(text, start, separator);
  const titles = rows.shift();
  if (!titles) return null;
  const columns = titles.cells.map(columnOf);
  const at = (field: Field) => columns.indexOf(field);
  if (at("kind") < 0 || at("name") < 0) return null;
  const kinds = rows.map((row) => kindOf(row.cells[at("kind")] ?? ""));
  const known = kinds.filter((k) => k !== null);
  if (new Set(known).size < 2 || known.length < rows.length * 0.8) return null;
  return readRows(rows, kinds, at);
}

function firstWritten(text: string): number {
  const m = /\S/.exec(text);
  return m ? text.lastIndexOf("\n", m.index) + 1 : -1;
}

// Tabs when the title row holds four or more, else commas when it does.
function separatorOf(titleLine: string): string | null {
  const count = (c: string) => titleLine.split(c).length - 1;
  if (count("\t") >= 4) return "\t";
  return count(",") >= 4 ? "," : null;
}

function columnOf(title: string): Field | null {
  const plain = title.toLowerCase().replaceAll(".", "").replace(/\s+/g, " ").trim();
  for (const [pattern, field] of COLUMN_TITLES) if (pattern.test(plain)) return field;
  return null;
}

function kindOf(cell: string): Kind | null {
  const plain = cell.toLowerCase().trim();
  for (const [pattern, kind] of KINDS) if (pattern.test(plain)) return kind;
  return null;
}

// The rows from `start` on, cut at line breaks outside quotes; a cell opening with a quote runs to
// its closing quote, a quote written twice inside it one quote. Blank lines are no rows.
function cutRows(text: string, start: number, separator: string): Row[] {
  const rows: Row[] = [];
  let line = text.slice(0, start).split("\n").length;
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let rowLine = line;
  const endRow = () => {
    cells.push(cell.trim());
    if (cells.some((c) => c !== "")) rows.push({ cells, line: rowLine });
    cells = [];
    cell = "";
  };
  for (let i = start; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else if (c !== "\r") {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === separator) {
      cells.push(cell.trim());
      cell = "";
    } else if (c === "\n") {
      endRow();
      line++;
      rowLine = line;
    } else if (c !== "\r") cell += c;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}

function readRows(
  rows: readonly Row[],
  kinds: readonly (Kind | null)[],
  at: (field: Field) => number,
): RecordLog {
  const cell = (row: Row, field: Field) => {
    const i = at(field);
    return i < 0 ? "" : (row.cells[i] ?? "");
  };
  const header: TextLine[] = [];
  const attendees: Attendee[] = [];
  const items: ItemSection[] = [];
  const actions: Action[] = [];
  const nextMeetingLines: TextLine[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Row;
    const kind = kinds[r];
    // The meeting's own columns, repeated on every row, are read once, from the first row.
    if (header.length === 0) {
      const fields: ReadonlyArray<readonly [Field, string]> = [
        ["meeting", ""],
        ["date", "Date: "],
        ["time", "Time: "],
        ["venue", "Venue: "],
      ];
      for (const [field, label] of fields) {
        const value = cell(row, field);
        if (value) header.push(lineOf(row.line, label + value));
      }
    }
    const detail = cell(row, "detail");
    if (kind === "attendance" || kind === "apologies") {
      const entry = [cell(row, "name"), cell(row, "organisation")]
        .filter((c) => c !== "")
        .join("\t");
      const status =
        statusCell(cell(row, "status")) ?? (kind === "apologies" ? "apologies" : "present");
      // The role column says what the person's post is, whatever its words ("Secretariat" would
      // read as a status in a table's row).
      const role = cell(row, "role") || null;
      for (const person of readAttendanceLine(entry, status, true))
        attendees.push({ ...person, role: role ?? person.role, line: row.line });
    } else if (kind === "item") {
      items.push({
        number: cell(row, "item") || null,
        title: cell(row, "name"),
        line: row.line,
        lines: detail.split("\n").map((part, k) => lineOf(row.line + k, part)),
      });
    } else if (kind === "action" && detail) {
      const text = detail.replace(/\s*\n\s*/g, " ");
      actions.push({
        id: cell(row, "ref") || null,
        text,
        owner: cell(row, "owner") || readOwner(text),
        item: cell(row, "item") || null,
        line: row.line,
      });
    } else if (kind === "next" && detail) {
      nextMeetingLines.push(lineOf(row.line, `Next meeting: ${detail.replace(/\s*\n\s*/g, " ")}`));
    }
  }
  const sections: DocumentSections = {
    header,
    outside: header,
    attendees,
    items,
    actionLines: [],
    actionItems: new Map(),
    nextMeetingLines,
  };
  return { sections, actions };
}

function lineOf(line: number, text: string): TextLine {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return { line, raw: text, text: trimmed, furniture: false, untidy: false };
}
