import type { Logger } from "@slack/bolt";
import type { Answer } from "../answers/answer.js";
import type { AnswerContext, ContextSource } from "../answers/context.js";
import type { AskOptions, ConversationStore } from "../answers/index.js";
import type { Store } from "../store/store.js";
import type { AnswerTurns } from "./answer-turns.js";
import type { RecentIds } from "./recent-ids.js";

/** The router that turns a question into an Answer (answerQuestion, or a stand-in in tests). */
export type AnswerFn = (
  text: string,
  context: AnswerContext,
  options: AskOptions,
) => Answer | Promise<Answer>;

/** What every listener needs: built once in createSlackApp and shared. */
export interface SlackDeps {
  /** The minutes to answer from: read once per request, so an answer under way keeps its snapshot. */
  contexts: ContextSource;
  answer: AnswerFn;
  logger: Logger;
  /** Messages already answered (channel:ts), so a mention that also arrives as a DM is answered once. */
  answeredMessages: RecentIds;
  /** Follows, sent alerts, feedback and the prompt log (LCRB_DATA_DIR). */
  store: Store;
  /** Base URL for feed links (LCRB_PUBLIC_URL), or null. */
  publicUrl: string | null;
  /**
   * What each conversation (a mention's thread, a DM channel) last asked, so a follow-up there
   * is answered from it. Slash commands and buttons are one-off and keep none.
   */
  conversations: ConversationStore;
  /** The queue answers wait in for their turn (see AnswerTurns). */
  turns: AnswerTurns;
}
