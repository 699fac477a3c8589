import type { types } from "@slack/bolt";
import { LIMITS } from "./limits.js";

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

/**
 * The message with `extra` added at the end of each of its forms (blocks and plainerBlocks), or
 * null when a form would then pass Slack's block limit: the answer is what must not be cut.
 * `plainerExtra`, when given, is what the plainer form gets instead (blocks every workspace
 * accepts); the message then always has a plainer form, its own blocks if it had none.
 */
export function withBlocksAdded(
  message: SlackMessage,
  extra: Block[],
  plainerExtra?: Block[],
): SlackMessage | null {
  const plainer = plainerExtra
    ? [...(message.plainerBlocks ?? message.blocks), ...plainerExtra]
    : message.plainerBlocks && [...message.plainerBlocks, ...extra];
  const blocks = [...message.blocks, ...extra];
  if ([blocks, plainer ?? []].some((form) => form.length > LIMITS.messageBlocks)) return null;
  return { ...message, blocks, ...(plainer ? { plainerBlocks: plainer } : {}) };
}

/** What a response_url post carries: the blocks and the text (never the plainer form). */
export function messagePayload(message: SlackMessage): { blocks: Block[]; text: string } {
  return { blocks: message.blocks, text: message.text };
}
