import { presenceAsked, presenceSaid } from "../presence-asked.js";
import type { Query } from "./query.js";
import { readItemNumber } from "./read-target.js";
import {
  type Asked,
  askedOf,
  draftOf,
  type QueryDraft,
  type QueryInputs,
  type QueryReader,
} from "./readers/asked.js";
import {
  followsOn,
  lastQuestionAgain,
  otherSideAsked,
  restOfMeeting,
  someoneSpokenOfThere,
  subjectPointedAt,
  whenOrWhyOfIt,
} from "./readers/follow-up-readers.js";
import {
  laterMeetingsAsked,
  meetingsNamed,
  nextMeetingAskedFirst,
  noPointerAlone,
  sinceDate,
  sinceLastMeeting,
  timelineSpan,
} from "./readers/meeting-readers.js";
import { organisationAsked, subjectAsked, subjectsSideBySide } from "./readers/subject-readers.js";
import {
  cameOrNot,
  comparison,
  everAtAnyMeeting,
  membersOfOtherBody,
  oneOfMeetings,
  onlyMeetingsNamed,
  ownRecord,
  pastNextMeeting,
  postAtEach,
  postAtMeeting,
  presenceAtBoth,
} from "./readers/target-readers.js";

/**
 * The readings of a question after the table of ways to ask (read-target.ts) has read its target,
 * tried in this order; each settles its part of the draft, or reads the question whole and ends
 * the reading. The order is the behaviour: each row says why it comes where it does.
 *
 * Where a new rule goes:
 * - a way to ask for a target ("who chaired", "how many times") → a row of TARGET_RULES (read-target.ts);
 * - a way to name a meeting → read-selector.ts;
 * - a follow-up leaning on the last answer → readers/follow-up-readers.ts, and a row here;
 * - a change of target by the person, sides or meetings named → readers/target-readers.ts, a row here;
 * - the meetings or dates asked of → readers/meeting-readers.ts; the subject → readers/subject-readers.ts.
 */
export const QUERY_READERS: readonly { reader: QueryReader; why: string }[] = [
  {
    reader: otherSideAsked,
    why: "'n the youth side?' asks the whole last question again of the other side; first, since its words alone read as a search for 'youth side'",
  },
  {
    reader: whenOrWhyOfIt,
    why: "'when's it coming back?', 'why?' of the last subject are searched where it was found; before the target readers, which would read 'when' as when a meeting is",
  },
  {
    reader: pastNextMeeting,
    why: "'when was the next one?' is the meeting after the last answer's: the table's 'next' target is mended before anything reads it",
  },
  {
    reader: presenceAtBoth,
    why: "'was X at both …?' is yes or no at each meeting; before ownRecord, which would read 'at' as X's whole record",
  },
  {
    reader: ownRecord,
    why: "'has Claire Waxman sent apologies' is about her record; before cameOrNot, which turns a yes-or-no of her record into whether she came",
  },
  {
    reader: postAtEach,
    why: "'Lionel Idan's org 2021 v 2023' is their post at each side; before the comparison, which would compare the word 'org' in the passages",
  },
  {
    reader: cameOrNot,
    why: "'was she at the 2022 board?' is whether she came; after the two readers above, which settle that the question is of someone's record",
  },
  {
    reader: comparison,
    why: "what two meetings set side by side compare; after the person readers, since a person named is compared by record, not by passages",
  },
  {
    reader: meetingsNamed,
    why: "the meetings named, each side or one; after the target is settled, since a comparison, a timeline or a yes-or-no at each reads the sides",
  },
  {
    reader: noPointerAlone,
    why: "'it' with no conversation points at nothing; straight after the meetings are read, before anything counts them",
  },
  {
    reader: nextMeetingAskedFirst,
    why: "'what did the minutes say about the next meeting' asked first is the next to come; needs the meetings without the empty pointer",
  },
  {
    reader: sinceDate,
    why: "'since 2021' bounds the dates; after the meetings, since it drops the meeting its date was read as",
  },
  {
    reader: sinceLastMeeting,
    why: "'any1 from there been since?' is after the conversation's meeting; after sinceDate, which reads a date said, and before the readers that count the meetings",
  },
  {
    reader: timelineSpan,
    why: "a timeline's two meetings bound its dates; after sinceDate, which may have cleared them",
  },
  {
    reader: subjectAsked,
    why: "the subject is the words left once the meetings are read; every reader below reads it",
  },
  {
    reader: someoneSpokenOfThere,
    why: "'what were her asks?' after one meeting is asked of that meeting; needs the subject, and before subjectPointedAt, which reads the meetings",
  },
  {
    reader: subjectPointedAt,
    why: "'who raised it?' searches the last subject; before the target readers below, which would read 'who' as attendance",
  },
  {
    reader: postAtMeeting,
    why: "'the Deputy Commissioner at the fraud meeting' asks for people; before onlyMeetingsNamed, which would make it the meeting",
  },
  {
    reader: onlyMeetingsNamed,
    why: "a search that only names meetings asks about them; after postAtMeeting, whose questions also name only a meeting",
  },
  {
    reader: oneOfMeetings,
    why: "'two meetings before the latest' is one meeting; after the meetings are read, since it reads their shift",
  },
  {
    reader: membersOfOtherBody,
    why: "'who's on the Disproportionality Board' is searched in the prose; after the attendance targets are settled, which it overrides",
  },
  {
    reader: organisationAsked,
    why: "the organisation whose people are asked after; once the target is settled, since only people targets take one",
  },
  {
    reader: subjectsSideBySide,
    why: "'fraud v corruption - which mtgs?' is two subjects, each looked for by itself; once the target is settled, since only a subject across meetings is read so",
  },
  {
    reader: everAtAnyMeeting,
    why: "'any1 from the crc ever come?' is over every meeting; needs the organisation, and before lastQuestionAgain, which it keeps from taking the last meeting",
  },
  {
    reader: laterMeetingsAsked,
    why: "'who chaired at later mtgs?' asks the meetings after the date 'since' read; after everAtAnyMeeting, which reads it over every meeting for an organisation, and before the follow-up readers, which would take the conversation's meeting",
  },
  {
    reader: restOfMeeting,
    why: "'what else came up?' is the rest of the last meeting; before lastQuestionAgain, which would ask the last question again",
  },
  {
    reader: lastQuestionAgain,
    why: "'what about the DMG?', 'same person in 2015?' ask the last question again; last of the readings that end the reading, since it takes whatever the question did not ask itself",
  },
  {
    reader: followsOn,
    why: "a question naming no meeting in a conversation leans on it; last, since it reads the final target and meetings",
  },
];

/**
 * Reads a question into a {@link Query}: the target and aggregation from the table of ways to
 * ask (or the rule-based intent), then the readings of QUERY_READERS in turn. `inputs.memory` is the
 * conversation's last answer: a question with no target of its own ("what about the DMG?")
 * inherits the last one.
 */
export function readQuery(inputs: QueryInputs): Query {
  const asked = askedOf(inputs);
  const draft = draftOf(asked);
  for (const { reader } of QUERY_READERS) {
    const query = reader(asked, draft);
    if (query) return query;
  }
  return queryOf(asked, draft);
}

/** The query the readers settled. */
function queryOf({ text }: Asked, draft: QueryDraft): Query {
  const { target, sides } = draft;
  return {
    target,
    aggregation: draft.aggregation,
    meetings: draft.meetings,
    since: draft.since,
    until: draft.until,
    topic: ["passages", "search", "actions", "decisions", "commitments"].includes(target)
      ? draft.subject
      : [],
    person: draft.person,
    organisation: draft.organisation,
    item: readItemNumber(text),
    ...(target === "presence" ? { presence: presenceAsked(text) } : {}),
    ...(sides && sides.length === 2 ? { sidesSay: sides.map(presenceSaid) } : {}),
    ...(draft.subjects ? { subjects: draft.subjects } : {}),
    followUp: draft.followUp,
  };
}
