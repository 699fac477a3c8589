import { JUSTICE_ACRONYMS } from "../search/acronyms.js";
import { findByInitials, type Person } from "./people.js";

// Acronyms of the field, which two or three capitals typed mean before anyone's initials.
const ACRONYMS = new Set(JUSTICE_ACRONYMS.map((entry) => entry.acronym.toLowerCase()));

/**
 * "Who is SL", "NS - what's her job?": two or three letters typed in capitals (`asked` is the
 * message as typed), which are not an acronym of the field or a word the minutes write ("MPS",
 * "VRU"), may be initials as the attendance lists write them. `name` is the letters lower case.
 */
export function peopleByTypedInitials(
  name: string,
  asked: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): Person[] {
  if (!/^[a-z]{2,3}$/.test(name) || ACRONYMS.has(name) || ordinary.has(name)) return [];
  if (!new RegExp(`\\b${name.toUpperCase()}\\b`).test(asked)) return [];
  return findByInitials(name, people);
}
