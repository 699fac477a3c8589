import { allMatches } from "../matches.js";
import { readAttendanceLine } from "./attendance.js";
import { areInitialsOf } from "./initials.js";

// Minutes that write those present by their initials ("Present: SO'N (Chair), RB, KM, AD-W") name
// them in a key elsewhere, one person a row: "SO'N    Siobhan O'Neill-Price, Deputy Mayor …",
// "RB = Commander Rupert Balogun, MPS", "KM\tKatarzyna Mazur\tCPS London" (unseen-minutes-6/47).
// The key is told by its layout, not by its heading: initials, a gap or a sign, and a person whose
// name those initials fit.

// "RB", "SO'N", "AD-W": two to five capitals, an apostrophe or hyphen between them as in the name.
const INITIALS = String.raw`\p{Lu}(?:['’-]?\p{Lu}){1,4}`;
const KEY_ROW = new RegExp(
  String.raw`^(${INITIALS})(?:\t+|\s{2,}|\s*[=:]\s*|\s+[-–—]\s+)(\p{Lu}.*)$`,
  "u",
);
// A list of nothing but initials, each perhaps with a note in brackets: "SO'N (Chair), RB, KM",
// "RB; KM", "KM and TA", "JQ (secretariat)".
const INITIAL_ENTRY = String.raw`${INITIALS}(?:\s*\([^()]*\))?`;
const INITIALS_LIST = new RegExp(
  String.raw`^${INITIAL_ENTRY}(?:\s*(?:[,;]|\band\b|&)\s*${INITIAL_ENTRY})*\.?$`,
  "u",
);
const EACH_INITIALS = new RegExp(`(${INITIALS})(?:\\s*\\([^()]*\\))?`, "gu");

/** A row of a key to initials: the initials and the entry they stand for, or null. */
export function readInitialsKeyRow(text: string): { initials: string; entry: string } | null {
  const m = KEY_ROW.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const entry = m[2].trim();
  const people = readAttendanceLine(entry, "present", true);
  const [person] = people;
  if (people.length !== 1 || !person) return null;
  // "AB = Anti-social Behaviour": a glossary's term, its hyphened word going on in lower case, is
  // no person's name (review C11); "Dunmore-Williams" goes on with a capital.
  if (/\p{L}-\p{Ll}/u.test(person.name)) return null;
  return areInitialsOf(m[1].replace(/['’-]/g, ""), person.name) ? { initials: m[1], entry } : null;
}

/** The key to initials in a document's lines (each row read from its raw text), initials → entry. */
export function readInitialsKey(rows: Iterable<string>): Map<string, string> {
  const key = new Map<string, string>();
  for (const raw of rows) {
    // Only a line opening with a capital can be a row: most are turned away on that.
    const code = raw.charCodeAt(0);
    if (!(code >= 65 && code <= 90)) continue;
    const row = readInitialsKeyRow(raw);
    if (row && keeps(key, row)) key.set(row.initials, row.entry);
    // "Key: RB – Commander Rupert Balogun (MPS); KM – …": the key run on, its rows parted by
    // semicolons after its label.
    else if (!row && raw.includes(";")) {
      for (const part of raw.replace(KEY_LABEL, "").split(";")) {
        const entry = readInitialsKeyRow(part);
        if (entry && keeps(key, entry)) key.set(entry.initials, entry.entry);
      }
    }
  }
  return key;
}

// The first row for the initials is kept, unless it says only a name and a later row says whose
// the person is: "DC   Detective Constable" in a glossary, then "DC   Diane Cole, MPS" in the key
// (review C11). A key's row describes its person; a glossary's spells out a term.
function keeps(key: Map<string, string>, row: { initials: string; entry: string }): boolean {
  const before = key.get(row.initials);
  return before === undefined || (!described(before) && described(row.entry));
}

function described(entry: string): boolean {
  return /[,(\t]/.test(entry);
}

// "Key:", "Key to initials:", "Initials used:": a run-on key's label.
const KEY_LABEL = /^\s*(?:key(?:\s+to\s+initials)?|initials(?:\s+used)?)\s*:\s*/i;

/** The initials a list of nothing but initials gives, in order, or null for any other text. */
export function initialsListed(text: string): string[] | null {
  const trimmed = text.trim();
  if (trimmed.length > 200 || !INITIALS_LIST.test(trimmed)) return null;
  const found: string[] = [];
  for (const m of allMatches(EACH_INITIALS, trimmed)) if (m[1]) found.push(m[1]);
  return found;
}
