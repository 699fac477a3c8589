import type { webApi } from "@slack/bolt";
import type { Answer } from "../answers/answer.js";
import { describe } from "../errors.js";
import { renderAnswer } from "./blocks/answer.js";
import type { AskRequest } from "./blocks/ask-request.js";
import { withCalendarLinks } from "./blocks/calendar-link.js";
import { renderFailure } from "./blocks/failure.js";
import { withFeedback } from "./blocks/feedback.js";
import type { SlackMessage } from "./blocks/message.js";
import { postMessage } from "./deliver.js";
import type { SlackDeps } from "./deps.js";
import { showWorking, type WorkingOn } from "./working.js";

/** The message to send; `ok` is false when it is the polite failure message instead of an answer. */
export interface Reply {
  ok: boolean;
  message: SlackMessage;
}

/**
 * Answers a request and renders it; any failure becomes the polite failure message and one log
 * line, so the user never meets silence. Empty text (a bare `/lcrb`) gets the router's help.
 * Call it after acknowledging: answering is CPU work, and Slack's 3-second clock runs for the
 * requests still waiting to be acknowledged.
 */
export async function composeReply(
  deps: SlackDeps,
  request: AskRequest,
  render: (answer: Answer) => SlackMessage,
  surface: string,
  conversation?: string,
): Promise<Reply> {
  await deps.turns.take();
  try {
    const answer = await deps.answer(request.question, deps.contexts.current(), {
      offset: request.offset,
      ...(conversation ? { conversation: { id: conversation, store: deps.conversations } } : {}),
    });
    deps.logger.debug(`${surface}: answered intent ${answer.intent} at offset ${request.offset}`);
    const message = render(answer);
    // "When is the next meeting?" is the moment to offer the calendar feeds.
    return {
      ok: true,
      message: answer.intent === "next" ? withCalendarLinks(message, deps.publicUrl) : message,
    };
  } catch (error) {
    deps.logger.error(`${surface}: answering failed: ${describe(error)}`);
    return { ok: false, message: renderFailure() };
  }
}

/** Where a message asking the bot a question was posted, and what it asked. */
export interface PostedQuestion {
  question: string;
  channel: string;
  /** The thread to answer in; undefined answers in the channel itself. */
  threadTs: string | undefined;
  /** The conversation it belongs to: a mention's thread, or a DM channel. */
  conversation: string;
}

/**
 * Answers a question asked in a message (a mention or a DM) with a message in the same place.
 * An answer that cannot be delivered is logged with its reason, not thrown: Slack has nowhere to
 * show it.
 */
export async function postAnswer(
  deps: SlackDeps,
  client: webApi.WebClient,
  asked: PostedQuestion,
  surface: string,
): Promise<void> {
  const reply = await composeReply(
    deps,
    { question: asked.question, offset: 0 },
    (answer) =>
      withFeedback(renderAnswer(answer, { share: null, interactive: true }), {
        question: asked.question,
        offset: 0,
      }),
    surface,
    asked.conversation,
  );
  try {
    await postMessage(client, asked, reply.message, deps.logger);
  } catch (error) {
    deps.logger.error(
      `${surface}: could not deliver the answer in ${asked.channel}: ${describe(error)}`,
    );
  }
}

/**
 * postAnswer with the bot's working status shown on the question (see showWorking) until the
 * answer is posted or fails: how a mention and a DM are both answered.
 */
export async function postAnswerShowingWork(
  deps: SlackDeps,
  working: Omit<WorkingOn, "logger" | "channel" | "surface">,
  asked: PostedQuestion,
  surface: string,
): Promise<void> {
  const done = await showWorking({
    ...working,
    logger: deps.logger,
    channel: asked.channel,
    surface,
  });
  try {
    await postAnswer(deps, working.client, asked, surface);
  } finally {
    await done();
  }
}
