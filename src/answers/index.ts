import type { Answer, Intent } from "./answer.js";
import type { AnswerContext } from "./context.js";
import { classify } from "./intent.js";
import type { IntentAnswerer } from "./intent-answerer.js";
import { answerActions } from "./intents/actions.js";
import { answerAttendees } from "./intents/attendees.js";
import { answerHelp } from "./intents/help.js";
import { answerMeeting } from "./intents/meeting.js";
import { answerMeetings } from "./intents/meetings.js";
import { answerNext } from "./intents/next.js";
import { answerPerson } from "./intents/person.js";
import { answerSearch } from "./intents/search.js";
import { ordinaryWords } from "./minutes-words.js";
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

// People and the minutes' words are gathered once per set of meetings, not once per question.
const directoryCache = new WeakMap<object, { people: Person[]; ordinary: Set<string> }>();

function directoryOf(context: AnswerContext): { people: Person[]; ordinary: Set<string> } {
  let directory = directoryCache.get(context.meetings);
  if (!directory) {
    directory = {
      people: collectPeople(context.meetings),
      ordinary: ordinaryWords(context.meetings),
    };
    directoryCache.set(context.meetings, directory);
  }
  return directory;
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
  const { people, ordinary } = directoryOf(context);
  const classification = question.text
    ? classify(question, people, ordinary)
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
