import { type AskRequest, encodeAskRequest } from "./ask-request.js";
import { type Block, type SlackMessage, withBlocksAdded } from "./message.js";

/** The 👍 and 👎 under an answer. */
export const FEEDBACK_ACTIONS = { up: "lcrb_feedback_up", down: "lcrb_feedback_down" } as const;

/**
 * Adds 👍/👎 buttons under an answer. They carry the question, as every button does, so whichever
 * replica receives the click can record what was answered. Plain buttons work in every workspace
 * and surface; a message already at Slack's block limit keeps its answer and goes without.
 */
export function withFeedback(message: SlackMessage, request: AskRequest): SlackMessage {
  const value = encodeAskRequest(request);
  const buttons: Block = {
    type: "actions",
    block_id: "lcrb_feedback",
    elements: [
      {
        type: "button",
        action_id: FEEDBACK_ACTIONS.up,
        text: { type: "plain_text", text: "👍 Helpful", emoji: true },
        value,
      },
      {
        type: "button",
        action_id: FEEDBACK_ACTIONS.down,
        text: { type: "plain_text", text: "👎 Not helpful", emoji: true },
        value,
      },
    ],
  };
  return withBlocksAdded(message, [buttons]) ?? message;
}
