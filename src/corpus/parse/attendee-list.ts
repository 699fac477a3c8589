import type { AttendanceStatus, Attendee } from "../model.js";
import { comparable } from "./lines.js";
import type { Person } from "./people.js";

/**
 * Adds people to an attendance list, keeping the first entry of anyone listed twice. People from
 * an apologies sentence (`bySurname`) are matched by surname, since prose names people briefly.
 */
export function addAttendees(
  list: Attendee[],
  people: readonly (Person & { status: AttendanceStatus })[],
  line: number,
  bySurname = false,
): void {
  const key = bySurname ? surnameKey : comparable;
  for (const person of people) {
    const known = list.some((a) => key(a.name) === key(person.name));
    if (!known) list.push({ ...person, line });
  }
}

// "Councillor Athwal" in a sentence is "Cllr Jas Athwal" in the list.
function surnameKey(name: string): string {
  return comparable(name).split(" ").at(-1) ?? "";
}
