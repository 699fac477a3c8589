import type { Meeting } from "../../../corpus/model.js";
import type { Answer, Intent } from "../../answer.js";
import type { IntentAnswerer } from "../../intent-answerer.js";
import { answerActions } from "../../intents/actions.js";
import { answerAttendees } from "../../intents/attendees.js";
import { answerHelp } from "../../intents/help.js";
import { answerMeeting } from "../../intents/meeting.js";
import { answerMeetings } from "../../intents/meetings.js";
import { answerNext } from "../../intents/next.js";
import { answerPerson } from "../../intents/person.js";
import { answerSearch } from "../../intents/search.js";
import { findPeople } from "../../people.js";
import type { ExecutorInput } from "../executor.js";

/** The single-meeting answers written before the query design, each now an executor's last step. */
export const INTENT_ANSWERERS: Record<Intent, IntentAnswerer> = {
  attendees: answerAttendees,
  meeting: answerMeeting,
  meetings: answerMeetings,
  next: answerNext,
  person: answerPerson,
  actions: answerActions,
  help: answerHelp,
  search: answerSearch,
};

// "The counter terrorism discussion", "the fraud item": words naming one item of a meeting.
const NAMES_ITEM = /\b(?:discussion|item|debate)s?\b/;

/**
 * Answers with an intent's answerer about `meeting` (or, with none, the meeting the question's
 * own words name, as before), with the organisation words the query read as its topic.
 */
export function answerWithIntent(
  input: ExecutorInput,
  intent: Intent,
  meeting: Meeting | undefined,
  options: { yesNo?: boolean } = {},
): Answer {
  const { query } = input;
  const classification =
    query.organisation.length > 0 && intent === "attendees"
      ? { ...input.classification, intent, topic: query.organisation }
      : intent === "person" && query.person && input.classification.intent !== "person"
        ? // A follow-up ("what about the 2021 meeting?") asks about the person asked about before.
          {
            ...input.classification,
            intent,
            name: query.person,
            people: findPeople(query.person, input.people, input.ordinary),
          }
        : intent === "actions" && !NAMES_ITEM.test(input.question.text)
          ? // "How many actions at the covid dmg": "covid" named the meeting, no subject of its
            // actions; "the actions from the counter terrorism discussion" keeps it, the item's.
            { ...input.classification, intent, topic: query.topic }
          : { ...input.classification, intent };
  return INTENT_ANSWERERS[intent]({
    question: input.question,
    classification,
    context: input.context,
    offset: input.offset,
    ...(meeting ? { meeting } : {}),
    ...(options.yesNo ? { yesNo: true } : {}),
    ...(options.yesNo && query.presence ? { presence: query.presence } : {}),
  });
}
