import type { AttendanceReader } from "./attendance-readers.js";
import { withoutUnclosedInitials } from "./initials.js";
import { type Person, readPerson, takeName } from "./people.js";

export const separatedEntry: AttendanceReader = {
  name: "name, separator, description",
  example: "James Bottomley, MOPAC",
  read: ({ text }) => {
    const person = readSeparatedEntry(text);
    return person ? [person] : null;
  },
};

// Separators that can stand between a name and its description, tried from the leftmost. Each is
// looked for only in a text holding its mark (a dash, comma, colon or bracket).
const SEPARATORS: readonly { mark: RegExp | string; pattern: RegExp }[] = [
  { mark: /[-–—]/u, pattern: /\s+[-–—]\s+/u },
  { mark: ",", pattern: /\s*,\s*/ },
  { mark: ":", pattern: /\s*:\s+/ },
  { mark: "(", pattern: /\s*(?=\()/ },
];

function holds(text: string, mark: RegExp | string): boolean {
  return typeof mark === "string" ? text.includes(mark) : mark.test(text);
}

/**
 * One person's entry: "Name - Role", "Name, Organisation", "Name: Role", "Name (Organisation)", or
 * "Name Organisation" with no separator at all. Null when no part before a separator is a name.
 */
export function readSeparatedEntry(text: string): Person | null {
  const splits: RegExpMatchArray[] = [];
  for (const { mark, pattern } of SEPARATORS) {
    const m = holds(text, mark) ? text.match(pattern) : null;
    if (m?.index !== undefined && m.index > 0) splits.push(m);
  }
  splits.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of splits) {
    const index = m.index ?? 0;
    let description = text.slice(index + m[0].length);
    // "Kenny Bowie (MOPAC)": a bracketed organisation.
    const bracket = description.startsWith("(") ? description.match(/^\(([^)]*)\)\s*(.*)$/) : null;
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
