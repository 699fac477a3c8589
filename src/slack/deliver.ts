import type { Logger, RespondFn, webApi } from "@slack/bolt";
import { blocksRefused } from "./api-error.js";
import type { SlackMessage } from "./blocks/message.js";

/** Where a message goes: a channel, and the thread in it (if any). */
export interface Destination {
  channel: string;
  threadTs?: string | undefined;
}

type Form = { blocks?: SlackMessage["blocks"]; text: string };

/**
 * The forms of a message to try in turn: as rendered; without the blocks some workspaces reject
 * (a table), when the renderer gave such a form; then its text alone, which Slack always takes.
 */
function forms(message: SlackMessage): Form[] {
  return [
    { blocks: message.blocks, text: message.text },
    ...(message.plainerBlocks ? [{ blocks: message.plainerBlocks, text: message.text }] : []),
    { text: message.text },
  ];
}

/**
 * Sends the first form Slack accepts: a form whose blocks Slack refuses is followed by the next
 * simpler one, with a warning naming `refusal`; any other error, or a refusal of the last form,
 * is thrown for the caller to handle.
 */
async function sendFirstAccepted(
  message: SlackMessage,
  send: (form: Form) => Promise<unknown>,
  logger: Logger,
  refusal: string,
): Promise<void> {
  const tries = forms(message);
  for (const [index, form] of tries.entries()) {
    try {
      await send(form);
      return;
    } catch (error) {
      const next = tries[index + 1];
      if (!blocksRefused(error) || !next) throw error;
      logger.warn(
        `Slack rejected the blocks of ${refusal}; sending it ${next.blocks ? "with simpler blocks" : "as plain text"}`,
      );
    }
  }
}

/**
 * Posts a message with chat.postMessage. A 429 is retried by the Web API client itself after its
 * Retry-After (retryConfig in app.ts); blocks Slack rejects (`invalid_blocks`) are replaced by
 * the next simpler form, with a warning. Any other refusal is thrown for the caller to handle.
 */
export async function postMessage(
  client: webApi.WebClient,
  to: Destination,
  message: SlackMessage,
  logger: Logger,
): Promise<void> {
  await sendFirstAccepted(
    message,
    (form) =>
      client.chat.postMessage({
        channel: to.channel,
        ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
        ...form,
        unfurl_links: false,
        unfurl_media: false,
      }),
    logger,
    `a message to ${to.channel} (invalid_blocks)`,
  );
}

/** Where a response_url post goes: privately or to the channel, and whether it replaces the original. */
export interface ResponseOptions {
  response_type?: "ephemeral" | "in_channel";
  replace_original?: boolean;
}

/**
 * Answers through a response_url (Bolt's respond), with the same fallbacks as postMessage: a post
 * Slack refuses for its content (HTTP 400) is sent again in the next simpler form.
 */
export async function respondWith(
  respond: RespondFn,
  options: ResponseOptions,
  message: SlackMessage,
  logger: Logger,
): Promise<void> {
  await sendFirstAccepted(
    message,
    (form) =>
      respond(
        form.blocks
          ? { ...options, blocks: form.blocks, text: form.text }
          : { ...options, text: form.text },
      ),
    logger,
    "a response (HTTP 400)",
  );
}
