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
  const key = bySurname ? surnameKey : comparable;
  const known = new Set(list.map((a) => key(a.name)));
  const result = [...list];
  for (const { people, line } of lines)
    for (const person of people) {
      const k = key(person.name);
      if (known.has(k)) continue;
      known.add(k);
      result.push({ ...person, line });
    }
  return result;
}

// "Councillor Athwal" in a sentence is "Cllr Jas Athwal" in the list.
function surnameKey(name: string): string {
  return comparable(name).split(" ").at(-1) ?? "";
}
