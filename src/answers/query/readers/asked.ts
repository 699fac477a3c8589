import type { ConversationMemory } from "../../conversation-store.js";
import type { Posts } from "../../directory.js";
import { RECORDED } from "../../discussed-words.js";
import type { Classification } from "../../intent.js";
import { MEETING_NOUN } from "../../meeting-nouns.js";
import { otherMeetingNamed } from "../../meeting-ref.js";
import type { Person } from "../../people.js";
import type { Question } from "../../question.js";
import { meetingInFocus } from "../focus.js";
import {
  type Aggregation,
  emptySelector,
  isEmptySelector,
  type MeetingSelector,
  type Query,
  type Target,
} from "../query.js";
import { SIDE_BY_SIDE } from "../read-comparison.js";
import { readSelector, readSides } from "../read-selector.js";
import { readTarget, TARGET_OF_INTENT } from "../read-target.js";
import { selectorWords, subjectWords } from "../subject-words.js";
import { withYearFromMeeting } from "./year-from-meeting.js";

// A follow-up's opening words: "and who sent apologies?", "what about the DMG?" (chat's "n the
// next year?" is written "and …" by question.ts).
export const FOLLOW_UP_LEAD =
  /^(?:and|also|so|ok|okay|then|what about|how about|and what about|same for|what of)\b\s*/;
// Not "the next meeting after it", which the minutes announce (the scheduled target).
const PAST_NEXT = /^(?=.*\b(?:was|were|did|had)\b).*\bthe next (?:one|meeting)\b(?! after\b)/;
const NEXT_ONE = /\bthe next (one|meeting)\b(?! after\b)/;

// "The board that signed off the new partnership board structure - was the yjb ceo there?": the
// record verb of the clause that names the meeting ("agreed", as signing off is read) says which
// meeting it was, not what is asked of it after the break.
const NAMED_BY_RECORD = new RegExp(
  `\\b${MEETING_NOUN}s? (?:that|which) (?:[a-z'-]+ ){0,2}?${RECORDED}[^-–—:;?]*(?=(?:\\s[-–—]+|[:;?])\\s*\\S)`,
);

/**
 * A question as the readers of read-query.ts see it: its words as asked (less a follow-up's lead),
 * what it was asked with, and the target its words ask for, read once before any reader.
 */
/**
 * What a question is read with: the question, how it was classified, and what the corpus and the
 * conversation know (people, ordinary words, posts, boards, the last answer).
 */
export interface QueryInputs {
  question: Question;
  classification: Classification;
  people: readonly Person[];
  ordinary: ReadonlySet<string>;
  /** The conversation's last answer. */
  memory: ConversationMemory | null;
  posts: Posts;
  boards: ReadonlySet<string>;
}

export interface Asked extends QueryInputs {
  /** "And", "what about", … opening a follow-up, or null. */
  lead: RegExpExecArray | null;
  /** The question less its lead, with the years counted from the conversation's meeting written out. */
  text: string;
  /** "When was the next one?" after an answer about a meeting: the meeting after it. */
  pastNext: boolean;
  /** The last answer's subject. */
  inherited: readonly string[];
  /** The last answer's meeting, when the conversation is about one meeting (focus.ts), else none. */
  atLastMeeting: MeetingSelector[];
  /** The target and aggregation the question's own words ask for (read-target.ts), or null. */
  read: { target: Target; aggregation: Aggregation } | null;
  /** The meeting a phrase names. */
  select(phrase: string): MeetingSelector;
  /** The two sides the question sets beside each other, or null. */
  sidesOf(): [string, string] | null;
}

/** Reads what every reader starts from: the question's words and the target they ask for. */
export function askedOf(inputs: QueryInputs): Asked {
  const { question, people, ordinary, memory, boards } = inputs;
  // The question's words were corrected as it was read (question.ts).
  const lead = FOLLOW_UP_LEAD.exec(question.text);
  const asked = lead ? question.text.slice(lead[0].length) : question.text;
  // "When was the next one?" after an answer about a meeting is the meeting after it; "when is
  // the next one?" stays the next meeting to come.
  const pastNext = memory?.meeting != null && PAST_NEXT.test(asked);
  // The last answer's subject, and the meeting it was found at: a follow-up pointing at the
  // subject of an answer about one meeting the question named ("who presented the paper in 2015"
  // → "who leads on it?") is asked of that meeting; after a search across meetings, of them all.
  const inherited = memory?.query.topic ?? [];
  const atLastMeeting: MeetingSelector[] = meetingInFocus(memory)
    ? [{ ...emptySelector(), previous: true }]
    : [];
  const text = withYearFromMeeting(
    pastNext ? asked.replace(NEXT_ONE, "the $1 after") : asked,
    memory?.meetingDate ?? null,
  ).replace(SIDE_BY_SIDE, "compare $1");
  const select = (phrase: string) => readSelector(phrase, people, ordinary, boards);
  const sidesOf = () => readSides(text, (phrase) => !isEmptySelector(select(phrase)));
  // Whether the question names a subject beyond the meetings it names: "how has fraud changed
  // since 2021" has one, "how did the 2023 meeting differ from 2022" none.
  const hasSubject = () => {
    const phrases = sidesOf() ?? [text];
    // The words around the sides ("how did the discussion of fraud change between …") count too.
    const around = phrases.reduce((rest, phrase) => rest.replace(phrase, " "), text);
    return (
      subjectWords(around).length > 0 ||
      phrases.some((phrase) => {
        const named = new Set(selectorWords(select(phrase)));
        return subjectWords(phrase).some((word) => !named.has(word));
      })
    );
  };
  // "PCP: Feb 2021 vs April 2022": each side names a meeting by its date, body or place.
  const hasTwoSides = () =>
    sidesOf()?.every((side) => {
      const selector = select(side);
      return selector.date !== null || selector.body !== null || selector.position !== null;
    }) ?? false;
  // "The meeting that signed off the 24 Jan 2022 minutes - was X there?": what that other meeting
  // had done to it names the meeting; it asks nothing of the one named.
  const other = otherMeetingNamed(text);
  const askedOfIt = (
    other ? `${text.slice(0, other.start)}${text.slice(other.end)}` : text
  ).replace(NAMED_BY_RECORD, "$1");
  const read = readTarget(askedOfIt, hasSubject, hasTwoSides);
  return {
    ...inputs,
    lead,
    text,
    pastNext,
    inherited,
    atLastMeeting,
    read,
    select,
    sidesOf,
  };
}

/**
 * What the readers settle of the query, in the order of QUERY_READERS (read-query.ts): each reader
 * reads the fields the readers before it settled and settles its own.
 */
export interface QueryDraft {
  target: Target;
  aggregation: Aggregation;
  person: string | null;
  /** "Lionel Idan's org 2021 v 2023": someone's post at each meeting named. */
  postAtEach: boolean;
  meetings: MeetingSelector[];
  /** The two sides set beside each other, when the meetings were read from them. */
  sides: readonly string[] | null;
  since: string | null;
  until: string | null;
  /** The words naming the meetings asked of, which are no subject. */
  named: ReadonlySet<string>;
  subject: string[];
  /** "Fraud v corruption - which mtgs?": two subjects, each looked for by itself, or null. */
  subjects: string[][] | null;
  organisation: string[];
  /** "Any1 from the crc ever come?": asked over every meeting, not of one. */
  overEvery: boolean;
  followUp: boolean;
}

/** The draft before any reader: the target the words ask for, or the intent's. */
export function draftOf(asked: Asked): QueryDraft {
  const { read, classification } = asked;
  return {
    target: read?.target ?? TARGET_OF_INTENT[classification.intent],
    aggregation: read?.aggregation ?? "one",
    person: classification.intent === "person" ? classification.name : null,
    postAtEach: false,
    meetings: [],
    sides: null,
    since: null,
    until: null,
    named: new Set(),
    subject: [],
    subjects: null,
    organisation: [],
    overEvery: false,
    followUp: asked.lead !== null,
  };
}

/**
 * One reading of read-query.ts's table: it settles its part of the draft and returns null, or
 * returns the whole query when the question is read (the readers after it are not asked).
 */
export type QueryReader = (asked: Asked, draft: QueryDraft) => Query | null;
