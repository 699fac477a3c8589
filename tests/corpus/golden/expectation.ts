import type { AttendanceStatus, Body } from "../../../src/corpus/model.js";

/**
 * What a person reading a minutes file sees in it, written down by hand. `role` and
 * `organisation` are left out (undefined) where the line could fairly be split more than one
 * way; only the fields that are present get asserted.
 */
export interface ExpectedAttendee {
  line: number;
  name: string;
  status: AttendanceStatus;
  honorific: string | null;
  role?: string | null;
  organisation?: string | null;
}

export interface ExpectedItem {
  number: string | null;
  title: string;
  line: number;
}

export interface ExpectedAction {
  id: string | null;
  item: string | null;
  /** The action's text starts with this. */
  textStart: string;
  line: number;
  /** Asserted only when given. */
  owner?: string | null;
}

export interface ExpectedNextMeeting {
  body: Body;
  date: string;
  time: string | null;
  venue: string | null;
  line: number;
}

export interface SeedExpectation {
  file: string;
  id: string;
  body: Body;
  title: string;
  date: string;
  time: string | null;
  venue: string | null;
  attendees: ExpectedAttendee[];
  items: ExpectedItem[];
  actions: ExpectedAction[];
  nextMeetings: ExpectedNextMeeting[];
}

/** Shorthand for table rows: `at(13, "Stephen House", "present", "Sir")`. */
export function at(
  line: number,
  name: string,
  status: AttendanceStatus,
  honorific: string | null = null,
  description: { role?: string | null; organisation?: string | null } = {},
): ExpectedAttendee {
  return { line, name, status, honorific, ...description };
}

/** A line whose description is only an organisation ("Lib Peck, VRU"). */
export function org(organisation: string): { role: null; organisation: string } {
  return { role: null, organisation };
}

/** A line whose description is a role and an organisation ("Diana Luchford\tCEO, MOPAC"). */
export function roleAt(
  role: string,
  organisation: string | null,
): {
  role: string;
  organisation: string | null;
} {
  return { role, organisation };
}
