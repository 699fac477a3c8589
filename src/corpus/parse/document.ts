import type { AttendanceStatus, Attendee } from "../model.js";
import { isActionsHeading } from "./actions.js";
import {
  addAttendees,
  isTableFrame,
  readAttendanceHeading,
  readAttendanceLine,
} from "./attendance.js";
import { type Contents, inContents } from "./contents.js";
import { findDates } from "./dates.js";
import {
  type HeadingStyle,
  isCommonSection,
  looksLikeHeading,
  type NumberedHeading,
  readNumberedHeading,
} from "./items.js";
import { isBoldLine, isMarkdownHeading, type TextLine } from "./lines.js";
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
  private status: AttendanceStatus = "present";
  private item: ItemSection | null = null;
  private style: HeadingStyle | null;
  private lastNumber = 0;
  private listNext: number | null = null;
  private readonly numbered: boolean;
  private consumedTo = 0;

  constructor(
    private readonly lines: readonly TextLine[],
    private readonly contents: Contents,
  ) {
    this.style = contents.style;
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
    const attendance = readAttendanceHeading(text);
    if (attendance) {
      this.enter("attendance");
      this.status = attendance.status;
      if (attendance.inline) this.addPeople(this.withContinuation(attendance.inline, line), line);
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
    const heading = this.acceptNumbered(line);
    if (heading) {
      this.openItem(heading.number, heading.title, line);
      return;
    }
    if (this.mode === "attendance") {
      if (isTableFrame(line.raw)) return;
      if (!inContents(this.contents, text) && this.addPeople(line.raw, line)) return;
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

  private addPeople(text: string, line: TextLine): boolean {
    const people = readAttendanceLine(text, this.status);
    addAttendees(this.sections.attendees, people, line.line);
    // An inline "**Officials in attendance**" (corpus/003) holds for the lines after it too.
    this.status = people.at(-1)?.status ?? this.status;
    return people.length > 0;
  }

  // "PRESENT: Sophie Lindqvist (Chair, MOPAC), … Marcus" | "Hale (National Probation Service)." —
  // a list after a heading's colon runs on over the next lines until a full stop or a blank line.
  private withContinuation(inline: string, line: TextLine): string {
    let text = inline;
    let n = line.line + 1;
    for (;;) {
      const next = this.lines[n - 1];
      if (/\.\s*$/.test(text) || !next || !next.text || next.furniture) break;
      if (readAttendanceHeading(next.text) || readNumberedHeading(next.text)) break;
      text = `${text} ${next.text}`;
      this.consumedTo = n;
      n += 1;
    }
    return text;
  }

  private openItem(number: string | null, title: string, line: TextLine): void {
    this.item = { number, title, line: line.line, lines: [] };
    this.sections.items.push(this.item);
    this.mode = "item";
  }

  private acceptNumbered(line: TextLine): NumberedHeading | null {
    const heading = readNumberedHeading(line.text);
    if (!heading) return null;
    const listed = inContents(this.contents, line.text);
    if (heading.style === "number" && !listed && !this.fitsNumberStyle(line, heading)) {
      this.listNext = Number(heading.number) + 1;
      return null;
    }
    this.style ??= heading.style;
    this.lastNumber = Number.parseInt(heading.number, 10) || this.lastNumber;
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
    const n = Number(heading.number);
    if (this.lastNumber > 0 && n <= this.lastNumber) return false;
    if (this.listNext !== null && n === this.listNext) return false;
    if (this.mode === "attendance" && readAttendanceLine(line.raw, this.status).length > 0)
      return false;
    return true;
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
    if (!marked && !this.standsAlone(line.line)) return false;
    if (inContents(this.contents, text) || isCommonSection(text)) return true;
    if (this.mode === "header") return false;
    if (isMarkdownHeading(line.raw)) return true;
    if (this.mode === "loose" && this.sections.items.length === 0) return true;
    return !this.numbered && this.followedByProse(line.line);
  }

  private standsAlone(lineNumber: number): boolean {
    const blank = (n: number) => {
      const l = this.lines[n - 1];
      return l === undefined || l.text === "" || l.furniture;
    };
    return blank(lineNumber - 1) && blank(lineNumber + 1);
  }

  private followedByProse(lineNumber: number): boolean {
    const next = this.lines.slice(lineNumber).find((l) => l.text !== "" && !l.furniture);
    return next !== undefined && (/[.!?:]$/.test(next.text) || next.text.split(" ").length > 12);
  }
}
