import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { lcrbCommand } from "../../../../src/slack/listeners/commands/lcrb.js";
import { seedContext } from "../../../e2e/harness.js";
import { ackAndRespond, stubClient, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof lcrbCommand>>[0];

describe("/lcrb", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  function run(text: string, deps = stubDeps(context).deps) {
    const { ack, respond } = ackAndRespond();
    const { asWebClient } = stubClient();
    const command = { text, team_id: "T0LCRB", channel_id: "C0LCRB", user_id: "U0ASKER" };
    const done = lcrbCommand(deps)({
      ack,
      respond,
      client: asWebClient,
      command,
    } as unknown as Args);
    return { ack, respond, done };
  }

  it("acknowledges first, then answers privately with blocks and text", async () => {
    const { ack, respond, done } = run("who attended the LCRB meeting in April 2023?");
    await done;
    expect(ack.mock.invocationCallOrder[0]).toBeLessThan(respond.mock.invocationCallOrder[0] ?? 0);
    const [reply] = respond.mock.calls[0] ?? [];
    expect(reply).toMatchObject({ response_type: "ephemeral" });
    expect(String(reply?.text)).toContain("Sadiq Khan");
    expect(reply).not.toHaveProperty("plainerBlocks");
  });

  it("lists the channel's follows for `/lcrb following`, instead of answering", async () => {
    const { respond, done } = run("following");
    await done;
    expect(respond.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringMatching(/^This channel follows nothing yet/),
    });
  });

  it("sends the polite failure message when answering throws", async () => {
    const { deps, lines } = stubDeps(context, {
      answer: () => {
        throw new Error("index unreadable\nat stack line");
      },
    });
    const { respond, done } = run("casey review", deps);
    await done;
    expect(String(respond.mock.calls[0]?.[0]?.text)).toMatch(/^Sorry, I couldn't answer that/);
    expect(lines.some((line) => line.includes("/lcrb: answering failed: index unreadable"))).toBe(
      true,
    );
    expect(lines.some((line) => line.includes("at stack line"))).toBe(false);
  });
});
