import type { types } from "@slack/bolt";

export type Block = types.KnownBlock;

/** What the bot sends: Block Kit blocks plus the plain `text` Slack shows in notifications. */
export interface SlackMessage {
  blocks: Block[];
  text: string;
  /**
   * The same answer without the blocks a workspace may reject (a table), to send when Slack
   * answers `invalid_blocks`; absent when `blocks` holds nothing of the kind.
   */
  plainerBlocks?: Block[];
}

export const mrkdwnSection = (text: string): types.SectionBlock => ({
  type: "section",
  text: { type: "mrkdwn", text },
});

export const contextLine = (text: string): types.ContextBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text }],
});
