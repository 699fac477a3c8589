import type { AttendanceStatus } from "../model.js";
import { isActionsHeading } from "./actions.js";
import { readAttendanceHeading, readMisspeltAttendanceHeading } from "./attendance-headings.js";
import { type Contents, inContents } from "./contents.js";
import { findDates } from "./dates.js";
import {
  isCommonSection,
  looksLikeHeading,
  type NumberedHeading,
  readLetteredHeading,
  readNumberedHeading,
} from "./items.js";
import {
  isBoldLine,
  isBulleted,
  isMarkdownHeading,
  readsAsProse,
  type TextLine,
  writtenLong,
} from "./lines.js";
import { readNextMeetingsHeading } from "./next-meetings.js";

/**
 * What a line looks like before anything asks what it means. Every rule of the section walk reads
 * these fields; none of them looks at the line's neighbours again.
 *
 * - `blank` — nothing written, or page furniture.
 * - `label` — a section word opens it (attendance, actions, next meetings): a closed class.
 * - `prose` — it reads as a sentence or a paragraph.
 * - `title` — short, capitalised, unpunctuated: a heading or a name, context decides.
 * - `list` — it opens a list entry (bullet, "1.", "a)") and is not title-shaped.
 * - `table` — cells set apart by tabs, pipes or wide gaps.
 * - `other` — anything else (a short fragment, a line of a wrapped paragraph).
 */
export type LineShape = "blank" | "label" | "prose" | "title" | "list" | "table" | "other";

/** One line with the layout evidence the section walk decides from, worked out once. */
export interface LineLayout extends TextLine {
  shape: LineShape;
  /** Empty or page furniture: counts as white space. */
  blank: boolean;
  blankBefore: boolean;
  blankAfter: boolean;
  /** The next line with writing on it (contents lines included). */
  next: LineLayout | undefined;
  /** The previous line with writing on it. */
  previous: LineLayout | undefined;
  /** Part of the contents block at the top: not content. */
  contents: boolean;
  /** The contents list names this title. */
  listed: boolean;
  /** Written with leading white space. */
  indented: boolean;
  /** Tabs, pipes or wide gaps between words. */
  columns: boolean;
  bulleted: boolean;
  /** Opens a list entry or numbered paragraph ("1.", "a)", "•", "-"). */
  listStart: boolean;
  /** Shaped like a numbered heading ("1. Title", "Item 2 – Title", "IV. Title"). */
  numbered: NumberedHeading | null;
  /** Shaped like a lettered heading ("a) Title"). */
  lettered: NumberedHeading | null;
  /** A number alone on its line ("3.", "IV"): the title may stand on the next. */
  numberAlone: boolean;
  attendance: { status: AttendanceStatus; inline: string | null } | null;
  misspeltAttendance: { status: AttendanceStatus } | null;
  nextMeetings: { inline: string } | null;
  actions: boolean;
  /** Short, capitalised, no closing punctuation (items.ts looksLikeHeading). */
  titleShaped: boolean;
  dated: boolean;
  /** A markdown heading or a line in bold. */
  marked: boolean;
  markdown: boolean;
  /** A usual section of minutes ("Any other business"). */
  common: boolean;
  /** Ends like a sentence: . ! ? or a colon. */
  sentence: boolean;
  /** Reads as prose (lines.ts `readsAsProse`). */
  prose: boolean;
  /** Too many words for a title. */
  long: boolean;
}

const LIST_START = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z][.)]|[•·●▪◦‣∙○■□►➢*+]|[-–—](?=\s))\s/u;
const NUMBER_ALONE = /^\(?(?:\d{1,2}(?:\.0)?|[IVX]{1,6})[.)]?$/;
const COLUMNS = /\t|\S\s{3,}\S|\|/;

/**
 * Classifies every line of the minutes once, from its own shape and the white space and writing
 * around it. `contents` is the contents block found at the top (its lines are marked, its titles
 * named).
 */
export function layoutLines(lines: readonly TextLine[], contents: Contents): LineLayout[] {
  const laid = lines.map((l) => describeLine(l, contents));
  let previous: LineLayout | undefined;
  for (const l of laid) {
    l.previous = previous;
    if (!l.blank) previous = l;
  }
  let next: LineLayout | undefined;
  for (let i = laid.length - 1; i >= 0; i--) {
    const l = laid[i] as LineLayout;
    l.next = next;
    l.blankBefore = laid[i - 1]?.blank ?? true;
    l.blankAfter = laid[i + 1]?.blank ?? true;
    if (!l.blank) next = l;
  }
  return laid;
}

function describeLine(l: TextLine, contents: Contents): LineLayout {
  const blank = l.text === "" || l.furniture;
  const base: LineLayout = {
    ...l,
    shape: "blank",
    blank,
    blankBefore: true,
    blankAfter: true,
    next: undefined,
    previous: undefined,
    contents: contents.lines.has(l.line),
    listed: false,
    indented: /^\s/.test(l.raw),
    columns: false,
    bulleted: false,
    listStart: false,
    numbered: null,
    lettered: null,
    numberAlone: false,
    attendance: null,
    misspeltAttendance: null,
    nextMeetings: null,
    actions: false,
    titleShaped: false,
    dated: false,
    marked: false,
    markdown: false,
    common: false,
    sentence: false,
    prose: false,
    long: false,
  };
  if (blank) return base;
  const text = l.text;
  const markdown = isMarkdownHeading(l.raw);
  const line: LineLayout = {
    ...base,
    listed: inContents(contents, text),
    columns: COLUMNS.test(l.raw.trim()),
    bulleted: isBulleted(l.raw),
    listStart: LIST_START.test(text),
    numbered: readNumberedHeading(text),
    lettered: readLetteredHeading(text),
    numberAlone: NUMBER_ALONE.test(text),
    attendance: readAttendanceHeading(l.raw),
    misspeltAttendance: readMisspeltAttendanceHeading(text),
    nextMeetings: readNextMeetingsHeading(text),
    actions: isActionsHeading(text),
    titleShaped: looksLikeHeading(text),
    dated: findDates(text).length > 0,
    marked: markdown || isBoldLine(l.raw),
    markdown,
    common: isCommonSection(text),
    sentence: /[.!?:]$/.test(text),
    long: writtenLong(text),
    prose: readsAsProse(l),
  };
  line.shape = shapeOf(line);
  return line;
}

function shapeOf(l: LineLayout): LineShape {
  if (l.attendance || l.nextMeetings || l.actions) return "label";
  if (l.columns && !l.numbered) return "table";
  if (l.prose) return "prose";
  if (l.titleShaped) return "title";
  if (l.listStart) return "list";
  return "other";
}

/** True when the next written line reads as prose (lines.ts `readsAsProse`). */
export function proseAfter(l: LineLayout): boolean {
  return l.next?.prose === true;
}

/** True when the next written line is a sentence or too long for a title. */
export function paragraphAfter(l: LineLayout): boolean {
  return l.next !== undefined && (l.next.sentence || l.next.long);
}
