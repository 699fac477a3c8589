import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { renderAnswer } from "../../blocks/answer.js";
import type { SlackDeps } from "../../deps.js";
import { composeReply, describeError } from "../../reply.js";

/**
 * `/lcrb <question>`: acknowledged at once (Slack allows 3 s), then answered privately through
 * the response_url with a button to share the answer in the channel.
 */
export function lcrbCommand(deps: SlackDeps) {
  return async ({
    command,
    ack,
    respond,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const request = { question: command.text.trim(), offset: 0 };
    const reply = await composeReply(
      deps,
      request,
      (answer) =>
        renderAnswer(answer, {
          share: request.question === "" ? null : request,
          interactive: true,
        }),
      "/lcrb",
    );
    try {
      await respond({ response_type: "ephemeral", ...reply.message });
    } catch (error) {
      deps.logger.error(`/lcrb: could not send the answer: ${describeError(error)}`);
    }
  };
}
