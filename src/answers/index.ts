import type { Answer } from "./answer.js";
import type { AnswerContext } from "./context.js";

export interface AskOptions {
  /** Skip this many search results ("More results" paging). */
  offset?: number;
}

// Placeholder until the answers issue lands: the one router behind every face.
export function answerQuestion(
  _text: string,
  _context: AnswerContext,
  _options: AskOptions = {},
): Answer {
  throw new Error("answers are not built yet");
}
