import { addDays } from "../../corpus/calendar.js";
import { OUR_BODIES } from "../board-names.js";
import type { ConversationMemory } from "../conversation-store.js";
import { dateRange } from "../dates.js";
import type { Posts } from "../directory.js";
import { RECORDED } from "../discussed-words.js";
import type { Classification } from "../intent.js";
import { otherMeetingNamed } from "../meeting-ref.js";
import { attendeesOf, postWords } from "../organisations.js";
import type { Person } from "../people.js";
import {
  ORGANISATION_ASKED,
  OTHER_MEETINGS,
  postAsked,
  presenceAsked,
  presenceSaid,
} from "../presence-asked.js";
import { askedClause, PERSON_PRONOUN, type Question } from "../question.js";
import { asksReply, speakerAsked } from "../speaker-asked.js";
import { descriptionAsked, purposeOfPointer } from "../untold-description.js";
import { namesWholePost } from "../whole-post.js";
import { meetingInFocus } from "./focus.js";
import {
  emptySelector,
  isEmptySelector,
  type MeetingSelector,
  type Query,
  type Target,
} from "./query.js";
import {
  ASKS_OTHER_THAN_WHO,
  comparedMeetings,
  listedSides,
  namedSides,
  readComparison,
  SIDE_BY_SIDE,
} from "./read-comparison.js";
import { readSelector, readSides } from "./read-selector.js";
import { ITEM_AT_AN_END, readItemNumber, readTarget, TARGET_OF_INTENT } from "./read-target.js";
import { askedAgain, counterpartAsked } from "./same-again.js";
import { dateWords, selectorWords, subjectWords, unnamed } from "./subject-words.js";

// A follow-up's opening words: "and who sent apologies?", "what about the DMG?"; chat's "n" for
// "and" ("n the next year?").
export const FOLLOW_UP_LEAD =
  /^(?:and|n|also|so|ok|okay|then|what about|how about|and what about|same for|what of)\b\s*/;
// "How many?" alone counts whatever the last answer listed.
const BARE_COUNT = /^(?:and )?how many\W*$/;
// "Was X at …", "did X attend …": yes or no first.
const YES_NO = /^(?:was|were|did|is|has|have)\b/;
const AT_BOTH = /\b(?:at|to|in) both\b/;
// "The one before?", "in the DMG?": only a meeting, no question of its own.
const BARE_REFERENCE =
  /^(?:the|that|this|in|at|for|on)\b(?!.*\b(?:what|who|when|where|how|which|summar\w*|tell)\b)/;
// "2023?", "apr 22 board?": a meeting named with no word asking anything of it, which in a
// conversation asks the last question again of it.
const ASKS_NO_WORD =
  /^(?!.*\b(?:what|who|when|where|how|which|why|summar\w*|tell|show|list|give)\b)/;
// Not "the next meeting after it", which the minutes announce (the scheduled target).
const PAST_NEXT = /^(?=.*\b(?:was|were|did|had)\b).*\bthe next (?:one|meeting)\b(?! after\b)/;
const NEXT_ONE = /\bthe next (one|meeting)\b(?! after\b)/;
const WHAT_ELSE =
  /^what else (?:came up|come up|was (?:discussed|covered|said|raised|on the agenda)|happened|did they (?:discuss|talk about|cover))\W*$/;
// "Since 2021": where a topic across time starts.
const SINCE = /\bsince (.+)$/;
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
// "Ever" with no meeting named: any meeting of the minutes.
const EVER = /\bever\b/;
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

// "What about the year after?", "and the following year?": a year counted from the
// conversation's meeting ("last year", "next year" count from today: question.ts). Not "the year
// after the fraud meeting", which names its own (read-selector.ts).
const YEAR_FROM_MEETING =
  /\b(?:in |during )?(?:the )?(?:year (after|before)(?: that)?|(following|preceding|prior) year|a year (later|earlier|on|before|after))\b(?! (?:the|an?|\d)\b)/;
const LATER = new Set(["after", "following", "later", "on"]);

// "N the next year?" after "yjb - who came in feb 21?": with the article, the year after the
// conversation's meeting, as "the following year" is; "next year" alone counts from today
// (question.ts), and so does "the next year" with no meeting to count from.
const THE_NEXT_YEAR = /\bthe next year\b(?! (?:the|an?|\d)\b)/gi;

/**
 * A question with "the next year" said of the conversation's meeting, as "the following year",
 * which the reading counts from that meeting; unchanged with no meeting to count from. Asked of
 * the text as typed, before "next year" is read from today.
 */
export function withNextYearOfMeeting(text: string, meetingDate: string | null): string {
  return meetingDate ? text.replace(THE_NEXT_YEAR, "the following year") : text;
}

function withYearFromMeeting(text: string, meetingDate: string | null): string {
  if (!meetingDate) return text;
  return text.replace(YEAR_FROM_MEETING, (_, a?: string, b?: string, c?: string) => {
    const direction = a ?? b ?? c ?? "";
    return `in ${Number(meetingDate.slice(0, 4)) + (LATER.has(direction) ? 1 : -1)}`;
  });
}

// "Who raised it?": a person is asked for anew.
const WHO_ASKED = /^who\b/;

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

/** Whether a selector names its meeting by a person and nothing else. */
function onlyNamesPerson(selector: MeetingSelector): boolean {
  return isEmptySelector({ ...selector, person: null });
}

/**
 * Whether `words`, less those that say "someone there", are the whole name of a post or body in the
 * lists ("the NHS England person", "the deputy mayors"), not a word of one: "victims at the 2022
 * meeting" asks what was said of victims, not for the Victims Commissioner.
 */
function onlyNamesPost(words: readonly string[], posts: Posts): boolean {
  const post = postWords(words);
  return post.length > 0 && (namesWholePost(post, posts) || namedAsSomeone(words, post, posts));
}

// "The prisons guy", "the probation lady", "the health person": words followed by a word for
// someone are a post, whole or a word of one, as "Ian Bickers, London Prisons Group" is the
// prisons guy; without it ("victims at the 2022 meeting") they stay a subject.
const SOMEONE = /^(?:guys?|lady|ladies|person|persons|people|folk|folks|reps?|bloke|chap|fella)$/;

/** Whether `words` end on a word for someone and the rest answers to someone's post. */
function namedAsSomeone(words: readonly string[], post: readonly string[], posts: Posts): boolean {
  return (
    SOMEONE.test(words.at(-1) ?? "") && attendeesOf(post, posts.attendees, posts.known).length > 0
  );
}

// "The board that signed off the new partnership board structure - was the yjb ceo there?": the
// record verb of the clause that names the meeting ("agreed", as signing off is read) says which
// meeting it was, not what is asked of it after the break.
const NAMED_BY_RECORD = new RegExp(
  `\\b(meeting|board|group|dmg|lcrb|session|one)s? (?:that|which) (?:[a-z'-]+ ){0,2}?${RECORDED}[^-–—:;?]*(?=(?:\\s[-–—]+|[:;?])\\s*\\S)`,
);

// The words that ask for someone's post or organisation, not a subject.
const POST_WORD =
  /^(?:orgs?|organi[sz]ations?|agency|agencies|employer|roles?|titles?|jobs?|posts?|positions?)$/;

/**
 * Whether the question's subject words, less the person's name and the words that name the
 * meetings compared, only ask for their post. Only a question's first date is read out of its
 * subject words, so "apr" of "… feb 21 vs apr 23" is the second side's, named there.
 */
function asksPostOnly(text: string, person: string, sides: readonly string[]): boolean {
  const named = new Set([...person.split(/\s+/), ...sides.flatMap(dateWords)]);
  // "Ian Bickers' org": the person was read as "ian bicker" with a plural's possessive.
  const rest = subjectWords(text)
    .map((word) => word.replace(/'s?$/, ""))
    .filter((word) => !named.has(word) && !named.has(word.replace(/s$/, "")));
  return rest.length > 0 && rest.every((word) => POST_WORD.test(word));
}

/**
 * Reads a question into a {@link Query}: the target and aggregation from the table of ways to
 * ask (or the rule-based intent), the meeting selectors, the subject, person and organisation.
 * `memory` is the conversation's last answer: a question with no target of its own ("what about
 * the DMG?") inherits the last one.
 */
export function readQuery(
  question: Question,
  classification: Classification,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
  memory: ConversationMemory | null,
  posts: Posts,
  boards: ReadonlySet<string> = new Set(),
): Query {
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
  // "N the youth side?" after "how's the adult disproportionality work going?": the last question
  // again, of the last subject with the word said in place of its first, the word that said which
  // one ("adult disproportionality work" → "youth disproportionality work").
  const counterpart = memory && inherited.length >= 2 ? counterpartAsked(question.text) : null;
  if (counterpart && memory)
    return { ...memory.query, topic: [counterpart, ...inherited.slice(1)], followUp: true };
  // "When's it coming back to the board?", "when's the revised one out?", "how long were they
  // given?": when something happens to the subject the last answer was about, which is searched
  // (at that meeting for a return, which its minutes announce), not when a meeting is.
  // "What'll they be for?" after the shared intelligence hubs: what the subject is for, searched
  // where the last answer found it.
  if (
    inherited.length > 0 &&
    ((WHEN_OF_IT.test(text) &&
      (RETURN_POINTER.test(text) || SUBJECT_POINTER.test(text)) &&
      !MEETING_POINTER.test(text) &&
      !MEETING_LENGTH.test(text) &&
      (read === null || read.aggregation === "one")) ||
      purposeOfPointer(text) ||
      WHY_OF_IT.test(text))
  )
    return {
      target: "search",
      aggregation: "one",
      meetings:
        (RETURN_ASKED.test(text) || WHY_OF_IT.test(text)) && memory?.meeting
          ? [{ ...emptySelector(), previous: true }]
          : atLastMeeting,
      since: null,
      until: null,
      topic: inherited,
      person: null,
      organisation: [],
      item: null,
      followUp: true,
    };
  let target = read?.target ?? TARGET_OF_INTENT[classification.intent];
  if (pastNext && target === "next") target = "meeting";
  let aggregation = read?.aggregation ?? "one";
  let person = classification.intent === "person" ? classification.name : null;
  // "Was Natasha Plummer at both the feb 21 board and the 2023 one?": whether she came to each,
  // not who came to both.
  if (
    person &&
    read?.target === "attendees" &&
    aggregation === "compare" &&
    YES_NO.test(text) &&
    AT_BOTH.test(text)
  ) {
    target = "presence";
    aggregation = "one";
  }
  // A person's own record stays theirs: "has Claire Waxman sent apologies" is about her.
  if (
    person &&
    read &&
    ["apologies", "attendees", "chair", "posts"].includes(read.target) &&
    // "Is Claire Waxman still attending" names no two meetings to set side by side.
    (aggregation !== "compare" || namedSides(sidesOf(), select) < 2)
  ) {
    target = "person";
    aggregation = "one";
  }
  // "Lionel Idan's org 2021 v 2023", "kilvinder vigurs's title in 2021 and 2023": their post at
  // each meeting, which their record lists, not a subject to compare in the passages.
  const postAtEach =
    person !== null && aggregation === "compare" && asksPostOnly(text, person, sidesOf() ?? []);
  if (postAtEach) {
    target = "person";
    aggregation = "one";
  }
  // "Did he come to any other meetings?", "is she from the NPS?" ask after their record, not
  // whether they came to one meeting.
  if (
    person &&
    target === "person" &&
    (YES_NO.test(text) || YES_NO.test(askedClause(text))) &&
    !OTHER_MEETINGS.test(text) &&
    !ORGANISATION_ASKED.test(text) &&
    !postAsked(text, person)
  )
    target = "presence";

  ({ target, aggregation, person } = readComparison(
    text,
    { target, aggregation, person },
    sidesOf,
    select,
    people,
    ordinary,
    posts,
  ));

  let meetings: MeetingSelector[] = [];
  let since: string | null = null;
  // "Was Claire Waxman at the 2022 and 2023 boards", "… at the 2021, 2022 and 2023 meetings":
  // whether they came, to each meeting named.
  const sides =
    aggregation === "compare" || aggregation === "timeline"
      ? sidesOf()
      : (target === "presence" || postAtEach) && namedSides(sidesOf(), select) === 2
        ? listedSides(sidesOf() ?? [], select)
        : null;
  if (sides) {
    meetings = comparedMeetings(sides, target, select);
  } else {
    // "The last item at the 2022 meeting": "last" places the item, not the meeting.
    const selector = readSelector(
      target === "item" ? text.replace(ITEM_AT_AN_END, "item") : text,
      people,
      ordinary,
      boards,
    );
    // "When did they last discuss …": "last" is the aggregation, not a meeting; and in "the
    // meetings that discussed fraud" (or "the organisations at the most meetings", "the best
    // attended meeting") the words are what is looked for across meetings, not the topic of one.
    if (
      (["first", "last", "timeline", "count", "list", "whether"].includes(aggregation) &&
        target === "passages") ||
      aggregation === "rank"
    ) {
      selector.position = null;
      selector.topic = [];
    }
    // "Every meeting Sophie Linden attended" asks for her record, not which one meeting she
    // named: a selector naming only the person the question is about selects nothing.
    if (target === "person" && person && selector.person && onlyNamesPerson(selector))
      selector.person = null;
    if (!isEmptySelector(selector)) meetings = [selector];
  }
  // "It" with no conversation before it points at nothing.
  if (!memory)
    meetings = meetings
      .map((selector) => ({ ...selector, previous: false }))
      .filter((selector) => !isEmptySelector(selector));
  // "What did the minutes say about the next meeting", naming no meeting, asked first: the next
  // meeting to come, not what one past meeting's minutes announced.
  if (target === "scheduled" && meetings.length === 0 && !memory) target = "next";
  const sinceMatch = SINCE.exec(text);
  if (sinceMatch?.[1]) {
    const from = readSelector(sinceMatch[1], people, ordinary, boards).date;
    const range = from ? dateRange(from) : null;
    if (range) {
      since = range.from;
      // The date was a bound, not a meeting; a body named with it still narrows ("which LCRB
      // meeting … since 2020").
      const body = meetings.find((m) => m.body)?.body ?? null;
      meetings = aggregation === "rank" && body ? [{ ...emptySelector(), body }] : [];
    }
  }
  let until: string | null = null;
  if (aggregation === "timeline" && meetings.length === 2) {
    const [first, second] = meetings.map((m) => (m.date ? dateRange(m.date) : null));
    since = first?.from ?? null;
    until = second?.to ?? null;
    meetings = [];
  }

  const named = new Set([
    ...meetings.flatMap(selectorWords),
    // "PCP: Feb 2021 vs April 2022": the date of each side is no subject (only the first date of
    // the whole question is read as one).
    ...(sides ?? []).flatMap(dateWords),
  ]);
  // "What did the CPS report at the fraud meeting": "report" asks after the CPS's words.
  const asking = new Set(speakerAsked(text)?.verb.split(" ") ?? []);
  const subject = unnamed(subjectWords(text), named).filter((word) => !asking.has(word));
  // "What were her asks of partners?" after an answer about one meeting: someone spoken of there,
  // so the words asked now are looked for at that meeting; and "how did Lynne Owens respond?",
  // a reply to what was said there.
  if (
    memory?.meeting &&
    (PERSON_PRONOUN.test(text) || asksReply(text)) &&
    !person &&
    meetings.length === 0 &&
    subject.length > 0
  )
    meetings = [{ ...emptySelector(), previous: true }];
  // The last answer's subject, pointed at: searched with the words asked now, over every meeting
  // (the pointer was to the subject, not to the meeting it was found at), unless the conversation
  // is about one meeting the last question named (focus.ts).
  if (
    inherited.length > 0 &&
    (SUBJECT_POINTER.test(text) || HAPPENED.test(text)) &&
    !MEETING_POINTER.test(text) &&
    meetings.every((selector) => isEmptySelector({ ...selector, previous: false }))
  ) {
    const pointerless = { since, until, person, organisation: [], item: null, followUp: true };
    if (HAPPENED.test(text))
      return {
        ...pointerless,
        target: "passages",
        aggregation: "whether",
        meetings: [],
        // After the meeting it was last spoken of at.
        since: memory?.meetingDate ? addDays(memory.meetingDate, 1) : since,
        topic: inherited,
      };
    // "Who are they working with on it?": people asked after on a thing pointed at ("it") are
    // found in what was said of it, not in an attendance list.
    const onIt = PEOPLE_TARGETS.has(target) && THING_POINTER.test(text);
    if (onIt || ["search", "passages", "decisions", "commitments", "actions"].includes(target))
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
  }
  // "The Deputy Commissioner at the police corruption meeting", "NHS England person at the June
  // 2020 DMG", "which deputy mayors were at the meeting about …": a question that names a meeting
  // and otherwise only a post or organisation asks for its people there, not for a search.
  if (
    (target === "search" || target === "meeting") &&
    read === null &&
    !person &&
    meetings.length > 0 &&
    !ASKS_OTHER_THAN_WHO.test(text) &&
    onlyNamesPost(subject, posts)
  )
    target = "attendees";
  // "What happened at the fraud meeting", "the last two LCRB meetings": a question that only
  // names meetings asks about them, not for a search. "What did the CPS report at the fraud
  // meeting" asks after someone's words there, which are searched for at that meeting.
  const speaker = speakerAsked(text)?.speaker.split(/\s+/) ?? [];
  const speakerThere = speaker.some((word) => subject.includes(word));
  if (
    target === "search" &&
    meetings.length > 0 &&
    (subject.length === 0 || named.size > 0) &&
    !speakerThere
  )
    target = "meeting";
  // "Two meetings before the latest": one meeting, though the words said "meetings".
  if (target === "meetings" && meetings.some((m) => m.shift || m.topic.length > 0 || m.person))
    target = "meeting";
  // "Who's on the Disproportionality Board": the members of a body other than the two whose
  // minutes these are, and no organisation of the attendance lists: only the minutes' prose can
  // name them, if it does (answers/untold-description.ts says when it does not).
  const membersOf = descriptionAsked(text);
  if (
    membersOf?.kind === "members" &&
    (target === "attendees" || target === "posts") &&
    meetings.length === 0 &&
    !OUR_BODIES.test(membersOf.subject) &&
    !namesWholePost(postWords(membersOf.subject.split(/\s+/)), posts)
  ) {
    target = "search";
    aggregation = "one";
  }
  const personWords = new Set(person?.split(/\s+/) ?? []);
  const organisation =
    target === "attendees" || target === "apologies" || target === "posts" || target === "people"
      ? postWords(subject).filter((word) => !personWords.has(word))
      : [];
  let followUp = lead !== null;
  // "Any1 from the crc ever come?": whether anyone of theirs came to any meeting, not who came to
  // the latest. "Ever" names no one meeting, so inside a conversation it does not take the last
  // answer's meeting either: the same question is answered the same, alone or in a thread.
  const overEvery =
    target === "attendees" &&
    aggregation === "one" &&
    organisation.length > 0 &&
    meetings.length === 0 &&
    EVER.test(text);
  if (overEvery) {
    target = "people";
    aggregation = "whether";
  }
  // "What else came up?" after an answer about a meeting: the rest of that meeting.
  if (memory && WHAT_ELSE.test(text) && meetings.length === 0 && read === null) {
    target = "meeting";
    meetings = [{ ...emptySelector(), previous: true }];
  }
  // Nothing asked of its own ("what about the DMG?", "the one before?"): the last target again.
  const asksNothing =
    read === null &&
    (classification.intent === "search" || classification.intent === "meeting") &&
    subject.filter((w) => !organisation.includes(w)).length === 0 &&
    (lead !== null ||
      BARE_REFERENCE.test(text) ||
      (meetings.length > 0 && ASKS_NO_WORD.test(text)));
  // "Same person in 2015?", "anyone from there in 2023?": the last question again, of the
  // meeting named now.
  const again = memory !== null && askedAgain(text, memory.query);
  if (
    memory &&
    !overEvery &&
    (BARE_COUNT.test(text) || again || (asksNothing && target !== "person" && target !== "help"))
  ) {
    followUp = true;
    target = memory.query.target;
    aggregation = BARE_COUNT.test(text) ? "count" : memory.query.aggregation;
    return {
      ...memory.query,
      target,
      aggregation,
      meetings: meetings.length > 0 ? meetings : [{ ...emptySelector(), previous: true }],
      organisation: organisation.length > 0 ? organisation : memory.query.organisation,
      followUp,
    };
  }
  if (memory && !overEvery && meetings.length === 0 && target !== "person" && target !== "passages")
    followUp = true;
  return {
    target,
    aggregation,
    meetings,
    since,
    until,
    topic: ["passages", "search", "actions", "decisions", "commitments"].includes(target)
      ? subject
      : [],
    person,
    organisation,
    item: readItemNumber(text),
    ...(target === "presence" ? { presence: presenceAsked(text) } : {}),
    ...(sides && sides.length === 2 ? { sidesSay: sides.map(presenceSaid) } : {}),
    followUp,
  };
}
