import { parse as parseYaml } from "yaml";
import * as z from "zod";
import { describe } from "../../errors.js";
import {
  AttendanceStatus,
  type Attendee,
  BODY_TITLES,
  Body,
  MeetingSource,
  type NextMeeting,
  type Problem,
} from "../model.js";
import { type ListedPerson, readAttendanceLine } from "./attendance.js";
import { withAttendees } from "./attendee-list.js";
import { findDates, findTime } from "./dates.js";
import { withCommonKeys } from "./front-matter-keys.js";

/**
 * What a YAML block at the top of a file says about the meeting. Clerks use it for minutes no rule
 * can read: every field overrides or adds to what the text gave.
 */
export interface FrontMatter {
  body?: Body;
  title?: string;
  date?: string;
  time?: string | null;
  venue?: string | null;
  /** Where the minutes are published; `lcrb import` writes it. */
  source?: MeetingSource;
  attendees: Attendee[];
  /** Body null when the entry names none: the meeting's own body, once known. */
  nextMeetings: (Omit<NextMeeting, "body"> & { body: Body | null })[];
}

const Text = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)));
const BodyField = z
  .string()
  .transform((v) => v.trim())
  .transform((v) => {
    const upper = v.toUpperCase();
    if (upper === "LCRB" || upper === "DMG") return upper;
    const entry = Object.entries(BODY_TITLES).find(([, t]) => t.toLowerCase() === v.toLowerCase());
    return entry?.[0] ?? v;
  })
  .pipe(Body);
const PersonEntry = z.union([
  z.string(),
  z.object({
    name: z.string().min(1),
    status: AttendanceStatus.optional(),
    honorific: z.string().nullish(),
    role: z.string().nullish(),
    organisation: z.string().nullish(),
  }),
]);
const NextMeetingEntry = z.object({
  body: BodyField.optional(),
  date: Text,
  time: Text.nullish(),
  venue: z.string().nullish(),
});
const Fields = z.object({
  body: BodyField.optional(),
  title: z.string().optional(),
  date: Text.optional(),
  time: Text.nullish(),
  venue: z.string().nullish(),
  source: z.string().optional(),
  attendees: z.array(PersonEntry).optional(),
  present: z.array(PersonEntry).optional(),
  in_attendance: z.array(PersonEntry).optional(),
  apologies: z.array(PersonEntry).optional(),
  nextMeetings: z.array(NextMeetingEntry).optional(),
  next_meetings: z.array(NextMeetingEntry).optional(),
});

/** The file text with its front matter (if any) cut out, and the block's fields. */
export interface FrontMatterSplit {
  /** The text to parse: front-matter lines blanked, so line numbers still count from the file's top. */
  text: string;
  frontMatter: FrontMatter | null;
  problems: Problem[];
}

/**
 * Splits a `---` … `---` block off the top of the file and reads it. A block that is not valid YAML,
 * or whose fields have the wrong shape, is reported and otherwise ignored.
 */
export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  const unmarked = text.replace(/^\uFEFF/, "");
  // Most files have none: the first line tells, before the file is split into lines.
  const firstBreak = unmarked.indexOf("\n");
  if (unmarked.slice(0, firstBreak < 0 ? undefined : firstBreak).trim() !== "---")
    return { text, frontMatter: null, problems: [] };
  const lines = unmarked.split(/\r?\n/);
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (end < 0) return { text, frontMatter: null, problems: [] };
  const yamlLines = lines.slice(1, end);
  const rest = [...lines.slice(0, end + 1).map(() => ""), ...lines.slice(end + 1)].join("\n");
  let raw: unknown;
  try {
    raw = parseYaml(yamlLines.join("\n")) ?? {};
  } catch (error) {
    const message = describe(error);
    return { text: rest, frontMatter: null, problems: [problem(file, 1, message)] };
  }
  const fields = Fields.safeParse(withCommonKeys(raw));
  if (!fields.success) {
    return {
      text: rest,
      frontMatter: null,
      problems: [problem(file, 1, z.prettifyError(fields.error).replace(/\s*\n\s*/g, "; "))],
    };
  }
  const problems: Problem[] = [];
  const frontMatter = toFrontMatter(fields.data, yamlLines, file, problems);
  return { text: rest, frontMatter, problems };
}

function problem(file: string, line: number, detail: string | undefined): Problem {
  return {
    file,
    line,
    code: "bad_front_matter",
    message: `the front matter could not be read: ${detail ?? "bad YAML"}`,
  };
}

type Fields = z.infer<typeof Fields>;

function toFrontMatter(
  fields: Fields,
  yamlLines: string[],
  file: string,
  problems: Problem[],
): FrontMatter {
  const result: FrontMatter = { attendees: [], nextMeetings: [] };
  if (fields.body) result.body = fields.body;
  if (fields.title) result.title = fields.title;
  if (fields.date !== undefined) {
    const date = findDates(fields.date)[0]?.iso;
    if (date) result.date = date;
    else problems.push(problem(file, lineOf("date", yamlLines), `"${fields.date}" is not a date`));
  }
  if (fields.time !== undefined)
    result.time = fields.time === null ? null : (findTime(fields.time)?.time ?? null);
  if (fields.venue !== undefined) result.venue = fields.venue;
  // A bad URL costs only the link, not the date and body the block also gives.
  if (fields.source !== undefined) {
    const source = MeetingSource.safeParse({ url: fields.source.trim() });
    if (source.success) result.source = source.data;
    else
      problems.push(
        problem(file, lineOf(fields.source, yamlLines), `"${fields.source}" is not an http(s) URL`),
      );
  }
  const groups: [Fields["attendees"], AttendanceStatus][] = [
    [fields.attendees, "present"],
    [fields.present, "present"],
    [fields.in_attendance, "in_attendance"],
    [fields.apologies, "apologies"],
  ];
  for (const [entries, status] of groups)
    for (const entry of entries ?? []) {
      const name = typeof entry === "string" ? entry : entry.name;
      result.attendees = withAttendees(result.attendees, [
        { people: readEntry(entry, status), line: lineOf(name, yamlLines) },
      ]);
    }
  for (const entry of [...(fields.nextMeetings ?? []), ...(fields.next_meetings ?? [])]) {
    const date = findDates(entry.date)[0]?.iso;
    if (!date) {
      problems.push(problem(file, lineOf(entry.date, yamlLines), `"${entry.date}" is not a date`));
      continue;
    }
    result.nextMeetings.push({
      body: entry.body ?? null,
      date,
      time: entry.time ? (findTime(entry.time)?.time ?? null) : null,
      venue: entry.venue ?? null,
      line: null,
    });
  }
  return result;
}

// A string entry is read like a line of an attendance list; an object entry is taken as written,
// but for a title written before the name with no key of its own ("name: Det Ch Supt Ruaridh
// Fennimore", unseen-minutes-9/70), which is the honorific, as it would be in a list.
function readEntry(entry: z.infer<typeof PersonEntry>, status: AttendanceStatus): ListedPerson[] {
  if (typeof entry === "string") return readAttendanceLine(entry, status);
  const titled = entry.honorific === undefined ? titleBeforeName(entry.name) : null;
  return [
    {
      name: titled?.name ?? entry.name,
      status: entry.status ?? status,
      honorific: titled?.honorific ?? entry.honorific ?? null,
      role: entry.role ?? null,
      organisation: entry.organisation ?? null,
    },
  ];
}

function titleBeforeName(written: string): { name: string; honorific: string } | null {
  const read = readAttendanceLine(written, "present");
  const person = read.length === 1 ? read[0] : undefined;
  if (!person?.honorific || person.name === written.trim()) return null;
  // Only a title cut from the front: the name itself stays as written.
  return written.trim().endsWith(person.name)
    ? { name: person.name, honorific: person.honorific }
    : null;
}

// Line in the file (the block starts on line 2) where the value is written, or the opening line.
function lineOf(value: string, yamlLines: string[]): number {
  const index = yamlLines.findIndex((l) => l.includes(value));
  return index < 0 ? 1 : index + 2;
}
