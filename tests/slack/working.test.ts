import { describe, expect, it, vi } from "vitest";
import { showWorking, WORKING_STATUS } from "../../src/slack/working.js";
import { keptLogger, slackRefusal, stubClient } from "../support/slack-stubs.js";

function setup(options: { statusRefused?: boolean; alwaysReact?: boolean } = {}) {
  const { client, asWebClient } = stubClient();
  const { logger } = keptLogger();
  const setStatus = vi.fn(async (status: unknown) => {
    if (options.statusRefused) throw slackRefusal("missing_scope");
    return { ok: true, status };
  });
  const start = () =>
    showWorking({
      client: asWebClient,
      logger,
      setStatus,
      channel: "D0ASKER",
      ts: "1700000000.000100",
      alwaysReact: options.alwaysReact ?? false,
      surface: "test",
    });
  return { client, setStatus, start };
}

describe("showWorking", () => {
  it("sets the thread's status, and clears it when done", async () => {
    const { client, setStatus, start } = setup();
    const done = await start();
    expect(setStatus).toHaveBeenCalledWith(WORKING_STATUS);
    await done();
    expect(setStatus).toHaveBeenLastCalledWith("");
    expect(client.reactions.add).not.toHaveBeenCalled();
  });

  it("puts 👀 on the question instead when Slack refuses the status, and removes it when done", async () => {
    const { client, setStatus, start } = setup({ statusRefused: true });
    const done = await start();
    const reaction = { channel: "D0ASKER", timestamp: "1700000000.000100", name: "eyes" };
    expect(client.reactions.add).toHaveBeenCalledWith(reaction);
    await done();
    expect(client.reactions.remove).toHaveBeenCalledWith(reaction);
    expect(setStatus).toHaveBeenCalledTimes(1);
  });

  it("shows both where the channel needs to see it too", async () => {
    const { client, setStatus, start } = setup({ alwaysReact: true });
    const done = await start();
    await done();
    expect(setStatus.mock.calls).toEqual([[WORKING_STATUS], [""]]);
    expect(client.reactions.add).toHaveBeenCalledTimes(1);
    expect(client.reactions.remove).toHaveBeenCalledTimes(1);
  });

  it("does not stop the answer when the reaction cannot be added either", async () => {
    const { client, start } = setup({ statusRefused: true });
    client.reactions.add.mockRejectedValueOnce(slackRefusal("already_reacted"));
    const done = await start();
    await done();
    expect(client.reactions.remove).not.toHaveBeenCalled();
  });
});
