import { setImmediate as nextTurn } from "node:timers/promises";
import type { Answer } from "../answers/answer.js";
import type { AskRequest } from "./blocks/ask-request.js";
import { renderFailure } from "./blocks/failure.js";
import type { SlackMessage } from "./blocks/message.js";
import type { SlackDeps } from "./deps.js";

/** The message to send; `ok` is false when it is the polite failure message instead of an answer. */
export interface Reply {
  ok: boolean;
  message: SlackMessage;
}

/**
 * Answers a request and renders it; any failure becomes the polite failure message and one log
 * line, so the user never meets silence. Empty text (a bare `/lcrb`) gets the router's help.
 * Call it after acknowledging: it first lets the event loop take in and acknowledge requests
 * already waiting, because answering is CPU work and Slack's 3-second clock runs for them too.
 */
export async function composeReply(
  deps: SlackDeps,
  request: AskRequest,
  render: (answer: Answer) => SlackMessage,
  surface: string,
): Promise<Reply> {
  await nextTurn();
  try {
    const answer = await deps.answer(request.question, deps.context, { offset: request.offset });
    deps.logger.debug(`${surface}: answered intent ${answer.intent} at offset ${request.offset}`);
    return { ok: true, message: render(answer) };
  } catch (error) {
    deps.logger.error(`${surface}: answering failed: ${describeError(error)}`);
    return { ok: false, message: renderFailure() };
  }
}

/** One line for a log: the error's code and message, no stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
