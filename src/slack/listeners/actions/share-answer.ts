import { describe } from "../../../errors.js";
import { slackErrorCode } from "../../api-error.js";
import { decodeAskRequest } from "../../blocks/ask-request.js";
import { messagePayload, type SlackMessage } from "../../blocks/message.js";
import { renderSharedAnswer } from "../../blocks/shared-answer.js";
import { postMessage, respondWith } from "../../deliver.js";
import type { SlackDeps } from "../../deps.js";
import { composeReply } from "../../reply.js";
import type { ButtonArgs } from "./button.js";

// The bot may not be a member of the channel /lcrb was typed in; the response_url still works there.
const NOT_A_MEMBER = ["not_in_channel", "channel_not_found"];

/**
 * "Share in channel": asks the same question again (any replica can, from the button alone) and
 * posts the answer for everyone, saying who asked what; the private copy is then removed.
 */
export function shareAnswer(deps: SlackDeps) {
  return async ({ ack, body, action, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const request = decodeAskRequest(action.value);
    const channel = body.channel?.id;
    if (!request || !channel) {
      deps.logger.warn("share: a button without a question or channel was ignored");
      return;
    }
    const reply = await composeReply(
      deps,
      request,
      (answer) => renderSharedAnswer(answer, body.user.id),
      "share",
    );
    try {
      if (!reply.ok) {
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          ...messagePayload(reply.message),
        });
        return;
      }
      await postInChannel(deps, channel, reply.message, { client, respond });
      await respond({ delete_original: true });
    } catch (error) {
      deps.logger.error(`share: could not share the answer: ${describe(error)}`);
    }
  };
}

async function postInChannel(
  deps: SlackDeps,
  channel: string,
  message: SlackMessage,
  { client, respond }: Pick<ButtonArgs, "client" | "respond">,
): Promise<void> {
  try {
    await postMessage(client, { channel }, message, deps.logger);
  } catch (error) {
    const code = slackErrorCode(error);
    if (!code || !NOT_A_MEMBER.includes(code)) throw error;
    await respondWith(
      respond,
      { response_type: "in_channel", replace_original: false },
      message,
      deps.logger,
    );
  }
}
