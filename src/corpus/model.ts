import * as z from "zod";

/** The two bodies whose minutes we hold: the Board and its Delivery Management Group. */
export const Body = z.enum(["LCRB", "DMG"]);
export type Body = z.infer<typeof Body>;

export const BODY_TITLES: Record<Body, string> = {
  LCRB: "London Crime Reduction Board",
  DMG: "Delivery Management Group",
};

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a 24-hour time as HH:MM");
const SourceLine = z.number().int().positive();

export const AttendanceStatus = z.enum(["present", "in_attendance", "apologies"]);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const Attendee = z.object({
  /** The name only: no honorific, title of office, post-nominals or bracketed initials. */
  name: z.string().min(1),
  status: AttendanceStatus,
  /** What stood before the name ("Dame", "Cllr", "Mayor", "Deputy Commissioner"), or null. */
  honorific: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
  organisation: z.string().min(1).nullable(),
  line: SourceLine,
});
export type Attendee = z.infer<typeof Attendee>;

export const Passage = z.object({
  /** A whole paragraph, re-joined where the source broke it. */
  text: z.string().min(1),
  line: SourceLine,
});
export type Passage = z.infer<typeof Passage>;

export const AgendaItem = z.object({
  /** The agenda item number as written ("3"), or null for an unnumbered section. */
  number: z.string().min(1).nullable(),
  title: z.string().min(1),
  line: SourceLine,
  passages: z.array(Passage),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Action = z.object({
  id: z.string().min(1).nullable(),
  text: z.string().min(1),
  owner: z.string().min(1).nullable(),
  /** Number of the agenda item the action was recorded under, or null. */
  item: z.string().min(1).nullable(),
  line: SourceLine,
});
export type Action = z.infer<typeof Action>;

export const NextMeeting = z.object({
  body: Body,
  date: IsoDate,
  time: ClockTime.nullable(),
  venue: z.string().min(1).nullable(),
  /** Null when the meeting comes from corpus/schedule.yml or front matter rather than a minutes line. */
  line: SourceLine.nullable(),
});
export type NextMeeting = z.infer<typeof NextMeeting>;

/** Where the minutes are published (front matter `source`, written by `lcrb import`). */
export const MeetingSource = z.object({ url: z.url({ protocol: /^https?$/ }) });
export type MeetingSource = z.infer<typeof MeetingSource>;

/** How the minutes record a decision: the verb they use, read as one of four kinds. */
export const DecisionKind = z.enum(["agreed", "approved", "noted", "endorsed"]);
export type DecisionKind = z.infer<typeof DecisionKind>;

/** A decision the minutes record in prose ("Members approved the minutes"). */
export const Decision = z.object({
  /** The sentence that records it (with the one before when it says only "This was agreed"). */
  text: z.string().min(1),
  kind: DecisionKind,
  /** Number of the agenda item it was recorded under, or null. */
  item: z.string().min(1).nullable(),
  line: SourceLine,
});
export type Decision = z.infer<typeof Decision>;

/**
 * How a commitment is worded: "will"/"would" (an update will be provided), "to" (MOPAC to update
 * partners, partners agreed to share data), "report_back", or "deferred" to a later meeting.
 */
export const CommitmentKind = z.enum(["will", "to", "report_back", "deferred"]);
export type CommitmentKind = z.infer<typeof CommitmentKind>;

/** Something the minutes say someone will do, in prose rather than as a numbered action. */
export const Commitment = z.object({
  text: z.string().min(1),
  kind: CommitmentKind,
  /** The body or person the sentence names as doing it ("MOPAC", "London Councils and MOPAC"), or null. */
  owner: z.string().min(1).nullable(),
  /** "next meeting", a month ("2023-07") or a day ("2023-06-30"), or null when none is given. */
  due: z
    .string()
    .regex(/^(next meeting|\d{4}-\d{2}(-\d{2})?)$/)
    .nullable(),
  /** The body whose meeting it is due at, when the sentence names one ("the next LCRB"). */
  dueBody: Body.nullable(),
  item: z.string().min(1).nullable(),
  line: SourceLine,
});
export type Commitment = z.infer<typeof Commitment>;

export const Meeting = z.object({
  /** body + date in lower case ("lcrb-2023-04-12"); stable across restarts. */
  id: z.string().regex(/^(lcrb|dmg)-\d{4}-\d{2}-\d{2}(-\d+)?$/),
  /** Path relative to the corpus directory. */
  file: z.string().min(1),
  body: Body,
  title: z.string().min(1),
  date: IsoDate,
  time: ClockTime.nullable(),
  venue: z.string().min(1).nullable(),
  attendees: z.array(Attendee),
  items: z.array(AgendaItem),
  actions: z.array(Action),
  decisions: z.array(Decision),
  commitments: z.array(Commitment),
  nextMeetings: z.array(NextMeeting),
  /** Null for minutes kept only as a corpus file. */
  source: MeetingSource.nullable(),
});
export type Meeting = z.infer<typeof Meeting>;

/**
 * Why a minutes file (or the schedule) was skipped or read in part: a stable word scripts and
 * tests branch on, where the message beside it is for a person and may be reworded.
 */
export const ProblemCode = z.enum([
  "unreadable", // the file could not be read from disk
  "not_text", // bytes that are not UTF-8 text (a PDF or Word file saved as .txt)
  "too_large", // larger than any minutes file, so not read
  "empty", // nothing but white space
  "not_minutes", // no body, date, attendance list or agenda items
  "no_date", // no meeting date in the header or front matter: skipped
  "no_body", // neither the Board nor the DMG named: skipped
  "no_attendance", // loaded, but no attendance list was found
  "no_items", // loaded, but no agenda items were found
  "bad_front_matter", // front matter that is not YAML, or a field in it that cannot be used
  "parser_failed", // the parser threw on this file
  "invalid_meeting", // what the parser read failed validation
  "bad_schedule", // corpus/schedule.yml, or one entry of it, could not be read
]);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** Something a clerk should fix in a minutes file; the file is skipped or read in part. */
export const Problem = z.object({
  file: z.string(),
  line: SourceLine.nullable(),
  code: ProblemCode,
  message: z.string().min(1),
});
export type Problem = z.infer<typeof Problem>;

export interface Corpus {
  /** Sorted by date, then body. */
  meetings: Meeting[];
  problems: Problem[];
}
