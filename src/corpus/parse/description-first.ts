import { ROLE_WORDS } from "../lexicon.js";
import type { AttendanceReader } from "./attendance-readers.js";
import { looksLikeOrganisation } from "./description.js";
import { type Person, readPerson } from "./people.js";

export const descriptionFirst: AttendanceReader = {
  name: "description, colon, person",
  example: "London Councils - Executive Member for Crime and Public Protection: Cllr Rhoswen Adair",
  read: ({ text }) => {
    const person = readDescriptionFirst(text);
    return person ? [person] : null;
  },
};

// "MPS - Deputy Assistant Commissioner: Casimir Odell", "Deputy Mayor for Policing and Crime: Ione
// Fairbairn": a board's members listed by their seat, the body and post first, then whoever holds
// it after the last colon. The holder is a name and nothing else; the seat names no one.
const SEAT_COLON_HOLDER = /^([^:]{2,120}?)\s*:\s+([^:,;()]{3,60})$/u;
const SEAT_PARTS = /\s+[-–—]\s+|\s*,\s*/u;

/** One person written after the seat they hold ("Body - Post: Name"), or null. */
export function readDescriptionFirst(text: string): Person | null {
  // The seat and its holder are parted by a colon: a line without one is not this layout.
  if (!text.includes(":")) return null;
  const m = SEAT_COLON_HOLDER.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const seat = m[1].trim();
  if (readPerson(seat, "") !== null) return null;
  const parts = seat.split(SEAT_PARTS).filter(Boolean);
  const holder = m[2].trim();
  if (parts.length < 2) return readPerson(holder, seat);
  // "Body - Post": the body is the part that looks like one ("MPS"), else the first part unless a
  // post opens it ("Chair - Deputy Mayor for Policing and Crime" is two posts); the rest is the post.
  const first = parts[0] ?? "";
  const body =
    parts.find((p) => looksLikeOrganisation(p)) ??
    (ROLE_WORDS.has(first.split(" ")[0] ?? "") ? null : first);
  const person = readPerson(holder, "");
  if (!person) return null;
  const role = parts.filter((p) => p !== body).join(", ");
  return { ...person, role: role || null, organisation: body };
}
