import { DANGLING_WORDS, GROUP_OF_PEOPLE_WORDS } from "../lexicon.js";
import type { AttendanceStatus, Attendee } from "../model.js";
import {
  type ListedPerson,
  looksLikeListEntry,
  readAttendanceLine,
  statusAfterLine,
} from "./attendance.js";
import {
  type CodeColumn,
  entryWithCode,
  isMarkedAbsent,
  meetingColumn,
  readCodeKey,
  readMarkKey,
  rowWithCode,
} from "./attendance-codes.js";
import {
  type AttendanceColumns,
  cellsUnderColumns,
  type MarkColumn,
  rowWithMarks,
  spacedCells,
} from "./attendance-columns.js";
import type { AttendanceHeading } from "./attendance-headings.js";
import { isAbsentRow, isTableFrame } from "./attendance-table.js";
import { withAttendees } from "./attendee-list.js";
import { describe, readsAsDescription } from "./description.js";
import { initialsListed, readInitialsKey } from "./initials-key.js";
import { type LineLayout, paragraphAfter } from "./layout.js";
import { tellsOfPerson } from "./people.js";

/**
 * What a line inside an attendance list turned out to be: read as part of the list, kept as loose
 * text without ending the list, or the end of the list.
 */
export type ListLine = "entry" | "kept" | "ended";

/** One entry of the list: the line it starts on, the lines it runs over, whom it names. */
interface Entry {
  text: string;
  line: number;
  /** The last line the entry runs over. */
  end: number;
  status: AttendanceStatus;
  people: ListedPerson[];
}

/**
 * The attendance list of a minutes file as its lines are walked: the status in force, and the
 * entries read so far, so that a line wrapped under an entry is read together with it. The people
 * are handed back by `attendees()` once the walk is done.
 */
// A cell of a table by organisation with no one in it: "-", "–", "None", "n/a".
const NO_ONE = /^(?:[-–—]|none|n\/a|nil)$/i;

export class AttendanceList {
  private status: AttendanceStatus = "present";
  private readonly entries: Entry[] = [];
  private lastEntry: Entry | null = null;
  /** Some entry so far names more than one person. */
  private severalOnALine = false;
  /** The columns of side-by-side labels ("Present      Apologies") over the rows read now. */
  private columns: AttendanceColumns | null = null;
  /** The tick columns of the table read now ("Attended", "Apologies"), by their place in a row. */
  private marks: readonly MarkColumn[] | null = null;
  /** The code column of the register read now ("P/A"), and the key its codes are read by. */
  private codes: {
    column: CodeColumn;
    key: ReadonlyMap<string, AttendanceStatus>;
    line: number;
    /** A register across the year's meetings: the marks of absence ("– did not attend"). */
    absent?: ReadonlySet<string>;
  } | null = null;

  /** The key of codes in the minutes, read when an entry first ends in a bracket. */
  private codeKey: ReadonlyMap<string, AttendanceStatus> | null = null;
  /** The key to initials in the minutes, read when a list first gives people by initials alone. */
  private initialsKey: Map<string, string> | null = null;
  /** The body named over the people indented under it, and how far its own line is indented. */
  private group: { body: string; indent: number } | null = null;
  /** The last entry read in each of the side-by-side columns, by the column's place. */
  private columnEntries: (Entry | undefined)[] = [];

  constructor(private readonly lines: readonly LineLayout[]) {}

  /** How many entries the list has read so far. */
  get entryCount(): number {
    return this.entries.length;
  }

  /** Everyone the list names, in order; anyone listed twice is kept at their first entry. */
  attendees(): Attendee[] {
    return withAttendees([], this.entries);
  }

  /**
   * Opens (part of) the list under a heading with the status it gives, reading any people written
   * after the heading on its line. Returns the number of the last line that reading used up.
   */
  open({ status, inline, columns, marks, codes }: AttendanceHeading, line: LineLayout): number {
    this.status = status;
    this.lastEntry = null;
    this.group = null;
    this.columnEntries = [];
    this.columns = columns ?? null;
    this.marks = marks ?? null;
    this.codes = codes ? this.withKey(codes, line) : null;
    if (!inline) return line.line;
    const { text, end } = this.withContinuation(inline, line);
    this.addEntry(text, line, false);
    return end;
  }

  // A line is asked about more than once (does it carry on a spaced list? is it an entry?): it is
  // read once per status and way of reading. Kept by the line's text, then in the reading's slot
  // (READING), so the text is not copied into a key each time, nor a map made for every line.
  private readonly read_ = new Map<string, (ListedPerson[] | undefined)[]>();

  // A line of its own is read like the entries before it; a list run on after a heading's label
  // ("Apologies: Sunita Varma (NPS), Edward Pryce (YJB)") is several people whatever came before.
  private peopleOn(text: string, status: AttendanceStatus, ownLine = true): ListedPerson[] {
    const onePerLine = ownLine && this.entries.length > 0 && !this.severalOnALine;
    let readings = this.read_.get(text);
    if (readings === undefined) {
      readings = [];
      this.read_.set(text, readings);
    }
    const reading = READING[status] + (onePerLine ? 0 : SEVERAL);
    let people = readings[reading];
    if (people === undefined) {
      people = readAttendanceLine(text, status, onePerLine);
      readings[reading] = people;
    }
    return people;
  }

  /** Reads one line under the list's heading. */
  read(line: LineLayout): ListLine {
    if (this.columns && this.readColumns(this.columns, line)) return "entry";
    if (this.marks && line.columns && this.readMarks(this.marks, line)) return "entry";
    if (this.codes && (line.line === this.codes.line || this.readCodes(line))) return "entry";
    if (isTableFrame(line.raw)) return "entry";
    if (this.continuesEntry(line)) return "entry";
    // "Notes:" | "Dr Osterberg-Ola sent a written update on …" (a slide's speaker notes under its
    // apologies, unseen-minutes-10/84): a sentence telling of a person ends the list.
    if (line.sentence && tellsOfPerson(line.text)) return "ended";
    if (!line.listed && this.addEntry(line.raw, line)) return "entry";
    if (this.describesEntry(this.lastEntry, line.text, line)) return "entry";
    // An entry the rules cannot read ("• DAC …" with a rank no list holds) does not end a
    // bulleted list: the entries after it are still people.
    if (line.bulleted && this.lastEntry) return "entry";
    if (this.opensGroup(line)) return "kept";
    // A member marked absent in the table's attendance column is a row of it, naming no attendee.
    if (this.lastEntry && isAbsentRow(line.raw)) return "kept";
    return this.missedEntry(line) ? "kept" : "ended";
  }

  /** True when the text names people under the status in force. */
  namesPeople(raw: string): boolean {
    return this.peopleOn(raw, this.status).length > 0;
  }

  /**
   * True when the line carries on a list spaced out with blank lines ("Jane Smith, MOPAC" | "" |
   * "Tom Brown, MPS"): the last entry stood apart too, and this line names a person written the
   * same way, with a description after the name or, like the last entry, without one.
   */
  continuesSpacedList(line: LineLayout): boolean {
    const last = this.lastEntry;
    if (!last || !this.lines[last.line - 1]?.blankBefore) return false;
    if (hasDescription(last.text) !== hasDescription(line.raw)) return false;
    return this.namesPeople(line.raw);
  }

  /**
   * True when the line is written unlike the entry straight above it: that entry describes its
   * person ("Gwendolyn Harte, HMPPS") and this line has no description ("Cannabis Farms").
   */
  breaksPattern(line: LineLayout): boolean {
    const last = this.lastEntry;
    return (
      last !== null &&
      last.end === line.line - 1 &&
      hasDescription(last.text) &&
      !hasDescription(line.raw)
    );
  }

  /** True when the next written line after the given one names people under `status`. */
  peopleFollow(line: LineLayout, status: AttendanceStatus): boolean {
    return line.next !== undefined && this.peopleOn(line.next.raw, status).length > 0;
  }

  // A line shaped like a list entry in a form no rule reads ("Independent Chair of the Board, Youth
  // Justice Board") does not end an attendance list and become a heading over the rest of it. Only
  // a title with strong evidence does: the contents list names it, it is a usual section of
  // minutes, or prose follows it.
  private missedEntry(line: LineLayout): boolean {
    if (!looksLikeListEntry(line.raw)) return false;
    if (line.listed || line.common) return false;
    return !paragraphAfter(line);
  }

  // A row under side-by-side labels: the part under each label is an entry with its status.
  private readColumns(columns: AttendanceColumns, line: LineLayout): boolean {
    if (columns.columns[0]?.names === "organisation") return this.readByOrganisation(columns, line);
    let read = false;
    for (const part of cellsUnderColumns(line.raw, columns)) {
      this.status = part.status;
      if (this.addEntry(part.text, line)) {
        read = true;
        this.columnEntries[part.column] = this.lastEntry ?? undefined;
      } else if (this.describesEntry(this.columnEntries[part.column] ?? null, part.text, line))
        read = true;
    }
    this.status = columns.columns[0]?.status ?? this.status;
    return read;
  }

  // A row of a table by organisation: "London Councils   Cllr Jovan Pettigrew; Cllr Saoirse
  // Mbatha-Keane   Cllr Bartholomew Yiadom". The first cell is the body of everyone on the row, each
  // other cell its people under that column's status, parted by ";", a dash where there are none.
  private readByOrganisation(columns: AttendanceColumns, line: LineLayout): boolean {
    const parts = cellsUnderColumns(line.raw, columns);
    const body = parts[0]?.column === 0 ? parts[0].text.replace(/\t/g, " ") : null;
    if (body === null) return false;
    let read = true;
    for (const part of parts.slice(1)) {
      this.status = part.status;
      for (const piece of part.text.split(/\s*[;\t]\s*/)) {
        if (piece === "" || NO_ONE.test(piece)) continue;
        if (!this.addEntry(piece, line)) {
          read = false;
          continue;
        }
        const entry = this.lastEntry;
        if (entry)
          entry.people = entry.people.map((p) =>
            p.organisation === null ? { ...p, organisation: body } : p,
          );
      }
    }
    this.status = columns.columns[0]?.status ?? this.status;
    return read;
  }

  // A table row ticked under a status column: the person, with that column's status.
  private readMarks(marks: readonly MarkColumn[], line: LineLayout): boolean {
    const row = rowWithMarks(line.raw, marks);
    return row ? this.addWithStatus(row.text, line, row.status) : false;
  }

  // The key of the minutes' codes, wherever it stands; empty when they have none.
  private findCodeKey(): ReadonlyMap<string, AttendanceStatus> {
    return this.firstCodeKey()?.key ?? new Map();
  }

  // The key a register's codes are read by, wherever it stands: above the register or under it.
  // A register across the year's meetings is read in the meeting's own column, found from its
  // rows (the lines under its title row up to a blank one).
  private withKey(column: CodeColumn, title: LineLayout): AttendanceList["codes"] {
    const found = this.firstCodeKey();
    if (!found) return null;
    if (!column.dates) return { column, ...found };
    const rows: string[] = [];
    for (let at = title.line; at < this.lines.length && !this.lines[at]?.blank; at++)
      rows.push((this.lines[at] as LineLayout).raw);
    const absent = readMarkKey(this.lines[found.line - 1]?.raw ?? "").absent;
    return { column: meetingColumn(column, rows, found.key, absent), ...found, absent };
  }

  // The minutes' first key to codes and its line: one search for the register's column and for
  // codes written after names. A key of marks parted by wide gaps is read as written.
  private firstCodeKey(): { key: ReadonlyMap<string, AttendanceStatus>; line: number } | null {
    for (const l of this.lines) {
      const key = l.blank ? null : (readCodeKey(l.text) ?? (l.untidy ? readCodeKey(l.raw) : null));
      if (key) return { key, line: l.line };
    }
    return null;
  }

  // A register's row: the person, with the status their code stands for. A member marked absent
  // in a register across the year's meetings is a row of it that names no one.
  private readCodes(line: LineLayout): boolean {
    const codes = this.codes;
    const row = codes && line.columns ? rowWithCode(line.raw, codes.column, codes.key) : null;
    if (!row && codes?.absent && isMarkedAbsent(line.raw, codes.column, codes.absent)) return true;
    return row ? this.addWithStatus(row.text, line, row.status) : false;
  }

  // A row whose own mark or code gives its status, the list's status left as it was for the next.
  private addWithStatus(text: string, line: LineLayout, status: AttendanceStatus): boolean {
    const listed = this.status;
    this.status = status;
    const read = this.addEntry(text, line);
    this.status = listed;
    return read;
  }

  private addEntry(text: string, line: LineLayout, ownLine = true): boolean {
    // "Name (Body) [A]": a code after the name gives this entry the status the minutes' key
    // ("Attendance key: [P] present, [A] apologies, …") says, whatever the heading above.
    if (text.includes("]")) {
      this.codeKey ??= this.findCodeKey();
      const coded = this.codeKey.size > 0 ? entryWithCode(text, this.codeKey) : null;
      if (coded) return this.addWithStatus(coded.text, line, coded.status);
    }
    const status = this.status;
    let people = this.peopleOn(text, status, ownLine);
    if (people.length === 0 && this.addKeyedInitials(text, line, status)) return true;
    if (people.length > 0 && this.group) people = this.inGroup(people, line, this.group);
    if (people.length > 0) {
      this.lastEntry = { text, line: line.line, end: line.line, status, people };
      this.entries.push(this.lastEntry);
      if (people.length > 1) this.severalOnALine = true;
    }
    // An inline "**Officials in attendance**" (corpus/003) holds for the lines after it too.
    this.status = statusAfterLine(text, status);
    return people.length > 0;
  }

  // "Theodora Vance" | "Mayor's Office for Policing and Crime (Chair)" (a Word table pasted a cell a
  // line), "Ottilie Marchbanks" | "Deputy Mayor for Policing and Crime (Chair)" (in a column): the
  // line straight under an entry naming one person and nothing of them, indented no less, that
  // names no one and reads as a body or a post, is that person's description. A title with prose
  // under it is not.
  private describesEntry(entry: Entry | null, text: string, line: LineLayout): boolean {
    if (!entry || entry.end !== line.line - 1 || entry.people.length !== 1) return false;
    const person = entry.people[0];
    if (!person || person.organisation !== null || person.role !== null) return false;
    if (hasDescription(entry.text) || line.listed || line.common) return false;
    if (indentOf(line.raw) < indentOf(this.lines[entry.line - 1]?.raw ?? "")) return false;
    if (!readsAsDescription(text) || paragraphAfter(line)) return false;
    // A body's name over people indented further heads their group (opensGroup), and a label
    // naming people in the plural ("MOPAC Officers") heads the people under it: neither is the
    // description of the name above.
    if (this.groupHeadedBy(line) !== null || namesAGroupOfPeople(text)) return false;
    const { role, organisation } = describe(text);
    entry.people = [
      { name: person.name, honorific: person.honorific, role, organisation, status: person.status },
    ];
    entry.end = line.line;
    return true;
  }

  // "Mayor's Office for Policing and Crime" | "    Caspian Wolde (Chair)" | "    Henrietta Okpara":
  // a line naming a body and no one, over people indented further, names the body they are from.
  private opensGroup(line: LineLayout): boolean {
    const body = this.groupHeadedBy(line);
    if (body === null) return false;
    this.group = { body, indent: indentOf(line.raw) };
    return true;
  }

  // The body a line names as the head of a group of people indented further under it; null when
  // it heads none.
  private groupHeadedBy(line: LineLayout): string | null {
    const next = line.next;
    if (!next || line.columns || indentOf(next.raw) <= indentOf(line.raw)) return null;
    const { role, organisation } = describe(line.text);
    if (role !== null || organisation === null) return null;
    return this.peopleOn(next.raw, this.status).length === 0 ? null : organisation;
  }

  // The people of an entry indented under a body's name, given that body where they name none;
  // an entry indented no further than the body's line is out of its group.
  private inGroup(
    people: ListedPerson[],
    line: LineLayout,
    group: { body: string; indent: number },
  ): ListedPerson[] {
    if (indentOf(line.raw) <= group.indent) {
      this.group = null;
      return people;
    }
    return people.map((p) =>
      p.organisation === null
        ? {
            name: p.name,
            honorific: p.honorific,
            role: p.role,
            organisation: group.body,
            status: p.status,
          }
        : p,
    );
  }

  // "Present: SO'N (Chair), RB, KM" | … | "RB      Commander Rupert Balogun, MPS": people given by
  // their initials alone are the people a key in the minutes names by them (initials-key.ts),
  // each an entry with the status in force. Initials the key does not name name no one.
  private addKeyedInitials(text: string, line: LineLayout, status: AttendanceStatus): boolean {
    const listed = initialsListed(text);
    if (!listed) return false;
    this.initialsKey ??= readInitialsKey(this.rawLines());
    let read = false;
    for (const initials of listed) {
      const entry = this.initialsKey.get(initials);
      // A key's row names one person, however the list around it is written.
      const people = entry ? readAttendanceLine(entry, status, true) : [];
      if (!entry || people.length === 0) continue;
      this.lastEntry = { text: entry, line: line.line, end: line.line, status, people };
      this.entries.push(this.lastEntry);
      read = true;
    }
    if (read && listed.length > 1) this.severalOnALine = true;
    return read;
  }

  private *rawLines(): Iterable<string> {
    for (const l of this.lines) if (!l.blank) yield l.raw;
  }

  // "Cllr Marcus Onyango      Chair, London Councils Crime and Public Protection" |
  // "                         Committee": an indented line straight under an entry, that names
  // nobody itself, carries on that entry's description. The entry is read again with it.
  private continuesEntry(line: LineLayout): boolean {
    const last = this.lastEntry;
    if (!last || line.line !== last.end + 1 || !line.indented) return false;
    // "  MOPAC - Head of Partnerships: Fitzroy Ambrose" | "  MOPAC - Board Secretary (minutes)":
    // a line indented no further than the entry it follows is a sibling entry, not its tail.
    if (indentOf(line.raw) <= indentOf(this.lines[last.line - 1]?.raw ?? "")) return false;
    if (this.peopleOn(line.raw, last.status).length > 0) return false;
    const joined = wrappedInFirstCell(last.text, line) ?? `${last.text} ${line.text}`;
    const people = this.peopleOn(joined, last.status);
    if (people.length === 0) return false;
    last.text = joined;
    last.end = line.line;
    last.people = people;
    this.severalOnALine = this.entries.some((e) => e.people.length > 1);
    return true;
  }

  // "PRESENT: Sophie Lindqvist (Chair, MOPAC), … Marcus" | "Hale (National Probation Service)." —
  // a list after a heading's colon runs on over the next lines until a full stop or a blank line.
  // An indented line starts an entry of its own: "Present:\tName, Role" | "\tName, Role" is a
  // hanging-indent list, one person a line.
  private withContinuation(inline: string, line: LineLayout): { text: string; end: number } {
    let text = inline;
    let end = line.line;
    for (;;) {
      const next = this.lines[end];
      if (/\.\s*$/.test(text) || !next || next.blank) break;
      if (next.indented || next.bulleted || next.attendance || next.numbered) break;
      // "Attendees: Osei-Viljoen, Lachlan (MPS); …" | "Next Meeting: 19/11/2025 14:00": a record
      // exported one field a line (a SharePoint list item, unseen-minutes-9/76); the next field's
      // label ends the list.
      if (FIELD_LABEL.test(next.text)) break;
      text = joinedAtLineEnd(text, next.text);
      end += 1;
    }
    return { text, end };
  }
}

// A field's label: one to four words, the first capitalised, and a colon.
const FIELD_LABEL = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}:\s/u;

// "Cllr Taran Bhogal, London Coun-" | "cils; …", "Hector Abernethy-" | "Lowe (MOPAC).": a hyphen
// at the line's end joins the word to the next line's first, dropped before a lower-case letter (a
// word broken at the margin) and kept before a capital (a double-barrelled name); otherwise the
// lines are parted by a space.
function joinedAtLineEnd(text: string, next: string): string {
  if (!BROKEN_AT_END.test(text)) return `${text} ${next}`;
  return /^\p{Ll}/u.test(next) ? `${text.slice(0, -1)}${next}` : `${text}${next}`;
}

const BROKEN_AT_END = /\p{L}-$/u;

// The slot of each reading of a line: one per status, read one person a line, then SEVERAL on.
const READING: Readonly<Record<AttendanceStatus, number>> = {
  present: 0,
  in_attendance: 1,
  apologies: 2,
};
const SEVERAL = 3;

const DESCRIPTION_MARK = /,|\s[-–—]\s|\(|\t|\S\s{3,}\S/u;

// "Jane Smith, MOPAC", "Tom Brown - MPS", "Ann Lee (NPS)", "Raj Patel\tMPS": a name with something
// written after it, set off by punctuation or a column gap.
function hasDescription(raw: string): boolean {
  return DESCRIPTION_MARK.test(raw.trim());
}

// "Chief Superintendent Odile         Metropolitan Police Service" | "  Hartigan-Bose" (a PDF's
// annex, unseen-minutes-8/62): a line under a row of columns that starts left of the row's second
// cell is wrapped inside the first, the name: the entry with it there, its columns kept.
function wrappedInFirstCell(entry: string, line: LineLayout): string | null {
  const cells = spacedCells(entry);
  const first = cells[0];
  const second = cells[1];
  if (!first || !second || indentOf(line.raw) >= second.at) return null;
  // "Director of Strategy and" | "    Commissioning, NHS England": a hanging indent wraps the
  // description there too. The line is the name's rest only when it reads as one (a word or two,
  // capitalised, no comma, no body or post) and the entry's description does not dangle.
  if (!NAME_REST.test(line.text) || readsAsDescription(line.text)) return null;
  const lastWord = entry.trimEnd().split(/\s+/).pop() ?? "";
  if (/[,;:&-]$/.test(lastWord) || DANGLING_WORDS.has(lastWord.toLowerCase())) return null;
  const end = first.at + first.text.length;
  return `${entry.slice(0, end)} ${line.text}${entry.slice(end)}`;
}

// "Hartigan-Bose", "Van Der Berg": the rest of a wrapped name, one to three capitalised words.
const NAME_REST = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

function indentOf(raw: string): number {
  return raw.length - raw.trimStart().length;
}

// "MOPAC Officers", "London Councils Representatives": a label ending in a plural noun for people.
// A body's own name may end so too ("Association of Chief Police Officers"): after "of" or "for"
// the plural is part of the name, and the line may well describe one person.
function namesAGroupOfPeople(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  if (!GROUP_OF_PEOPLE_WORDS.has(last)) return false;
  return !words.some((word) => word === "of" || word === "for");
}
