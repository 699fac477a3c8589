import type { Answer } from "../../src/answers/answer.js";
import type { AnswerContext } from "../../src/answers/context.js";
import { answerQuestion, InMemoryConversationStore } from "../../src/answers/index.js";

/** A fresh conversation over `context`: each call asks the next question in it. */
export function conversationOn(context: AnswerContext): (text: string) => Answer {
  const store = new InMemoryConversationStore();
  return (text) => answerQuestion(text, context, { conversation: { id: "test", store } });
}
