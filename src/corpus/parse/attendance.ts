import type { AttendanceStatus, Attendee } from "../model.js";

export { readAttendanceHeading } from "./attendance-headings.js";

import { readAttendanceHeading } from "./attendance-headings.js";
import { statusCell, withoutAttendanceNotes } from "./attendance-notes.js";
import { comparable, plainText } from "./lines.js";
import {
  isNameToken,
  isPlausibleName,
  looksLikeOrganisation,
  type Person,
  readPerson,
  splitHonorific,
  takeName,
} from "./people.js";
import { HONORIFICS, ORGANISATION_WORDS, ROLE_ACRONYMS, ROLE_WORDS } from "./vocabulary.js";

/** A person read from an attendance line, with the status of the section they were listed in. */
export interface ListedPerson extends Person {
  status: AttendanceStatus;
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

/**
 * The status in force after the line: changed only by a heading inside it ("… **Apologies** …").
 * A table's status column speaks for its own row only, so a row marked "Apologies" leaves the next
 * row's status to the section.
 */
export function statusAfterLine(raw: string, status: AttendanceStatus): AttendanceStatus {
  let current = status;
  for (const m of raw.matchAll(INLINE_HEADING))
    current = readAttendanceHeading((m[2] ?? "").trim())?.status ?? current;
  return current;
}

/**
 * A line shaped like an entry of an attendance list though no rule reads a person from it: short,
 * capitalised words (small joining words aside), no sentence punctuation at its end. Inside an
 * attendance list such a line is an entry the rules missed, not the end of the list.
 */
export function looksLikeListEntry(raw: string): boolean {
  const text = plainText(raw).replace(BULLET, "").trim();
  if (!/^[\p{Lu}(]/u.test(text) || /[.!?:;]$/.test(text)) return false;
  const words = text.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 14) return false;
  const capitalised = words.filter((w) => /^[(\p{Lu}]/u.test(w)).length;
  const joining = words.filter((w) => LIST_JOINING_WORDS.has(w)).length;
  return capitalised + joining === words.length;
}

const LIST_JOINING_WORDS: ReadonlySet<string> = new Set([
  "of",
  "for",
  "and",
  "the",
  "&",
  "in",
  "on",
  "to",
  "at",
]);

const INLINE_HEADING = /(\*\*|__)([^*_]+?)\1:?/g;

// "… Claire Waxman (CW) London Victims Commissioner **Apologies** Cllr Jas Athwal (JA) …"
function splitAtInlineHeadings(raw: string, status: AttendanceStatus) {
  const segments: { text: string; status: AttendanceStatus }[] = [];
  let current = status;
  let cursor = 0;
  for (const m of raw.matchAll(INLINE_HEADING)) {
    const heading = readAttendanceHeading((m[2] ?? "").trim());
    if (!heading) continue;
    segments.push({ text: raw.slice(cursor, m.index), status: current });
    current = heading.status;
    cursor = m.index + m[0].length;
  }
  segments.push({ text: raw.slice(cursor), status: current });
  return segments.filter((s) => s.text.trim() !== "");
}

// List markers before an entry, including "o" and "" that word processors and PDFs leave for
// their bullet glyphs.
const BULLET =
  /^(?:[•·●▪◦‣∙○■□►➢✓*+\uF0A7\uF0B7]|o(?=\s)|[-–—](?=\s)|\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\))\s+/u;

/** True for a line that opens a list entry ("• …", "- …", "o …"). */
export function isBulleted(text: string): boolean {
  return BULLET.test(text.trim());
}

// Cells of a table row: tabs, pipes, or a gap of three spaces or more in a space-aligned layout.
const CELL_GAP = /\t+|\s{3,}|\s*\|\s*/;

/** A person, with the status a table's own attendance column gave them, if it has one. */
type ReadPerson = Person & { status?: AttendanceStatus };

function readPeople(segment: string): ReadPerson[] {
  // Indentation is layout, not a column: only gaps inside the line separate cells.
  const trimmed = withoutAttendanceNotes(segment)
    .replace(/^\s*(?:\|\s*)?/, "")
    .replace(BULLET, "");
  if (/\t|\S\s{3,}\S|\|/.test(trimmed)) return readTableRow(trimmed);
  const text = plainText(trimmed)
    .replace(BULLET, "")
    .replace(/[;,.\s]+$/, "");
  if (!text) return [];
  const initialled = readInitialled(text);
  if (initialled) return initialled;
  const grouped = readOrganisationFirst(text);
  if (grouped) return grouped;
  const listed = readNameList(text);
  if (listed) return listed;
  const person = readSeparated(text);
  return person ? [person] : [];
}

// "MOPAC: Helen Ferris (Chair), Tobias Brennan": people grouped under their organisation. Each
// takes the organisation unless their own entry names one.
function readOrganisationFirst(text: string): Person[] | null {
  const m = text.match(/^([^:()]{2,60}):\s+(\S.*)$/);
  if (!m?.[1] || !m[2] || !looksLikeOrganisation(m[1]) || readPerson(m[1], "")) return null;
  const organisation = m[1].trim();
  const rest = m[2];
  const people = readNameList(rest) ?? [readSeparated(rest)].filter((p): p is Person => p !== null);
  if (people.length === 0) return null;
  return people.map((p) => ({ ...p, organisation: p.organisation ?? organisation }));
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
    .trim()
    .split(CELL_GAP)
    .map((c) => plainText(c))
    .filter(Boolean);
  if (cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c))) return true;
  return cells.length >= 2 && cells.every((c) => COLUMN_TITLES.test(c));
}

// "Sophie Linden\tDMPC (Co-chair),", "| Lynne Owens | Deputy Commissioner | MPS |", and a
// space-aligned row holding two people: "Stephen Harwood (Chair)   MOPAC   Sir Julian Fenwick QPM   MPS".
// A cell that is a name by itself starts a new person once the one before has a description; the
// other cells describe the person before them. A status cell speaks for the whole row.
function readTableRow(segment: string): ReadPerson[] {
  if (isTableFrame(segment)) return [];
  const all = segment
    .split(CELL_GAP)
    .map((c) => plainText(c).replace(BULLET, "").trim())
    .filter(Boolean);
  const status = all
    .slice(1)
    .map(statusCell)
    .find((s) => s !== undefined);
  const cells = all.filter((c, i) => i === 0 || statusCell(c) === undefined);
  if (/^(?:name|attendee|member)s?$/i.test(cells[0] ?? "")) return [];
  const groups: { name: string; description: string[] }[] = [];
  for (const cell of cells) {
    const current = groups.at(-1);
    const startsPerson = !current || (current.description.length > 0 && isNameCell(cell));
    if (startsPerson) groups.push({ name: cell, description: [] });
    else current?.description.push(cell);
  }
  const people = groups
    .map((g) => readPerson(g.name, g.description.join(", ")))
    .filter((p): p is Person => p !== null);
  if (people.length > 0) return people.map((p) => (status ? { ...p, status } : p));
  const initialled = readInitialled(cells.join(" "));
  if (initialled) return initialled;
  const separated = readSeparated(cells.join(", "));
  return separated ? [separated] : [];
}

// "Sir Julian Fenwick QPM", "Stephen Harwood (Chair)": a cell that is a whole name and nothing else.
function isNameCell(cell: string): boolean {
  const person = readPerson(cell, "");
  return person !== null && !looksLikeOrganisation(person.name);
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
    const name = text.slice(0, index);
    description = withoutUnclosedInitials(description, name);
    const person = readPerson(name, description);
    if (person) return person;
  }
  // No separator, or the part before it is more than a name ("Sophie Linden Deputy Mayor, MOPAC").
  const taken = takeName(text);
  return taken ? readPerson(taken.name, taken.rest) : null;
}

// "Diana Luchford (DL CEO, MOPAC": initials whose bracket was never closed are still initials when
// they fit the name, and are dropped like closed ones.
function withoutUnclosedInitials(description: string, name: string): string {
  const m = description.match(/^\(\s*(\p{Lu}{1,4})\s+(?![^()]*\))/u);
  const words = splitHonorific(name).rest.split(/\s+/);
  return m?.[1] && strictFit(words, m[1]) ? description.slice(m[0].length) : description;
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
  // Titles written before the name ("… London Council Cllr Racheal Robathan (RR)", "… Professor Sir
  // Keith Hawton (KH)") belong to it, but not a title of office that ends the role before it.
  const before = words.slice(0, -chosen);
  let cut = before.length;
  for (;;) {
    const title = titleEnding(before.slice(0, cut));
    if (title === 0 || endsRole(before.slice(0, cut), title)) break;
    cut -= title;
  }
  const description = before.slice(0, cut).join(" ");
  const name = [...before.slice(cut), ...words.slice(-chosen)].join(" ");
  return { description, name };
}

// How many of the last words make one honorific ("Sir", "Rt Hon"); 0 when they make none.
function titleEnding(words: string[]): number {
  const text = words.join(" ");
  const found = HONORIFICS.find((h) =>
    new RegExp(`(?:^|\\s)${h.replace(/[.]/g, "\\.?")}\\.?$`, "i").test(text),
  );
  return found ? found.split(" ").length : 0;
}

// "London Victims Commissioner Kilvinder Vigurs (KV)": a title that is also a post ("Commissioner",
// "Commander"), after a word that cannot end a description by itself ("Victims"), closes the role
// written before it. After a body ("MPS Commander Jane Smith") it starts the next person's name.
function endsRole(words: string[], title: number): boolean {
  const office = words.at(-1) ?? "";
  const previous = words.at(-title - 1);
  if (!ROLE_WORDS.has(office) || !previous || !/^\p{Lu}\p{Ll}/u.test(previous)) return false;
  return !ORGANISATION_WORDS.has(previous) && !ROLE_WORDS.has(previous);
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
// The sentence ends at a full stop that is not an initial's or a title's ("Cllr A. Smith", "Dr. Patel").
export function readApologiesSentence(text: string): Person[] {
  const m = text.match(
    /\bapologies(?:\s+for\s+absence)?\s+(?:were|was|have\s+been|had\s+been)?\s*(?:received|given|noted|sent|submitted|tendered)?\s*(?:from|by)\s+(.+?)(?:(?<!(?:^|\s)(?:\p{Lu}|Dr|Mr|Mrs|Ms|Prof|Rev|St))\.(?:\s|$)|$)/iu,
  );
  if (!m?.[1]) return [];
  // "… from A, who was represented by B, and from C": a clause about someone is not a name, and
  // "from" may be repeated before each name.
  return withoutAttendanceNotes(m[1])
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .filter((part) => !/^(?:who|whom|whose|which|represented|deputised|substituted)\b/i.test(part))
    .map((part) => part.replace(/^(?:from|by)\s+/i, ""))
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
