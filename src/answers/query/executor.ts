import type { Answer } from "../answer.js";
import type { AnswerContext } from "../context.js";
import type { ConversationMemory } from "../conversation-store.js";
import type { Classification } from "../intent.js";
import type { Person } from "../people.js";
import type { Question } from "../question.js";
import type { Query } from "./query.js";
import type { Resolution } from "./resolve.js";

/** Everything an executor needs: the question, its reading, and the meetings each selector names. */
export interface ExecutorInput {
  question: Question;
  classification: Classification;
  query: Query;
  /** One per selector of the query, in its order. */
  resolutions: Resolution[];
  context: AnswerContext;
  memory: ConversationMemory | null;
  people: readonly Person[];
  ordinary: ReadonlySet<string>;
  offset: number;
}

/** Answers one target. */
export type Executor = (input: ExecutorInput) => Answer;
