import type { AttendanceStatus } from "../model.js";
import { spacedCells, tabCells } from "./attendance-columns.js";
import { isAbsentCell, statusCell } from "./attendance-notes.js";

// A register of attendance (council committees, NHS and police boards) gives each member a code in
// a column of its own, "P", "A", "S", "IA", titled by the codes ("P/A") and explained by a key
// ("Key: P = present, A = apologies, S = substitute, IA = in attendance"), above or below it.

/** The column of codes in a register's title row: its place in a row parted by tabs, else where it starts. */
export interface CodeColumn {
  tabbed: boolean;
  at: number;
  /**
   * A register across the year's meetings ("Member  Organisation  11 Nov  9 Dec  13 Jan"): where
   * each meeting's column starts. `at` is the meeting's own, the last any member is marked in.
   */
  dates?: readonly number[];
}

// "P/A", "Y/N", "P/A/S": the codes a column holds, written as its title.
const CODES_TITLE = /^\p{Lu}{1,2}(?:\s*\/\s*\p{Lu}{1,2})+$/u;
// The columns before it name and describe the person: "Name", "Organisation / role", "Member".
const DESCRIBING_TITLE =
  /^(?:name|names|attendee|attendees|member|members|role|title|position|job title|organisation|organization|agency|body|representing|initials)(?:\s*(?:\/|and|&)\s*(?:role|title|position|organisation|organization|agency|body))?$/i;

/**
 * The code column of a register's title row ("Name   Organisation / role   P/A"), the last of its
 * cells, every cell before it naming or describing the person. Null for any other line.
 */
export function readCodeColumn(raw: string): CodeColumn | null {
  const tabbed = raw.includes("\t");
  const cells = (tabbed ? tabCells(raw) : spacedCells(raw)).filter((c) => c.text !== "");
  const last = cells.at(-1);
  if (cells.length < 2 || !last) return null;
  if (!CODES_TITLE.test(last.text))
    return readDatedColumns(tabbed ? cells : narrowCells(raw), tabbed);
  if (!cells.slice(0, -1).every((c) => DESCRIBING_TITLE.test(c.text.replace(/:$/, ""))))
    return null;
  return { tabbed, at: last.at };
}

// "11 Nov", "9 Dec", "13 January", "12 Sep 24": a meeting's column titled by its day.
const MEETING_DAY = /^\d{1,2}(?:st|nd|rd|th)? \p{L}{3,9}\.?(?: '?\d{2}(?:\d{2})?)?$/u;

// "Member   Organisation   11 Nov   9 Dec   13 Jan" (unseen-minutes-8/68): the columns naming
// the person, then two meetings' columns or more, each titled by its day. Until the rows are
// read, the last is taken for the meeting's (meetingColumn).
function readDatedColumns(cells: readonly { text: string; at: number }[], tabbed: boolean) {
  const first = cells.findIndex((c) => MEETING_DAY.test(c.text));
  if (first < 1 || cells.length - first < 2) return null;
  if (!cells.slice(first).every((c) => MEETING_DAY.test(c.text))) return null;
  if (!cells.slice(0, first).every((c) => DESCRIBING_TITLE.test(c.text.replace(/:$/, ""))))
    return null;
  const dates = cells.slice(first).map((c) => c.at);
  return { tabbed, at: dates.at(-1) as number, dates };
}

/**
 * The meeting's own column of a register across the year's meetings: the last column any of its
 * `rows` is marked in by the key, a mark of absence included. A later meeting's column is left
 * empty until it meets (layout-variants-8a/04). Any other column is returned as it is.
 */
export function meetingColumn(
  column: CodeColumn,
  rows: readonly string[],
  key: ReadonlyMap<string, AttendanceStatus>,
  absent: ReadonlySet<string>,
): CodeColumn {
  const dates = column.dates;
  if (!dates) return column;
  for (let d = dates.length - 1; d >= 0; d--) {
    const at = { ...column, at: dates[d] as number };
    const marked = rows.some((row) => {
      const mark = markUnder(row, at)?.text;
      return mark !== undefined && (key.has(mark) || absent.has(mark));
    });
    if (marked) return at;
  }
  return column;
}

/** True when a register's row is marked absent (no attendee) in its meeting's column. */
export function isMarkedAbsent(
  raw: string,
  column: CodeColumn,
  absent: ReadonlySet<string>,
): boolean {
  const mark = column.dates ? markUnder(raw, column)?.text : undefined;
  return mark !== undefined && absent.has(mark);
}

// A row's cells parted by two spaces or more: a register's narrow columns of days and marks
// ("12 Sep  10 Oct", "P       Ap") are parted by less than the wide gap of other columns.
function narrowCells(raw: string): { text: string; at: number }[] {
  const cells: { text: string; at: number }[] = [];
  for (const cell of spacedCells(raw)) {
    if (!cell.text.includes("  ")) {
      cells.push(cell);
      continue;
    }
    for (const m of cell.text.matchAll(/\S+(?: \S+)*/g))
      cells.push({ text: m[0], at: cell.at + (m.index ?? 0) });
  }
  return cells;
}

// The cell under a register's meeting column, between its start and the next meeting's.
function markUnder(raw: string, column: CodeColumn): { text: string; at: number } | undefined {
  const cells = (column.tabbed ? tabCells(raw) : narrowCells(raw)).filter((c) => c.text !== "");
  if (column.tabbed) return cells.find((c) => c.at === column.at);
  const next = column.dates?.find((d) => d > column.at) ?? Number.POSITIVE_INFINITY;
  return cells.find((c) => c.at >= column.at - 2 && c.at < next - 2);
}

// "Key: P = present, …", and "Attendance key: [P] present, [A] apologies, [IA] in attendance": a
// code in square brackets needs no sign before its meaning.
const KEY_LINE = /^(?:(?:attendance|status)\s+)?(?:key|codes?|legend)\s*:\s*(.+)$/i;
const KEY_ENTRY =
  /^(?:\[(\p{Lu}{1,3})\]\s*(?:=|:|[-–—])?|(\p{Lu}{1,3})\s*(?:=|:|[-–—]))\s*(\S.*)$/u;
// A register's key of marks (unseen-minutes-8/68, layout-variants-8a/04): "Key: ✓ present   A
// apologies   – did not attend", entries parted by wide gaps, a mark and its meaning by a space;
// "P = present; Ap = apologies sent; – = did not attend" with no "Key:", every entry with "=".
const MARK = "(?:\\p{Lu}\\p{Ll}?|[✓✔✗✘×–—-])";
const MARK_ENTRY = new RegExp(`^(${MARK})\\s*(?:=|:)?\\s+(\\p{L}.*)$`, "u");
const EQUALS_ENTRY = new RegExp(`^(${MARK})\\s*=\\s*(\\p{L}.*)$`, "u");

/**
 * "Key: P = present, A = apologies, S = substitute, IA = in attendance": each code with the status
 * its meaning states (a substitute sits at the table: present). Null when the line is no key, or
 * a meaning is no status.
 */
export function readCodeKey(text: string): Map<string, AttendanceStatus> | null {
  const m = KEY_LINE.exec(text.trim());
  if (!m?.[1]) return text.includes("=") || text.includes("✓") ? readMarkKey(text).key : null;
  const key = new Map<string, AttendanceStatus>();
  for (const entry of m[1].split(/\s*[,;]\s*/)) {
    const pair = KEY_ENTRY.exec(entry.trim());
    const code = pair?.[1] ?? pair?.[2];
    const status = pair?.[3] ? statusCell(pair[3].replace(/\.$/, "")) : undefined;
    if (!code || !status) return readMarkKey(text).key;
    key.set(code, status);
  }
  return key.size > 0 ? key : readMarkKey(text).key;
}

/**
 * A register's key of marks: each mark with its status, and the marks of absence ("– did not
 * attend") apart, which name no status. Null key when the line is no such key.
 */
export function readMarkKey(text: string): {
  key: Map<string, AttendanceStatus> | null;
  absent: Set<string>;
} {
  const labelled = KEY_LINE.exec(text.trim());
  const entries = (labelled?.[1] ?? text.trim()).split(/\s*[;,]\s*|\s{2,}/);
  const key = new Map<string, AttendanceStatus>();
  const absent = new Set<string>();
  const none = { key: null, absent };
  if (entries.length < 2) return none;
  for (const entry of entries) {
    const pair = (labelled ? MARK_ENTRY : EQUALS_ENTRY).exec(entry);
    if (!pair?.[1] || !pair[2]) return none;
    const meaning = pair[2].replace(/\.$/, "");
    const status = statusCell(meaning);
    if (isAbsentCell(meaning)) absent.add(pair[1]);
    else if (status) key.set(pair[1], status);
    else return none;
  }
  return key.size > 0 ? { key, absent } : none;
}

/**
 * A register's row: the status its code stands for, and its other cells (the person) parted by
 * tabs. Null when the row has no code the key gives under the column.
 */
export function rowWithCode(
  raw: string,
  column: CodeColumn,
  key: ReadonlyMap<string, AttendanceStatus>,
): { status: AttendanceStatus; text: string } | null {
  const cells = (
    column.tabbed ? tabCells(raw) : column.dates ? narrowCells(raw) : spacedCells(raw)
  ).filter((c) => c.text !== "");
  // Spaced columns are ragged by a character or two; a tab's cell is at its place.
  const code = column.dates
    ? markUnder(raw, column)
    : cells.find((c) => (column.tabbed ? c.at === column.at : c.at >= column.at - 2));
  const status = code ? key.get(code.text) : undefined;
  if (!code || !status) return null;
  // A register across the year's meetings: every meeting's mark is no part of the person.
  const marksFrom = column.dates ? (column.dates[0] as number) - (column.tabbed ? 0 : 2) : null;
  const person = cells
    .filter((c) => c !== code && (marksFrom === null || c.at < marksFrom))
    .map((c) => c.text);
  return person.length > 0 ? { status, text: person.join("\t") } : null;
}

// "Cllr Yetunde Garraway (London Councils) [A]": a code in square brackets after the person.
const CODE_AFTER = /\s\[(\p{Lu}{1,3})\]\s*$/u;

/**
 * An entry ending in a code in square brackets, read by the minutes' key: the status the code
 * stands for and the entry without it. Null when the entry ends in no code the key gives.
 */
export function entryWithCode(
  text: string,
  key: ReadonlyMap<string, AttendanceStatus>,
): { status: AttendanceStatus; text: string } | null {
  const m = CODE_AFTER.exec(text);
  const status = m?.[1] ? key.get(m[1]) : undefined;
  return m && status ? { status, text: text.slice(0, m.index) } : null;
}
