import { describe, expect, it } from "vitest";
import { FakeSlack, type RecordedCall, type ScriptedReply } from "../support/fake-slack/web-api.js";
import { LogLines, postEvent, useHttpApp } from "./harness.js";
import { appMention, directMessage, eventCallback } from "./payloads.js";

const STATUS = "assistant.threads.setStatus";

/** The channel a Web API call was about, whichever argument name the method uses. */
const channelOf = (call: RecordedCall) => String(call.body.channel ?? call.body.channel_id);

/**
 * How the fake answers, by channel: each channel name says what Slack does to the bot there, so
 * one app serves every scenario.
 */
function script(call: RecordedCall, earlier: readonly RecordedCall[]): ScriptedReply | undefined {
  const channel = channelOf(call);
  const before = earlier.filter((c) => c.method === call.method && channelOf(c) === channel);
  if (call.method === STATUS && channel.startsWith("D0NOSTATUS")) {
    return { body: { ok: false, error: "missing_scope", needed: "assistant:write" } };
  }
  if (call.method !== "chat.postMessage") return undefined;
  if (channel === "D0BUSY" && before.length === 0) {
    return {
      status: 429,
      headers: { "retry-after": "1" },
      body: { ok: false, error: "ratelimited" },
    };
  }
  if (channel === "D0NOBLOCKS" && call.body.blocks !== undefined) {
    return { body: { ok: false, error: "invalid_blocks" } };
  }
  if (channel === "D0GONE") return { body: { ok: false, error: "channel_not_found" } };
  return undefined;
}

describe("delivering answers: status while answering, retries and fallbacks", () => {
  const fake = new FakeSlack({ script });
  const logs = new LogLines();
  const app = useHttpApp(fake, logs);

  const callsIn = (channel: string, method?: string) =>
    fake.calls.filter(
      (call) => channelOf(call) === channel && (method === undefined || call.method === method),
    );
  const postedIn = (channel: string) =>
    fake.waitFor((call) => call.method === "chat.postMessage" && channelOf(call) === channel);
  /** Resolves once the status in the channel has been set and then cleared. */
  const statusCleared = (channel: string) =>
    fake.waitFor(
      (call) => call.method === STATUS && channelOf(call) === channel && call.body.status === "",
    );

  it("shows a status in a DM while answering, and clears it once the answer is posted", async () => {
    const event = directMessage("who attended the April 2023 meeting?", { channel: "D0STATUS" });
    await postEvent(app.url, eventCallback(event));
    const answer = await postedIn("D0STATUS");
    const cleared = await statusCleared("D0STATUS");
    const [set] = callsIn("D0STATUS", STATUS);
    expect(set?.body).toMatchObject({ channel_id: "D0STATUS", thread_ts: event.ts });
    expect(String(set?.body.status)).not.toBe("");
    expect(set?.at).toBeLessThan(answer.at);
    expect(cleared.at).toBeGreaterThan(answer.at);
    expect(callsIn("D0STATUS", "reactions.add")).toEqual([]);
  });

  it("shows the status in a mention's thread, and keeps 👀 on the mention for the channel", async () => {
    const event = appMention("casey review", { channel: "C0STATUS" });
    await postEvent(app.url, eventCallback(event));
    await postedIn("C0STATUS");
    await statusCleared("C0STATUS");
    expect(callsIn("C0STATUS", STATUS)[0]?.body).toMatchObject({ thread_ts: event.ts });
    await fake.waitFor(
      (call) => call.method === "reactions.remove" && channelOf(call) === "C0STATUS",
    );
  });

  it("falls back to 👀 on the question when Slack refuses the status, and removes it after", async () => {
    const event = directMessage("casey review", { channel: "D0NOSTATUS" });
    await postEvent(app.url, eventCallback(event));
    const answer = await postedIn("D0NOSTATUS");
    const removed = await fake.waitFor(
      (call) => call.method === "reactions.remove" && channelOf(call) === "D0NOSTATUS",
    );
    const [added] = callsIn("D0NOSTATUS", "reactions.add");
    expect(added?.body).toMatchObject({ timestamp: event.ts, name: "eyes" });
    expect(added?.at).toBeLessThan(answer.at);
    expect(removed.at).toBeGreaterThan(answer.at);
  });

  it("clears the status and logs the reason when the answer cannot be delivered", async () => {
    await postEvent(app.url, eventCallback(directMessage("casey review", { channel: "D0GONE" })));
    await statusCleared("D0GONE");
    expect(
      logs.lines.some(
        (line) => /ERROR/.test(line) && /D0GONE/.test(line) && /channel_not_found/.test(line),
      ),
    ).toBe(true);
  });

  it("retries a post Slack rate-limited (429) after its Retry-After, once", async () => {
    await postEvent(app.url, eventCallback(directMessage("casey review", { channel: "D0BUSY" })));
    await statusCleared("D0BUSY");
    const posts = callsIn("D0BUSY", "chat.postMessage");
    expect(posts).toHaveLength(2);
    const [limited, retried] = posts as [RecordedCall, RecordedCall];
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
    expect(retried.body.blocks).toEqual(limited.body.blocks);
  });

  it("re-sends an answer as plain text when Slack rejects its blocks", async () => {
    await postEvent(
      app.url,
      eventCallback(
        directMessage("who attended the April 2023 meeting?", { channel: "D0NOBLOCKS" }),
      ),
    );
    await statusCleared("D0NOBLOCKS");
    const posts = callsIn("D0NOBLOCKS", "chat.postMessage");
    const last = posts.at(-1);
    expect(posts.length).toBeGreaterThan(1);
    expect(last?.body.blocks).toBeUndefined();
    expect(String(last?.body.text)).toContain("Lynne Owens");
    expect(logs.lines.some((line) => /D0NOBLOCKS/.test(line) && /invalid_blocks/.test(line))).toBe(
      true,
    );
  });
});
