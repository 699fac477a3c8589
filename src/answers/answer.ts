import type { Attendee, Body } from "../corpus/model.js";
import type { Highlight, SearchResult } from "../search/types.js";
import type { Query } from "./query/query.js";

export const INTENTS = [
  "search",
  "attendees",
  "meeting",
  "meetings",
  "next",
  "person",
  "actions",
  "help",
] as const;
export type Intent = (typeof INTENTS)[number];

export interface MeetingRef {
  id: string;
  date: string;
  body: Body;
}

/** A meeting after today, from a minutes "next meeting" line or corpus/schedule.yml. */
export interface UpcomingMeeting {
  body: Body;
  date: string;
  time: string | null;
  venue: string | null;
  /** Where it was announced; null when it comes from schedule.yml. */
  source: { file: string; line: number } | null;
}

/** Where a fact came from: body · date · item · file:line. */
export interface Citation {
  body: Body;
  date: string;
  /** "3 Counter Terrorism", or null when the fact is not under an agenda item. */
  item: string | null;
  file: string;
  line: number;
  /** The page the minutes are published on, when the meeting has one. */
  url?: string;
}

/**
 * A block of an answer, in plain text: no markup and nothing escaped, so each face (Slack,
 * console, JSON) escapes it and styles what `highlights` and `bulletHighlights` mark its own way.
 */
export interface AnswerSection {
  heading: string | null;
  text: string | null;
  /** Words of `text` to emphasise (a search excerpt's matches), as offsets into it. */
  highlights?: Highlight[];
  bullets: string[];
  /**
   * Words of each bullet to emphasise (the lead of "14 March 2015: Board meeting"), as offsets
   * into it, one entry per bullet; absent when no bullet has any.
   */
  bulletHighlights?: Highlight[][];
  /**
   * The attendance-list entries the bullets describe, one per bullet, for a face that can show
   * them as a table (name, role, organisation, status); absent for any other section.
   */
  people?: Attendee[];
  citation: Citation | null;
}

/** Attendance at two sides set side by side: names as the attendance lists write them. */
export interface Comparison {
  joined: string[];
  left: string[];
  both: string[];
}

/**
 * What an answer holds beyond its title and sections, by kind, so each face renders only what
 * exists: "yes-no" leads with a verdict, "count" with a number, "list" and "timeline" show
 * several meetings (`meetings`), "comparison" two sides, "candidates" asks which meeting,
 * "summary" is everything else.
 */
export type AnswerDetail =
  | { kind: "summary" }
  | { kind: "yes-no"; verdict: boolean }
  | { kind: "count"; count: number }
  | { kind: "list" }
  | { kind: "timeline" }
  | { kind: "comparison"; comparison: Comparison }
  | { kind: "candidates" };
export type AnswerKind = AnswerDetail["kind"];

/** What every answer has, whatever its kind. */
export interface AnswerBase {
  intent: Intent;
  /** The structured reading of the question, or null for an answer that needed none. */
  query: Query | null;
  /** Meeting ids in the order a list, timeline or comparison shows them. */
  meetings: string[];
  /** The question as asked, with Slack markup removed. */
  question: string;
  meeting: MeetingRef | null;
  /** Meetings the question could mean, when it is ambiguous or matched none exactly. */
  candidates: MeetingRef[];
  /** For intent search: as in `lcrb search`. */
  results: SearchResult[];
  /** For intent next: after today, soonest first. */
  upcoming: UpcomingMeeting[];
  title: string;
  /** One line under the title, or null. */
  summary: string | null;
  sections: AnswerSection[];
  /** Questions the user might ask next, written as they would type them. */
  followUps: string[];
  /** Set when more search results exist beyond these: ask again with this offset. */
  more: { query: string; offset: number } | null;
  /**
   * The one person the answer names as its answer ("who was the Victims Commissioner…" → Claire
   * Waxman), so a follow-up's "she" or "he" can mean them. Absent otherwise.
   */
  person?: string;
  /**
   * The people the answer lists as its answer (who sent apologies, who came from London
   * Councils), so a follow-up's "either of them" or "they" can mean them. Absent otherwise.
   */
  people?: string[];
}

/** A platform-neutral answer: what every face (Slack, console, CLI) renders. */
export type Answer = AnswerBase & AnswerDetail;

/** The answer as another kind, with that kind's detail. */
export function withDetail(answer: Answer, detail: AnswerDetail): Answer {
  const {
    kind: _kind,
    verdict: _verdict,
    count: _count,
    comparison: _comparison,
    ...base
  } = answer as AnswerBase & {
    kind: AnswerKind;
    verdict?: unknown;
    count?: unknown;
    comparison?: unknown;
  };
  return { ...base, ...detail };
}
