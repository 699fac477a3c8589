import type { AttendanceStatus } from "../model.js";
import { spacedCells, tabCells } from "./attendance-columns.js";
import { statusCell } from "./attendance-notes.js";

// A register of attendance (council committees, NHS and police boards) gives each member a code in
// a column of its own, "P", "A", "S", "IA", titled by the codes ("P/A") and explained by a key
// ("Key: P = present, A = apologies, S = substitute, IA = in attendance"), above or below it.

/** The column of codes in a register's title row: its place in a row parted by tabs, else where it starts. */
export interface CodeColumn {
  tabbed: boolean;
  at: number;
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
  if (cells.length < 2 || !last || !CODES_TITLE.test(last.text)) return null;
  if (!cells.slice(0, -1).every((c) => DESCRIBING_TITLE.test(c.text.replace(/:$/, ""))))
    return null;
  return { tabbed, at: last.at };
}

// "Key: P = present, …", and "Attendance key: [P] present, [A] apologies, [IA] in attendance": a
// code in square brackets needs no sign before its meaning.
const KEY_LINE = /^(?:(?:attendance|status)\s+)?(?:key|codes?|legend)\s*:\s*(.+)$/i;
const KEY_ENTRY =
  /^(?:\[(\p{Lu}{1,3})\]\s*(?:=|:|[-–—])?|(\p{Lu}{1,3})\s*(?:=|:|[-–—]))\s*(\S.*)$/u;

/**
 * "Key: P = present, A = apologies, S = substitute, IA = in attendance": each code with the status
 * its meaning states (a substitute sits at the table: present). Null when the line is no key, or
 * a meaning is no status.
 */
export function readCodeKey(text: string): Map<string, AttendanceStatus> | null {
  const m = KEY_LINE.exec(text.trim());
  if (!m?.[1]) return null;
  const key = new Map<string, AttendanceStatus>();
  for (const entry of m[1].split(/\s*[,;]\s*/)) {
    const pair = KEY_ENTRY.exec(entry.trim());
    const code = pair?.[1] ?? pair?.[2];
    const status = pair?.[3] ? statusCell(pair[3].replace(/\.$/, "")) : undefined;
    if (!code || !status) return null;
    key.set(code, status);
  }
  return key.size > 0 ? key : null;
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
  const cells = (column.tabbed ? tabCells(raw) : spacedCells(raw)).filter((c) => c.text !== "");
  // Spaced columns are ragged by a character or two; a tab's cell is at its place.
  const code = cells.find((c) => (column.tabbed ? c.at === column.at : c.at >= column.at - 2));
  const status = code ? key.get(code.text) : undefined;
  if (!code || !status) return null;
  const person = cells.filter((c) => c !== code).map((c) => c.text);
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
