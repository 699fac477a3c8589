import type { Meeting } from "../corpus/model.js";
import type { Answer, Intent } from "./answer.js";
import type { AnswerContext } from "./context.js";
import type { Classification } from "./intent.js";
import type { PresenceAsked } from "./presence-asked.js";
import type { Question } from "./question.js";

/** Everything an intent needs to answer. */
export interface IntentInput {
  question: Question;
  classification: Classification;
  context: AnswerContext;
  /** Search results to skip ("More results"). */
  offset: number;
  /** The meeting the planner chose; when set, the intent answers about it. */
  meeting?: Meeting;
  /** The question asks yes or no ("was X at …"): the answer's title says which first. */
  yesNo?: boolean;
  /** What the yes or no is about, when the query says (a follow-up asks it again). */
  presence?: PresenceAsked;
}

export type IntentAnswerer = (input: IntentInput) => Answer;

/** An answer with nothing in it yet but its intent, question and title. */
export function blankAnswer(intent: Intent, question: Question, title: string): Answer {
  return {
    intent,
    kind: "summary",
    query: null,
    meetings: [],
    question: question.asked,
    meeting: null,
    candidates: [],
    results: [],
    upcoming: [],
    title,
    summary: null,
    sections: [],
    followUps: [],
    more: null,
  };
}
