import type { AttendanceReader } from "./attendance-readers.js";
import { looksLikeOrganisation } from "./description.js";
import { readNameList } from "./name-list.js";
import type { Person } from "./people.js";
import { readSeparatedEntry } from "./separated-entry.js";

export const groupLabel: AttendanceReader = {
  name: "group label",
  example: "Labour:                     Cllr Afsana Rowntree (Chair) (LB Tower Hamlets)",
  read: ({ text }) => readGroupLabel(text),
};

// "Labour:", "Liberal Democrat:", "Partners:": a council's members listed under their party, or
// a board's under the side they sit for (unseen-minutes-8/67, layout-variants-8a/01). One to
// three capitalised words and a colon, then the people.
const LABEL = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}):\s+(\S.*)$/u;
// The words after the label open with a person described in brackets: "Magnus Oduya-Fleet (MOPAC)".
const DESCRIBED_NAME = /^\p{Lu}[^,(:;]*\(/u;

/**
 * The people after a group's label, which is no part of them: a party or a side names neither
 * their body nor their post. Null when the line is not so written: the label names a body (that
 * is "organisation first"), or the words after it do not open with a person, with a title or
 * described in brackets ("Sophie Linden: Deputy Mayor for Policing and Crime" is a name and a
 * post). A label of two or three words ("Liberal Democrat", a name's shape) needs the person
 * after it to carry a title.
 */
export function readGroupLabel(text: string): Person[] | null {
  if (!text.includes(":")) return null;
  const m = LABEL.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const [, label, rest] = m;
  if (looksLikeOrganisation(label)) return null;
  const people =
    readNameList(rest) ?? [readSeparatedEntry(rest)].filter((p): p is Person => p !== null);
  const first = people[0];
  if (!first) return null;
  const titled = first.honorific !== null && rest.startsWith(first.honorific);
  if (label.includes(" ") ? !titled : !titled && !DESCRIBED_NAME.test(rest)) return null;
  return people;
}
