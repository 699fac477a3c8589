import { addDays } from "../../../corpus/calendar.js";
import { dateRange } from "../../dates.js";
import { emptySelector, isEmptySelector, type MeetingSelector } from "../query.js";
import { comparedMeetings, listedSides, namedSides } from "../read-comparison.js";
import { readSelector } from "../read-selector.js";
import { ITEM_AT_AN_END } from "../read-target.js";
import type { QueryReader } from "./asked.js";

// The readers of the meetings a question is asked of, and the dates that bound it.

// "Since 2021": where a topic across time starts.
const SINCE = /\bsince (.+)$/;

/**
 * The meetings the question names: each side of a comparison or timeline, each meeting a yes or no
 * is asked of ("was Claire Waxman at the 2022 and 2023 boards"), or the one meeting it names.
 */
export const meetingsNamed: QueryReader = (
  { text, sidesOf, select, people, ordinary, boards },
  draft,
) => {
  const { target, aggregation, person } = draft;
  draft.sides =
    aggregation === "compare" || aggregation === "timeline"
      ? sidesOf()
      : (target === "presence" || draft.postAtEach) && namedSides(sidesOf(), select) === 2
        ? listedSides(sidesOf() ?? [], select)
        : null;
  if (draft.sides) {
    draft.meetings = comparedMeetings(draft.sides, target, select);
    return null;
  }
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
  if (!isEmptySelector(selector)) draft.meetings = [selector];
  return null;
};

/** Whether a selector names its meeting by a person and nothing else. */
function onlyNamesPerson(selector: MeetingSelector): boolean {
  return isEmptySelector({ ...selector, person: null });
}

/** "It" with no conversation before it points at nothing. */
export const noPointerAlone: QueryReader = ({ memory }, draft) => {
  if (!memory)
    draft.meetings = draft.meetings
      .map((selector) => ({ ...selector, previous: false }))
      .filter((selector) => !isEmptySelector(selector));
  return null;
};

/**
 * "What did the minutes say about the next meeting", naming no meeting, asked first: the next
 * meeting to come, not what one past meeting's minutes announced.
 */
export const nextMeetingAskedFirst: QueryReader = ({ memory }, draft) => {
  if (draft.target === "scheduled" && draft.meetings.length === 0 && !memory) draft.target = "next";
  return null;
};

/** "Since 2021": the date is a bound, not a meeting. */
export const sinceDate: QueryReader = ({ text, people, ordinary, boards }, draft) => {
  const sinceMatch = SINCE.exec(text);
  if (!sinceMatch?.[1]) return null;
  const from = readSelector(sinceMatch[1], people, ordinary, boards).date;
  const range = from ? dateRange(from) : null;
  if (range) {
    draft.since = range.from;
    // The date was a bound, not a meeting; a body named with it still narrows ("which LCRB
    // meeting … since 2020").
    const body = draft.meetings.find((m) => m.body)?.body ?? null;
    draft.meetings = draft.aggregation === "rank" && body ? [{ ...emptySelector(), body }] : [];
  }
  return null;
};

// "Any1 from there been since?", "anyone at later mtgs?", "n after that?": later than the
// conversation's meeting, with no date of its own. Read as typed: the reading makes "later"
// "latest", which is one meeting.
const SINCE_THEN =
  /\b(?:since(?: then| that)?|after (?:that|then)|(?:at|to|in) (?:any )?later (?:meetings|mtgs|boards|ones|dmgs|lcrbs)|later on)\W*$/;
// The same words once read, cut before the rest is read for a meeting.
const SINCE_THEN_READ =
  /\s*\b(?:since(?: then| that)?|after (?:that|then)|(?:at|to|in) (?:any )?(?:later|latest) (?:meetings|mtgs|boards|ones|dmgs|lcrbs)|later on)\W*$/;

/**
 * "Any1 from her org been since?": the meetings after the conversation's last (the one its
 * answer was about, else the latest of those it listed), found by date, none named.
 */
export const sinceLastMeeting: QueryReader = (
  { text, question, memory, people, select },
  draft,
) => {
  if (!memory || !SINCE_THEN.test(question.asked.toLowerCase()) || draft.since !== null)
    return null;
  const listed = new Set(memory.meetings);
  const dates = people.flatMap((person) =>
    person.appearances.filter((a) => listed.has(a.meeting.id)).map((a) => a.meeting.date),
  );
  const last = memory.meetingDate ?? dates.sort().at(-1);
  if (!last) return null;
  draft.since = addDays(last, 1);
  // "Later mtgs" names no one meeting (not the latest): the meetings are those the rest names.
  const rest = select(text.replace(SINCE_THEN_READ, ""));
  draft.meetings = isEmptySelector(rest) ? [] : [rest];
  return null;
};

// What one meeting's answer gives: its chair, its list, its apologies, its venue.
const OF_ONE_MEETING = new Set(["attendees", "apologies", "chair", "venue"]);

/**
 * "Who chaired at later mtgs?", "who came since?": one meeting's chair or list asked of the
 * meetings after a date is asked of those meetings (which one, when several), not of the
 * conversation's meeting the date was said against. After everAtAnyMeeting, which reads "since"
 * over every meeting for an organisation's people.
 */
export const laterMeetingsAsked: QueryReader = (_, draft) => {
  if (
    draft.since === null ||
    draft.overEvery ||
    draft.meetings.length > 0 ||
    draft.aggregation !== "one" ||
    !OF_ONE_MEETING.has(draft.target)
  )
    return null;
  const [year, month, day] = draft.since.split("-").map(Number);
  if (!year || !month || !day) return null;
  draft.meetings = [
    {
      ...emptySelector(),
      date: { kind: "bound", side: "since", of: { kind: "day", year, month, day } },
    },
  ];
  draft.since = null;
  return null;
};

/** "Timeline of fraud from 2015 to 2022": the two meetings named bound the timeline. */
export const timelineSpan: QueryReader = (_, draft) => {
  if (draft.aggregation === "timeline" && draft.meetings.length === 2) {
    const [first, second] = draft.meetings.map((m) => (m.date ? dateRange(m.date) : null));
    draft.since = first?.from ?? null;
    draft.until = second?.to ?? null;
    draft.meetings = [];
  }
  return null;
};
