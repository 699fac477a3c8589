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
  const known = new Set(list.map((a) => keyOf(a, bySurname)));
  for (const person of people) {
    const k = key(person.name);
    if (known.has(k)) continue;
    known.add(k);
    list.push({ ...person, line });
  }
}

// An attendee's keys are worked out once: the list is checked against every line read after it.
const FULL_KEYS = new WeakMap<Attendee, string>();
const SURNAME_KEYS = new WeakMap<Attendee, string>();

function keyOf(attendee: Attendee, bySurname: boolean): string {
  const cache = bySurname ? SURNAME_KEYS : FULL_KEYS;
  let k = cache.get(attendee);
  if (k === undefined) {
    k = (bySurname ? surnameKey : comparable)(attendee.name);
    cache.set(attendee, k);
  }
  return k;
}

// "Councillor Athwal" in a sentence is "Cllr Jas Athwal" in the list.
function surnameKey(name: string): string {
  return comparable(name).split(" ").at(-1) ?? "";
}
