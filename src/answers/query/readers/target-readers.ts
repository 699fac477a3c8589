import { OUR_BODIES } from "../../board-names.js";
import type { Posts } from "../../directory.js";
import { attendeesOf, postWords } from "../../organisations.js";
import { ORGANISATION_ASKED, OTHER_MEETINGS, postAsked } from "../../presence-asked.js";
import { askedClause } from "../../question.js";
import { speakerAsked } from "../../speaker-asked.js";
import { descriptionAsked } from "../../untold-description.js";
import { namesWholePost } from "../../whole-post.js";
import { ASKS_OTHER_THAN_WHO, namedSides, readComparison } from "../read-comparison.js";
import { dateWords, subjectWords } from "../subject-words.js";
import type { QueryReader } from "./asked.js";

// The readers that settle what a question asks for (its target and aggregation) beyond the table
// of ways to ask (read-target.ts): by the person it names, the meetings it sets side by side, or
// what is left of it once its meetings are read.

// "Was X at …", "did X attend …": yes or no first.
const YES_NO = /^(?:was|were|did|is|has|have)\b/;
const AT_BOTH = /\b(?:at|to|in) both\b/;
// "Ever" with no meeting named: any meeting of the minutes.
const EVER = /\bever\b/;

/** "When was the next one?" after an answer about a meeting: the meeting after it, not the next to come. */
export const pastNextMeeting: QueryReader = ({ pastNext }, draft) => {
  if (pastNext && draft.target === "next") draft.target = "meeting";
  return null;
};

/**
 * "Was Natasha Plummer at both the feb 21 board and the 2023 one?": whether she came to each, not
 * who came to both.
 */
export const presenceAtBoth: QueryReader = ({ read, text }, draft) => {
  if (
    draft.person &&
    read?.target === "attendees" &&
    draft.aggregation === "compare" &&
    YES_NO.test(text) &&
    AT_BOTH.test(text)
  ) {
    draft.target = "presence";
    draft.aggregation = "one";
  }
  return null;
};

/** A person's own record stays theirs: "has Claire Waxman sent apologies" is about her. */
export const ownRecord: QueryReader = ({ read, sidesOf, select }, draft) => {
  if (
    draft.person &&
    read &&
    ["apologies", "attendees", "chair", "posts"].includes(read.target) &&
    // "Is Claire Waxman still attending" names no two meetings to set side by side.
    (draft.aggregation !== "compare" || namedSides(sidesOf(), select) < 2)
  ) {
    draft.target = "person";
    draft.aggregation = "one";
  }
  return null;
};

/**
 * "Lionel Idan's org 2021 v 2023", "kilvinder vigurs's title in 2021 and 2023": their post at
 * each meeting, which their record lists, not a subject to compare in the passages.
 */
export const postAtEach: QueryReader = ({ text, sidesOf }, draft) => {
  draft.postAtEach =
    draft.person !== null &&
    draft.aggregation === "compare" &&
    asksPostOnly(text, draft.person, sidesOf() ?? []);
  if (draft.postAtEach) {
    draft.target = "person";
    draft.aggregation = "one";
  }
  return null;
};

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
 * "Did he come to any other meetings?", "is she from the NPS?" ask after their record, not whether
 * they came to one meeting; "was she at the 2022 board?" whether she came to it.
 */
export const cameOrNot: QueryReader = ({ text }, draft) => {
  const { person } = draft;
  if (
    person &&
    draft.target === "person" &&
    (YES_NO.test(text) || YES_NO.test(askedClause(text))) &&
    !OTHER_MEETINGS.test(text) &&
    !ORGANISATION_ASKED.test(text) &&
    !postAsked(text, person)
  )
    draft.target = "presence";
  return null;
};

/** Two meetings set side by side: what is compared of them (read-comparison.ts). */
export const comparison: QueryReader = (
  { text, sidesOf, select, people, ordinary, posts },
  draft,
) => {
  const { target, aggregation, person } = draft;
  Object.assign(
    draft,
    readComparison(text, { target, aggregation, person }, sidesOf, select, people, ordinary, posts),
  );
  return null;
};

/**
 * "The Deputy Commissioner at the police corruption meeting", "NHS England person at the June
 * 2020 DMG", "which deputy mayors were at the meeting about …": a question that names a meeting
 * and otherwise only a post or organisation asks for its people there, not for a search.
 */
export const postAtMeeting: QueryReader = ({ read, text, posts }, draft) => {
  if (
    (draft.target === "search" || draft.target === "meeting") &&
    read === null &&
    !draft.person &&
    draft.meetings.length > 0 &&
    !ASKS_OTHER_THAN_WHO.test(text) &&
    onlyNamesPost(draft.subject, posts)
  )
    draft.target = "attendees";
  return null;
};

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

/**
 * "What happened at the fraud meeting", "the last two LCRB meetings": a question that only names
 * meetings asks about them, not for a search. "What did the CPS report at the fraud meeting" asks
 * after someone's words there, which are searched for at that meeting.
 */
export const onlyMeetingsNamed: QueryReader = ({ text }, draft) => {
  const speaker = speakerAsked(text)?.speaker.split(/\s+/) ?? [];
  const speakerThere = speaker.some((word) => draft.subject.includes(word));
  if (
    draft.target === "search" &&
    draft.meetings.length > 0 &&
    (draft.subject.length === 0 || draft.named.size > 0) &&
    !speakerThere
  )
    draft.target = "meeting";
  return null;
};

/** "Two meetings before the latest": one meeting, though the words said "meetings". */
export const oneOfMeetings: QueryReader = (_, draft) => {
  if (
    draft.target === "meetings" &&
    draft.meetings.some((m) => m.shift || m.topic.length > 0 || m.person)
  )
    draft.target = "meeting";
  return null;
};

/**
 * "Who's on the Disproportionality Board": the members of a body other than the two whose minutes
 * these are, and no organisation of the attendance lists: only the minutes' prose can name them,
 * if it does (answers/untold-description.ts says when it does not).
 */
export const membersOfOtherBody: QueryReader = ({ text, posts }, draft) => {
  const membersOf = descriptionAsked(text);
  if (
    membersOf?.kind === "members" &&
    (draft.target === "attendees" || draft.target === "posts") &&
    draft.meetings.length === 0 &&
    !OUR_BODIES.test(membersOf.subject) &&
    !namesWholePost(postWords(membersOf.subject.split(/\s+/)), posts)
  ) {
    draft.target = "search";
    draft.aggregation = "one";
  }
  return null;
};

/**
 * "Any1 from the crc ever come?": whether anyone of theirs came to any meeting, not who came to the
 * latest. "Ever" names no one meeting, so inside a conversation it does not take the last answer's
 * meeting either: the same question is answered the same, alone or in a thread. So too "since"
 * ("any1 from the moj been since?"), over the meetings after the date it bounds.
 */
export const everAtAnyMeeting: QueryReader = ({ text }, draft) => {
  draft.overEvery =
    draft.target === "attendees" &&
    draft.aggregation === "one" &&
    draft.organisation.length > 0 &&
    draft.meetings.length === 0 &&
    (EVER.test(text) || draft.since !== null);
  if (draft.overEvery) {
    draft.target = "people";
    draft.aggregation = "whether";
  }
  return null;
};
