import type { Attendee, Meeting } from "../../../corpus/model.js";
import type { AnswerSection } from "../../answer.js";
import { citeLine, formatDate, meetingLabel } from "../../format.js";
import type { Appearance, Person } from "../../people.js";

/** One side of a comparison: its meetings and everyone who came (present or in attendance). */
export interface Side {
  meetings: Meeting[];
  /** By person, with one attendance line each. */
  came: Map<Person, Appearance>;
}

/** Who came to the later side and not the earlier (joined), the reverse (left), and both. */
export interface AttendanceChange {
  before: Side;
  after: Side;
  joined: Appearance[];
  /** Someone who "left" but sent apologies to the later side is named "(sent apologies)". */
  left: Appearance[];
  both: Appearance[];
  /** Organisations at the later side and not the earlier, and the reverse. */
  newOrganisations: string[];
  goneOrganisations: string[];
}

function sideOf(meetings: Meeting[], people: readonly Person[], only: Set<Attendee> | null): Side {
  const came = new Map<Person, Appearance>();
  for (const person of people)
    for (const appearance of person.appearances)
      if (
        meetings.includes(appearance.meeting) &&
        appearance.attendee.status !== "apologies" &&
        (!only || only.has(appearance.attendee))
      )
        came.set(person, appearance);
  return { meetings, came };
}

export function organisationOf(attendee: Attendee): string {
  return attendee.organisation ?? attendee.role ?? "no organisation given";
}

/**
 * Attendance at `earlier` set beside `later`. `only`, when given, narrows both sides to those
 * attendees (an organisation's people).
 */
export function attendanceChange(
  earlier: Meeting[],
  later: Meeting[],
  people: readonly Person[],
  only: Set<Attendee> | null = null,
): AttendanceChange {
  const before = sideOf(earlier, people, only);
  const after = sideOf(later, people, only);
  const apologised = new Set(
    people.filter((p) =>
      p.appearances.some((a) => later.includes(a.meeting) && a.attendee.status === "apologies"),
    ),
  );
  const joined = [...after.came].filter(([p]) => !before.came.has(p)).map(([, x]) => x);
  const left = [...before.came]
    .filter(([p]) => !after.came.has(p))
    .map(([p, x]) =>
      apologised.has(p)
        ? { ...x, attendee: { ...x.attendee, name: `${x.attendee.name} (sent apologies)` } }
        : x,
    );
  const both = [...after.came].filter(([p]) => before.came.has(p)).map(([, x]) => x);
  const organisations = (side: Side) =>
    new Set([...side.came.values()].map((x) => organisationOf(x.attendee)));
  const [was, is] = [organisations(before), organisations(after)];
  return {
    before,
    after,
    joined,
    left,
    both,
    newOrganisations: [...is].filter((o) => !was.has(o)),
    goneOrganisations: [...was].filter((o) => !is.has(o)),
  };
}

/** "LCRB, 12 April 2023", two meetings joined by "and", or more of one body by their span. */
export function sideLabel(side: Pick<Side, "meetings">): string {
  const [first, ...rest] = side.meetings;
  const last = rest.at(-1);
  if (first && last && rest.length > 1 && rest.every((m) => m.body === first.body))
    return `the ${side.meetings.length} ${first.body} meetings, ${formatDate(first.date)} to ${formatDate(last.date)}`;
  return side.meetings.map(meetingLabel).join(" and ");
}

/** People grouped by organisation: "London Councils: Nesil Caliskan, Ella Watson". */
function byOrganisation(entries: Appearance[]): string[] {
  const groups = new Map<string, string[]>();
  // In the order of the attendance lists, as a reader of the minutes would meet them.
  const ordered = [...entries].sort((a, b) => a.attendee.line - b.attendee.line);
  for (const { attendee } of ordered) {
    const key = organisationOf(attendee);
    groups.set(key, [...(groups.get(key) ?? []), attendee.name]);
  }
  return [...groups].map(([organisation, names]) => `${organisation}: ${names.join(", ")}`);
}

/** "Joined: at …, not … (12)", the people by organisation, cited at the first of them. */
export function attendanceSection(heading: string, entries: Appearance[]): AnswerSection {
  return {
    heading: `${heading} (${entries.length})`,
    text: entries.length === 0 ? "No one." : null,
    bullets: byOrganisation(entries),
    citation: entries[0] ? citeLine(entries[0].meeting, entries[0].attendee.line) : null,
  };
}
