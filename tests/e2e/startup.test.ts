import { afterEach, describe, expect, it } from "vitest";
import { SlackStartError } from "../../src/slack/bot-identity.js";
import { FakeSlack } from "../support/fake-slack/web-api.js";
import { LogLines, seedContext, startHttpApp } from "./harness.js";

describe("starting the Slack app", () => {
  const fakes: FakeSlack[] = [];
  const stops: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
    for (const fake of fakes.splice(0)) await fake.stop();
  });

  async function fakeSlack(failures: Record<string, string>): Promise<FakeSlack> {
    const fake = new FakeSlack({ failures });
    await fake.start();
    fakes.push(fake);
    return fake;
  }

  it("refuses to start, in one line, when Slack rejects the bot token", async () => {
    const fake = await fakeSlack({ "auth.test": "invalid_auth" });
    const start = startHttpApp(fake, await seedContext(), { logger: new LogLines().logger });
    await expect(start).rejects.toThrow(SlackStartError);
    await expect(start).rejects.toThrow("Slack rejected SLACK_BOT_TOKEN (invalid_auth)");
  });

  it("starts anyway, with a warning, when auth.test fails for another reason", async () => {
    const fake = await fakeSlack({ "auth.test": "internal_error" });
    const logs = new LogLines();
    const { slack, url } = await startHttpApp(fake, await seedContext(), { logger: logs.logger });
    stops.push(() => slack.stop());
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(logs.lines.some((line) => line.includes("auth.test failed at start-up"))).toBe(true);
  });
});
