import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";

/** What a button listener receives. */
export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Whether the button sits on a private (ephemeral) answer, which may still be shared. */
export const onPrivateAnswer = (body: BlockAction): boolean =>
  body.container?.is_ephemeral === true;
