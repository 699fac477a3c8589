import type { Answer } from "./answer.js";
import { withBodyAsked } from "./body-asked.js";
import type { AnswerContext } from "./context.js";
import type { ConversationMemory, ConversationStore } from "./conversation-store.js";
import { withBodyHeadAsked } from "./head-asked.js";
import { classify } from "./intent.js";
import { titleKey } from "./item-titles.js";
import { withNameFirstInPlace } from "./name-first.js";
import { withOneNamed } from "./one-named.js";
import { findPeople, nameTokens, type Person } from "./people.js";
import { withOrganisationOfPerson } from "./person-organisation.js";
import { ORGANISATION_ASKED, presenceSaid } from "./presence-asked.js";
import { answerWithIntent } from "./query/executors/intents.js";
import { memoryOf, runQuery } from "./query/plan.js";
import { emptySelector, type MeetingSelector, type Query, type Target } from "./query/query.js";
import { readQuery } from "./query/read-query.js";
import { TARGET_OF_INTENT } from "./query/read-target.js";
import { withNextYearOfMeeting } from "./query/readers/year-from-meeting.js";
import { samePeopleLead } from "./query/same-again.js";
import { readQuestion, withPersonNamed } from "./question.js";
import { answerForEach, askedOf, memoryOfOne, peopleAsked } from "./several-people.js";

export interface AskOptions {
  /** Skip this many search results ("More results" paging). */
  offset?: number;
  /**
   * The conversation the question is asked in (a Slack thread, a DM, a console session): its
   * last answer is recalled for follow-ups and this answer remembered. None: a one-off question.
   */
  conversation?: { id: string; store: ConversationStore };
}

// Targets about one meeting: asked with no meeting named in a conversation, they mean the last one.
const ABOUT_A_MEETING = new Set<Target>([
  "attendees",
  "apologies",
  "chair",
  "presence",
  "meeting",
  "actions",
  "item",
  "scheduled",
  "previous",
]);

// Selectors the rule-based intents read for themselves: a body, a date, latest/previous/first.
function readByIntents(selector: MeetingSelector): boolean {
  const position = selector.position;
  return (
    selector.topic.length === 0 &&
    !selector.person &&
    !selector.shift &&
    !selector.previous &&
    !selector.mentions &&
    (!position || (position.count === 1 && (position.from === "end" || position.skip === 0)))
  );
}

// Targets whose executor adds to the intent's answer (the actions executor applies the body
// filter and says what was recorded instead), so the intent alone never answers them.
const EXTENDED_BY_EXECUTOR = new Set<Target>(["actions"]);

/** True when the intent the rules picked answers the query exactly as the planner would. */
function answeredByIntent(query: Query, intent: Answer["intent"]): boolean {
  return (
    !EXTENDED_BY_EXECUTOR.has(query.target) &&
    query.target === TARGET_OF_INTENT[intent] &&
    query.aggregation === "one" &&
    // Two meetings named ("Lionel Idan's org 2021 v 2023") are more than one intent answer.
    query.meetings.length <= 1 &&
    query.meetings.every(readByIntents)
  );
}

/**
 * The one router behind every face (slash command, mention, DM, console, `lcrb ask`): reads the
 * question into a structured query, resolves the meetings it names (by date, position, subject,
 * person, or the conversation's last answer) and runs the target's executor. Empty text gets
 * the help answer.
 */
export function answerQuestion(
  text: string,
  context: AnswerContext,
  options: AskOptions = {},
): Answer {
  const { people, ordinary, posts } = context.directory;
  const { conversation } = options;
  const memory = conversation ? conversation.store.recall(conversation.id) : null;
  const read = withBodyAsked(
    withNameFirstInPlace(
      readQuestion(
        withNextYearOfMeeting(
          withOneNamed(text, memory?.query.topic ?? []),
          memory?.meetingDate ?? null,
        ),
        context.today(),
        context.directory.spelledWords,
        (words) => findPeople(words, people, ordinary).length > 0,
      ),
      people,
      ordinary,
    ),
    people,
    ordinary,
    posts,
  );
  const together = peopleAsked(read.text, memory, people);
  if (together) {
    // Each person is asked about with the conversation as it stands, and only the answer put
    // together is remembered.
    const answers = together.names.map((name) =>
      answerQuestion(askedOf(read.text, together, name), context, {
        ...(memory && {
          conversation: { id: "", store: recalling(memoryOfOne(memory, together, name)) },
        }),
      }),
    );
    const answer = answerForEach(together, answers);
    if (answer) {
      answer.question = read.asked;
      if (conversation) remember(conversation, answer, context);
      return answer;
    }
  }
  // A pronoun is the last answer's person only in a question that names nobody itself.
  // Someone an excerpt only spoke of is the pronoun's person when the question asks after their
  // attendance or organisation ("was she at the june 2020 dmg?"); "what were her asks of
  // partners?" stays with the meeting the excerpt was from.
  const spokenOf =
    memory?.spokenOf && (presenceSaid(read.text) !== null || ORGANISATION_ASKED.test(read.text))
      ? memory.spokenOf
      : null;
  const remembered = memory?.query.person ?? memory?.person ?? spokenOf;
  const question = withBodyHeadAsked(
    withOrganisationOfPerson(
      remembered && !namesSomeone(read.text, people) ? withPersonNamed(read, remembered) : read,
      people,
    ),
    memory,
    posts,
    context.meetings,
  );
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const classification = question.text
    ? classify(question, people, ordinary, posts)
    : { intent: "help" as const, name: null, people: [], topic: [] };
  const base = { question, classification, context, memory, people, ordinary, offset };
  if (!question.text || classification.intent === "help") {
    const query = helpQuery();
    const answer = answerWithIntent({ ...base, query, resolutions: [] }, "help", undefined);
    answer.query = query;
    return answer;
  }
  const query = readQuery({
    question,
    classification,
    people,
    ordinary,
    memory,
    posts,
    boards: context.directory.boardNames,
  });
  if (memory && query.meetings.length === 0 && ABOUT_A_MEETING.has(query.target))
    query.meetings = [{ ...emptySelector(), previous: true }];
  // A subject that is an agenda item's whole title may open that item: the search executor
  // decides (query/executors/search.ts), so the intent alone does not answer it.
  const titlesItem =
    query.target === "search" && context.directory.itemTitles.has(titleKey(classification.topic));
  const answer =
    !memory && !titlesItem && answeredByIntent(query, classification.intent)
      ? answerWithIntent({ ...base, query, resolutions: [] }, classification.intent, undefined)
      : runQuery({ ...base, query });
  answer.query = query;
  const same = samePeopleLead(question.text, memory, answer);
  if (same) answer.title = `${same} — ${answer.title}`;
  if (conversation) remember(conversation, answer, context);
  return answer;
}

/** Keeps what the conversation needs of an answer (query/plan.ts's memoryOf says what). */
function remember(
  conversation: { id: string; store: ConversationStore },
  answer: Answer,
  context: AnswerContext,
): void {
  const remembered = memoryOf(answer, context.directory);
  if (remembered) conversation.store.remember(conversation.id, remembered);
}

// A store that recalls one memory and keeps nothing: a question asked on the way to an answer.
function recalling(memory: ConversationMemory): ConversationStore {
  return { recall: () => memory, remember: () => {} };
}

/** Whether the text holds some person's full name as the minutes write it ("claire waxman"). */
function namesSomeone(text: string, people: readonly Person[]): boolean {
  const words = ` ${nameTokens(text).join(" ")} `;
  return people.some((person) =>
    person.spellings.some((name) => {
      const tokens = nameTokens(name);
      return tokens.length > 1 && words.includes(` ${tokens.join(" ")} `);
    }),
  );
}

function helpQuery(): Query {
  return {
    target: "help",
    aggregation: "one",
    meetings: [],
    since: null,
    until: null,
    topic: [],
    person: null,
    organisation: [],
    item: null,
    followUp: false,
  };
}

export type {
  Answer,
  AnswerKind,
  AnswerSection,
  Citation,
  Intent,
  MeetingRef,
  UpcomingMeeting,
} from "./answer.js";
export type { AnswerContext } from "./context.js";
export type { ConversationMemory, ConversationStore } from "./conversation-store.js";
export { InMemoryConversationStore } from "./conversation-store.js";
export type { Query } from "./query/query.js";
