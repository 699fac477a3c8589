import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { questionFromSlack } from "../../markup.js";
import { postAnswerShowingWork } from "../../reply.js";
import { isDirectMessage } from "./direct-message.js";

/**
 * A mention in a channel: a status in its thread and 👀 on the message while the bot works, then
 * the answer in a thread under it (or in the thread the mention was already in).
 */
export function appMention(deps: SlackDeps) {
  return async ({
    event,
    client,
    setStatus,
  }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs): Promise<void> => {
    // A mention in a DM is a DM: the message.im listener answers it.
    if (isDirectMessage(event.channel)) return;
    if (!deps.answeredMessages.remember(`${event.channel}:${event.ts}`)) return;
    const thread = event.thread_ts ?? event.ts;
    await postAnswerShowingWork(
      deps,
      { client, setStatus, ts: event.ts, alwaysReact: true },
      {
        question: questionFromSlack(event.text),
        channel: event.channel,
        threadTs: thread,
        // The thread is the conversation: a later mention in it follows up on this one.
        conversation: `${event.channel}:${thread}`,
      },
      "app_mention",
    );
  };
}
