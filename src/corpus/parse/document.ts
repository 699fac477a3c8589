import { DANGLING_WORDS } from "../lexicon.js";
import type { Attendee } from "../model.js";
import { isActionTableTitle } from "./action-table.js";
import { startsAction } from "./actions.js";
import { AttendanceList } from "./attendance-list.js";
import { type Contents, inContents } from "./contents.js";
import { readMeetingField } from "./header.js";
import {
  type HeadingStyle,
  looksLikeHeading,
  type NumberedHeading,
  readNumberedHeading,
} from "./items.js";
import { type LineLayout, paragraphAfter, proseAfter } from "./layout.js";
import { type TextLine, wordCount } from "./lines.js";
import { isMeetingFieldsRow } from "./next-meetings.js";
import { opensLowerCase, outcomeAfterColon, remarkAfterDash } from "./titles.js";

/** An agenda item as found: its heading and the content lines under it. */
export interface ItemSection {
  number: string | null;
  title: string;
  line: number;
  lines: TextLine[];
}

/** The minutes cut into their sections, before passages, actions and next meetings are read. */
export interface DocumentSections {
  /** Lines before the attendance list or first item: title, date, venue. */
  header: TextLine[];
  /** Lines outside any item (header and loose prose), where a "Date:" field may stand. */
  outside: TextLine[];
  attendees: Attendee[];
  items: ItemSection[];
  /** Lines under an "Actions arising" heading. */
  actionLines: TextLine[];
  /**
   * The item an actions list inside an item belongs to, by the list's lines: "Agenda point 2 — …"
   * | … | "Actions:" | "• MOPAC to share …" | "Agenda point 3 — …".
   */
  actionItems: Map<number, string | null>;
  /** Lines of a next-meetings section, and lines that state the next meeting themselves. */
  nextMeetingLines: TextLine[];
}

type Mode = "header" | "attendance" | "item" | "next" | "actions" | "loose";

/**
 * Walks the classified lines once, top to bottom, deciding for each whether it opens a section
 * (attendance, agenda item, next meetings, actions) or belongs to the open one. Agenda headings are
 * judged in context: the first one accepted sets the document's style, and a bare "N." line is a
 * heading only in a document numbered that way, with a number above the last heading's, standing
 * apart from other numbered lines (which make a list).
 */
export function readSections(lines: readonly LineLayout[], contents: Contents): DocumentSections {
  const walker = new SectionWalker(lines, contents);
  for (const line of lines)
    if (!line.blank && !line.contents && !walker.consumed(line)) walker.take(line);
  return walker.finish();
}

/** A heading's text as the rules see it: the line's own, or a number line joined to its title. */
interface HeadingText {
  text: string;
  raw: string;
  heading: NumberedHeading | null;
}

const TABS = /\t+/;
// A title row's cell: a capitalised word or words, brackets and slashes.
const TITLE_CELL = /^\p{Lu}[\p{L}()/ ]*$/u;
const ACTION_CELL = /^actions?(?: agreed)?$/i;

class SectionWalker {
  private readonly sections: DocumentSections = {
    header: [],
    outside: [],
    attendees: [],
    items: [],
    actionLines: [],
    actionItems: new Map(),
    nextMeetingLines: [],
  };
  private mode: Mode = "header";
  // The last next-meeting heading gave its date on its own line ("Next meeting: 9 September 2025").
  private nextHeadingDated = false;
  private item: ItemSection | null = null;
  private style: HeadingStyle | null;
  private lastNumber = 0;
  private lastLetter = 0;
  private listNext: number | null = null;
  /** The last point of a lower-case list numbered from 1 under the open item (0: none). */
  private lastPoint = 0;
  private numbered: boolean;
  /** Minute numbers "31/23" | "32/23" count in their first part (see `countsInFirstPart`). */
  private readonly placeFirst: boolean;
  private consumedTo = 0;
  private readonly attendance: AttendanceList;
  /** The item open when an actions heading was met, and where that heading's lines start. */
  private actionsUnder: ItemSection | null = null;
  private actionsFrom = 0;
  // The actions section has shown an actions table's title row: its rows in columns follow.
  private actionTableTitled = false;
  /** How many lines, set apart, hold a title after a time; counted when one is first judged. */
  private timedTitles: number | null = null;
  /** The column a table's title row names "Action", counted from 0; -1 when none has. */
  private actionColumn = -1;
  /** The column a markdown table's title row names "Item", counted from 0; -1 when none has. */
  private itemColumn = -1;
  /** Sections "1.   OPENING BUSINESS" over items "1.1  Welcome …" (see `readNumbering`). */
  private readonly sectioned: boolean;
  /** The open section's number, and the last item's number within it. */
  private section = 0;
  private lastInSection = 0;

  constructor(
    private readonly lines: readonly LineLayout[],
    private readonly contents: Contents,
  ) {
    this.style = contents.style;
    this.attendance = new AttendanceList(lines);
    const numbering = this.readNumbering();
    this.numbered = numbering.numbered;
    this.placeFirst = countsInFirstPart(lines);
    this.sectioned = numbering.sectioned;
  }

  finish(): DocumentSections {
    return { ...this.sections, attendees: this.attendance.attendees() };
  }

  /** True for a line already read as the continuation of the one before. */
  consumed(line: LineLayout): boolean {
    return line.line <= this.consumedTo;
  }

  take(line: LineLayout): void {
    const text = line.text;
    if (text.charCodeAt(0) === 0x7c) this.notePipeTitleRow(line);
    else if (line.untidy) this.noteActionColumn(line);
    const attendance = line.attendance;
    if (attendance && !(attendance.ordinaryWords && this.mode === "item")) {
      this.enter("attendance");
      const named = this.attendance.entryCount;
      const end = this.attendance.open(attendance, line);
      this.consumedTo = Math.max(this.consumedTo, end);
      // "APOLOGIES: Apologies for absence were received from Councillor Tiberius Okwu and from …":
      // what follows the label names no one as a list does; it is prose, read as prose is.
      if (attendance.inline && this.attendance.entryCount === named && line.sentence)
        this.sections.outside.push(line);
      return;
    }
    // "Apologes" over a list of people: a misspelt heading is a heading when people follow it.
    const misspelt = line.misspeltAttendance;
    if (misspelt && this.attendance.peopleFollow(line, misspelt.status)) {
      this.enter("attendance");
      this.attendance.open({ status: misspelt.status, inline: null }, line);
      return;
    }
    const next = line.nextMeetings;
    // "Next Meeting: 19/11/2025 14:00" | "Next Meeting Location: Teams" (a record exported one
    // field a line, unseen-minutes-9/76): a field of the meeting above, not a heading of its own.
    if (next && this.mode === "next" && this.nextFieldOfItsOwn(next.inline)) {
      this.sections.nextMeetingLines.push({ ...line, raw: next.inline, text: next.inline });
      return;
    }
    if (next) {
      this.enter("next");
      this.nextHeadingDated = /\d/.test(next.inline);
      if (this.nextHeadingDated) this.sections.nextMeetingLines.push(line);
      return;
    }
    if (line.actions) {
      this.actionsUnder = this.mode === "item" ? this.item : null;
      this.actionsFrom = this.sections.actionLines.length;
      this.enter("actions");
      this.actionTableTitled = false;
      return;
    }
    // "88    Publish the quarter's figures by ward    Castellane-Obi, Florian (MPS)   …": under an
    // actions table's title row, a row in columns is the table's, whatever its first cell's number.
    if (this.mode === "actions" && line.columns) {
      if (isActionTableTitle(line.raw)) this.actionTableTitled = true;
      if (this.actionTableTitled) {
        this.keep(line);
        return;
      }
    }
    if (line.pipeCells && this.itemColumn === 1 && this.acceptTableItem(line, line.pipeCells))
      return;
    if (this.sectioned && this.takeSectioned(line)) return;
    const runIn = this.acceptRunIn(line);
    if (runIn) {
      this.openItem(runIn.number, runIn.title, line);
      this.item?.lines.push(runIn.rest);
      return;
    }
    // Most lines have no numbering: only a numbered one is put into a HeadingText to be judged. A
    // table row numbered in its first cell is judged by that cell.
    const first = line.rowCells?.[0];
    const heading =
      this.acceptNumberAbove(line) ??
      (line.numbered
        ? this.acceptNumbered(line, {
            text: first ?? text,
            raw: first ?? line.raw,
            heading: line.numbered,
          })
        : this.acceptLettered(line));
    if (heading) {
      // "1) actions from nov - all done apart from …": the remark after the title is the item's
      // first line.
      // "Item 4 – Any other business: none": what became of it, after the colon, is its first line.
      const split =
        (opensLowerCase(heading.title) ? remarkAfterDash(heading.title) : null) ??
        outcomeAfterColon(heading.title);
      if (split) {
        this.openItem(heading.number, split.title, line);
        this.keepText(line, split.remark);
        return;
      }
      this.openItem(heading.number, this.titleRunOn(heading.title, line), line);
      if (line.rowCells) this.keepRowCells(line, line.rowCells);
      return;
    }
    const timed = line.timedTitle;
    if (timed && this.acceptTimed(line)) {
      this.openItem(null, timed, line);
      return;
    }
    if (this.mode === "attendance") {
      if (this.titleOverProse(line)) {
        this.openItem(null, text.replace(/[\s:]+$/, ""), line);
        return;
      }
      const read = this.attendance.read(line);
      if (read === "entry") return;
      if (read === "kept") {
        this.keep(line);
        return;
      }
      this.enter("loose");
    }
    if (this.mode === "next") {
      // "Signed (Chair): O. Featherstone-Nash   Date: 17/07/2026" under a form's next meeting: the
      // signature's date is the day the record was signed, and the section has ended.
      if (SIGNATURE.test(text)) {
        this.enter("loose");
        return;
      }
      // "…, both at" | "12 noon, Room 3.02, 169 Union Street." (variants 9a/04): the line above
      // ends on a word no sentence ends on, so a figure opening this one is its time, no day.
      if (!line.dated && this.endsDangling() && this.continuesNextMeeting(line)) return;
      if (line.dated || /\b\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}/u.test(text)) {
        this.sections.nextMeetingLines.push(line);
        return;
      }
      // "Members noted the dates for the rest of 2024:" | "- 11 June 2024, …": a line that
      // introduces the dates keeps the section open for the list under it, as does the title row
      // of a table of them ("Date   Time   Venue").
      if (text.endsWith(":") || (line.columns && isMeetingFieldsRow(line.raw))) {
        this.keep(line);
        return;
      }
      if (this.continuesNextMeeting(line)) return;
      // "| Date | Tuesday 10 June 2025 |" | "| Time | 3pm |" | "| Venue | The Old Library, Guildhall
      // |": under a next meeting's date, its fields give its time and place. Only under a heading
      // of its own, or in the same table as its date: "Next meeting: 9 September 2025" | "Time: 2pm"
      // in a header is one field among this meeting's, and the time and venue are this meeting's.
      if (this.nextFieldsFollow(line) && readMeetingField(text)) {
        this.sections.nextMeetingLines.push(line);
        return;
      }
      this.enter("loose");
    }
    if (this.acceptUnnumbered(line)) {
      this.openItem(null, text.replace(/[\s:]+$/, ""), line);
      return;
    }
    this.keep(line);
  }

  // "Location: Teams" after "Next Meeting": the next meeting's place (or time) under a date.
  private nextFieldOfItsOwn(inline: string): boolean {
    const last = this.sections.nextMeetingLines.at(-1);
    return last !== undefined && /\d/.test(last.text) && readMeetingField(inline) !== null;
  }

  // Whether a labelled field under a next meeting's lines is one of its own: they stand under a
  // heading holding no date, or the field is a table row as the date line before it is.
  private nextFieldsFollow(line: LineLayout): boolean {
    const lines = this.sections.nextMeetingLines;
    const last = lines[lines.length - 1];
    if (!last) return false;
    return !this.nextHeadingDated || (line.columns && /[|\t]/.test(last.raw));
  }

  // "The next meeting is scheduled for Monday, 9th June, 2025 at 2.00 pm, Conference Room 2, 169" |
  // "Union Street.": a line straight under a next meeting's line that ends mid-sentence is the rest
  // of it; the two are read as one.
  // The last next meeting's line ends on a word that leaves its sentence open ("at", "on", "and").
  private endsDangling(): boolean {
    const last = this.sections.nextMeetingLines.at(-1)?.text ?? "";
    return DANGLING_WORDS.has(last.slice(last.lastIndexOf(" ") + 1).toLowerCase());
  }

  private continuesNextMeeting(line: LineLayout): boolean {
    const lines = this.sections.nextMeetingLines;
    const last = lines[lines.length - 1];
    if (!last || line.previous?.line !== last.line || line.blankBefore) return false;
    if (/[.!?;:]$/.test(last.text) || line.shape === "title" || line.shape === "table")
      return false;
    const text = `${last.text} ${line.text}`;
    lines[lines.length - 1] = { ...last, raw: text, text };
    return true;
  }

  // "Item\tDiscussion\tAction": a title row of one-word cells, one of them "Action", says which
  // column of the rows under it holds what each item's discussion led to.
  private noteActionColumn(line: LineLayout): void {
    if (!line.raw.includes("\t") || line.text.length > 60) return;
    const cells = line.raw.trim().split(TABS);
    if (cells.length < 2 || !cells.every((c) => TITLE_CELL.test(c.trim()))) return;
    const at = cells.findIndex((c) => ACTION_CELL.test(c.trim()));
    if (at >= 0) this.actionColumn = at;
  }

  // "| No. | Item | Discussion | Decision / action | Owner | By |": a markdown table's title row, a
  // word or two a cell, says which column holds the item's title and which its actions.
  private notePipeTitleRow(line: LineLayout): void {
    const text = line.text;
    if (text.length > 100 || !text.endsWith("|")) return;
    const cells = text.slice(1, -1).split("|");
    if (cells.length < 2 || !cells.every((c) => PIPE_TITLE_CELL.test(c))) return;
    this.itemColumn = cells.findIndex((c) => ITEM_TITLE.test(c.trim()));
    const action = cells.findIndex((c) => ACTION_TITLE.test(c.trim()));
    if (action >= 0) this.actionColumn = action;
  }

  // "| 2 | Knife crime: autumn half-term | Commander Vale said … | ACTION: MPS to share … | MPS |":
  // under a title row naming the item in the second column, a numbered row is an item, judged as a
  // numbered heading is; its other cells are its text.
  private acceptTableItem(line: LineLayout, cells: readonly string[]): boolean {
    const text = `${cells[0]} ${cells[1]}`;
    const heading = this.acceptNumbered(line, {
      text,
      raw: text,
      heading: readNumberedHeading(text),
    });
    if (!heading) return false;
    // "## Decision and action log" | "| No. | Item | …" | "|---|…" | "| 1 | …": a heading over the
    // table with nothing under it but the table's title row groups the items; it is no item.
    const open = this.item;
    if (open?.number === null && open.lines.every((l) => l.text.charCodeAt(0) === 0x7c))
      open.lines.length = 0;
    this.numbered = true;
    this.openItem(heading.number, heading.title, line);
    this.keepRowCells(line, cells, 2);
    return true;
  }

  // "3. Violence against women and girls\tDCS Asante presented …\tMPS to share …": the cells after
  // the heading are the item's text, each its own paragraph; the cell under the title row's
  // "Action" is read as that title labels it. A cell's lines parted by "<br>" (a markdown table's)
  // are paragraphs of their own; a dash alone says nothing.
  private keepRowCells(line: LineLayout, cells: readonly string[], from = 1): void {
    for (let i = from; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (cell === "" || DASH_ALONE.test(cell)) continue;
      const parts = cell.includes("<") ? cell.split(CELL_BREAK) : [cell];
      for (const part of parts) {
        this.keepText(
          line,
          i === this.actionColumn && !startsAction(part) ? `Action: ${part}` : part,
        );
      }
    }
  }

  // A part of a line kept as a line of the open item, as tidy text cited at the line it came from.
  private keepText(line: LineLayout, text: string): void {
    this.item?.lines.push({ line: line.line, raw: text, text, furniture: false, untidy: false });
  }

  private enter(mode: Mode): void {
    this.mode = mode;
    this.item = null;
  }

  private keep(line: TextLine): void {
    switch (this.mode) {
      case "item":
        this.item?.lines.push(line);
        return;
      case "actions":
        this.sections.actionLines.push(line);
        return;
      case "header":
        this.sections.header.push(line);
        this.sections.outside.push(line);
        return;
      default:
        this.sections.outside.push(line);
    }
  }

  // An actions list closed by the next heading was the list of the item above it; one at the end of
  // the minutes gathers the meeting's actions and names no item.
  private closeActions(): void {
    if (this.mode === "actions" && this.actionsUnder) {
      for (const l of this.sections.actionLines.slice(this.actionsFrom))
        this.sections.actionItems.set(l.line, this.actionsUnder.number);
    }
  }

  // "1.   OPENING BUSINESS" | "" | "1.1  Welcome and apologies for absence" | "     The Chair …":
  // a section's heading over its first item opens no item; the titles numbered within it do.
  private takeSectioned(line: LineLayout): boolean {
    const heading = line.numbered;
    const under = heading ? line.next?.decimal : null;
    if (heading && under?.section === heading.value && heading.value > this.section) {
      this.closeActions();
      this.enter("loose");
      this.section = heading.value;
      this.lastInSection = 0;
      return true;
    }
    const decimal = line.decimal;
    if (decimal?.section !== this.section || decimal.heading.value <= this.lastInSection)
      return false;
    this.lastInSection = decimal.heading.value;
    this.openItem(decimal.heading.number, decimal.heading.title, line);
    return true;
  }

  // Board papers group their items in sections, "1.   OPENING BUSINESS" over "1.1  Welcome …" and
  // "1.2  Declarations of interest": then the titles numbered within a section are the items, as
  // the agenda numbers them, and the sections are none. Only where every numbered heading of the
  // document stands straight over its section's first title ("1.1", a title, not a paragraph), two
  // or more: "Agenda Item 2 – Violence reduction" | "2.1 Knife crime" says the item is the number's
  // (unseen-minutes/10), and "2. Knife crime" over "2.1 Town centres" among items with prose under
  // them is one item with a sub-heading.
  // Read in the one pass that finds whether the document numbers any heading at all, each line
  // judged once: the judgement looks at its neighbours (review 3 S6).
  private readNumbering(): { numbered: boolean; sectioned: boolean } {
    let sections = 0;
    for (const l of this.lines) {
      if (l.contents || !this.couldBeNumberedHeading(l)) continue;
      // A numbered heading over no section: numbered, and no sections, whatever follows.
      if (!headsSection(l)) return { numbered: true, sectioned: false };
      sections++;
    }
    return { numbered: sections > 0, sectioned: sections >= 2 };
  }

  private openItem(number: string | null, title: string, line: TextLine): void {
    this.closeActions();
    // "Part A – Items in public" | "" | "(i) Welcome and apologies": an unnumbered heading with
    // nothing under it but a numbered one groups the items after it; it is no item itself.
    const open = this.item;
    if (number !== null && this.numbered && open?.number === null && open.lines.length === 0)
      this.sections.items.pop();
    this.item = { number, title, line: line.line, lines: [] };
    this.sections.items.push(this.item);
    this.mode = "item";
  }

  // "3." | "Serious violence and the Violence Reduction Unit": a number alone on its line, the
  // title on the line below (table cells copied out of Word). Read as one heading when the two
  // together pass as one; the title line is then used up.
  private acceptNumberAbove(line: LineLayout): NumberedHeading | null {
    if (!line.numberAlone) return null;
    const below = this.lines[line.line];
    if (!below || below.blank) return null;
    const text = `${line.text} ${below.text}`;
    const heading = this.acceptNumbered(line, {
      text,
      raw: text,
      heading: readNumberedHeading(text),
    });
    if (heading) this.consumedTo = below.line;
    return heading;
  }

  // "*2. Fireworks night and Halloween* – DS Brennan-Oke said …" (a chat's notes, one message an
  // item) runs the title in before a spaced dash as these do before a colon.
  // "1. Minutes: approved as a true record." | "5. AOB: None.": an item dealt with in one line,
  // its title run in before a colon and what was said after it. Read as a heading only where a
  // heading stands (set apart by a blank line, not one of a run of numbered lines), numbered next
  // after the last heading in the document's own numbering, with a short title-shaped label; what
  // follows the colon is the item's first line.
  private acceptRunIn(line: LineLayout): (NumberedHeading & { rest: TextLine }) | null {
    if (!line.sentence || !line.blankBefore || !opensWithNumber(line.text)) return null;
    // The number and title are read before the separator: the whole line, a title and a long
    // remark, reads as no title.
    const run = RUN_IN.exec(line.text);
    if (!run) return null;
    const heading = this.inDocumentCount(readNumberedHeading(line.text.slice(0, run.index)));
    if (heading?.style !== "number") return null;
    if (this.style !== null && this.style !== "number") return null;
    if (heading.value !== this.lastNumber + 1) return null;
    const title = heading.title;
    if (!looksLikeHeading(title) || wordCount(title) > 6) return null;
    if (this.isListLine(line.line - 1) || this.isListLine(line.line + 1)) return null;
    if (this.mode === "attendance" && this.attendance.namesPeople(title)) return null;
    const rest = line.text.slice(run.index + run[0].length);
    this.style ??= "number";
    this.lastNumber = heading.value;
    this.listNext = null;
    return {
      ...heading,
      title,
      rest: { line: line.line, raw: rest, text: rest, furniture: false, untidy: false },
    };
  }

  // "2. Violence against women and girls: the refreshed strategy and its" | "delivery plan": a
  // title ending on a word no title ends on was wrapped; the short lower-case line straight under
  // it, no sentence of its own, is the rest of it, and is used up.
  private titleRunOn(title: string, line: LineLayout): string {
    const space = title.lastIndexOf(" ");
    if (space < 0 || !DANGLING_WORDS.has(title.slice(space + 1).toLowerCase())) return title;
    const after = Math.max(line.line, this.consumedTo);
    const below = this.lines[after];
    if (!below || below.blank || below.sentence || below.numbered || below.bulleted) return title;
    if (!/^\p{Ll}/u.test(below.text) || below.text.split(" ").length > 8) return title;
    this.consumedTo = below.line;
    return `${title} ${below.text}`;
  }

  private acceptNumbered(line: LineLayout, written: HeadingText): NumberedHeading | null {
    const heading = this.inDocumentCount(written.heading);
    if (!heading) return this.acceptLettered(line);
    // "1) shop theft over xmas": a title in lower case heads an item only set apart by a blank line
    // and numbered next after the last heading; otherwise the line is read as it was before such
    // titles were read at all, not even as an entry of a numbered list ("1. publish the …;").
    if (opensLowerCase(heading.title) && !this.headsInLowerCase(line, heading)) {
      this.notePoint(heading);
      return this.acceptLettered(line);
    }
    // "(h) …" | "(i) …": a numeral that is also the next letter of lettered items is that letter.
    if (this.lastLetter > 0 && line.lettered?.value === this.lastLetter + 1)
      return this.acceptLettered(line);
    const listed =
      written.text === line.text ? line.listed : inContents(this.contents, written.text);
    if (heading.style === "number" && !listed && !this.fitsNumberStyle(line, written, heading)) {
      this.listNext = heading.value + 1;
      return null;
    }
    this.style ??= heading.style;
    this.lastNumber = heading.value || this.lastNumber;
    this.listNext = null;
    this.lastPoint = 0;
    return heading;
  }

  private headsInLowerCase(line: LineLayout, heading: NumberedHeading): boolean {
    return (
      heading.style === "number" &&
      line.blankBefore &&
      heading.value === this.lastNumber + 1 &&
      this.style !== "item-word" &&
      // "points raised:" / "1) more patrols …" / "2) …" / "3) youth workers …": under an item, a
      // list numbered from 1 goes on with its next number, whatever the item's number.
      !(this.lastPoint > 0 && heading.value === this.lastPoint + 1)
    );
  }

  // A lower-case numbered line read as no heading: a point of a list under the item, counted from 1.
  private notePoint(heading: NumberedHeading): void {
    if (heading.value === 1 || (this.lastPoint > 0 && heading.value === this.lastPoint + 1))
      this.lastPoint = heading.value;
  }

  // A minute number counts in its second part ("24/03": the year, then the minute) unless the
  // document's minute numbers count in their first (`placeFirst`).
  private inDocumentCount(heading: NumberedHeading | null): NumberedHeading | null {
    if (!this.placeFirst || !heading?.number.includes("/")) return heading;
    const first = MINUTE_NUMBER.exec(heading.number)?.[1];
    return first ? { ...heading, value: Number(first) } : heading;
  }

  // A bare "N. Title" line is an item heading only when the document numbers its items that way, it
  // is not one of a run of numbered lines (a list, corpus/002 "1. Feedback on the Turnaround plan"),
  // its number follows on from the last heading, and it is not a numbered attendee.
  private fitsNumberStyle(
    line: LineLayout,
    written: HeadingText,
    heading: NumberedHeading,
  ): boolean {
    if (this.style === "item-word") return false;
    if (/[.;,]\s*$/.test(written.text)) return false;
    // Rows of a table numbered in their first cell, their text in the next, are items one after
    // another, not a list: the cells say what the number heads.
    const row = line.rowCells !== null;
    if (!row && this.inNumberedRun(line)) return false;
    const n = heading.value;
    if (this.lastNumber > 0 && n <= this.lastNumber) return false;

    // "1." "2." "3." then "4. …" continues the list; "IV." after them is the next heading.
    const arabic = /^\d/.test(heading.number);
    if (arabic && this.listNext !== null && n === this.listNext) return false;
    // "Present:" | "Jane Smith, MOPAC" | "" | "1. Road Danger" | "" | "The Board discussed …": a
    // numbered line with a paragraph of prose under it is the first item, whatever its words.
    if (this.mode === "attendance" && !proseAfter(line))
      return !this.attendance.namesPeople(written.raw);
    return true;
  }

  // "Apologies:" | "Dominic Achterberg, HMCTS" | "" | "Road Danger" | "" | "The Board reviewed …":
  // inside an attendance list, a title-shaped line set apart by a blank line, with prose under it,
  // ends the list and opens an item. Layout decides, not the words: "Road Danger" reads as a name.
  // Without a blank line it takes a break in the list's pattern: "Gwendolyn Harte, HMPPS" |
  // "Cannabis Farms" | "Members heard that …" — entries with descriptions, then a bare title.
  private titleOverProse(line: LineLayout): boolean {
    return (
      line.shape === "title" &&
      !line.bulleted &&
      (line.blankBefore || this.attendance.breaksPattern(line)) &&
      proseAfter(line) &&
      // "Interpreter:  simultaneous translation provided" | "" | "Apologies:" (unseen-minutes-10/79):
      // another attendance label under the line is no prose under a title.
      !line.next?.attendance &&
      !line.dated &&
      !this.attendance.continuesSpacedList(line)
    );
  }

  // "14:00  Welcome and introductions" | "The Chair welcomed members." | "" | "14:10  Knife crime"
  // | …: a timed agenda whose items have no numbers. A title after a time heads an item where it
  // stands apart over its paragraph, in minutes that number no items, when another line so timed
  // stands as a title elsewhere in them (a timed agenda, not one timed line in a record).
  private acceptTimed(line: LineLayout): boolean {
    if (this.numbered || !line.blankBefore || !(proseAfter(line) || paragraphAfter(line)))
      return false;
    this.timedTitles ??= this.lines.filter((l) => l.blankBefore && l.timedTitle !== null).length;
    return this.timedTitles > 1;
  }

  // "a) Hate Incidents" | "" | "The Board heard …": items lettered in sequence (a, b, c …). Letters
  // also mark lists inside items, so only a lettered title set apart by a blank line, with prose
  // under it, next in its sequence and not one of a run of lettered lines, is a heading.
  private acceptLettered(line: LineLayout): NumberedHeading | null {
    const heading = line.lettered;
    if (!heading || heading.value !== this.lastLetter + 1) return null;
    // Once items are numbered, letters number the parts of an item ("Agenda item 1: …" | "(a)
    // Nurse staffing"): headings keep the document's own style.
    if (this.lastNumber > 0) return null;
    if (!line.blankBefore || !proseAfter(line)) return null;
    if (this.isListLine(line.line + 1)) return null;
    this.lastLetter = heading.value;
    return heading;
  }

  // One of a run of list lines, numbered or pointed. "2. Summer violence plan" | "- BW ran through
  // the MPS summer plan …": a numbered line set apart above, with points marked "-" or "•" under
  // it, heads those points (a call's notes); it is not an entry of their list. But "The Board agreed
  // the following recommendations:" | "" | "3. Increase patrols" | "- in parks": after a line that
  // ends in a colon the numbered lines are the list it introduces, points and all.
  private inNumberedRun(line: LineLayout): boolean {
    if (this.isListLine(line.line - 1)) return true;
    const below = this.lines[line.line];
    if (below?.listStart !== true) return false;
    return !(line.blankBefore && below.pointStart) || introducesList(line.previous);
  }

  private isListLine(lineNumber: number): boolean {
    return this.lines[lineNumber - 1]?.listStart === true;
  }

  private couldBeNumberedHeading(line: LineLayout): boolean {
    const heading = line.numbered;
    if (!heading) return false;
    return (
      heading.style === "item-word" ||
      (!/[.;,]\s*$/.test(line.text) &&
        !this.inNumberedRun(line) &&
        (line.blankBefore || !opensLowerCase(heading.title)))
    );
  }

  // Unnumbered sections ("Welcome and apologies", corpus/003): a short title standing alone, that the
  // contents list names, that is a usual section of minutes, that is a markdown heading, or that
  // stands between the attendance list and the first item. In minutes with no numbered headings at
  // all, every standalone title after the header is a section.
  private acceptUnnumbered(line: LineLayout): boolean {
    if (line.shape !== "title" || line.dated) return false;
    // "Knife crime" | "The Board discussed …": in minutes whose items have no numbers, a title
    // after a blank line, or after a finished paragraph, may sit straight on its first paragraph
    // (or on bulleted points written as phrases).
    const over = paragraphAfter(line) || proseAfter(line);
    const apart = line.blankBefore || /[.!?]$/.test(line.previous?.text ?? "");
    const onParagraph = !this.numbered && apart && over;
    // "3. Minutes …" | … | "" | "Matters arising" | "The letter to the Home Office …": a usual
    // section of minutes set apart over its paragraph is a section even among numbered items.
    const usualOver = line.common && line.blankBefore && over;
    if (!line.marked && !(line.blankBefore && line.blankAfter) && !onParagraph && !usualOver)
      return false;
    if (line.listed || line.common) return true;
    if (this.mode === "header") return false;
    if (line.markdown) return true;
    if (this.mode === "loose" && this.sections.items.length === 0) return true;
    return !this.numbered && over;
  }
}

// A markdown table's title row: a word or two a cell ("No.", "#", "Decision / action").
const SIGNATURE = /^(?:signed|signature)\b/i;
const PIPE_TITLE_CELL = /^\s*(?:#|\p{Lu}[\p{L}.()/ ]*)\s*$/u;
const ITEM_TITLE = /^(?:agenda\s+)?item$/i;
const ACTION_TITLE = /^(?:decisions?\s*(?:\/|and|&)\s*)?actions?(?: agreed)?$/i;
const DASH_ALONE = /^[-–—]+$/;
const CELL_BREAK = /\s*<br\s*\/?>\s*/i;

const MINUTE_NUMBER = /^(?:[A-Z]+\/)?(\d+)\/(\d+)$/;

function introducesList(line: LineLayout | undefined): boolean {
  return line?.text.endsWith(":") === true;
}

/**
 * "31/23 DECLARATIONS OF INTEREST" | "32/23 MINUTES" | …: a council numbers its minutes through
 * the year, the year after the slash; other minutes write the year first ("24/01" | "24/02").
 * One line cannot say which: the document's minute numbers do, the year being the part they
 * share and the count the part that changes.
 */
function countsInFirstPart(lines: readonly LineLayout[]): boolean {
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  for (const l of lines) {
    const m = l.numbered?.number.includes("/") ? MINUTE_NUMBER.exec(l.numbered.number) : null;
    if (!m?.[1] || !m[2]) continue;
    firsts.add(m[1]);
    seconds.add(m[2]);
  }
  return seconds.size === 1 && firsts.size > 1;
}

// A section heading names a group of business ("1.   OPENING BUSINESS", "Items for decision"),
// written in capitals or with a group's word; "2. Knife crime" over "2.1 The MPS reported …" is an
// item with its points numbered under it (terse notes), and reading it as a section loses its title.
const GROUP_WORDS =
  /\b(?:business|items|matters|reports|papers|part|for (?:decision|information|discussion|noting))\b/i;

// A numbered heading straight over its section's first title ("1.   OPENING BUSINESS" | "1.1
// Welcome …"), reading as a group of business.
function headsSection(line: LineLayout): boolean {
  const heading = line.numbered as NumberedHeading;
  const under = line.next?.decimal;
  if (heading.style !== "number" || under?.section !== heading.value) return false;
  return under.heading.value === 1 && readsAsGroup(heading.title);
}

function readsAsGroup(title: string): boolean {
  return (/[A-Z]{2}/.test(title) && !/[a-z]/.test(title)) || GROUP_WORDS.test(title);
}

// Where a run-in title ends: a colon, or a dash with a space either side.
const RUN_IN = /: | [-–—] /;

// "1. …", "(2) …": only a line opening with a figure or a bracket can be numbered.
function opensWithNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 40;
}
