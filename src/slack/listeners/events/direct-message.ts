import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { questionFromSlack } from "../../markup.js";
import { postAnswerShowingWork } from "../../reply.js";

/** Direct-message channel ids start with D. */
export const isDirectMessage = (channel: string): boolean => channel.startsWith("D");

type MessageArgs = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

/**
 * A message in the bot's DM: answered in the DM (in its thread, if it was in one), with a status
 * while the bot works. Edits, deletions and other subtypes, messages from bots and the bot's own
 * messages are ignored, or the bot would answer itself.
 */
export function directMessage(deps: SlackDeps) {
  return async ({ event, client, context, setStatus }: MessageArgs): Promise<void> => {
    if (event.channel_type !== "im" || event.subtype !== undefined) return;
    if (event.bot_id !== undefined || event.user === context.botUserId) return;
    if (!event.text || !deps.answeredMessages.remember(`${event.channel}:${event.ts}`)) return;
    await postAnswerShowingWork(
      deps,
      { client, setStatus, ts: event.ts, alwaysReact: false },
      {
        question: questionFromSlack(event.text),
        channel: event.channel,
        threadTs: event.thread_ts,
        // A DM channel is one person's conversation with the bot.
        conversation: event.channel,
      },
      "message.im",
    );
  };
}
