import type { AttendanceReader } from "./attendance-readers.js";
import { type Person, readPerson } from "./people.js";

export const roleFirst: AttendanceReader = {
  name: "role, dash, person",
  example: "Borough Commander – Chief Superintendent Aurora Blackwood (MPS)",
  read: ({ text }) => {
    const person = readRoleFirst(text);
    return person ? [person] : null;
  },
};

// "Role – Name (Organisation)": the post first, then the person holding it. The part before the
// dash is a post written as a title (capitalised words, small joining words between them, no
// figures) and names no one; the part after it is a name, with its body in brackets at the end.
const ROLE_DASH_PERSON = /^(\p{Lu}[\p{L}&'’ ]{1,60}?)\s+[-–—]\s+([^()]+?)(?:\s*\(([^()]+)\))?$/u;

const DASH = /\s[-–—]/u;

/** One person written after their post ("Chair – Leopold Vance (MOPAC)"), or null. */
export function readRoleFirst(text: string): Person | null {
  // The post and the person are parted by a dash: a line without one is not this layout.
  if (!DASH.test(text)) return null;
  const m = text.match(ROLE_DASH_PERSON);
  if (!m?.[1] || !m[2]) return null;
  const role = m[1].trim();
  if (readPerson(role, "") !== null) return null;
  const organisation = m[3]?.trim();
  if (organisation) return readPerson(m[2], `${role}, ${organisation}`);
  return readPerson(m[2], role) ?? personThenBody(m[2], role);
}

// "Chair – Cllr Annabel Leckie, London Councils": the body after a comma instead of in brackets.
// The part before the first comma must be a name by itself ("Smith, Jane" is not cut).
function personThenBody(text: string, role: string): Person | null {
  const comma = text.indexOf(",");
  if (comma < 0) return null;
  const body = text.slice(comma + 1).trim();
  return body ? readPerson(text.slice(0, comma), `${role}, ${body}`) : null;
}
