import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { appHomeOpened } from "../../../../src/slack/listeners/events/app-home-opened.js";
import { seedContext } from "../../../e2e/harness.js";
import { stubClient, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof appHomeOpened>>[0];

describe("app_home_opened", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  function open(tab: string, user: string, deps = stubDeps(context).deps) {
    const { client, asWebClient } = stubClient();
    const event = { type: "app_home_opened", user, channel: `D0${user}`, tab };
    const done = appHomeOpened(deps)({
      event,
      client: asWebClient,
      context: { teamId: "T0LCRB" },
    } as unknown as Args);
    return { client, done };
  }

  it("publishes the Home tab for the user who opened it", async () => {
    const { client, done } = open("home", "U0HOME");
    await done;
    const [published] = client.views.publish.mock.calls[0] ?? [];
    expect(published).toMatchObject({ user_id: "U0HOME", view: { type: "home" } });
    expect(client.assistant.threads.setSuggestedPrompts).not.toHaveBeenCalled();
  });

  it("sets suggested prompts in the Messages tab once per user per day", async () => {
    const { deps } = stubDeps(context);
    const first = open("messages", "U0MSG", deps);
    await first.done;
    expect(first.client.assistant.threads.setSuggestedPrompts).toHaveBeenCalledWith(
      expect.objectContaining({
        channel_id: "D0U0MSG",
        prompts: expect.arrayContaining([
          { title: "The next meeting", message: "when is the next meeting?" },
        ]),
      }),
    );
    const again = open("messages", "U0MSG", deps);
    await again.done;
    expect(again.client.assistant.threads.setSuggestedPrompts).not.toHaveBeenCalled();
    expect(again.client.views.publish).not.toHaveBeenCalled();
  });
});
