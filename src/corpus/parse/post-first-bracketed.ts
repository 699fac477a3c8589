import type { AttendanceReader } from "./attendance-readers.js";
import { type Person, readPerson } from "./people.js";

export const postFirstBracketed: AttendanceReader = {
  name: "post and body, person in brackets",
  example: "Head of Neighbourhood Policing, MPS (Superintendent Oisin Maguire)",
  read: ({ text }) => {
    const person = readPostFirstBracketed(text);
    return person ? [person] : null;
  },
};

// "Deputy Director, Probation Service London (Colm Fairhurst)": members listed by their seat, the
// holder's name in the closing bracket. "Policy Officer, MOPAC (Ellis Varga) - minutes" adds a
// lower-case note after a dash, which says what they did, not who they are.
const SEAT_THEN_HOLDER =
  /^([^()]{3,120}?)\s*\(([^()]{3,60})\)(?:\s+[-–—]\s+\p{Ll}[\p{L} ]{0,30})?$/u;

/**
 * One person written in brackets after the post they hold ("Chair - Director of Strategy, MOPAC
 * (Harriet Quaye)"), or null. The bracket must be a name by itself and the seat must name no one:
 * "Jane Smith (MOPAC)" is a name and its body, read by the entry readers.
 */
export function readPostFirstBracketed(text: string): Person | null {
  // The holder closes the line in brackets: a line without one is not this layout.
  if (!text.includes(")")) return null;
  const m = SEAT_THEN_HOLDER.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const seat = m[1].trim();
  // The bracket first: most brackets hold a body or a note ("Kenny Bowie (MOPAC)"), no name, and
  // are turned away before the seat is read (readPerson is pure: the order changes only the time).
  const holder = readPerson(m[2], seat);
  if (holder === null || readPerson(seat, "") !== null) return null;
  return holder;
}
