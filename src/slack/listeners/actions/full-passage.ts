import { describe } from "../../../errors.js";
import { messagePayload } from "../../blocks/message.js";
import { findPassage, renderPassage } from "../../blocks/passage.js";
import { decodePassageRequest } from "../../blocks/passage-request.js";
import type { SlackDeps } from "../../deps.js";
import type { ButtonArgs } from "./button.js";

/**
 * "More" beside a trimmed excerpt: the whole passage, privately to whoever clicked, read from the
 * minutes the button cites (any replica can, from the button alone).
 */
export function fullPassage(deps: SlackDeps) {
  return async ({ ack, action, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const request = decodePassageRequest(action.value);
    if (!request) {
      deps.logger.warn("passage: a button without a citation was ignored");
      return;
    }
    const found = findPassage(deps.contexts.current().meetings, request);
    try {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        ...(found
          ? messagePayload(renderPassage(found.meeting, found.passage))
          : { text: "That passage is no longer in the minutes I hold." }),
      });
    } catch (error) {
      deps.logger.error(`passage: could not send the passage: ${describe(error)}`);
    }
  };
}
