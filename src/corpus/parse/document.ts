import type { Attendee } from "../model.js";
import { isActionsHeading } from "./actions.js";
import { readAttendanceHeading, readMisspeltAttendanceHeading } from "./attendance-headings.js";
import { AttendanceList } from "./attendance-list.js";
import { type Contents, inContents } from "./contents.js";
import { findDates } from "./dates.js";
import {
  type HeadingStyle,
  isCommonSection,
  looksLikeHeading,
  type NumberedHeading,
  readLetteredHeading,
  readNumberedHeading,
} from "./items.js";
import {
  followedByProse,
  isBoldLine,
  isBulleted,
  isMarkdownHeading,
  proseFollows,
  type TextLine,
} from "./lines.js";
import { readNextMeetingsHeading } from "./next-meetings.js";

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
  /** Lines of a next-meetings section, and lines that state the next meeting themselves. */
  nextMeetingLines: TextLine[];
}

type Mode = "header" | "attendance" | "item" | "next" | "actions" | "loose";

const LIST_START = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z][.)]|[•·●▪◦‣∙○■□►➢*+]|[-–—](?=\s))\s/u;

/**
 * Walks the content lines once, top to bottom, deciding for each whether it opens a section
 * (attendance, agenda item, next meetings, actions) or belongs to the open one. Agenda headings are
 * judged in context: the first one accepted sets the document's style, and a bare "N." line is a
 * heading only in a document numbered that way, with a number above the last heading's, standing
 * apart from other numbered lines (which make a list).
 */
export function readSections(lines: readonly TextLine[], contents: Contents): DocumentSections {
  const walker = new SectionWalker(lines, contents);
  for (const line of lines) {
    if (line.text && !line.furniture && !contents.lines.has(line.line) && !walker.consumed(line))
      walker.take(line);
  }
  return walker.sections;
}

class SectionWalker {
  readonly sections: DocumentSections = {
    header: [],
    outside: [],
    attendees: [],
    items: [],
    actionLines: [],
    nextMeetingLines: [],
  };
  private mode: Mode = "header";
  private item: ItemSection | null = null;
  private style: HeadingStyle | null;
  private lastNumber = 0;
  private lastLetter = 0;
  private listNext: number | null = null;
  private readonly numbered: boolean;
  private consumedTo = 0;
  private readonly attendance: AttendanceList;

  constructor(
    private readonly lines: readonly TextLine[],
    private readonly contents: Contents,
  ) {
    this.style = contents.style;
    this.attendance = new AttendanceList(lines, contents, this.sections.attendees);
    this.numbered = lines.some(
      (l) => !l.furniture && !contents.lines.has(l.line) && this.couldBeNumberedHeading(l),
    );
  }

  /** True for a line already read as the continuation of the one before. */
  consumed(line: TextLine): boolean {
    return line.line <= this.consumedTo;
  }

  take(line: TextLine): void {
    const text = line.text;
    const attendance = readAttendanceHeading(line.raw);
    if (attendance) {
      this.enter("attendance");
      const end = this.attendance.open(attendance.status, attendance.inline, line);
      this.consumedTo = Math.max(this.consumedTo, end);
      return;
    }
    // "Apologes" over a list of people: a misspelt heading is a heading when people follow it.
    const misspelt = readMisspeltAttendanceHeading(text);
    if (misspelt && this.attendance.peopleFollow(line.line, misspelt.status)) {
      this.enter("attendance");
      this.attendance.open(misspelt.status, null, line);
      return;
    }
    const next = readNextMeetingsHeading(text);
    if (next) {
      this.enter("next");
      if (/\d/.test(next.inline)) this.sections.nextMeetingLines.push(line);
      return;
    }
    if (isActionsHeading(text)) {
      this.enter("actions");
      return;
    }
    const heading = this.acceptNumberAbove(line) ?? this.acceptNumbered(line);
    if (heading) {
      this.openItem(heading.number, heading.title, line);
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
      if (findDates(text).length > 0 || /\b\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}/u.test(text)) {
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

  private openItem(number: string | null, title: string, line: TextLine): void {
    this.item = { number, title, line: line.line, lines: [] };
    this.sections.items.push(this.item);
    this.mode = "item";
  }

  // "3." | "Serious violence and the Violence Reduction Unit": a number alone on its line, the
  // title on the line below (table cells copied out of Word). Read as one heading when the two
  // together pass as one; the title line is then used up.
  private acceptNumberAbove(line: TextLine): NumberedHeading | null {
    if (!/^\(?(?:\d{1,2}(?:\.0)?|[IVX]{1,6})[.)]?$/.test(line.text)) return null;
    const below = this.lines[line.line];
    if (!below?.text || below.furniture) return null;
    const joined = {
      ...line,
      raw: `${line.text} ${below.text}`,
      text: `${line.text} ${below.text}`,
    };
    const heading = this.acceptNumbered(joined);
    if (heading) this.consumedTo = below.line;
    return heading;
  }

  private acceptNumbered(line: TextLine): NumberedHeading | null {
    const heading = readNumberedHeading(line.text);
    if (!heading) return this.acceptLettered(line);
    const listed = inContents(this.contents, line.text);
    if (heading.style === "number" && !listed && !this.fitsNumberStyle(line, heading)) {
      this.listNext = heading.value + 1;
      return null;
    }
    this.style ??= heading.style;
    this.lastNumber = heading.value || this.lastNumber;
    this.listNext = null;
    return heading;
  }

  // A bare "N. Title" line is an item heading only when the document numbers its items that way, it
  // is not one of a run of numbered lines (a list, corpus/002 "1. Feedback on the Turnaround plan"),
  // its number follows on from the last heading, and it is not a numbered attendee.
  private fitsNumberStyle(line: TextLine, heading: NumberedHeading): boolean {
    if (this.style === "item-word") return false;
    if (/[.;,]\s*$/.test(line.text)) return false;
    if (this.isListLine(line.line - 1) || this.isListLine(line.line + 1)) return false;
    const n = heading.value;
    if (this.lastNumber > 0 && n <= this.lastNumber) return false;
    // "1." "2." "3." then "4. …" continues the list; "IV." after them is the next heading.
    const arabic = /^\d/.test(heading.number);
    if (arabic && this.listNext !== null && n === this.listNext) return false;
    // "Present:" | "Jane Smith, MOPAC" | "" | "1. Road Danger" | "" | "The Board discussed …": a
    // numbered line with a paragraph of prose under it is the first item, whatever its words.
    if (this.mode === "attendance" && !proseFollows(this.lines, line.line))
      return !this.attendance.namesPeople(line);
    return true;
  }

  // "Apologies:" | "Dominic Achterberg, HMCTS" | "" | "Road Danger" | "" | "The Board reviewed …":
  // inside an attendance list, a title-shaped line set apart by a blank line, with prose under it,
  // ends the list and opens an item. Layout decides, not the words: "Road Danger" reads as a name.
  private titleOverProse(line: TextLine): boolean {
    return (
      this.isBlank(line.line - 1) &&
      looksLikeHeading(line.text) &&
      !/\t/.test(line.raw) &&
      !isBulleted(line.raw) &&
      proseFollows(this.lines, line.line) &&
      findDates(line.text).length === 0 &&
      !this.attendance.continuesSpacedList(line)
    );
  }

  // "a) Hate Incidents" | "" | "The Board heard …": items lettered in sequence (a, b, c …). Letters
  // also mark lists inside items, so only a lettered title set apart by a blank line, with prose
  // under it, next in its sequence and not one of a run of lettered lines, is a heading.
  private acceptLettered(line: TextLine): NumberedHeading | null {
    const heading = readLetteredHeading(line.text);
    if (!heading || heading.value !== this.lastLetter + 1) return null;
    if (!this.isBlank(line.line - 1) || !proseFollows(this.lines, line.line)) return null;
    if (this.isListLine(line.line + 1)) return null;
    this.lastLetter = heading.value;
    return heading;
  }

  private isListLine(lineNumber: number): boolean {
    const l = this.lines[lineNumber - 1];
    return l !== undefined && !l.furniture && l.text !== "" && LIST_START.test(l.text);
  }

  private couldBeNumberedHeading(line: TextLine): boolean {
    const heading = readNumberedHeading(line.text);
    if (!heading) return false;
    return (
      heading.style === "item-word" ||
      (!/[.;,]\s*$/.test(line.text) &&
        !this.isListLine(line.line - 1) &&
        !this.isListLine(line.line + 1))
    );
  }

  // Unnumbered sections ("Welcome and apologies", corpus/003): a short title standing alone, that the
  // contents list names, that is a usual section of minutes, that is a markdown heading, or that
  // stands between the attendance list and the first item. In minutes with no numbered headings at
  // all, every standalone title after the header is a section.
  private acceptUnnumbered(line: TextLine): boolean {
    const text = line.text;
    if (!looksLikeHeading(text) || findDates(text).length > 0) return false;
    const marked = isMarkdownHeading(line.raw) || isBoldLine(line.raw);
    // "Knife crime" | "The Board discussed …": in minutes whose items have no numbers, a title
    // after a blank line may sit straight on its first paragraph.
    const onParagraph =
      !this.numbered && this.isBlank(line.line - 1) && followedByProse(this.lines, line.line);
    if (!marked && !this.standsAlone(line.line) && !onParagraph) return false;
    if (inContents(this.contents, text) || isCommonSection(text)) return true;
    if (this.mode === "header") return false;
    if (isMarkdownHeading(line.raw)) return true;
    if (this.mode === "loose" && this.sections.items.length === 0) return true;
    return !this.numbered && followedByProse(this.lines, line.line);
  }

  private standsAlone(lineNumber: number): boolean {
    return this.isBlank(lineNumber - 1) && this.isBlank(lineNumber + 1);
  }

  private isBlank(lineNumber: number): boolean {
    const l = this.lines[lineNumber - 1];
    return l === undefined || l.text === "" || l.furniture;
  }
}
