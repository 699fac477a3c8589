import { monthName, pad2 } from "../corpus/calendar.js";
import type { Body, Meeting } from "../corpus/model.js";
import {
  type DateMention,
  type DateSpec,
  dateMatches,
  dateRange,
  findDateMention,
} from "./dates.js";
import { formatDate } from "./format.js";

export type RelativeMeeting = "latest" | "previous" | "first";

/** What a question says about which meeting it means; every part is optional. */
export interface MeetingReference {
  body: Body | null;
  /** True when the body was named ("LCRB", "DMG", "Delivery Management Group"), not just "board". */
  bodyNamed: boolean;
  date: DateMention | null;
  relative: RelativeMeeting | null;
  /** Spans of the question that made up the reference, so they can be cut out of a search query. */
  spans: { start: number; end: number }[];
}

// "The board" is the LCRB; its Delivery Management Group is "the group" or "DMG". DMG comes
// first because its minutes are headed "London Crime Reduction Board / Delivery Management Group".
const BODY_WORDS: readonly { body: Body; named: boolean; pattern: RegExp }[] = [
  {
    body: "DMG",
    named: true,
    // Not someone's own group: "the Deputy Commissioner's delivery group".
    pattern:
      /\bdmgs?\b|(?<!'s (?:[a-z-]+ )?)\b(?:delivery (?:management )?group|management group)s?\b/i,
  },
  { body: "LCRB", named: true, pattern: /\b(?:lcrb|(?:london )?crime reduction board)s?\b/i },
  { body: "DMG", named: false, pattern: /\bthe group\b/i },
  { body: "LCRB", named: false, pattern: /\bboard\b/i },
];

const RELATIVE_WORDS: readonly { relative: RelativeMeeting; pattern: RegExp }[] = [
  {
    relative: "previous",
    pattern:
      /\b(?:previous|prior|one before(?: that| last)?|before last|penultimate|second[- ]to[- ]last)\b/i,
  },
  { relative: "latest", pattern: /\b(?:latest|last|most recent|recent|newest|current)\b/i },
  { relative: "first", pattern: /\b(?:first|earliest|oldest)\b/i },
];

// "The mtg that planned the 8 july board", "the meeting that signed off the 24 jan 2022 minutes",
// "the meeting that set the july 8 board's agenda": a clause after the meeting naming another
// meeting by its date. Not a step from it ("the meeting that came after the april 2022 board").
const OTHER_MEETING_CLAUSE =
  /^(.*?\b(?:meeting|one|session|board|dmg|lcrb)) (?:that|which|where|at which) (?!.*\b(?:before|after|following|preceding|prior to|previous to)\b)(.+)$/;
const MEETING_WORD_AFTER = /^\W*(?:lcrb |dmg )?(?:board|meeting|lcrb|dmg|minutes|agenda)\b/;

/**
 * The other meeting a clause after the meeting names by its date, and where that clause starts;
 * null when there is none. Its date and body are not the meeting's own: the minutes of the
 * meeting asked for speak of it (resolve.ts).
 */
export function otherMeetingNamed(
  text: string,
): { start: number; end: number; date: DateMention } | null {
  const match = OTHER_MEETING_CLAUSE.exec(text);
  const rest = match?.[2];
  if (!rest) return null;
  // The clause ends where the question asked of the meeting begins ("… minutes - was X there?").
  const clause = rest.split(CLAUSE_END)[0] ?? rest;
  const date = findDateMention(clause);
  if (!date || date.spec.kind === "bound" || date.spec.kind === "period") return null;
  if (!MEETING_WORD_AFTER.test(clause.slice(date.end))) return null;
  const start = text.length - rest.length;
  return { start, end: start + clause.length, date };
}
const CLAUSE_END = /\s*[:;?]\s*|\s[-–—]+\s*/;

// "Has she been to a board, not the DMG?", "any LCRBs, or only DMG?", "apart from the DMG",
// "rather than the board": a body set aside, so the other is the one asked about. The body must
// end the phrase: in "other than the board chair" or "besides board members" it only says whose
// chair or members, and the person is set aside, not the body.
const SET_ASIDE =
  /,?\s*\b(?:not|apart from|other than|rather than|besides|except(?: for)?|excluding|instead of|or (?:just|only))\s+(?:(?:at|to|in) )?(?:the |a |an )?(?:dmgs?|lcrbs?|board|group|delivery (?:management )?group|(?:london )?crime reduction board)(?:\s+meetings?)?(?=\s*(?:[,?.;:!)]|$)|\s+[-–—]|\s+(?:or|and|but|in|at|on|since|before|after|during|this|last|which|who|that|where|when|did|do|does|was|were|has|have|had|is|are)\b)/i;

/** Reads the body, date and "latest/previous/first" a question uses to point at a meeting. */
export function readMeetingReference(text: string): MeetingReference {
  // A meeting named by the other meeting its minutes speak of is read from the words before.
  const other = otherMeetingNamed(text);
  if (other) {
    const head = readMeetingReference(text.slice(0, other.start));
    return { ...head, spans: [...head.spans, { start: other.start, end: other.end }] };
  }
  const spans: { start: number; end: number }[] = [];
  const date = findDateMention(text);
  if (date) spans.push({ start: date.start, end: date.end });
  // Look for relative words outside the date, so that "last April" is not also "the latest".
  const rest = date
    ? `${text.slice(0, date.start)}${" ".repeat(date.end - date.start)}${text.slice(date.end)}`
    : text;
  // "A board, not the DMG": the body set aside is the other one of the two asked for.
  const aside = SET_ASIDE.exec(rest);
  const asideBody = aside ? BODY_WORDS.find((word) => word.pattern.test(aside[0])) : undefined;
  const scanned =
    aside && asideBody
      ? `${rest.slice(0, aside.index)}${" ".repeat(aside[0].length)}${rest.slice(aside.index + aside[0].length)}`
      : rest;
  if (aside && asideBody) spans.push({ start: aside.index, end: aside.index + aside[0].length });
  let body: Body | null = null;
  let bodyNamed = false;
  if (asideBody) {
    body = asideBody.body === "LCRB" ? "DMG" : "LCRB";
    bodyNamed = true;
  }
  for (const word of BODY_WORDS) {
    const match = word.pattern.exec(scanned);
    if (!match) continue;
    body = word.body;
    bodyNamed = word.named;
    spans.push({ start: match.index, end: match.index + match[0].length });
    break;
  }
  let relative: RelativeMeeting | null = null;
  for (const word of RELATIVE_WORDS) {
    const match = word.pattern.exec(rest);
    if (!match) continue;
    relative = word.relative;
    spans.push({ start: match.index, end: match.index + match[0].length });
    break;
  }
  return { body, bodyNamed, date, relative, spans };
}

/** How a reference matched the meetings we hold. */
export interface MeetingResolution {
  /** none: the question named no meeting; unmatched: it named one we do not hold. */
  status: "none" | "found" | "ambiguous" | "unmatched";
  meeting: Meeting | null;
  /** Ambiguous: every meeting it could mean. Unmatched: the nearest meetings we do hold. */
  candidates: Meeting[];
  /** What was asked for, in words: "a DMG meeting in April 2023". */
  wanted: string;
}

const NEAREST_COUNT = 3;

/**
 * Finds the meeting a reference points at among `meetings` (sorted by date). "Latest" and
 * "previous" count only meetings on or before today, when there are any.
 */
export function resolveMeeting(
  reference: MeetingReference,
  meetings: readonly Meeting[],
  today: string,
): MeetingResolution {
  const pool = reference.body ? meetings.filter((m) => m.body === reference.body) : [...meetings];
  const wanted = describeReference(reference);
  const { date, relative } = reference;
  if (date) return resolveDate(date.spec, pool, meetings, today, wanted);
  if (relative) {
    const past = pool.filter((m) => m.date <= today);
    const known = past.length > 0 ? past : pool;
    const index = { latest: known.length - 1, previous: known.length - 2, first: 0 }[relative];
    const meeting = known[index] ?? null;
    if (meeting) return { status: "found", meeting, candidates: [], wanted };
    return { status: "unmatched", meeting: null, candidates: known.slice(-NEAREST_COUNT), wanted };
  }
  return { status: "none", meeting: null, candidates: [], wanted };
}

function resolveDate(
  spec: DateSpec,
  pool: Meeting[],
  all: readonly Meeting[],
  today: string,
  wanted: string,
): MeetingResolution {
  const matches = yearless(
    spec,
    pool.filter((m) => dateMatches(spec, m.date)),
    today,
  );
  if (spec.kind === "monthOnly" && spec.last && matches.length > 0) {
    // "Last April": the most recent April meeting before today.
    const past = matches.filter((m) => m.date < today);
    const chosen = (past.length > 0 ? past : matches).at(-1) ?? null;
    return { status: "found", meeting: chosen, candidates: [], wanted };
  }
  const [only] = matches;
  if (only && matches.length === 1)
    return { status: "found", meeting: only, candidates: [], wanted };
  if (matches.length > 1)
    return { status: "ambiguous", meeting: null, candidates: matches, wanted };
  // Nothing that day: the other body may have met then; otherwise offer the nearest in time.
  const otherBody = all.filter((m) => dateMatches(spec, m.date) && !pool.includes(m));
  const target = targetDate(spec, today);
  const nearest = [...(pool.length > 0 ? pool : all)]
    .sort((a, b) => distance(a.date, target) - distance(b.date, target))
    .slice(0, NEAREST_COUNT);
  const candidates = [...otherBody, ...nearest.filter((m) => !otherBody.includes(m))].slice(
    0,
    NEAREST_COUNT,
  );
  return { status: "unmatched", meeting: null, candidates, wanted };
}

/**
 * A month or day named without its year ("the board in april", "on 12 April") is one already held
 * when any is: asked on 1 July 2022, April 2023's minutes cannot be meant, nor offered as a choice;
 * and this year's when this year's has been held: asked on 1 June 2023, April 2023's, not 2022's.
 * When none is, it is the first one after today: "what day's the june board?" asked in May 2015
 * is June 2015's, which only earlier minutes announce, not a June held five years on.
 */
export function yearless<T extends { date: string }>(
  spec: DateSpec,
  matches: readonly T[],
  today: string,
): T[] {
  if (spec.kind !== "monthOnly" && spec.kind !== "dayOfMonth") return [...matches];
  const held = matches.filter((m) => m.date <= today);
  // Come round already this year, it is this year's: "the board in april" asked in June.
  const thisYear = held.filter((m) => m.date.startsWith(today.slice(0, 4)));
  if (thisYear.length > 0) return thisYear;
  if (held.length > 0) return held;
  const year = Number(today.slice(0, 4));
  const next = `${year}-${pad2(spec.month)}-${pad2(spec.kind === "dayOfMonth" ? spec.day : 31)}`;
  const comingYear = next.slice(5) < today.slice(5) ? year + 1 : year;
  return matches.filter((m) => m.date.startsWith(`${comingYear}-${pad2(spec.month)}`));
}

function targetDate(spec: DateSpec, today: string): string {
  const year = Number(today.slice(0, 4));
  switch (spec.kind) {
    case "day":
      return `${spec.year}-${pad2(spec.month)}-${pad2(spec.day)}`;
    case "month":
      return `${spec.year}-${pad2(spec.month)}-15`;
    case "year":
      return `${spec.year}-07-01`;
    case "dayOfMonth":
      return `${year}-${pad2(spec.month)}-${pad2(spec.day)}`;
    case "monthOnly":
      return `${year}-${pad2(spec.month)}-15`;
    case "bound": {
      // The nearest meeting to "before 2023" is the last before it; to "after", the first after.
      const range = dateRange(spec);
      return range ? (spec.side === "before" ? range.to : range.from) : targetDate(spec.of, today);
    }
    case "period":
      // The nearest meetings to a period are those around its start.
      return targetDate(spec.from, today);
  }
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b));
}

/** "a DMG meeting in June 2020", "the latest LCRB meeting", "a meeting on 12 April 2023". */
export function describeReference(reference: MeetingReference): string {
  const body = reference.body ? `${reference.body} ` : "";
  const spec = reference.date?.spec;
  if (spec) return `a ${body}meeting ${describeDate(spec)}`;
  if (reference.relative) return `the ${reference.relative} ${body}meeting`;
  return `a ${body}meeting`;
}

export function describeDate(spec: DateSpec): string {
  switch (spec.kind) {
    case "day":
      return `on ${formatDate(`${spec.year}-${pad2(spec.month)}-${pad2(spec.day)}`)}`;
    case "dayOfMonth":
      return `on ${spec.day} ${monthName(spec.month)}`;
    case "month":
      return `in ${monthName(spec.month)} ${spec.year}`;
    case "monthOnly":
      return `in ${spec.last ? "the last " : ""}${monthName(spec.month)}`;
    case "year":
      return `in ${spec.year}`;
    case "bound":
      return `${spec.side} ${describeDate(spec.of).replace(/^(?:in|on) /, "")}`;
    case "period":
      return `between ${describeDate(spec.from).replace(/^(?:in|on) /, "")} and ${describeDate(spec.to).replace(/^(?:in|on) /, "")}`;
  }
}

/** "At every meeting", "each one", "all the LCRB meetings": a question asked of all of them. */
export const EVERY_MEETING =
  /\b(?:every|each|all(?: of)?(?: the)?) (?:(?:lcrb|dmg|board) )?(?:meetings?|one|time)\b/;
