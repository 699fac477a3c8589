import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { renderHome } from "../../blocks/home.js";
import type { SlackDeps } from "../../deps.js";
import { describeError } from "../../reply.js";

/** Publishes the Home tab each time a user opens it, so "next meetings" follows today's date. */
export function appHomeOpened(deps: SlackDeps) {
  return async ({
    event,
    client,
  }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== "home") return;
    try {
      await client.views.publish({
        user_id: event.user,
        view: renderHome(deps.contexts.current(), deps.publicUrl),
      });
    } catch (error) {
      deps.logger.error(`app_home_opened: could not publish the Home tab: ${describeError(error)}`);
    }
  };
}
