import type { AttendanceReader } from "./attendance-readers.js";
import { withoutUnclosedInitials } from "./initials.js";
import { isSpace } from "./letters.js";
import { type Person, readPerson, takeName } from "./people.js";

export const separatedEntry: AttendanceReader = {
  name: "name, separator, description",
  example: "James Bottomley, MOPAC",
  read: ({ text }) => {
    const person = readSeparatedEntry(text);
    return person ? [person] : null;
  },
};

/** Where a separator stands in an entry: its first character and its length. */
interface Separator {
  index: number;
  length: number;
}

// Separators that can stand between a name and its description, tried from the leftmost: a dash
// with white space either side, a comma, a colon followed by white space, white space before a
// bracket (which stays with the description). Each is found from its mark, with the white space
// around it, as the leftmost match of its pattern would be (/\s+[-–—]\s+/u, /\s*,\s*/, /\s*:\s+/,
// /\s*(?=\()/); every entry of every attendance list is asked, and most hold one mark or none.
const SEPARATORS: readonly ((text: string) => Separator | null)[] = [
  (text) => {
    const first = text.search(DASH);
    if (first < 0) return null;
    for (let at = Math.max(first, 1); at < text.length - 1; at++)
      if (isDash(text.charCodeAt(at)) && isSpaceAt(text, at - 1) && isSpaceAt(text, at + 1))
        return around(text, at, 1);
    return null;
  },
  (text) => {
    const at = text.indexOf(",");
    return at < 0 ? null : around(text, at, 1);
  },
  (text) => {
    for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1))
      if (isSpaceAt(text, at + 1)) return around(text, at, 1);
    return null;
  },
  (text) => {
    const at = text.indexOf("(");
    return at < 0 ? null : around(text, at, 0);
  },
];

// The separator whose mark is at `at` (`mark` characters long, none for a bracket): with the white
// space before it, and after it unless it is a bracket's.
function around(text: string, at: number, mark: number): Separator {
  let start = at;
  while (start > 0 && isSpaceAt(text, start - 1)) start--;
  let end = at + mark;
  if (mark > 0) while (end < text.length && isSpaceAt(text, end)) end++;
  return { index: start, length: end - start };
}

function isSpaceAt(text: string, at: number): boolean {
  return at < text.length && isSpace(text.charCodeAt(at));
}

const DASH = /[-–—]/u;

// One comma, then a capitalised title and a capitalised given name: "Sadiq-Brennan, Dr Evangeline".
const SURNAME_TITLE_GIVEN = /^[^,]+,\s*\p{Lu}[\p{L}./]*\s+\p{Lu}[\p{L}'’-]+$/u;

// - – —
function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

/**
 * One person's entry: "Name - Role", "Name, Organisation", "Name: Role", "Name (Organisation)", or
 * "Name Organisation" with no separator at all. Null when no part before a separator is a name.
 */
export function readSeparatedEntry(text: string): Person | null {
  const splits: Separator[] = [];
  for (const find of SEPARATORS) {
    const separator = find(text);
    if (separator && separator.index > 0) splits.push(separator);
  }
  splits.sort((a, b) => a.index - b.index);
  for (const { index, length } of splits) {
    let description = text.slice(index + length);
    // "Kenny Bowie (MOPAC)": a bracketed organisation.
    const bracket = description.startsWith("(") ? description.match(/^\(([^)]*)\)\s*(.*)$/) : null;
    if (bracket) description = [bracket[2], bracket[1]].filter(Boolean).join(", ");
    const name = text.slice(0, index);
    description = withoutUnclosedInitials(description, name);
    const person = readPerson(name, description);
    if (person) return person;
  }
  // "Sadiq-Brennan, Dr Evangeline" (layout-variants-10a/104): a surname, a comma and a title before
  // a given name is a name written surname first, with nothing after it.
  if (SURNAME_TITLE_GIVEN.test(text)) {
    const person = readPerson(text, "");
    if (person?.honorific) return person;
  }
  // No separator, or the part before it is more than a name ("Sophie Linden Deputy Mayor, MOPAC").
  const taken = takeName(text);
  return taken ? readPerson(taken.name, taken.rest) : null;
}
