import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import type { SlackApp } from "../../src/slack/app.js";
import { ACTION_IDS } from "../../src/slack/blocks/ask-request.js";
import { FakeSlack, type RecordedCall } from "../support/fake-slack/web-api.js";
import { APP_TOKEN, BOT_TOKEN, LogLines, seedContext, startSocketApp } from "./harness.js";
import { appMention, buttonClick, directMessage, eventCallback } from "./payloads.js";
import { FakeSocketModeServer } from "./socket-server.js";

const buttonsOf = (call: RecordedCall) =>
  (
    (call.body.blocks ?? []) as {
      type: string;
      elements?: { action_id: string; value: string }[];
    }[]
  ).flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []));

describe("the Slack app in Socket Mode, against a fake Slack", () => {
  const fake = new FakeSlack();
  const sockets = new FakeSocketModeServer();
  const logs = new LogLines();
  let context: AnswerContext;
  let slack: SlackApp;

  beforeAll(async () => {
    await fake.start();
    fake.socketUrl = await sockets.listening();
    context = await seedContext();
    slack = await startSocketApp(fake, context, { logger: logs.logger });
    await sockets.whenConnected();
  });

  afterAll(async () => {
    await slack?.stop();
    await sockets.close();
    await fake.stop();
  });

  it("opens the connection with the app-level token through apps.connections.open", () => {
    const open = fake.callsTo("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]?.authorized).toBe(true);
  });

  it("acks a mention envelope and answers in a thread with 👀 while it works", async () => {
    const event = appMention("who attended the LCRB meeting in April 2023?", {
      channel: "C0SOCKET",
    });
    const ack = await sockets.send("events_api", eventCallback(event));
    expect(ack.envelope_id).toMatch(/^env-/);
    const reply = await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0SOCKET",
    );
    expect(reply.body.thread_ts).toBe(event.ts);
    expect(JSON.stringify(reply.body.blocks)).toContain("Lynne Owens");
    expect(fake.callsTo("reactions.add").map((call) => call.body.timestamp)).toContain(event.ts);
  });

  it("acks a DM envelope and answers in the DM", async () => {
    await sockets.send(
      "events_api",
      eventCallback(directMessage("casey review", { channel: "D0SOCKET" })),
    );
    const reply = await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "D0SOCKET",
    );
    expect(JSON.stringify(reply.body.blocks)).toMatch(/\.txt:\d+`/);
  });

  it("acks a slash command envelope, answers privately, and shares on request", async () => {
    const ack = await sockets.send("slash_commands", {
      token: "legacy",
      team_id: "T0LCRB",
      channel_id: "C0SOCKET",
      user_id: "U0ASKER",
      command: "/lcrb",
      text: "casey review",
      api_app_id: "A0LCRB",
      response_url: fake.responseUrl("socket-slash"),
      trigger_id: "1.2.3",
    });
    expect(ack).toEqual({ envelope_id: expect.any(String), payload: {} });
    const reply = await fake.waitFor((call) => call.responseId === "socket-slash");
    expect(reply.body.response_type).toBe("ephemeral");
    expect(JSON.stringify(reply.body.blocks)).toMatch(/002_0368bc6123038781\.txt:\d+/);

    const share = buttonsOf(reply).find((button) => button.action_id === ACTION_IDS.share);
    expect(share).toBeDefined();
    if (!share) return;
    const before = fake.callsTo("chat.postMessage").length;
    const clickAck = await sockets.send(
      "interactive",
      buttonClick(share, fake.responseUrl("socket-share")),
    );
    expect(clickAck.envelope_id).toMatch(/^env-/);
    await fake.waitFor((call) => call.responseId === "socket-share");
    const shared = fake.callsTo("chat.postMessage").slice(before);
    expect(shared).toHaveLength(1);
    expect(String(shared[0]?.body.text)).toContain("<@U0ASKER> asked: “casey review”");
  });

  it("acks a redelivered event envelope but answers it once", async () => {
    const envelope = eventCallback(appMention("casey review", { channel: "C0SOCKRETRY" }));
    await sockets.send("events_api", envelope);
    await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0SOCKRETRY",
    );
    const again = await sockets.send("events_api", envelope);
    expect(again.envelope_id).toMatch(/^env-/);
    // Answers take turns in arrival order (src/slack/reply.ts): once a later mention is answered,
    // a second answer to the redelivery would already have been posted.
    await sockets.send(
      "events_api",
      eventCallback(appMention("casey review", { channel: "C0SOCKMARKER" })),
    );
    await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0SOCKMARKER",
    );
    const replies = fake
      .callsTo("chat.postMessage")
      .filter((call) => call.body.channel === "C0SOCKRETRY");
    expect(replies).toHaveLength(1);
  });

  it("logs no token", async () => {
    const before = logs.lines.length;
    await sockets.send(
      "events_api",
      eventCallback(directMessage("casey review", { channel: "D0SOCKLOG" })),
    );
    await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "D0SOCKLOG",
    );
    expect(logs.lines.length).toBeGreaterThan(before);
    for (const token of [APP_TOKEN, BOT_TOKEN])
      expect(logs.lines.some((line) => line.includes(token))).toBe(false);
  });
});
