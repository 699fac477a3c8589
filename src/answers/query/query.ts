import type { Body } from "../../corpus/model.js";
import type { DateSpec } from "../dates.js";
import type { PresenceAsked } from "../presence-asked.js";

/**
 * What a question asks for. Adding a target is a row in TARGET_RULES (read-target.ts) and one
 * executor file registered in executors/index.ts.
 */
export const TARGETS = [
  "attendees",
  "apologies",
  "chair",
  "presence",
  "passages",
  "item",
  "actions",
  "meeting",
  "meetings",
  "next",
  "scheduled",
  "previous",
  "person",
  "help",
  "search",
  "decisions",
  "commitments",
  "glossary",
  "posts",
  "organisations",
  "venue",
  "people",
  "subjects",
  "succession",
] as const;
export type Target = (typeof TARGETS)[number];

/** How the answer gathers what the target finds. */
export const AGGREGATIONS = [
  "one",
  "list",
  "first",
  "last",
  "count",
  "compare",
  "timeline",
  "rank",
  "whether",
] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Counted from one end of the meetings in scope: "the first", "the last two", "the second". */
export interface Position {
  from: "start" | "end";
  /** Meetings skipped from that end before counting ("the second" skips 1). */
  skip: number;
  count: number;
}

/** One way a question points at a meeting; every part is optional. */
export interface MeetingSelector {
  body: Body | null;
  date: DateSpec | null;
  position: Position | null;
  /** Words naming the meeting by what it discussed: "the fraud meeting". */
  topic: string[];
  /** A person naming the meeting: "the meeting Lynne Owens presented at". */
  person: string | null;
  /**
   * "The meeting after March 2015": steps from the meeting(s) another selector names; with
   * `unit` "year", "the year before the Casey one", steps a calendar year from it.
   */
  shift: {
    direction: "before" | "after";
    steps: number;
    from: MeetingSelector;
    unit?: "year";
  } | null;
  /** "It", "that meeting", "the one before?": the last answer's meeting(s) in this conversation. */
  previous: boolean;
  /**
   * "The meeting that planned the 8 July board", "… that signed off the 24 Jan 2022 minutes":
   * another meeting, on this date, that the minutes of the one asked for speak of
   * (mentioned-meetings.ts).
   */
  mentions?: DateSpec | null;
}

/** The structured reading of a question (`query` in `lcrb ask --json`). */
export interface Query {
  target: Target;
  aggregation: Aggregation;
  /** None: the question names no meeting. Two: the sides of a comparison. */
  meetings: MeetingSelector[];
  /** "Since 2021": the earliest date a topic across time starts from. */
  since: string | null;
  /** "Between 2020 and 2022": the latest date it runs to. */
  until: string | null;
  /** The subject of passages, actions or a topic across meetings. */
  topic: string[];
  /**
   * "Fraud v corruption - which mtgs?": two subjects set side by side, each looked for by itself
   * (`topic` holds the words of both). Absent for one subject.
   */
  subjects?: string[][];
  /** A person the question is about, as typed. */
  person: string | null;
  /** Words naming a post or organisation ("london councils", "the met"). */
  organisation: string[];
  /** "Item 3": an agenda item number. */
  item: string | null;
  /** For target presence: whether the yes or no is about coming, staying away or apologies. */
  presence?: PresenceAsked;
  /**
   * For two meetings set side by side, what each side's words say of its people, in the order of
   * `meetings`: "who came to the 2021 meeting having missed 2022" is [came, away]; null where a
   * side says nothing of it. Absent when the question names no two sides.
   */
  sidesSay?: (PresenceAsked | null)[];
  /** The question leans on the conversation ("and who sent apologies?", "what about the DMG?"). */
  followUp: boolean;
}

export function emptySelector(): MeetingSelector {
  return {
    body: null,
    date: null,
    position: null,
    topic: [],
    person: null,
    shift: null,
    previous: false,
  };
}

/** True when the selector says nothing about which meeting. */
export function isEmptySelector(selector: MeetingSelector): boolean {
  return (
    !selector.body &&
    !selector.date &&
    !selector.position &&
    selector.topic.length === 0 &&
    !selector.person &&
    !selector.shift &&
    !selector.previous &&
    !selector.mentions
  );
}
