import type { AttendanceStatus, Attendee } from "../model.js";
import { comparable, plainText } from "./lines.js";
import {
  isNameToken,
  isPlausibleName,
  type Person,
  readPerson,
  splitHonorific,
  takeName,
} from "./people.js";
import { HONORIFICS, ROLE_ACRONYMS } from "./vocabulary.js";

/** A person read from an attendance line, with the status of the section they were listed in. */
export interface ListedPerson extends Person {
  status: AttendanceStatus;
}

// Section titles that open an attendance list, and the status of the people under them. "Attendees
// and apologies" opens with those present; the apologies follow under their own heading.
const ATTENDANCE_HEADINGS: ReadonlyArray<readonly [RegExp, AttendanceStatus]> = [
  [
    /^(?:board |group )?(?:members|attendees|attendance)(?: present)?(?: and apologies)?$/,
    "present",
  ],
  [
    /^(?:present|attending|those present|participants|chair|in the chair)(?: and apologies)?$/,
    "present",
  ],
  [/^(?:board|group)(?: and advisors| and advisers| members)?$/, "present"],
  [/^(?:attendance|attendees|present|members) (?:and|&) apologies(?: for absence)?$/, "present"],
  [
    /^(?:officers|officials|officials in attendance|officers in attendance|officers present|officials present|staff present|in attendance|also in attendance|also present|also attending|secretariat|observers|guests|presenters|speakers|advisors in attendance|advisers in attendance)$/,
    "in_attendance",
  ],
  [
    /^(?:apologies|apologies for absence|apologies received|absent|absences|absent with apologies|apologies for absence were received from)$/,
    "apologies",
  ],
];

/**
 * The status an attendance heading opens ("Present", "Officials in attendance", "1. Attendees and
 * apologies", "Apologies:"), with any names written after a colon on the same line. Null for any
 * other line.
 */
export function readAttendanceHeading(
  text: string,
): { status: AttendanceStatus; inline: string | null } | null {
  const m = text.match(/^(?:\d{1,2}[.)]\s+)?([^:]{2,60}?)\s*(?::\s*(.*))?$/);
  if (!m?.[1]) return null;
  const heading = comparable(m[1]);
  const found = ATTENDANCE_HEADINGS.find(([pattern]) => pattern.test(heading));
  if (!found) return null;
  return { status: found[1], inline: m[2]?.trim() || null };
}

/**
 * Reads every person on one line of an attendance list. Handles tab- and pipe-separated tables,
 * bullets, "Name, Organisation", "Name - Role", "Name (XX) Role" with the initials dropped, several
 * such people run together, an inline "**Apologies**" switching status mid-line (corpus/003), and
 * "Name Organisation" with no separator at all. Empty when the line names nobody.
 */
export function readAttendanceLine(raw: string, status: AttendanceStatus): ListedPerson[] {
  return splitAtInlineHeadings(raw, status).flatMap((segment) =>
    readPeople(segment.text).map((person) => ({
      ...person,
      status: person.status ?? segment.status,
    })),
  );
}

// "… Claire Waxman (CW) London Victims Commissioner **Apologies** Cllr Jas Athwal (JA) …"
function splitAtInlineHeadings(raw: string, status: AttendanceStatus) {
  const segments: { text: string; status: AttendanceStatus }[] = [];
  let current = status;
  let cursor = 0;
  for (const m of raw.matchAll(/(\*\*|__)([^*_]+?)\1:?/g)) {
    const heading = readAttendanceHeading((m[2] ?? "").trim());
    if (!heading) continue;
    segments.push({ text: raw.slice(cursor, m.index), status: current });
    current = heading.status;
    cursor = m.index + m[0].length;
  }
  segments.push({ text: raw.slice(cursor), status: current });
  return segments.filter((s) => s.text.trim() !== "");
}

const BULLET = /^(?:[•·●▪◦‣∙○■□►➢✓*+]|[-–—](?=\s)|\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\))\s+/u;

/** A person, with the status a table's own attendance column gave them, if it has one. */
type ReadPerson = Person & { status?: AttendanceStatus };

function readPeople(segment: string): ReadPerson[] {
  if (/\t|^\s*\|/.test(segment)) return readTableRow(segment);
  const text = plainText(segment)
    .replace(BULLET, "")
    .replace(/[;,.\s]+$/, "");
  if (!text) return [];
  const initialled = readInitialled(text);
  if (initialled) return initialled;
  const listed = readNameList(text);
  if (listed) return listed;
  const person = readSeparated(text);
  return person ? [person] : [];
}

// Several people on one line: "Kenny Bowie (MOPAC); Ali Griffin (London Councils)" or "Jane Doe, John
// Smith and Ann Lee". Commas separate people only when every part is a name by itself; otherwise
// "Name, Organisation" is meant.
function readNameList(text: string): Person[] | null {
  const bySemicolon = text.split(/\s*;\s*/).filter(Boolean);
  if (bySemicolon.length > 1) {
    const people = bySemicolon.map(readSeparated).filter((p): p is Person => p !== null);
    return people.length > 0 ? people : null;
  }
  const parts = splitOutsideBrackets(text, /\s*,\s*|\s+and\s+|\s+&\s+/);
  if (parts.length < 2) return null;
  const nameOnly = parts.every((p) => readPerson(p.replace(/\([^)]*\)/g, " "), "") !== null);
  if (!nameOnly) return null;
  return parts.map(readSeparated).filter((p): p is Person => p !== null);
}

// "Sophie Lindqvist (Chair, MOPAC), Commander Raj Patel (MPS)": commas inside brackets belong to
// the description, not the list.
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const masked = text.replace(/\([^)]*\)/g, (m) => m.replace(/[^()]/g, "_"));
  const parts: string[] = [];
  let cursor = 0;
  for (const m of masked.matchAll(new RegExp(separator.source, "g"))) {
    parts.push(text.slice(cursor, m.index));
    cursor = m.index + m[0].length;
  }
  parts.push(text.slice(cursor));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const COLUMN_TITLES =
  /^(?:name|names|attendee|attendees|member|members|role|title|position|job title|organisation|organization|agency|body|representing|status|attendance|attended|present)$/i;

/**
 * A table's title row ("Name\tRole\tOrganisation") or rule row ("|------|-----|"): part of an
 * attendance list, naming nobody.
 */
export function isTableFrame(raw: string): boolean {
  const cells = raw
    .split(/\t+|\s*\|\s*/)
    .map((c) => plainText(c))
    .filter(Boolean);
  if (cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c))) return true;
  return cells.length >= 2 && cells.every((c) => COLUMN_TITLES.test(c));
}

// A table's attendance column: "| Oliver Tennant | HM Courts & Tribunals Service | Apologies |".
const STATUS_CELLS: ReadonlyArray<readonly [RegExp, AttendanceStatus]> = [
  [/^(?:present|attended|attending|member|yes|✓)$/i, "present"],
  [/^(?:in attendance|officer|official|observer|secretariat)$/i, "in_attendance"],
  [/^(?:apologies|apologies sent|sent apologies|absent|no)$/i, "apologies"],
];

function statusCell(cell: string): AttendanceStatus | undefined {
  return STATUS_CELLS.find(([pattern]) => pattern.test(cell.trim()))?.[1];
}

// "Sophie Linden\tDMPC (Co-chair)," and "| Lynne Owens | Deputy Commissioner | MPS |".
function readTableRow(segment: string): ReadPerson[] {
  if (isTableFrame(segment)) return [];
  const all = segment
    .split(/\t+|\s*\|\s*/)
    .map((c) => plainText(c).replace(BULLET, "").trim())
    .filter(Boolean);
  const status = all
    .slice(1)
    .map(statusCell)
    .find((s) => s !== undefined);
  const cells = all.filter((c, i) => i === 0 || statusCell(c) === undefined);
  if (/^(?:name|attendee|member)s?$/i.test(cells[0] ?? "")) return [];
  const [first = "", ...rest] = cells;
  const person = readPerson(first, rest.join(", "));
  if (person) return [status ? { ...person, status } : person];
  const initialled = readInitialled(cells.join(" "));
  if (initialled) return initialled;
  const separated = readSeparated(cells.join(", "));
  return separated ? [separated] : [];
}

// Separators that can stand between a name and its description, tried from the leftmost.
const SEPARATORS: readonly RegExp[] = [/\s+[-–—]\s+/u, /\s*,\s*/, /\s*:\s+/, /\s*(?=\()/];

function readSeparated(text: string): Person | null {
  const splits = SEPARATORS.map((pattern) => text.match(pattern))
    .filter((m): m is RegExpMatchArray => m?.index !== undefined && m.index > 0)
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of splits) {
    const index = m.index ?? 0;
    let description = text.slice(index + m[0].length);
    // "Kenny Bowie (MOPAC)": a bracketed organisation.
    const bracket = description.match(/^\(([^)]*)\)\s*(.*)$/);
    if (bracket) description = [bracket[2], bracket[1]].filter(Boolean).join(", ");
    const person = readPerson(text.slice(0, index), description);
    if (person) return person;
  }
  // No separator, or the part before it is more than a name ("Sophie Linden Deputy Mayor, MOPAC").
  const taken = takeName(text);
  return taken ? readPerson(taken.name, taken.rest) : null;
}

const INITIALS = /\(\s*\(?\s*([\p{Lu}]{1,4})\s*\)\s*\)?/gu;

/**
 * "Sadiq Khan (SK) Mayor", and a whole list run together on one line: each "(XX)" closes a name,
 * and the words before it are chosen so that their initials fit the letters (so "London Prisons
 * Sinead Dervin (SD)" ends one description and starts the next person). Null when the line has no
 * initials in brackets, or the first bracket is an organisation ("John Smith (MPS)").
 */
function readInitialled(text: string): Person[] | null {
  const markers = [...text.matchAll(INITIALS)];
  const first = markers[0];
  if (!first) return null;
  const firstName = text.slice(0, first.index).trim();
  const letters = first[1] ?? "";
  const firstWords = splitHonorific(firstName).rest.split(/\s+/);
  // A lone bracket at the end is initials only when every letter fits ("Sarah Bott (SB)"); "John
  // Smith (MPS)" names his organisation.
  const alone = markers.length === 1 && text.slice(first.index + first[0].length).trim() === "";
  const fits = alone
    ? strictFit(firstWords, letters) && letters.length <= nameParts(firstWords)
    : initialsFit(firstWords, letters);
  if (!fits) return null;
  const people: Person[] = [];
  let nameText = firstName;
  let cursor = first.index + first[0].length;
  for (const marker of markers.slice(1)) {
    const between = text.slice(cursor, marker.index);
    const split = splitDescriptionAndName(between, marker[1] ?? "");
    if (!split) continue;
    const person = readPerson(nameText, split.description);
    if (person) people.push(person);
    nameText = split.name;
    cursor = marker.index + marker[0].length;
  }
  const last = readPerson(nameText, text.slice(cursor));
  if (last) people.push(last);
  return people.length > 0 ? people : null;
}

// The bracket holds initials when its first letter starts the name, or its last letter starts the
// surname (typos such as "(DBW)" for Debbie Weekes-Bernard still fit).
function initialsFit(words: string[], letters: string): boolean {
  const [first] = words;
  const last = words.at(-1);
  if (!first || !last || ROLE_ACRONYMS.has(letters)) return false;
  const surnameInitials = last.split(/[-'’]/).map((p) => p.charAt(0));
  return first.charAt(0) === letters.charAt(0) || surnameInitials.includes(letters.slice(-1));
}

function splitDescriptionAndName(between: string, letters: string) {
  const words = between.trim().split(/\s+/).filter(Boolean);
  let chosen = 0;
  for (let k = 2; k <= Math.min(4, words.length); k++) {
    const candidate = words.slice(-k);
    if (!candidate.every(isNameToken)) break;
    if (strictFit(candidate, letters)) {
      chosen = k;
      break;
    }
  }
  if (chosen === 0) {
    chosen = Math.min(2, words.length);
    if (!isPlausibleName(words.slice(-chosen).join(" "), false)) return null;
  }
  // Titles written before the name ("… London Council Cllr Racheal Robathan (RR)") belong to it.
  const before = words.slice(0, -chosen).join(" ");
  const honorific = HONORIFICS.find((h) =>
    new RegExp(`(?:^|\\s)${h.replace(/[.]/g, "\\.?")}\\.?$`, "i").test(before),
  );
  const description = honorific ? before.slice(0, before.length - honorific.length) : before;
  const name = `${before.slice(description.length)} ${words.slice(-chosen).join(" ")}`;
  return { description: description.trim(), name: name.trim() };
}

function nameParts(words: string[]): number {
  return words.flatMap((w) => w.split(/[-'’]/)).length;
}

function strictFit(words: string[], letters: string): boolean {
  const first = words[0] ?? "";
  const surnameInitials = (words.at(-1) ?? "").split(/[-'’]/).map((p) => p.charAt(0));
  return (
    first.charAt(0) === letters.charAt(0) &&
    (letters.length === 1 || surnameInitials.includes(letters.slice(-1)))
  );
}

/**
 * The names in "Apologies were received from Councillor Athwal and Councillor Rodwell." — people
 * the minutes mention in prose rather than list. Empty for any other sentence.
 */
export function readApologiesSentence(text: string): Person[] {
  const m = text.match(
    /\bapologies(?:\s+for\s+absence)?\s+(?:were|was|have\s+been|had\s+been)?\s*(?:received|given|noted|sent|submitted|tendered)?\s*(?:from|by)\s+(.+?)(?:\.(?:\s|$)|$)/i,
  );
  if (!m?.[1]) return [];
  return m[1]
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((part) => {
      const bracket = part.match(/^(.*?)\s*\(([^)]*)\)\s*$/);
      return bracket ? readPerson(bracket[1] ?? "", bracket[2] ?? "") : readPerson(part, "");
    })
    .filter((p): p is Person => p !== null);
}

/** Surname as compared across a list and a sentence: "Councillor Athwal" matches "Cllr Jas Athwal". */
export function surnameKey(name: string): string {
  return comparable(name).split(" ").at(-1) ?? "";
}

/**
 * Adds people to an attendance list, keeping the first entry of anyone listed twice. People from
 * an apologies sentence (`bySurname`) are matched by surname, since prose names people briefly.
 */
export function addAttendees(
  list: Attendee[],
  people: readonly ListedPerson[],
  line: number,
  bySurname = false,
): void {
  for (const person of people) {
    const key = bySurname ? surnameKey(person.name) : comparable(person.name);
    const known = list.some((a) => (bySurname ? surnameKey(a.name) : comparable(a.name)) === key);
    if (!known) list.push({ ...person, line });
  }
}
