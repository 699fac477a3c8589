import { addDays } from "../../../corpus/calendar.js";
import type { Posts } from "../../directory.js";
import { PERSON_PRONOUN } from "../../question.js";
import { asksReply } from "../../speaker-asked.js";
import { purposeOfPointer } from "../../untold-description.js";
import { namesWholePost } from "../../whole-post.js";
import { emptySelector, isEmptySelector, type Target } from "../query.js";
import { askedAgain, counterpartAsked } from "../same-again.js";
import type { QueryReader } from "./asked.js";

// The readers of a question that leans on the conversation's last answer: its subject, its
// meeting or its question, pointed at or asked again.

// "It" as the last answer's subject ("who raised it?", "what has the CPS done about it?"); but
// "what did it say", "at it", "which meeting was it", "when was that" point at the last meeting
// (readSelector's `previous`).
const SUBJECT_POINTER =
  /\bit\b|\b(?:this|that)\W*$|\b(?:an?|the|no)\s+(?!next\b|last\b|first\b|previous\b|same\b|other\b)[a-z]+\s+one\b(?!\s+(?:before|after)\b)/;
// "When's it coming back to the board?", "when's the next update on it?": when the subject the
// last answer was about returns, which that meeting's minutes say ("an update will be provided at
// the next meeting", "discussed again at the next LCRB in July"), not when the next meeting is.
const THING_POINTER = /\b(?:on|with|about|for|to|write|wrote|written|do|does|did) it\b/;
const PEOPLE_TARGETS = new Set<Target>(["posts", "attendees", "people"]);
const RETURN_POINTER = /\b(?:it|this|that|they|them)\b/;
const WHEN_OF_IT = /^(?:when|how long|how soon)\b/;
// "Why?", "why not?", "why's that?", "why so reluctant?" ("why so late?" is read as "why?":
// question.ts): why of
// what the last answer said, at its meeting, whose passage gives the reason if the minutes give
// one ("The deferral of the mayoral election has meant that the latest the Police and Crime Plan
// (PCP) can be published was March 2022").
const WHY_OF_IT = /^why(?: not|(?:'s| is| was) (?:that|it|this)| so [a-z'-]+)?\W*$/;
// "How long did it last?" asks after the meeting.
const MEETING_LENGTH =
  /\bhow long (?:did|does|will|was|is) (?:it|that|this|the meeting) (?:last|take|run|go on|be)\b/;
const RETURN_ASKED =
  /^when\b(?:'s|s| is| will| are| does| do)?\b.*\b(?:(?:coming|come|going|go|be|get|getting) back|return(?:s|ing)?|back (?:on|to)|(?:coming|going|come|go) (?:to|before) the (?:board|group|lcrb|dmg)|next update|update (?:on|about)|(?:discussed|considered|reported) again)\b/;
const MEETING_POINTER =
  /\b(?:did|does|do) it (?:say|decide|agree|discuss|cover|note|record)\b|\b(?:at|in|from|during) it\b|\b(?:which|what) (?:meeting|one|date|day|board|group)\b|\b(?:was|is) (?:it|that|this)\W*$/;
// Whether an event the last answer spoke of has happened: the minutes can say only whether it came
// up at a later meeting (executors/passages.ts words the answer so).
export const HAPPENED =
  /\b(?:has|have|did|was|were|is) (?:it|this|that|they|she|he) (?:yet |already |ever |actually |now )?(?:taken place|take place|happened|happen|gone ahead|go ahead|been (?:held|done|set up|convened|completed|delivered|published|launched|implemented|agreed))\b/;
// "Who raised it?": a person is asked for anew.
const WHO_ASKED = /^who\b/;
const WHAT_ELSE =
  /^what else (?:came up|come up|was (?:discussed|covered|said|raised|on the agenda)|happened|did they (?:discuss|talk about|cover))\W*$/;
// "How many?" alone counts whatever the last answer listed.
const BARE_COUNT = /^(?:and )?how many\W*$/;
// "The one before?", "in the DMG?": only a meeting, no question of its own.
const BARE_REFERENCE =
  /^(?:the|that|this|in|at|for|on)\b(?!.*\b(?:what|who|when|where|how|which|summar\w*|tell)\b)/;
// "2023?", "apr 22 board?": a meeting named with no word asking anything of it, which in a
// conversation asks the last question again of it.
const ASKS_NO_WORD =
  /^(?!.*\b(?:what|who|when|where|how|which|why|summar\w*|tell|show|list|give)\b)/;

/**
 * "N the youth side?" after "how's the adult disproportionality work going?": the last question
 * again, of the last subject with the word said in place of its first, the word that said which
 * one ("adult disproportionality work" → "youth disproportionality work").
 */
export const otherSideAsked: QueryReader = ({ memory, inherited, question }) => {
  const counterpart = memory && inherited.length >= 2 ? counterpartAsked(question.text) : null;
  if (!counterpart || !memory) return null;
  return { ...memory.query, topic: [counterpart, ...inherited.slice(1)], followUp: true };
};

/**
 * "When's it coming back to the board?", "when's the revised one out?", "how long were they
 * given?": when something happens to the subject the last answer was about, which is searched (at
 * that meeting for a return, which its minutes announce), not when a meeting is. "What'll they be
 * for?" after the shared intelligence hubs: what the subject is for, searched where the last
 * answer found it. "Why?": why of it, at its meeting.
 */
export const whenOrWhyOfIt: QueryReader = ({ text, read, inherited, memory, atLastMeeting }) => {
  if (
    inherited.length === 0 ||
    !(
      (WHEN_OF_IT.test(text) &&
        (RETURN_POINTER.test(text) || SUBJECT_POINTER.test(text)) &&
        !MEETING_POINTER.test(text) &&
        !MEETING_LENGTH.test(text) &&
        (read === null || read.aggregation === "one")) ||
      purposeOfPointer(text) ||
      WHY_OF_IT.test(text)
    )
  )
    return null;
  return {
    target: "search",
    aggregation: "one",
    meetings:
      (RETURN_ASKED.test(text) || WHY_OF_IT.test(text)) && memory?.meeting
        ? [{ ...emptySelector(), previous: true }]
        : atLastMeeting,
    since: null,
    until: null,
    topic: [...inherited],
    person: null,
    organisation: [],
    item: null,
    followUp: true,
  };
};

/**
 * "What were her asks of partners?" after an answer about one meeting: someone spoken of there,
 * so the words asked now are looked for at that meeting; and "how did Lynne Owens respond?", a
 * reply to what was said there.
 */
export const someoneSpokenOfThere: QueryReader = ({ memory, text }, draft) => {
  if (
    memory?.meeting &&
    (PERSON_PRONOUN.test(text) || asksReply(text)) &&
    !draft.person &&
    draft.meetings.length === 0 &&
    draft.subject.length > 0
  )
    draft.meetings = [{ ...emptySelector(), previous: true }];
  return null;
};

/**
 * The last answer's subject, pointed at: searched with the words asked now, over every meeting
 * (the pointer was to the subject, not to the meeting it was found at), unless the conversation is
 * about one meeting the last question named (focus.ts). "Has it happened?": whether it came up
 * after the meeting it was last spoken of at.
 */
export const subjectPointedAt: QueryReader = (
  { inherited, text, memory, atLastMeeting, posts },
  draft,
) => {
  if (
    inherited.length === 0 ||
    !(SUBJECT_POINTER.test(text) || HAPPENED.test(text)) ||
    MEETING_POINTER.test(text) ||
    !draft.meetings.every((selector) => isEmptySelector({ ...selector, previous: false }))
  )
    return null;
  const { since, until, person, target, aggregation, subject } = draft;
  const pointerless = { since, until, person, organisation: [], item: null, followUp: true };
  if (HAPPENED.test(text))
    return {
      ...pointerless,
      target: "passages",
      aggregation: "whether",
      meetings: [],
      // After the meeting it was last spoken of at.
      since: memory?.meetingDate ? addDays(memory.meetingDate, 1) : since,
      topic: [...inherited],
    };
  // "Who are they working with on it?": people asked after on a thing pointed at ("it") are
  // found in what was said of it, not in an attendance list.
  const onIt = PEOPLE_TARGETS.has(target) && THING_POINTER.test(text);
  if (!onIt && !["search", "passages", "decisions", "commitments", "actions"].includes(target))
    return null;
  return {
    ...pointerless,
    target: onIt ? "search" : target,
    aggregation: onIt ? "one" : aggregation,
    meetings: onIt || aggregation === "one" ? atLastMeeting : [],
    topic: [
      ...new Set([
        ...subject,
        ...(WHO_ASKED.test(text) ? withoutPosts(inherited, posts) : inherited),
      ]),
    ],
  };
};

/**
 * The last subject less the posts or bodies it named whole: after "what did the deputy
 * commissioner say abt corruption?", "who raised it?" asks who raised the corruption, which the
 * minutes say of the Mayor, not of the Deputy Commissioner.
 */
function withoutPosts(subject: readonly string[], posts: Posts): string[] {
  for (let length = subject.length; length > 0; length--)
    for (let start = 0; start + length <= subject.length; start++) {
      const run = subject.slice(start, start + length);
      // A post as owner ("the deputy commissioner's delivery group") is of the subject: "who
      // heads it?" is answered by that post.
      if (run.length < subject.length && namesWholePost(run, posts))
        return withoutPosts([...subject.slice(0, start), ...subject.slice(start + length)], posts);
    }
  return [...subject];
}

/** "What else came up?" after an answer about a meeting: the rest of that meeting. */
export const restOfMeeting: QueryReader = ({ memory, text, read }, draft) => {
  if (memory && WHAT_ELSE.test(text) && draft.meetings.length === 0 && read === null) {
    draft.target = "meeting";
    draft.meetings = [{ ...emptySelector(), previous: true }];
  }
  return null;
};

/**
 * Nothing asked of its own ("what about the DMG?", "the one before?", "how many?"), or "same
 * person in 2015?", "anyone from there in 2023?": the last question again, of the meeting named
 * now.
 */
export const lastQuestionAgain: QueryReader = (
  { memory, read, classification, lead, text },
  draft,
) => {
  const { subject, organisation, meetings, target, overEvery } = draft;
  const asksNothing =
    read === null &&
    (classification.intent === "search" || classification.intent === "meeting") &&
    subject.filter((w) => !organisation.includes(w)).length === 0 &&
    (lead !== null ||
      BARE_REFERENCE.test(text) ||
      (meetings.length > 0 && ASKS_NO_WORD.test(text)));
  const again = memory !== null && askedAgain(text, memory.query);
  if (
    !memory ||
    overEvery ||
    !(BARE_COUNT.test(text) || again || (asksNothing && target !== "person" && target !== "help"))
  )
    return null;
  return {
    ...memory.query,
    target: memory.query.target,
    aggregation: BARE_COUNT.test(text) ? "count" : memory.query.aggregation,
    meetings: meetings.length > 0 ? meetings : [{ ...emptySelector(), previous: true }],
    organisation: organisation.length > 0 ? organisation : memory.query.organisation,
    followUp: true,
  };
};

/** A question naming no meeting inside a conversation follows on from it. */
export const followsOn: QueryReader = ({ memory }, draft) => {
  if (
    memory &&
    !draft.overEvery &&
    draft.meetings.length === 0 &&
    draft.target !== "person" &&
    draft.target !== "passages"
  )
    draft.followUp = true;
  return null;
};
