import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { appMention } from "../../../../src/slack/listeners/events/app-mention.js";
import { seedContext } from "../../../e2e/harness.js";
import { stubClient, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof appMention>>[0];

describe("app_mention", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  function mention(event: Record<string, unknown>, deps = stubDeps(context).deps) {
    const { client, asWebClient } = stubClient();
    const setStatus = vi.fn(async (_status: string) => ({ ok: true }));
    const done = appMention(deps)({ event, client: asWebClient, setStatus } as unknown as Args);
    return { client, setStatus, done };
  }

  it("answers in a thread under the mention, with a status and 👀 while it works", async () => {
    const event = { channel: "C0LCRB", ts: "1700000000.000100", text: "<@U0LCRBBOT> casey review" };
    const { client, setStatus, done } = mention(event);
    await done;
    const [post] = client.chat.postMessage.mock.calls[0] ?? [];
    expect(post).toMatchObject({ channel: "C0LCRB", thread_ts: event.ts });
    expect(String(post?.text)).toContain("Casey");
    expect(setStatus.mock.calls.map(([status]) => status)).toEqual([expect.any(String), ""]);
    expect(client.reactions.add).toHaveBeenCalledWith(expect.objectContaining({ name: "eyes" }));
    expect(client.reactions.remove).toHaveBeenCalledTimes(1);
  });

  it("answers a mention inside a thread in that thread", async () => {
    const event = {
      channel: "C0LCRB",
      ts: "1700000000.000300",
      thread_ts: "1700000000.000200",
      text: "<@U0LCRBBOT> casey review",
    };
    const { client, done } = mention(event);
    await done;
    expect(client.chat.postMessage.mock.calls[0]?.[0]).toMatchObject({
      thread_ts: "1700000000.000200",
    });
  });

  it("leaves a mention in a DM, and a mention already answered, alone", async () => {
    const { deps } = stubDeps(context);
    const inDm = mention({ channel: "D0ASKER", ts: "1.1", text: "<@U0LCRBBOT> hi" }, deps);
    await inDm.done;
    expect(inDm.client.chat.postMessage).not.toHaveBeenCalled();
    const event = { channel: "C0LCRB", ts: "1.2", text: "<@U0LCRBBOT> casey review" };
    await mention(event, deps).done;
    const again = mention(event, deps);
    await again.done;
    expect(again.client.chat.postMessage).not.toHaveBeenCalled();
    expect(again.setStatus).not.toHaveBeenCalled();
  });
});
