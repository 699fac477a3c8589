import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { questionFromSlack } from "../../markup.js";
import { describeError, postAnswer } from "../../reply.js";
import { isDirectMessage } from "./direct-message.js";

const WORKING_REACTION = "eyes";

/**
 * A mention in a channel: 👀 on the message while the bot works, then the answer in a thread
 * under it (or in the thread the mention was already in).
 */
export function appMention(deps: SlackDeps) {
  return async ({
    event,
    client,
  }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs): Promise<void> => {
    // A mention in a DM is a DM: the message.im listener answers it.
    if (isDirectMessage(event.channel)) return;
    if (!deps.answeredMessages.remember(`${event.channel}:${event.ts}`)) return;
    const reaction = { channel: event.channel, timestamp: event.ts, name: WORKING_REACTION };
    await client.reactions.add(reaction).catch((error: unknown) => {
      deps.logger.warn(`app_mention: could not add the reaction: ${describeError(error)}`);
    });
    await postAnswer(
      deps,
      client,
      {
        question: questionFromSlack(event.text),
        channel: event.channel,
        threadTs: event.thread_ts ?? event.ts,
        // The thread is the conversation: a later mention in it follows up on this one.
        conversation: `${event.channel}:${event.thread_ts ?? event.ts}`,
      },
      "app_mention",
    );
    await client.reactions.remove(reaction).catch((error: unknown) => {
      deps.logger.debug(`app_mention: could not remove the reaction: ${describeError(error)}`);
    });
  };
}
