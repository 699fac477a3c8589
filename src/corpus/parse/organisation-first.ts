import type { AttendanceReader } from "./attendance-readers.js";
import { looksLikeOrganisation } from "./description.js";
import { readNameList } from "./name-list.js";
import { type Person, readPerson } from "./people.js";
import { readSeparatedEntry } from "./separated-entry.js";

export const organisationFirst: AttendanceReader = {
  name: "organisation first",
  example: "MOPAC: Helen Ferris (Chair), Tobias Brennan",
  read: ({ text }) => readOrganisationFirst(text),
};

// "MOPAC: Helen Ferris (Chair), Tobias Brennan": people grouped under their organisation. Each
// takes the organisation unless their own entry names one.
export function readOrganisationFirst(text: string): Person[] | null {
  // The organisation ends at a colon: a line without one is not this layout.
  if (!text.includes(":")) return null;
  const m = text.match(/^([^:()]{2,60}):\s+(\S.*)$/);
  if (!m?.[1] || !m[2] || !looksLikeOrganisation(m[1]) || readPerson(m[1], "")) return null;
  const organisation = m[1].trim();
  const rest = m[2];
  const people =
    readNameList(rest) ?? [readSeparatedEntry(rest)].filter((p): p is Person => p !== null);
  if (people.length === 0) return null;
  return people.map((p) => ({ ...p, organisation: p.organisation ?? organisation }));
}
