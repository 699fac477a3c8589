import type { Logger, SetStatusFn, webApi } from "@slack/bolt";
import { describe } from "../errors.js";

/** What the assistant status says while an answer is prepared. */
export const WORKING_STATUS = "is reading the minutes…";
const WORKING_REACTION = "eyes";

/** The message being answered, and how to show work on it. */
export interface WorkingOn {
  client: webApi.WebClient;
  logger: Logger;
  /** Bolt's setStatus for the thread the answer goes to (assistant.threads.setStatus). */
  setStatus: SetStatusFn;
  channel: string;
  /** The question's own message, which gets 👀 when there is no status to show. */
  ts: string;
  /** 👀 on the question as well as the status: a channel sees the message, not the thread. */
  alwaysReact: boolean;
  surface: string;
}

/**
 * Shows that the bot is working on a message until the returned function is called: the thread's
 * assistant status where Slack shows one, else 👀 on the question (a workspace that refuses the
 * status: no assistant:write, or a conversation that is not an app thread). Neither failing stops
 * the answer.
 */
export async function showWorking(on: WorkingOn): Promise<() => Promise<void>> {
  const status = await on.setStatus(WORKING_STATUS).then(
    () => true,
    (error: unknown) => {
      on.logger.debug(`${on.surface}: no assistant status (${describe(error)}); using 👀`);
      return false;
    },
  );
  const reaction = { channel: on.channel, timestamp: on.ts, name: WORKING_REACTION };
  const reacted =
    (on.alwaysReact || !status) &&
    (await on.client.reactions.add(reaction).then(
      () => true,
      (error: unknown) => {
        on.logger.warn(`${on.surface}: could not add the reaction: ${describe(error)}`);
        return false;
      },
    ));
  return async () => {
    // Posting in the thread clears the status too; clearing it ourselves covers a failed answer.
    if (status) {
      await on.setStatus("").catch((error: unknown) => {
        on.logger.debug(`${on.surface}: could not clear the status: ${describe(error)}`);
      });
    }
    if (reacted) {
      await on.client.reactions.remove(reaction).catch((error: unknown) => {
        on.logger.debug(`${on.surface}: could not remove the reaction: ${describe(error)}`);
      });
    }
  };
}
