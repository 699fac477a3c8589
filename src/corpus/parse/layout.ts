import type { AttendanceStatus } from "../model.js";
import { isActionsHeading } from "./actions.js";
import {
  type AttendanceHeading,
  readAttendanceHeading,
  readMisspeltAttendanceHeading,
} from "./attendance-headings.js";
import { type Contents, inContents } from "./contents.js";
import { findDates } from "./dates.js";
import { endsWithOneOf, isAsciiCapitalAt } from "./edge-characters.js";
import { formPartTitle } from "./form-parts.js";
import { type DecimalHeading, readDecimalHeading } from "./heading-decimal.js";
import {
  isCommonSection,
  looksLikeHeading,
  type NumberedHeading,
  readLetteredHeading,
  readNumberedHeading,
  readTimedTitle,
} from "./items.js";
import { isSpace } from "./letters.js";
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

/**
 * One line with the layout evidence the section walk decides from, worked out once. A class, so
 * every line has the same fields in the same order (one object shape for the engine). What every
 * line is asked (white space, numbering, labels) is worked out up front; what only some lines are
 * asked (title shape, prose, dates, contents, usual sections, a misspelt label) on first use, and
 * kept.
 */
export class LineLayout implements TextLine {
  readonly line: number;
  readonly raw: string;
  readonly text: string;
  readonly furniture: boolean;
  readonly untidy: boolean;
  /** Empty or page furniture: counts as white space. */
  readonly blank: boolean;
  blankBefore = true;
  blankAfter = true;
  /** The next line with writing on it (contents lines included). */
  next: LineLayout | undefined = undefined;
  /** The previous line with writing on it. */
  previous: LineLayout | undefined = undefined;
  /** Part of the contents block at the top: not content. */
  readonly contents: boolean;
  /** Written with leading white space. */
  readonly indented: boolean;
  readonly bulleted: boolean;
  /** Opens a list entry or numbered paragraph ("1.", "a)", "•", "-"). */
  readonly listStart: boolean;
  /** Opens a point with a mark ("•", "-"), not with a number or letter. */
  readonly pointStart: boolean;
  /** Shaped like a numbered heading ("1. Title", "Item 2 – Title", "IV. Title"). */
  readonly numbered: NumberedHeading | null;
  /**
   * A table row parted by tabs whose first cell is the numbered heading ("4. Youth remand\tProf
   * Lockhart described …\tYJB to bring …"): its cells, trimmed, empty ones kept. Null otherwise.
   */
  readonly rowCells: readonly string[] | null;
  /**
   * A markdown table's row whose first cell is a number, "| 2 | Knife crime: autumn half-term | … |":
   * its cells, trimmed, empty ones kept. Whether the number heads an item the walk decides, from the
   * table's title row. Null otherwise.
   */
  readonly pipeCells: readonly string[] | null;
  /** A number alone on its line ("3.", "IV", "Item 2"): the title may stand on the next. */
  readonly numberAlone: boolean;
  readonly attendance: AttendanceHeading | null;
  readonly actions: boolean;
  /** Ends like a sentence: . ! ? or a colon. */
  readonly sentence: boolean;

  // The facts below are asked of few lines: each is worked out on first use, then kept.
  private shape_: LineShape | undefined = undefined;
  private columns_: boolean | undefined = undefined;
  private titleShaped_: boolean | undefined = undefined;
  private markdown_: boolean | undefined = undefined;
  private marked_: boolean | undefined = undefined;
  private prose_: boolean | undefined = undefined;
  private long_: boolean | undefined = undefined;
  private dated_: boolean | undefined = undefined;
  private listed_: boolean | undefined = undefined;
  private common_: boolean | undefined = undefined;
  private lettered_: NumberedHeading | null | undefined = undefined;
  private timedTitle_: string | null | undefined = undefined;
  private nextMeetings_: { inline: string } | null | undefined = undefined;
  private decimal_: DecimalHeading | null | undefined = undefined;
  private misspeltAttendance_: { status: AttendanceStatus } | null | undefined = undefined;

  private readonly contentsList: Contents;

  constructor(l: TextLine, contentsList: Contents) {
    this.contentsList = contentsList;
    this.line = l.line;
    this.raw = l.raw;
    this.text = l.text;
    this.furniture = l.furniture;
    this.untidy = l.untidy;
    this.blank = l.text === "" || l.furniture;
    this.contents = contentsList.lines.has(l.line);
    const written = !this.blank;
    const text = l.text;
    // An empty line is asked nothing past its end: reading there once costs every caller of the
    // optimised constructor a fresh compile.
    this.indented = l.raw.length > 0 && isSpace(l.raw.charCodeAt(0));
    this.bulleted = written && isBulleted(l.raw);
    this.listStart = written && !isAsciiCapitalAt(text, 0) && LIST_START.test(text);
    this.pointStart = this.listStart && !NUMBERING_START.test(text);
    // A row's first cell is read alone: run on into the next cell it can pass for a long title.
    const firstCell = written && l.untidy ? firstTabCell(l.raw) : null;
    const cellHeading = firstCell ? readNumberedHeading(firstCell) : null;
    const cells = cellHeading ? rowCells(l.raw) : null;
    this.numbered = cellHeading ?? (written ? readNumberedHeading(text) : null);
    this.rowCells = cells;
    this.pipeCells = written && text.charCodeAt(0) === 0x7c ? numberedPipeRow(text) : null;
    this.numberAlone = written && NUMBER_ALONE.test(text);
    // "SECTION A – ATTENDANCE (tick one box …)": a form's part is headed by its title.
    const part = written ? formPartTitle(text) : null;
    this.attendance = written ? readAttendanceHeading(part ?? l.raw) : null;
    this.actions = written && isActionsHeading(part ?? text);
    this.sentence = written && endsWithOneOf(text, ".!?:");
  }

  /** What the line looks like, in one word (see `LineShape`). */
  get shape(): LineShape {
    this.shape_ ??= this.blank ? "blank" : shapeOf(this);
    return this.shape_;
  }

  /** Tabs, pipes or wide gaps between words. */
  get columns(): boolean {
    // A tidy line has no tab and no gap wider than a space: only a pipe can part its columns.
    this.columns_ ??=
      !this.blank && (this.untidy ? COLUMNS.test(this.raw.trim()) : this.raw.includes("|"));
    return this.columns_;
  }

  /** Short, capitalised, no closing punctuation (items.ts looksLikeHeading). */
  get titleShaped(): boolean {
    this.titleShaped_ ??= !this.blank && looksLikeHeading(this.text);
    return this.titleShaped_;
  }

  get markdown(): boolean {
    this.markdown_ ??= !this.blank && isMarkdownHeading(this.raw);
    return this.markdown_;
  }

  /** A markdown heading or a line in bold. */
  get marked(): boolean {
    this.marked_ ??= this.markdown || (!this.blank && isBoldLine(this.raw));
    return this.marked_;
  }

  /** Reads as prose (lines.ts `readsAsProse`). */
  get prose(): boolean {
    this.prose_ ??= !this.blank && readsAsProse(this);
    return this.prose_;
  }

  /** Too many words for a title. */
  get long(): boolean {
    this.long_ ??= !this.blank && writtenLong(this.text);
    return this.long_;
  }

  /** A date is written on it. */
  get dated(): boolean {
    this.dated_ ??= !this.blank && findDates(this.text).length > 0;
    return this.dated_;
  }

  /** The contents list names this title. */
  get listed(): boolean {
    this.listed_ ??= !this.blank && inContents(this.contentsList, this.text, this.numbered);
    return this.listed_;
  }

  /** A usual section of minutes ("Any other business"). */
  get common(): boolean {
    this.common_ ??= !this.blank && isCommonSection(this.text);
    return this.common_;
  }

  /** The title after a time, "14:10  Knife crime" (a timed agenda's item without a number). */
  get timedTitle(): string | null {
    if (this.timedTitle_ === undefined)
      this.timedTitle_ = this.blank || this.numbered ? null : readTimedTitle(this.text);
    return this.timedTitle_;
  }

  /** Shaped like a lettered heading ("a) Title"). */
  get lettered(): NumberedHeading | null {
    if (this.lettered_ === undefined)
      this.lettered_ = this.blank ? null : readLetteredHeading(this.text);
    return this.lettered_;
  }

  /**
   * A title numbered within a section, "1.1  Welcome and apologies for absence"; asked only of the
   * line under a numbered heading and of lines opening with a figure.
   */
  get decimal(): DecimalHeading | null {
    if (this.decimal_ === undefined) {
      const code = this.text.charCodeAt(0);
      this.decimal_ = code >= 48 && code <= 57 ? readDecimalHeading(this.text) : null;
    }
    return this.decimal_;
  }

  /**
   * A misspelt attendance heading ("Apologes"); asked only of lines the walk reads that are no
   * attendance heading spelt right, not of the contents' lines or a heading's own.
   */
  get misspeltAttendance(): { status: AttendanceStatus } | null {
    if (this.misspeltAttendance_ === undefined)
      this.misspeltAttendance_ = this.blank ? null : readMisspeltAttendanceHeading(this.text);
    return this.misspeltAttendance_;
  }

  /** Opens the next-meetings section or states the next meeting. */
  get nextMeetings(): { inline: string } | null {
    if (this.nextMeetings_ === undefined)
      this.nextMeetings_ = this.blank
        ? null
        : readNextMeetingsHeading(formPartTitle(this.text) ?? this.text);
    return this.nextMeetings_;
  }
}

// The list starts of LIST_START that number or letter the entry.
const NUMBERING_START = /^[\d(a-z]/;
const LIST_START = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z][.)]|[•·●▪◦‣∙○■□►➢*+]|[-–—](?=\s))\s/u;
// "3.", "IV", and with the item word: "Item 2", "AGENDA ITEM 4:".
const NUMBER_ALONE =
  /^(?:(?:[Aa]genda\s+)?[Ii]tem\s+|(?:AGENDA\s+)?ITEM\s+)?\(?(?:\d{1,2}(?:\.0)?|[IVX]{1,6})[.):]?$/;
const COLUMNS = /\t|\S\s{3,}\S|\|/;

// The first cell of a row parted by tabs, when it opens with a number (as a numbered heading
// does); null otherwise. Asked of every untidy line, so the first character turns most away.
function firstTabCell(raw: string): string | null {
  const first = raw.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 40)) return null;
  const tab = raw.indexOf("\t");
  const cell = tab < 0 ? "" : raw.slice(0, tab).trim();
  return cell === "" ? null : cell;
}

// "| 2 | Knife crime: autumn half-term | … |": the cells of a row between bars whose first cell is a
// number and nothing else; null otherwise.
function numberedPipeRow(text: string): string[] | null {
  if (!text.endsWith("|")) return null;
  const cells = text.slice(1, -1).split("|");
  if (cells.length < 2 || !NUMBER_CELL.test(cells[0] as string)) return null;
  return cells.map((c) => c.trim());
}
const NUMBER_CELL = /^\s*\d{1,2}\.?\s*$/;

// The cells of a row, trimmed, empty ones kept; null when nothing is written after the first.
function rowCells(raw: string): string[] | null {
  const cells = raw.split("\t").map((c) => c.trim());
  return cells.slice(1).some((c) => c !== "") ? cells : null;
}

/**
 * Classifies every line of the minutes once, from its own shape and the white space and writing
 * around it. `contents` is the contents block found at the top (its lines are marked, its titles
 * named).
 */
export function layoutLines(lines: readonly TextLine[], contents: Contents): LineLayout[] {
  // Indexed loops: the lines come as arrays of more than one kind, which an iterator over them
  // (or map) has the optimised code thrown away for once it meets the second.
  const laid: LineLayout[] = [];
  let previous: LineLayout | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = new LineLayout(lines[i] as TextLine, contents);
    l.previous = previous;
    if (!l.blank) previous = l;
    laid.push(l);
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

function shapeOf(l: LineLayout): LineShape {
  if (l.attendance || l.actions || l.nextMeetings) return "label";
  if (!l.numbered && l.columns) return "table";
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
