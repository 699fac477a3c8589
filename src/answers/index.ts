import type { Answer, Intent } from "./answer.js";
import type { IntentAnswerer } from "./build.js";
import type { AnswerContext } from "./context.js";
import { classify } from "./intent.js";
import { answerActions } from "./intents/actions.js";
import { answerAttendees } from "./intents/attendees.js";
import { answerHelp } from "./intents/help.js";
import { answerMeeting } from "./intents/meeting.js";
import { answerMeetings } from "./intents/meetings.js";
import { answerNext } from "./intents/next.js";
import { answerPerson } from "./intents/person.js";
import { answerSearch } from "./intents/search.js";
import { collectPeople, type Person } from "./people.js";
import { readQuestion } from "./question.js";

export interface AskOptions {
  /** Skip this many search results ("More results" paging). */
  offset?: number;
}

const ANSWERERS: Record<Intent, IntentAnswerer> = {
  attendees: answerAttendees,
  meeting: answerMeeting,
  meetings: answerMeetings,
  next: answerNext,
  person: answerPerson,
  actions: answerActions,
  help: answerHelp,
  search: answerSearch,
};

// People are gathered once per set of meetings, not once per question.
const peopleCache = new WeakMap<object, Person[]>();

function peopleOf(context: AnswerContext): Person[] {
  let people = peopleCache.get(context.meetings);
  if (!people) {
    people = collectPeople(context.meetings);
    peopleCache.set(context.meetings, people);
  }
  return people;
}

/**
 * The one router behind every face (slash command, mention, DM, console, `lcrb ask`): reads the
 * question, picks its intent and answers it. Empty text gets the help answer.
 */
export function answerQuestion(
  text: string,
  context: AnswerContext,
  options: AskOptions = {},
): Answer {
  const question = readQuestion(text);
  const classification = question.text
    ? classify(question, peopleOf(context))
    : { intent: "help" as const, name: null, people: [], topic: [] };
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  return ANSWERERS[classification.intent]({ question, classification, context, offset });
}

export type {
  Answer,
  AnswerSection,
  Citation,
  Intent,
  MeetingRef,
  UpcomingMeeting,
} from "./answer.js";
export type { AnswerContext } from "./context.js";
