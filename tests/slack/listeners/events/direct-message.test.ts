import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { directMessage } from "../../../../src/slack/listeners/events/direct-message.js";
import { seedContext } from "../../../e2e/harness.js";
import { slackRefusal, stubClient, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof directMessage>>[0];

describe("message.im", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  function dm(
    extra: Record<string, unknown>,
    deps = stubDeps(context).deps,
    options: { statusRefused?: boolean } = {},
  ) {
    const { client, asWebClient } = stubClient();
    const setStatus = vi.fn(async (_status: string) => {
      if (options.statusRefused) throw slackRefusal("missing_scope");
      return { ok: true };
    });
    const event = { channel: "D0ASKER", channel_type: "im", user: "U0ASKER", ts: "1.1", ...extra };
    const done = directMessage(deps)({
      event,
      client: asWebClient,
      setStatus,
      context: { botUserId: "U0LCRBBOT" },
    } as unknown as Args);
    return { client, setStatus, done };
  }

  it("answers in the DM and follows up from the DM's last answer", async () => {
    const { deps } = stubDeps(context);
    const first = dm({ text: "who attended the counter terrorism meeting?", ts: "1.1" }, deps);
    await first.done;
    expect(String(first.client.chat.postMessage.mock.calls[0]?.[0]?.text)).toContain(
      "Boris Johnson",
    );
    const next = dm({ text: "the one after?", ts: "1.2" }, deps);
    await next.done;
    const [post] = next.client.chat.postMessage.mock.calls[0] ?? [];
    expect(post).toMatchObject({ channel: "D0ASKER" });
    expect(post).not.toHaveProperty("thread_ts");
    expect(String(post?.text)).toContain("8 June 2020");
  });

  it("shows a status while it works, and 👀 only when Slack refuses the status", async () => {
    const shown = dm({ text: "casey review", ts: "2.1" });
    await shown.done;
    expect(shown.setStatus.mock.calls.map(([status]) => status)).toEqual([expect.any(String), ""]);
    expect(shown.client.reactions.add).not.toHaveBeenCalled();
    const refused = dm({ text: "casey review", ts: "2.2" }, undefined, { statusRefused: true });
    await refused.done;
    expect(refused.client.reactions.add).toHaveBeenCalledWith(
      expect.objectContaining({ timestamp: "2.2", name: "eyes" }),
    );
  });

  it("ignores edits, bots and its own messages", async () => {
    for (const extra of [
      { text: "casey review", subtype: "message_changed", ts: "3.1" },
      { text: "casey review", bot_id: "B0OTHER", ts: "3.2" },
      { text: "casey review", user: "U0LCRBBOT", ts: "3.3" },
      { text: "casey review", channel_type: "channel", ts: "3.4" },
    ]) {
      const { client, done } = dm(extra);
      await done;
      expect(client.chat.postMessage, JSON.stringify(extra)).not.toHaveBeenCalled();
    }
  });

  it("logs an answer Slack will not take, with the channel and the reason", async () => {
    const { deps, lines } = stubDeps(context);
    const { client, done } = dm({ text: "casey review", ts: "4.1" }, deps);
    client.chat.postMessage.mockRejectedValue(slackRefusal("channel_not_found"));
    await done;
    expect(lines.some((line) => /ERROR .*D0ASKER.*channel_not_found/.test(line))).toBe(true);
  });

  it("posts the polite failure and clears the status when answering throws", async () => {
    const { deps } = stubDeps(context, {
      answer: () => {
        throw new Error("index unreadable");
      },
    });
    const { client, setStatus, done } = dm({ text: "casey review", ts: "5.1" }, deps);
    await done;
    expect(String(client.chat.postMessage.mock.calls[0]?.[0]?.text)).toMatch(
      /^Sorry, I couldn't answer that/,
    );
    expect(setStatus.mock.calls.at(-1)).toEqual([""]);
  });
});
