import { answerCitations } from "../../../answers/citations.js";
import { describe } from "../../../errors.js";
import { decodeAskRequest } from "../../blocks/ask-request.js";
import { FEEDBACK_ACTIONS } from "../../blocks/feedback.js";
import type { SlackDeps } from "../../deps.js";
import type { ButtonArgs } from "./button.js";

/**
 * 👍/👎 under an answer: acknowledged at once, then recorded in the store with the asker's own
 * question, the kind of answer and its citations (answered again from the button's question, so
 * any replica can record it; never other people's message text), and thanked privately.
 */
export function recordFeedback(deps: SlackDeps) {
  return async ({ ack, action, body, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const request = decodeAskRequest(action.value);
    if (!request) {
      deps.logger.warn("feedback: a button without a question was ignored");
      return;
    }
    const rating = action.action_id === FEEDBACK_ACTIONS.up ? "up" : "down";
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
