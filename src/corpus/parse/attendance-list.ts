import type { AttendanceStatus, Attendee } from "../model.js";
import {
  type ListedPerson,
  looksLikeListEntry,
  readAttendanceLine,
  statusAfterLine,
} from "./attendance.js";
import { readAttendanceHeading } from "./attendance-headings.js";
import { isTableFrame } from "./attendance-table.js";
import { addAttendees } from "./attendee-list.js";
import { type Contents, inContents } from "./contents.js";
import { isCommonSection, readNumberedHeading } from "./items.js";
import { followedByProse, isBulleted, nextWrittenLine, type TextLine } from "./lines.js";

/**
 * What a line inside an attendance list turned out to be: read as part of the list, kept as loose
 * text without ending the list, or the end of the list.
 */
export type ListLine = "entry" | "kept" | "ended";

/**
 * The attendance list of a minutes file as its lines are walked: the status in force, and the last
 * entry read, so that a line wrapped under an entry is read together with it. People found are
 * added to `attendees`.
 */
export class AttendanceList {
  private status: AttendanceStatus = "present";
  private lastEntry: {
    text: string;
    line: number;
    /** The last line the entry runs over. */
    end: number;
    status: AttendanceStatus;
    added: number;
  } | null = null;

  constructor(
    private readonly lines: readonly TextLine[],
    private readonly contents: Contents,
    private readonly attendees: Attendee[],
  ) {}

  /**
   * Opens (part of) the list under a heading with the status it gives, reading any people written
   * after the heading on its line. Returns the number of the last line that reading used up.
   */
  open(status: AttendanceStatus, inline: string | null, line: TextLine): number {
    this.status = status;
    this.lastEntry = null;
    if (!inline) return line.line;
    const { text, end } = this.withContinuation(inline, line);
    this.addPeople(text, line);
    return end;
  }

  // A line is asked about more than once (does it carry on a spaced list? is it an entry?): it is
  // read once per status.
  private readonly read_ = new Map<string, ListedPerson[]>();

  private peopleOn(text: string, status: AttendanceStatus): ListedPerson[] {
    const key = `${status}\u0000${text}`;
    let people = this.read_.get(key);
    if (people === undefined) {
      people = readAttendanceLine(text, status);
      this.read_.set(key, people);
    }
    return people;
  }

  /** Reads one line under the list's heading. */
  read(line: TextLine): ListLine {
    if (isTableFrame(line.raw)) return "entry";
    if (this.continuesEntry(line)) return "entry";
    if (!inContents(this.contents, line.text) && this.addPeople(line.raw, line)) return "entry";
    // An entry the rules cannot read ("• DAC …" with a rank no list holds) does not end a
    // bulleted list: the entries after it are still people.
    if (isBulleted(line.raw) && this.lastEntry) return "entry";
    return this.missedEntry(line) ? "kept" : "ended";
  }

  /** True when the line names people under the status in force. */
  namesPeople(line: TextLine): boolean {
    return this.peopleOn(line.raw, this.status).length > 0;
  }

  /**
   * True when the line carries on a list spaced out with blank lines ("Jane Smith, MOPAC" | "" |
   * "Tom Brown, MPS"): the last entry stood apart too, and this line names a person written the
   * same way, with a description after the name or, like the last entry, without one.
   */
  continuesSpacedList(line: TextLine): boolean {
    const last = this.lastEntry;
    if (!last || !this.isBlankLine(last.line - 1)) return false;
    if (hasDescription(last.text) !== hasDescription(line.raw)) return false;
    return this.namesPeople(line);
  }

  private isBlankLine(lineNumber: number): boolean {
    const l = this.lines[lineNumber - 1];
    return l === undefined || l.text === "" || l.furniture;
  }

  /** True when the next written line after the given one names people under `status`. */
  peopleFollow(lineNumber: number, status: AttendanceStatus): boolean {
    const next = nextWrittenLine(this.lines, lineNumber);
    return next !== undefined && this.peopleOn(next.raw, status).length > 0;
  }

  // A line shaped like a list entry in a form no rule reads ("Independent Chair of the Board, Youth
  // Justice Board") does not end an attendance list and become a heading over the rest of it. Only
  // a title with strong evidence does: the contents list names it, it is a usual section of
  // minutes, or prose follows it.
  private missedEntry(line: TextLine): boolean {
    if (!looksLikeListEntry(line.raw)) return false;
    if (inContents(this.contents, line.text) || isCommonSection(line.text)) return false;
    return !followedByProse(this.lines, line.line);
  }

  private addPeople(text: string, line: TextLine): boolean {
    const status = this.status;
    const people = this.peopleOn(text, status);
    const before = this.attendees.length;
    addAttendees(this.attendees, people, line.line);
    const added = this.attendees.length - before;
    if (people.length > 0)
      this.lastEntry = { text, line: line.line, end: line.line, status, added };
    // An inline "**Officials in attendance**" (corpus/003) holds for the lines after it too.
    this.status = statusAfterLine(text, status);
    return people.length > 0;
  }

  // "Cllr Marcus Onyango      Chair, London Councils Crime and Public Protection" |
  // "                         Committee": an indented line straight under an entry, that names
  // nobody itself, carries on that entry's description. The entry is read again with it.
  private continuesEntry(line: TextLine): boolean {
    const last = this.lastEntry;
    if (!last || line.line !== last.end + 1 || !/^\s/.test(line.raw)) return false;
    if (this.peopleOn(line.raw, last.status).length > 0) return false;
    const joined = `${last.text} ${line.text}`;
    const people = this.peopleOn(joined, last.status);
    if (people.length === 0) return false;
    this.attendees.splice(this.attendees.length - last.added, last.added);
    const before = this.attendees.length;
    addAttendees(this.attendees, people, last.line);
    const added = this.attendees.length - before;
    this.lastEntry = { ...last, text: joined, end: line.line, added };
    return true;
  }

  // "PRESENT: Sophie Lindqvist (Chair, MOPAC), … Marcus" | "Hale (National Probation Service)." —
  // a list after a heading's colon runs on over the next lines until a full stop or a blank line.
  // An indented line starts an entry of its own: "Present:\tName, Role" | "\tName, Role" is a
  // hanging-indent list, one person a line.
  private withContinuation(inline: string, line: TextLine): { text: string; end: number } {
    let text = inline;
    let end = line.line;
    for (;;) {
      const next = this.lines[end];
      if (/\.\s*$/.test(text) || !next || !next.text || next.furniture) break;
      if (/^\s/.test(next.raw) || isBulleted(next.raw)) break;
      if (readAttendanceHeading(next.raw) || readNumberedHeading(next.text)) break;
      text = `${text} ${next.text}`;
      end += 1;
    }
    return { text, end };
  }
}

// "Jane Smith, MOPAC", "Tom Brown - MPS", "Ann Lee (NPS)", "Raj Patel\tMPS": a name with something
// written after it, set off by punctuation or a column gap.
function hasDescription(raw: string): boolean {
  return /,|\s[-–—]\s|\(|\t|\S\s{3,}\S/u.test(raw.trim());
}
