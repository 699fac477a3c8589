import { withinOneEdit } from "../edit-distance.js";
import type { AttendanceStatus } from "../model.js";
import { type CodeColumn, readCodeColumn } from "./attendance-codes.js";
import {
  type AttendanceColumns,
  type MarkColumn,
  readLabelColumns,
  readMarkColumns,
  readOrganisationColumns,
  titlesStatusColumn,
} from "./attendance-columns.js";
import { findDates } from "./dates.js";
import { isSpace, LowerCaseWords } from "./letters.js";
import { comparable, unmarked } from "./lines.js";
import { takeName, tellsOfPerson } from "./people.js";

/** A label that opens (part of) an attendance list, and the status of the people under it. */
interface AttendanceLabel {
  pattern: RegExp;
  status: AttendanceStatus;
  /**
   * Labels that are also ordinary words of minutes ("Minutes", "Notes") open attendance only with
   * a person written after them on the same line ("Notes: Joel Adebayo (MOPAC)").
   */
  needsPerson?: boolean;
  /**
   * Labels that name a post ("Chair", "Minute taker") also begin role-first entries ("Chair –
   * Cllr Annabel Leckie, London Councils"): before a dash they are the entry's role, not a label.
   */
  post?: boolean;
  /**
   * Labels that are also ordinary words of an item's text ("Online:", "In person:", "Advisers",
   * "Sent apologies") head an item's own lists too ("Online:" | "Romance Fraud"): they open
   * attendance only outside a numbered item (see `AttendanceHeading.ordinaryWords`).
   */
  ordinaryWords?: boolean;
}

// The kinds of member a panel or committee lists apart, as comparable() writes them.
const MEMBER_KINDS = [
  "independent",
  "co opted",
  "coopted",
  "elected",
  "lay",
  "voting",
  "non voting",
  "appointed",
  "associate",
  "statutory",
  "core",
];

// Where people attended a hybrid meeting from, as comparable() writes it: "in the room", "online",
// "on Teams". Alone, or after a verb ("Attending online", "Joined remotely"), a label of those present.
const WHERE =
  "in the room|in person|online|remotely|virtually|on (?:teams|zoom|the phone)|via (?:teams|zoom|video link|the phone)";

// Section titles that open an attendance list. "Attendees and apologies" opens with those present;
// the apologies follow under their own heading. The minute taker is staff in attendance.
const ATTENDANCE_LABELS: readonly AttendanceLabel[] = [
  {
    // "MEMBERS IN ATTENDANCE" over the members, apart from the officers under their own heading.
    pattern:
      /^(?:board |group )?(?:members|attendees|attendance)(?: present| in attendance)?(?: and apologies)?$/,
    status: "present",
  },
  // "Independent Co-opted Members:   Mr Laurence Quaife and Mrs …": a panel's members of one kind,
  // under a label of their own inside the list.
  {
    pattern: new RegExp(`^(?:(?:${MEMBER_KINDS.join("|")}) ){1,3}members(?: present)?$`),
    status: "present",
  },
  {
    // "On the call:", a call's notes for those who joined it; "Who attended", "Who was there" (a
    // slide deck's), a notes' heading.
    pattern:
      /^(?:present|attending|attended|those present|participants|on the call|who attended|who was present|who was there|who came)(?: and apologies)?$/,
    status: "present",
  },
  // "In the room:" | "Online:": a hybrid meeting's notes list those present by where they were;
  // "Online attendees:", "Dialled in:" the same.
  {
    pattern: new RegExp(
      `^(?:(?:attending|joined|joining|present) )?(?:${WHERE})$|^dial(?:l)?ed in$`,
    ),
    status: "present",
    ordinaryWords: true,
  },
  // "Here: Kwabena Lindholm-Asare (MOPAC, chairing), DS Hartley Brennan-Oke (MPS), …": notes kept in
  // a chat say who was there in a word. An ordinary word, so only with people after it.
  { pattern: /^here$/, status: "present", ordinaryWords: true, needsPerson: true },
  // Labels that name the people as well as where they were are no ordinary words of an item.
  {
    pattern: /^(?:online|remote|virtual|in person) (?:attendees|members|participants)$/,
    status: "present",
  },
  {
    pattern:
      /^(?:chair|chairs|in the chair|vice[- ]?chair|co[- ]?chairs?|deputy chair)(?: and apologies)?$/,
    status: "present",
    post: true,
  },
  { pattern: /^(?:board|group)(?: and advisors| and advisers| members)?$/, status: "present" },
  {
    pattern: /^(?:attendance|attendees|present|members) (?:and|&) apologies(?: for absence)?$/,
    status: "present",
  },
  {
    pattern:
      /^(?:officers|officials|officials in attendance|officers in attendance|officers present|officials present|staff present|in attendance|also in attendance|also present|also attending|others attending|others present|other attendees|secretariat|observers|guests|presenters|speakers|advisors in attendance|advisers in attendance)$/,
    status: "in_attendance",
  },
  // "Advisers" alone: those who advise the Board, beside its voting members.
  { pattern: /^(?:advisors|advisers)$/, status: "in_attendance", ordinaryWords: true },
  // "Also online: Petra Lindgren (MOPAC, notes)", as "Also present:" is.
  {
    pattern: new RegExp(`^also (?:(?:attending|joined|joining) )?(?:${WHERE})$`),
    status: "in_attendance",
    ordinaryWords: true,
  },
  {
    pattern:
      /^(?:minutes|notes|minute taker|minute-taker|minutes taken by|notes taken by|note taker|note-taker|minuted by|clerk|secretary)$/,
    status: "in_attendance",
    needsPerson: true,
    post: true,
  },
  {
    pattern:
      /^(?:apologies|apols|apologies for absence|apologies received|apologies received from|absent|absences|absent with apologies|apologies for absence were received from|apologies were received from)$/,
    status: "apologies",
  },
  // "Did not attend (apologies sent):", a calendar's or a register's word for those absent;
  // "Couldn't make it:", a call's notes' word.
  {
    pattern:
      /^(?:did not attend|not present|not attending|couldn t make it|could not make it|unable to attend|not able to attend)(?: apologies(?: sent| given| received)?)?$/,
    status: "apologies",
  },
  // "Sent apologies", "Apologies sent:", "Gave their apologies", "Regrets": a register's words for
  // those absent.
  {
    pattern:
      /^(?:(?:sent|gave|tendered)(?: their)? (?:apologies|regrets)|apologies (?:sent|given|tendered))$/,
    status: "apologies",
    ordinaryWords: true,
  },
  { pattern: /^(?:apologies noted|regrets|not in attendance)$/, status: "apologies" },
];

// The first word of every label above, as comparable() writes it ("vice-chair" is "vice chair",
// "vicechair" one word). A line whose label starts with any other word is no attendance heading,
// and is turned away before the label pattern below is tried on it.
const FIRST_WORDS = new LowerCaseWords(
  new Set([
    "board",
    "group",
    "members",
    // "Independent members", "Co-opted members" …: the first word of each kind of member.
    ...MEMBER_KINDS.map((kind) => kind.split(" ")[0] ?? kind),
    "attendees",
    "attendance",
    "present",
    "here",
    "attending",
    "attended",
    "who",
    "did",
    "not",
    "on",
    "couldn",
    "could",
    "unable",
    "those",
    "participants",
    "chair",
    "chairs",
    "in",
    "vice",
    "vicechair",
    "co",
    "cochair",
    "cochairs",
    "deputy",
    "officers",
    "officials",
    "staff",
    "also",
    "secretariat",
    "observers",
    "others",
    "other",
    "guests",
    "presenters",
    "speakers",
    "advisors",
    "advisers",
    "minutes",
    "notes",
    "minute",
    "minuted",
    "note",
    "clerk",
    "secretary",
    "apologies",
    // Terse notes' "apols:".
    "apols",
    "absent",
    "absences",
    // Where people attended from, and those who sent apologies.
    "online",
    "remote",
    "virtual",
    "dialled",
    "dialed",
    "regrets",
    "joined",
    "joining",
    "via",
    "sent",
    "gave",
    "tendered",
  ]),
);

// The label's first word: the first run of letters and digits after any "1." or "2)" numbering,
// lower case. Only ASCII words can be in FIRST_WORDS, so a word with other letters in it (which
// comparable() would keep whole) is passed on to the full reading. Asked of every line, so the
// word is found by character codes.
const NUMBERING = /^\d{1,2}[.)]\s+/;

function mayBeLabel(text: string): boolean {
  const numbered = isAsciiDigit(text.charCodeAt(0)) ? NUMBERING.exec(text) : null;
  const rest = numbered ? numbered[0].length : 0;
  let start = rest;
  while (start < text.length && !isAsciiAlphanumeric(text.charCodeAt(start))) start++;
  if (start === text.length) return false;
  let end = start;
  while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
  // A word run on into other letters ("Présent") is left to the full reading.
  const before = start > rest ? text.charCodeAt(start - 1) : 0;
  // Not read past the end: charCodeAt there has the optimised code thrown away once.
  const after = end < text.length ? text.charCodeAt(end) : 0;
  return before >= 0x80 || after >= 0x80 || FIRST_WORDS.hasAt(text, start, end);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

// "In attendance for item 3", "Also present (items 2 and 3)": who came for part of the meeting is
// still in attendance; the qualifier is not part of the label, nor is where they were, "Attendees
// (in the room)", "Members (online)", nor how many were listed, "Attendees (8)" (a meeting
// recap's count), nor the day it speaks of, "Also present on 13 January" (under a register across
// the year's meetings, unseen-minutes-8/68).
const PART_OF_MEETING =
  /\s+(?:\(\s*)?(?:for|during|at)?\s*(?:agenda\s+)?items?\s+[\w\s,&-]+\)?$|\s+\((?:part|virtual|remote|online|in the room|in person|on teams|via teams)[^)]*\)$|\s*\(\d{1,3}\)$|\s+on\s+(?:[a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}(?:\s+\d{4})?$/i;

// "Others attending (name, organisation, item):" (a form's, unseen-minutes-10/85): the fields the
// form asks for, in lower case in a bracket, are no part of the label.
const FIELDS_ASKED = /\s*\((?:[\p{Ll} ]+,\s*)+[\p{Ll} ]+\)\s*$/u;

// "Present:", or a label with the first person after a tab or a wide gap ("Present\tName", a
// hanging-indent list copied out of Word).
const LABEL_LINE = /^(?:\d{1,2}[.)]\s+)?([^:\t]{2,60}?)\s*(?::\s*(.*)|(?:\t|\s{3,})\s*(\S.*))?$/s;
const NOTED_LABEL = /^([^():\t]{2,40}?)\s*\([^()]{20,200}\)\s*:(.*)$/s;
// "Attendees - Delphine Achterberg (MOPAC, chair), …": terse notes (an e-mail's, a meeting's
// note typed as it ran) part the label from its people with a spaced dash. A dash also parts a
// title ("Chair - opening remarks"), so only an unnumbered label with a name after it counts.
const DASHED_LABEL = /^([^:\t]{2,40}?)\s+[-–—]\s+(\p{Lu}.*)$/su;

// What parts a label from what follows it: a colon, tab, bar, wide gap or spaced dash.
const LABEL_END = /[:\t|]|\s{3}|\s[-–—]\s/;

/**
 * The status an attendance heading opens ("Present", "Officials in attendance", "1. Attendees and
 * apologies", "Apologies:", "Minute taker: Name"), with anything written after the label on the
 * same line, white space as written. Null for any other line.
 */
export function readAttendanceHeading(text: string): AttendanceHeading | null {
  // "Present (copied from the meeting invitation; those who did not attend have been moved to
  // apologies):" (unseen-minutes-10/81): a note in brackets between a label and its colon says how
  // the list was made, not who is on it; the label is read without it.
  const noted = text.length > 60 && text.includes("(") ? NOTED_LABEL.exec(text) : null;
  if (noted) return readAttendanceHeading(`${noted[1]}:${noted[2]}`);
  // A label is at most 60 characters: a long line with no colon, tab or gap near its start is not
  // one, and the lazy pattern below would try every length of label on it.
  if (text.length > 70 && !LABEL_END.test(text.slice(0, 90))) return null;
  const plain = unmarked(text);
  // "ORGANISATION   ATTENDED   APOLOGIES": a table by organisation with a column per status.
  if (mayTitleBodies(plain)) {
    const columns = readOrganisationColumns(text, labelStatus);
    if (columns) return { status: columns.columns[0]?.status ?? "present", inline: null, columns };
  }
  if (!mayBeLabel(plain)) return tickTitleRow(text);
  const fieldRow = plain.charCodeAt(0) === 124 ? labelCellRow(plain) : null;
  if (fieldRow) return fieldRow;
  if (closesUnopenedBracket(plain)) return null;
  const dashed = plain.includes(":") ? null : dashedLabel(plain);
  if (dashed) return dashed;
  const m = plain.match(LABEL_LINE);
  if (!m?.[1]) return null;
  // "      members.                ACTION: IV": a sentence's last word with a note in the right
  // margin after the gap; a label before a gap ends no sentence.
  if (m[3] !== undefined && m[1].endsWith(".")) return null;
  const label = comparable(m[1].replace(PART_OF_MEETING, "").replace(FIELDS_ASKED, ""));
  const found = ATTENDANCE_LABELS.find(({ pattern }) => pattern.test(label));
  if (!found) return null;
  const inline = (m[2] ?? m[3])?.trim() || null;
  // "Minutes: Tues 5 Sept 2023, 2.00pm, City Hall" is the heading of the minutes, not their taker.
  // "Notes: Supt Lindahl-Mensah said phone robbery had fallen …", "Notes: All open actions carried
  // forward …" (a form's notes under an item) tell of the person or name no one, where "Notes: Joel
  // Adebayo (MOPAC)" names the note taker.
  if (found.needsPerson && !(inline && namesTaker(inline))) return null;
  // "Present              Apologies": more labels after the gap head columns, not people.
  const columns = inline ? readLabelColumns(text, labelStatus) : null;
  if (columns) return { status: found.status, inline: null, columns, ...ordinary(found) };
  return { status: found.status, inline, ...ordinary(found) };
}

function namesTaker(inline: string): boolean {
  return (
    /^\p{Lu}/u.test(inline) &&
    findDates(inline).length === 0 &&
    // "All open actions …": a name's second word is no lower-case word.
    !/^\S+\s+\p{Ll}/u.test(inline) &&
    !tellsOfPerson(inline)
  );
}

// "| **Present** | Commander Tiberius Vale (MPS)<br>Aisling Mbeki-Rowe (London Councils) |": a
// markdown table of the meeting's fields, the label in the first of two cells and its people in the
// second. A row with more cells, or none written after the label ("| PRESENT | | |", a register's
// status row), is read as before.
const LABEL_CELL_ROW = /^\|\s*([^|]{2,60}?)\s*\|\s*([^|\s][^|]*?)\s*\|?\s*$/;

function labelCellRow(text: string): AttendanceHeading | null {
  const m = LABEL_CELL_ROW.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const label = comparable(m[1].replace(PART_OF_MEETING, ""));
  const found = ATTENDANCE_LABELS.find(({ pattern }) => pattern.test(label));
  if (!found) return null;
  const inline = m[2];
  if (found.needsPerson && !(/^\p{Lu}/u.test(inline) && findDates(inline).length === 0))
    return null;
  if (!opensWithPeople(inline)) return null;
  return { status: found.status, inline, ...ordinary(found) };
}

// "| Secretariat | Invite Dr Hannah Boyce to the June meeting |", "| Attendance | Commander Vale
// thanked for hosting |": an action or notes table's row has a sentence in its second cell. A cell
// of people opens with a name, its words capitalised up to the first bracket, comma, semicolon,
// break or dash; only the words joining names ("and", "van der") may be lower case there.
function opensWithPeople(cell: string): boolean {
  const first = cell.split(FIRST_PERSON_END, 1)[0] ?? "";
  return first
    .split(/\s+/)
    .every((word) => !word || !/^\p{Ll}/u.test(word) || NAME_JOINING_WORDS.has(word));
}

const FIRST_PERSON_END = /[(,;/]|<br\s*\/?>|\s[-–—]\s/i;
const NAME_JOINING_WORDS = new Set([
  "and",
  "of",
  "the",
  "van",
  "von",
  "der",
  "den",
  "de",
  "da",
  "du",
  "di",
  "le",
  "la",
  "al",
  "bin",
  "ben",
]);

function ordinary(label: AttendanceLabel): { ordinaryWords?: true } {
  return label.ordinaryWords ? { ordinaryWords: true } : {};
}

// "Apologies – Cllr Farhana Siddiqui (London Councils), …": a label, a spaced dash, a name.
function dashedLabel(text: string): AttendanceHeading | null {
  const m = DASHED_LABEL.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const label = comparable(m[1]);
  const found = ATTENDANCE_LABELS.find(({ pattern }) => pattern.test(label));
  if (!found || found.post || !takeName(m[2])) return null;
  return { status: found.status, inline: m[2].trim(), ...ordinary(found) };
}

/**
 * An attendance heading: its status, people written after it, the columns it heads side by side,
 * and, for a table's title row, the columns of ticks it heads.
 */
export interface AttendanceHeading {
  status: AttendanceStatus;
  inline: string | null;
  columns?: AttendanceColumns;
  marks?: readonly MarkColumn[];
  /** A register's column of codes ("P/A"), read by the minutes' key (attendance-codes.ts). */
  codes?: CodeColumn;
  /**
   * The label is also an ordinary word of an item's text ("Online:", "Advisers"): under a numbered
   * item it is the item's own, and opens no attendance list (review C2: "Online:" | "Romance
   * Fraud" | "Investment Scams" under "1. Tackling fraud" lost the item's text to a fake attendee).
   */
  ordinaryWords?: true;
}

const TRAILING_COLON = /:\s*$/;

// The status of a label standing alone, with no person after it.
function labelStatus(label: string): AttendanceStatus | null {
  const heading = readAttendanceHeading(label.replace(TRAILING_COLON, ""));
  return heading && heading.inline === null && !heading.columns ? heading.status : null;
}

// "| Name | Organisation | Present | Apologies |": a table's title row with a column of ticks per
// status (or of codes, "P/A", or of statuses in words, "Status") opens the attendance list by
// itself, with or without a heading over it.
const DESCRIBING_WORDS = ["name", "attendee", "member", "initials"];
const DESCRIBING_FIRST = new RegExp(`^[|\\s]*(?:${DESCRIBING_WORDS.join("|")})`, "i");
// Their first letters, in lower case, by character code.
const DESCRIBING_LETTERS: ReadonlySet<number> = new Set(
  DESCRIBING_WORDS.map((w) => w.charCodeAt(0)),
);

function tickTitleRow(text: string): AttendanceHeading | null {
  if (!mayDescribeFirst(text) || !DESCRIBING_FIRST.test(text)) return null;
  const marks = readMarkColumns(text);
  if (marks) return { status: "present", inline: null, marks };
  // "Name\tOrganisation\tStatus": each row's status cell says its status.
  if (titlesStatusColumn(text)) return { status: "present", inline: null };
  // "Name   Organisation / role   P/A": a register's title row with a column of codes.
  const codes = readCodeColumn(text);
  return codes ? { status: "present", inline: null, codes } : null;
}

// Every line that is no label is asked this: the first letter after the pipes and white space
// must start one of the words DESCRIBING_FIRST looks for, in either case, before the pattern is
// tried. `| 32` reads an ASCII capital as its lower case.
function mayDescribeFirst(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 124 || isSpace(text.charCodeAt(i)))) i++;
  const code = text.charCodeAt(i);
  return code < 0x80 && DESCRIBING_LETTERS.has(code | 32);
}

// Only a line opening with a letter a word titling bodies opens with is asked for their columns:
// organisation, body, agency, partner.
function mayTitleBodies(text: string): boolean {
  const code = text.charCodeAt(0) | 32;
  return (code === 0x6f || code === 0x62 || code === 0x61 || code === 0x70) && text.length < 200;
}

// "…Beatrix Holm (Youth Justice" | "Board).": a line closing a bracket it never opened is the end
// of a wrapped line, not a label.
// A numbering's bracket ("2) Apologies") opens nothing.
function closesUnopenedBracket(text: string): boolean {
  const close = text.indexOf(")");
  if (close < 0) return false;
  const numbering = isAsciiDigit(text.charCodeAt(0)) ? NUMBERING.exec(text) : null;
  const start = numbering ? numbering[0].length : 0;
  return close >= start && !text.slice(start, close).includes("(");
}

// The words of attendance headings long enough that a typo in them is still recognisable.
const HEADING_WORDS: readonly string[] = [
  "apologies",
  "attendees",
  "attendance",
  "attending",
  "present",
  "members",
  "officers",
  "officials",
  "secretariat",
  "participants",
  "absences",
];

// White space between written characters (`text.trim().split(/\s+/).length - 1`, runs counted once).
function innerSpaces(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let count = 0;
  for (let i = start; i < end; i++)
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1))) count++;
  return count;
}

/**
 * "Apologes", "Attendess", "Attendence", "Apologys", "In attendence": a line that is nothing but an
 * attendance heading of up to three words with one word misspelt by one letter (added, dropped,
 * changed or two swapped). Only words of six letters or more are matched, so that short words do
 * not drift into other words. The caller decides whether the lines after it make it a heading.
 */
export function readMisspeltAttendanceHeading(text: string): { status: AttendanceStatus } | null {
  // Most lines are more than three words: they are turned away before any work is done.
  if (text.length > 40 || innerSpaces(text) > 2) return null;
  // Nor can most short ones ("Lib Peck, VRU", "Any other business"): no word of theirs is long
  // enough, or shares its first or last letter with a heading word.
  if (!mayMisspellHeadingWord(text)) return null;
  const words = comparable(unmarked(text).replace(TRAILING_COLON, "")).split(" ");
  for (let i = 0; i < words.length; i++) {
    const meant = meantHeadingWord(words[i] ?? "");
    if (!meant) continue;
    const label = words.length === 1 ? meant : words.map((w, j) => (j === i ? meant : w)).join(" ");
    const heading = readAttendanceHeading(label);
    if (heading) return { status: heading.status };
  }
  return null;
}

const FIRST = 0;
const LAST = 1;
// Each heading word's length and first letter, and its length and last letter, as keys of the
// lengths one edit from it: a word can misspell a heading word only as long as it or one letter
// shorter or longer, and with its first or its last letter.
const LENGTHS_AND_EDGE_LETTERS: ReadonlySet<number> = new Set(
  HEADING_WORDS.flatMap((w) =>
    [w.length - 1, w.length, w.length + 1].flatMap((length) => [
      edgeKey(length, w.charCodeAt(0), FIRST),
      edgeKey(length, w.charCodeAt(w.length - 1), LAST),
    ]),
  ),
);
function edgeKey(length: number, letter: number, edge: number): number {
  return (length * 128 + letter) * 2 + edge;
}

// Whether a word of the line can be one meantHeadingWord reads: a run of six ASCII letters or more
// (the words comparable() makes of an ASCII line are its runs of letters and digits) that has a
// heading word's first or last letter, in lower case, at a length one edit from it ("Apologys" ->
// "apologies", read with one letter more). Told by character codes, as every short line is asked
// it; a line with markdown in it, or any character beyond ASCII, is left to the full reading.
function mayMisspellHeadingWord(text: string): boolean {
  let start = 0;
  let letters = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 0x80 || c === 35 || c === 42 || c === 91 || c === 95) return true;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) continue;
    if (c >= 48 && c <= 57) {
      letters = false;
      continue;
    }
    const length = i - start;
    if (letters && length >= 6) {
      const first = text.charCodeAt(start) | 32;
      const last = text.charCodeAt(i - 1) | 32;
      // "-ys" is read as "-ies": one letter longer, ending in "s" still.
      const read = last === 115 && (text.charCodeAt(i - 2) | 32) === 121 ? length + 1 : length;
      if (
        LENGTHS_AND_EDGE_LETTERS.has(edgeKey(read, first, FIRST)) ||
        LENGTHS_AND_EDGE_LETTERS.has(edgeKey(read, last, LAST))
      )
        return true;
    }
    start = i + 1;
    letters = true;
  }
  return false;
}

const LONG_LOWER_WORD = /^[a-z]{6,}$/;

// The heading word a word misspells, or null (a word spelt right misspells none).
function meantHeadingWord(word: string): string | null {
  if (!LONG_LOWER_WORD.test(word)) return null;
  // "Apologys": a plural spelt "-ys" for "-ies" is read as the plural, then within one edit.
  const plural = word.endsWith("ys") ? `${word.slice(0, -2)}ies` : word;
  // A word spelt right is no misspelling, unless it was read as a plural.
  const exactAllowed = plural !== word;
  // One edit leaves a word of six letters or more its first or its last letter.
  const meant = HEADING_WORDS.find((w) => {
    if (Math.abs(w.length - plural.length) > 1) return false;
    if (w[0] !== plural[0] && w.at(-1) !== plural.at(-1)) return false;
    return (exactAllowed || w !== plural) && withinOneEdit(plural, w);
  });
  return meant ?? null;
}
