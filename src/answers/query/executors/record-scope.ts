import { addDays } from "../../../corpus/calendar.js";
import type { Meeting } from "../../../corpus/model.js";
import type { Answer, Intent } from "../../answer.js";
import { formatDate } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { type RecordEntry, recordText } from "../../record-mentions.js";
import type { ExecutorInput } from "../executor.js";
import { textMentionsTogether } from "../mentions.js";
import type { MeetingSelector } from "../query.js";
import type { Resolution } from "../resolve.js";
import { unclearAnswer } from "./unclear.js";

/** The meetings a question across meetings (decisions, commitments, rankings) covers, or why it covers none. */
export type RecordScope =
  | { kind: "meetings"; meetings: Meeting[]; named: boolean }
  | { kind: "unclear" };

/**
 * The meetings named (every meeting of a body named alone: "what did the DMG decide"), or, with
 * none named, every meeting when the question has a subject or owner to look for, else the
 * meeting the conversation's last answer was about, or the latest meeting. Several meetings of one date range ("in 2023") are all in scope.
 */
export function recordScope(input: ExecutorInput, narrowed: boolean): RecordScope {
  const { query, resolutions, context } = input;
  const today = context.today();
  const all = context.meetings as Meeting[];
  let meetings: Meeting[];
  let named = false;
  if (resolutions.length > 0 && query.meetings.length > 0) {
    named = true;
    // "What did the board sign off in 2015 compared to 2022": each meeting named, in date order.
    const each = resolutions.map((resolution, i) => {
      const selector = query.meetings[i];
      return selector ? meetingsNamed(selector, resolution, all) : null;
    });
    if (each.some((found) => found === null)) return { kind: "unclear" };
    meetings = all.filter((m) => each.some((found) => found?.includes(m)));
  } else if (narrowed) meetings = all;
  else {
    // "What was decided?" straight after an answer about one meeting is about that meeting.
    const remembered = input.memory?.meeting
      ? all.find((m) => m.id === input.memory?.meeting)
      : undefined;
    const latest = all.filter((m) => m.date <= today).at(-1) ?? all.at(-1);
    const meeting = remembered ?? latest;
    meetings = meeting ? [meeting] : [];
  }
  if (query.since) meetings = meetings.filter((m) => m.date >= (query.since ?? ""));
  if (query.until) meetings = meetings.filter((m) => m.date <= (query.until ?? ""));
  return { kind: "meetings", meetings, named };
}

/** The meetings one selector names (a body named alone: all its meetings), or null when unclear. */
function meetingsNamed(
  selector: MeetingSelector,
  resolution: Resolution,
  all: readonly Meeting[],
): Meeting[] | null {
  const bodyOnly =
    selector.body &&
    !selector.date &&
    !selector.position &&
    !selector.shift &&
    !selector.person &&
    selector.topic.length === 0 &&
    !selector.previous;
  if (bodyOnly) return all.filter((m) => m.body === selector.body);
  if (resolution.status === "found") return resolution.meetings;
  if (resolution.status === "ambiguous" && selector.date && !selector.previous)
    return resolution.candidates;
  return null;
}

/**
 * Every meeting a ranking across meetings covers (all of them, or those named), or the answer to
 * give instead when the meetings named cannot be told apart.
 */
export function rankingScope(input: ExecutorInput, intent: Intent): Meeting[] | Answer {
  const scope = recordScope(input, true);
  // "Any1 from mopac been since?" when the conversation's meeting is the last the minutes hold:
  // nothing lies after it to count, which is said as such, not as a count of none.
  if (scope.kind === "meetings" && scope.meetings.length === 0 && input.query.since) {
    const answer = blankAnswer(
      intent,
      input.question,
      `The minutes hold no meeting after ${formatDate(addDays(input.query.since, -1))}`,
    );
    answer.query = input.query;
    return answer;
  }
  if (scope.kind === "meetings") return scope.meetings;
  const [resolution] = input.resolutions;
  return resolution
    ? unclearAnswer(input, intent, resolution, input.query.meetings[0])
    : blankAnswer(intent, input.question, "Which meetings?");
}

/** " of the LCRB" when every meeting in scope is of one body, else nothing. */
export function scopeWords(meetings: readonly Meeting[]): string {
  const bodies = new Set(meetings.map((m) => m.body));
  const [body] = bodies;
  return bodies.size === 1 && body ? ` of the ${body}` : "";
}

/**
 * The entries that name a subject of several words as a phrase ("the terms of reference"), when
 * some do; else all of them ("with reference to … in terms of" mentions both words, apart).
 */
export function closestRecords<T extends { meeting: Meeting; entry: RecordEntry }>(
  found: readonly T[],
  subject: readonly string[],
): T[] {
  if (subject.length < 2) return [...found];
  const together = found.filter((f) =>
    recordText(f.meeting, f.entry)
      .split("\n")
      .some((part) => textMentionsTogether(part, subject)),
  );
  return together.length > 0 ? together : [...found];
}

// Words that ask for the record rather than name its subject.
const RECORD_WORDS =
  /^(?:decid\w*|decisions?|agree\w*|approv\w*|endors\w*|resolv\w*|noted|note|outcomes?|commit\w*|promis\w*|pledg\w*|undert\w*|made|taken|reached|will|would|do|doing|done|going|set|setting|establish|create|form|start|owe|owes|follow\w*|carried|over|forward|report\w*|back|come|came|up|what|which|did|does|was|were|is|are|there|any|recorded|since|record|meeting|meetings|latest|last|next|for|about|on|board|group)$/;

/** The subject words of a record question, without the words that ask for the record. */
export function recordSubject(topic: readonly string[]): string[] {
  return topic.filter((word) => !RECORD_WORDS.test(word));
}
