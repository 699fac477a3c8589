import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { describe } from "../../../errors.js";
import { renderHome } from "../../blocks/home.js";
import type { SlackDeps } from "../../deps.js";
import { suggestedPrompts } from "../../suggested-prompts.js";

type HomeOpenedArgs = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

/**
 * The Home tab is published each time a user opens it, so "next meetings" follows today's date.
 * The Messages tab greets a user with suggested prompts from the minutes, once a day: the store
 * claims the (workspace, user, day), so replicas and restarts do not repeat them.
 */
export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, client, context }: HomeOpenedArgs): Promise<void> => {
    const answers = deps.contexts.current();
    if (event.tab === "messages") {
      if (!deps.store.claimPromptDay(context.teamId ?? "", event.user, answers.today())) return;
      try {
        await client.assistant.threads.setSuggestedPrompts({
          channel_id: event.channel,
          title: "Ask about the minutes",
          prompts: suggestedPrompts(answers.meetings),
        });
      } catch (error) {
        deps.logger.error(
          `app_home_opened: could not set the suggested prompts: ${describe(error)}`,
        );
      }
      return;
    }
    if (event.tab !== "home") return;
    try {
      await client.views.publish({
        user_id: event.user,
        view: renderHome(answers, deps.publicUrl),
      });
    } catch (error) {
      deps.logger.error(`app_home_opened: could not publish the Home tab: ${describe(error)}`);
    }
  };
}
