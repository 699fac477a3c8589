import type { Logger, webApi } from "@slack/bolt";
import { slackErrorCode } from "./api-error.js";
import type { SlackMessage } from "./blocks/message.js";

/** Where a message goes: a channel, and the thread in it (if any). */
export interface Destination {
  channel: string;
  threadTs?: string | undefined;
}

/**
 * The forms of a message to try in turn: as rendered; without the blocks some workspaces reject
 * (a table), when the renderer gave such a form; then its text alone, which Slack always takes.
 */
function forms(message: SlackMessage): { blocks?: SlackMessage["blocks"]; text: string }[] {
  return [
    { blocks: message.blocks, text: message.text },
    ...(message.plainerBlocks ? [{ blocks: message.plainerBlocks, text: message.text }] : []),
    { text: message.text },
  ];
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
  const tries = forms(message);
  for (const [index, form] of tries.entries()) {
    try {
      await client.chat.postMessage({
        channel: to.channel,
        ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
        ...form,
        unfurl_links: false,
        unfurl_media: false,
      });
      return;
    } catch (error) {
      const next = tries[index + 1];
      if (slackErrorCode(error) !== "invalid_blocks" || !next) throw error;
      logger.warn(
        `Slack rejected the blocks of a message to ${to.channel} (invalid_blocks); sending it ${next.blocks ? "with simpler blocks" : "as plain text"}`,
      );
    }
  }
}
