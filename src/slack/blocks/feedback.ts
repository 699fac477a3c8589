import * as z from "zod";
import { type AskRequest, encodeAskRequest } from "./ask-request.js";
import { parseButtonValue } from "./button-value.js";
import { type Block, type SlackMessage, withBlocksAdded } from "./message.js";

/**
 * The 👍 and 👎 under an answer: `rated` is the Block Kit feedback_buttons element (one action_id
 * for both, the rating travels in the clicked button's value); `up` and `down` are the plain
 * buttons of the fallback form, and of answers sent before feedback_buttons.
 */
export const FEEDBACK_ACTIONS = {
  rated: "lcrb_feedback",
  up: "lcrb_feedback_up",
  down: "lcrb_feedback_down",
} as const;

export type Rating = "up" | "down";

const BLOCK_ID = "lcrb_feedback";

/**
 * Adds 👍/👎 under an answer. They carry the question, as every button does, so whichever replica
 * receives the click can record what was answered. The message shows Slack's own feedback_buttons
 * (in a context_actions block); its fallback form, sent where Slack rejects those blocks
 * (`invalid_blocks`), has plain buttons, which every workspace and surface accepts. A message
 * already at Slack's block limit keeps its answer and goes without.
 */
export function withFeedback(message: SlackMessage, request: AskRequest): SlackMessage {
  const rated: Block = {
    type: "context_actions",
    block_id: BLOCK_ID,
    elements: [
      {
        type: "feedback_buttons",
        action_id: FEEDBACK_ACTIONS.rated,
        positive_button: {
          text: { type: "plain_text", text: "👍", emoji: true },
          accessibility_label: "This answer helped",
          value: encodeAskRequest(request, { r: "up" }),
        },
        negative_button: {
          text: { type: "plain_text", text: "👎", emoji: true },
          accessibility_label: "This answer did not help",
          value: encodeAskRequest(request, { r: "down" }),
        },
      },
    ],
  };
  const value = encodeAskRequest(request);
  const buttons: Block = {
    type: "actions",
    block_id: BLOCK_ID,
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
  return withBlocksAdded(message, [rated], [buttons]) ?? message;
}

// What a feedback_buttons value adds to the question: which of the two was clicked.
const RatedValue = z.object({ r: z.enum(["up", "down"]) });

/** The rating a feedback_buttons value carries; null when it is not one of ours. */
export function ratingOf(value: string | undefined): Rating | null {
  const parsed = RatedValue.safeParse(parseButtonValue(value));
  return parsed.success ? parsed.data.r : null;
}
