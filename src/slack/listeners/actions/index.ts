import type { App, BlockAction, ButtonAction, FeedbackButtonsAction } from "@slack/bolt";
import { ACTION_IDS } from "../../blocks/ask-request.js";
import { FEEDBACK_ACTIONS } from "../../blocks/feedback.js";
import type { SlackDeps } from "../../deps.js";
import { recordFeedback } from "./feedback.js";
import { followUp } from "./follow-up.js";
import { fullPassage } from "./full-passage.js";
import { moreResults } from "./more-results.js";
import { shareAnswer } from "./share-answer.js";

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareAnswer(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.more, moreResults(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.passage, fullPassage(deps));
  type FeedbackClick = BlockAction<ButtonAction | FeedbackButtonsAction>;
  app.action<FeedbackClick>(FEEDBACK_ACTIONS.rated, recordFeedback(deps));
  app.action<FeedbackClick>(FEEDBACK_ACTIONS.up, recordFeedback(deps));
  app.action<FeedbackClick>(FEEDBACK_ACTIONS.down, recordFeedback(deps));
  // Follow-up buttons are numbered (action_id is unique per block): lcrb_follow_up_0, _1, …
  app.action<BlockAction<ButtonAction>>(
    { action_id: new RegExp(`^${ACTION_IDS.followUp}_\\d+$`) },
    followUp(deps),
  );
}
