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

const DASHED = /^([^:()–—-]{2,60}?)\s+[–—-]\s+(\S.*)$/;

// "MOPAC: Helen Ferris (Chair), Tobias Brennan": people grouped under their organisation. Each
// takes the organisation unless their own entry names one.
export function readOrganisationFirst(text: string): Person[] | null {
  // The organisation ends at a colon, or at a spaced dash before several people: a line with
  // neither is not this layout.
  const colon = text.includes(":");
  const m = colon ? text.match(/^([^:()]{2,60}):\s+(\S.*)$/) : text.match(DASHED);
  if (!m?.[1] || !m[2] || !looksLikeOrganisation(m[1]) || readPerson(m[1], "")) return null;
  const organisation = m[1].trim();
  const rest = m[2];
  // "MOPAC – Juno Abara-Whitfield (Chair), Casimir Oyenuga-Reyes" (a slide's bullet): after a dash
  // only a list of people; "MPS – Borough Commander" and "Body – Name" are other readers' layouts.
  const listed = readNameList(rest);
  if (!colon && (listed === null || listed.length < 2)) return null;
  const people = listed ?? [readSeparatedEntry(rest)].filter((p): p is Person => p !== null);
  if (people.length === 0) return null;
  return people.map((p) => ({ ...p, organisation: p.organisation ?? organisation }));
}
