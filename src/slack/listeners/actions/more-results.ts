import { describe } from "../../../errors.js";
import { renderAnswer } from "../../blocks/answer.js";
import { decodeAskRequest } from "../../blocks/ask-request.js";
import { respondWith } from "../../deliver.js";
import type { SlackDeps } from "../../deps.js";
import { composeReply } from "../../reply.js";
import { type ButtonArgs, onPrivateAnswer } from "./button.js";

/** "More results": the next page of search results replaces the message the button was on. */
export function moreResults(deps: SlackDeps) {
  return async ({ ack, body, action, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const request = decodeAskRequest(action.value);
    if (!request) {
      deps.logger.warn("more: a button without a question was ignored");
      return;
    }
    const reply = await composeReply(
      deps,
      request,
      (answer) =>
        renderAnswer(answer, {
          share: onPrivateAnswer(body) ? request : null,
          interactive: true,
        }),
      "more",
    );
    try {
      await respondWith(respond, { replace_original: reply.ok }, reply.message, deps.logger);
    } catch (error) {
      deps.logger.error(`more: could not send the next results: ${describe(error)}`);
    }
  };
}
