import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { describe } from "../../../errors.js";
import { readFollowCommand } from "../../../follows/command.js";
import { renderAnswer } from "../../blocks/answer.js";
import { withFeedback } from "../../blocks/feedback.js";
import { respondWith } from "../../deliver.js";
import type { SlackDeps } from "../../deps.js";
import { runFollowCommand } from "../../follows/follow-command.js";
import { questionFromSlack } from "../../markup.js";
import { composeReply } from "../../reply.js";

/**
 * `/lcrb <question>`: acknowledged at once (Slack allows 3 s), then answered privately through
 * the response_url with a button to share the answer in the channel. `follow`, `unfollow` and
 * `following` change or list what the channel follows instead.
 */
export function lcrbCommand(deps: SlackDeps) {
  return async ({
    command,
    ack,
    respond,
    client,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const text = questionFromSlack(command.text);
    const follow = readFollowCommand(text);
    if (follow) {
      try {
        await runFollowCommand(follow, command, deps.store, client, respond);
      } catch (error) {
        deps.logger.error(`/lcrb ${follow.kind}: ${describe(error)}`);
        await respond({
          response_type: "ephemeral",
          text: "Sorry, I could not change this channel's follows just now. Please try again.",
        }).catch(() => {});
      }
      return;
    }
    const request = { question: text, offset: 0 };
    const reply = await composeReply(
      deps,
      request,
      (answer) =>
        withFeedback(
          renderAnswer(answer, {
            share: request.question === "" ? null : request,
            interactive: true,
          }),
          request,
        ),
      "/lcrb",
    );
    try {
      await respondWith(respond, { response_type: "ephemeral" }, reply.message, deps.logger);
    } catch (error) {
      deps.logger.error(`/lcrb: could not send the answer: ${describe(error)}`);
    }
  };
}
