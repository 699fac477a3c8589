import { describe } from "../../../errors.js";
import { renderAnswer } from "../../blocks/answer.js";
import { decodeAskRequest } from "../../blocks/ask-request.js";
import { respondWith } from "../../deliver.js";
import type { SlackDeps } from "../../deps.js";
import { composeReply } from "../../reply.js";
import type { ButtonArgs } from "./button.js";

/** A suggested follow-up question: answered privately to whoever clicked, ready to share. */
export function followUp(deps: SlackDeps) {
  return async ({ ack, action, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const request = decodeAskRequest(action.value);
    if (!request) {
      deps.logger.warn("follow-up: a button without a question was ignored");
      return;
    }
    const reply = await composeReply(
      deps,
      request,
      (answer) => renderAnswer(answer, { share: request, interactive: true }),
      "follow-up",
    );
    try {
      await respondWith(
        respond,
        { response_type: "ephemeral", replace_original: false },
        reply.message,
        deps.logger,
      );
    } catch (error) {
      deps.logger.error(`follow-up: could not send the answer: ${describe(error)}`);
    }
  };
}
