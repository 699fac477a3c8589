import type { AttendanceStatus, Attendee } from "../model.js";
import { comparable } from "./lines.js";
import type { Person } from "./people.js";

/** People read from one line, with the statuses they were listed under. */
export interface ListedLine {
  people: readonly (Person & { status: AttendanceStatus })[];
  line: number;
}

/**
 * The attendance list with the people of `lines` added in order, keeping the first entry of anyone
 * listed twice. People from an apologies sentence (`bySurname`) are matched by surname, since prose
 * names people briefly. The list given is left as it was.
 */
export function withAttendees(
  list: readonly Attendee[],
  lines: readonly ListedLine[],
  bySurname = false,
): Attendee[] {
  // Copied into a literal, not spread: a literal learns it holds objects, where a spread of an
  // empty list starts as small integers and has the optimised code thrown away at the first push.
  const result: Attendee[] = [];
  for (let i = 0; i < list.length; i++) result.push(list[i] as Attendee);
  // Most apologies sentences are not there to add: the names are then not compared.
  if (!lines.some((l) => l.people.length > 0)) return result;
  const key = bySurname ? surnameKey : comparable;
  const known = new Set(list.map((a) => key(a.name)));
  for (const { people, line } of lines)
    for (const person of people) {
      const k = key(person.name);
      if (known.has(k)) continue;
      known.add(k);
      // Object.assign, not a spread: V8 copies these objects several times faster so, fields in
      // the same order. The person is copied alone, then the line set on the copy: an empty
      // object given one source is cloned from its shape, which merging two sources at once is
      // not, and setting one field costs less than a second copy from a new object (~75 ns, not
      // ~110, a person). The copy is an Attendee once its line is set, on the next line.
      const attendee = Object.assign({}, person) as Attendee;
      attendee.line = line;
      result.push(attendee);
    }
  return result;
}

// "Councillor Athwal" in a sentence is "Cllr Jas Athwal" in the list.
function surnameKey(name: string): string {
  return comparable(name).split(" ").at(-1) ?? "";
}
