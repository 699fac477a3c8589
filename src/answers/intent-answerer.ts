import type { Answer, Intent } from "./answer.js";
import type { AnswerContext } from "./context.js";
import type { Classification } from "./intent.js";
import type { Question } from "./question.js";

/** Everything an intent needs to answer. */
export interface IntentInput {
  question: Question;
  classification: Classification;
  context: AnswerContext;
  /** Search results to skip ("More results"). */
  offset: number;
}

export type IntentAnswerer = (input: IntentInput) => Answer;

/** An answer with nothing in it yet but its intent, question and title. */
export function blankAnswer(intent: Intent, question: Question, title: string): Answer {
  return {
    intent,
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
