import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  FeedbackButtonsAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import * as z from "zod";
import { answerCitations } from "../../../answers/citations.js";
import { describe } from "../../../errors.js";
import { decodeAskRequest } from "../../blocks/ask-request.js";
import { FEEDBACK_ACTIONS, type Rating, ratingOf } from "../../blocks/feedback.js";
import type { SlackDeps } from "../../deps.js";

/** A click on 👍/👎: Slack's feedback_buttons, or a plain button (fallback form, older answers). */
export type FeedbackArgs = SlackActionMiddlewareArgs<
  BlockAction<ButtonAction | FeedbackButtonsAction>
> &
  AllMiddlewareArgs;

// The two shapes a click arrives in: feedback_buttons say which was clicked in the value, plain
// buttons in their action_id.
const FeedbackClick = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("feedback_buttons"),
    action_id: z.literal(FEEDBACK_ACTIONS.rated),
    value: z.string(),
  }),
  z.object({
    type: z.literal("button"),
    action_id: z.enum([FEEDBACK_ACTIONS.up, FEEDBACK_ACTIONS.down]),
    value: z.string(),
  }),
]);

/** The rating and the value holding the question, or null when the click is not one of ours. */
function readClick(action: unknown): { rating: Rating; value: string } | null {
  const click = FeedbackClick.safeParse(action);
  if (!click.success) return null;
  const { type, action_id, value } = click.data;
  const rating =
    type === "feedback_buttons"
      ? ratingOf(value)
      : action_id === FEEDBACK_ACTIONS.up
        ? "up"
        : "down";
  return rating ? { rating, value } : null;
}

/**
 * 👍/👎 under an answer: acknowledged at once, then recorded in the store with the asker's own
 * question, the kind of answer and its citations (answered again from the button's question, so
 * any replica can record it; never other people's message text), and thanked privately. Both
 * forms of the buttons record the same thing.
 */
export function recordFeedback(deps: SlackDeps) {
  return async ({ ack, action, body, respond }: FeedbackArgs): Promise<void> => {
    await ack();
    const click = readClick(action);
    const request = click && decodeAskRequest(click.value);
    if (!click || !request) {
      deps.logger.warn("feedback: a click without a question or a rating was ignored");
      return;
    }
    const { rating } = click;
    try {
      const answer = await deps.answer(request.question, deps.contexts.current(), {
        offset: request.offset,
      });
      deps.store.recordFeedback({
        team: body.team?.id ?? body.user.team_id ?? "",
        user: body.user.id,
        rating,
        question: request.question,
        answerKind: answer.intent,
        citations: answerCitations(answer),
      });
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text:
          rating === "up"
            ? "Thanks, noted that this answer helped."
            : "Thanks, noted that this answer did not help; we review these to improve the answers.",
      });
    } catch (error) {
      deps.logger.error(`feedback: could not record it: ${describe(error)}`);
    }
  };
}
