import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import type { SlackApp } from "../../src/slack/app.js";
import { ACTION_IDS } from "../../src/slack/blocks/ask-request.js";
import { slashCommandBody } from "../support/fake-slack/requests.js";
import { FAKE_BOT, FakeSlack, type RecordedCall } from "../support/fake-slack/web-api.js";
import {
  BOT_TOKEN,
  LogLines,
  postEvent,
  postForm,
  postInteraction,
  SIGNING_SECRET,
  seedContext,
  startHttpApp,
} from "./harness.js";
import {
  appMention,
  buttonClick,
  directMessage,
  eventCallback,
  homeOpened,
  messageTs,
} from "./payloads.js";

interface SentBlock {
  type: string;
  text?: { text: string };
  elements?: { type: string; text?: unknown; action_id?: string; value?: string }[];
}

const blocksOf = (call: RecordedCall) => (call.body.blocks ?? []) as SentBlock[];
const textOf = (call: RecordedCall) => JSON.stringify(call.body);
const buttonsOf = (call: RecordedCall) =>
  blocksOf(call).flatMap((block) =>
    block.type === "actions" ? (block.elements as { action_id: string; value: string }[]) : [],
  );
const citationsOf = (call: RecordedCall) =>
  blocksOf(call)
    .filter((block) => block.type === "context")
    .flatMap((block) => (block.elements ?? []).map((element) => String(element.text)));

describe("the Slack app over HTTP, against a fake Slack", () => {
  const fake = new FakeSlack();
  const logs = new LogLines();
  let context: AnswerContext;
  let slack: SlackApp;
  let url: string;
  let commands = 0;

  let markers = 0;

  /**
   * Mentions the bot in a fresh channel and waits for the answer. Answers take turns in the order
   * requests reach them (src/slack/reply.ts), so once this one is posted, any reply still owed to
   * an earlier request would have been posted before it.
   */
  async function mentionMarker(): Promise<void> {
    const channel = `C0MARKER${markers++}`;
    await postEvent(url, eventCallback(appMention("casey review", { channel })));
    await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === channel,
    );
  }

  /** As mentionMarker, for a DM. */
  async function directMessageMarker(): Promise<void> {
    const channel = `D0MARKER${markers++}`;
    await postEvent(url, eventCallback(directMessage("casey review", { channel })));
    await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === channel,
    );
  }

  /** Sends /lcrb <text> and returns the answer posted to its response_url. */
  async function slash(
    text: string,
  ): Promise<{ ack: { status: number; text: string }; reply: RecordedCall }> {
    const id = `slash-${commands++}`;
    const ack = await postForm(url, slashCommandBody({ text, responseUrl: fake.responseUrl(id) }));
    const reply = await fake.waitFor((call) => call.responseId === id);
    return { ack, reply };
  }

  beforeAll(async () => {
    await fake.start();
    context = await seedContext();
    ({ slack, url } = await startHttpApp(fake, context, { logger: logs.logger }));
  });

  afterAll(async () => {
    await slack?.stop();
    await fake.stop();
  });

  it("checks the bot token once at start-up and nothing else", () => {
    expect(fake.callsTo("auth.test")).toHaveLength(1);
    expect(fake.calls.every((call) => call.authorized)).toBe(true);
  });

  it("answers GET /healthz with the number of meetings loaded and the corpus hash", async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      meetings: context.meetings.length,
      corpus: context.corpusVersion,
    });
    expect(context.corpusVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(context.meetings.length).toBeGreaterThan(0);
  });

  it("echoes the challenge of a signed url_verification", async () => {
    const response = await postEvent(url, {
      token: "legacy",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    expect(response.status).toBe(200);
    expect(response.text).toContain("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  });

  describe("/lcrb", () => {
    it("acknowledges at once, then answers privately who attended the April 2023 Board", async () => {
      const { ack, reply } = await slash("who attended the LCRB meeting in April 2023?");
      expect(ack.status).toBe(200);
      expect(ack.text).toBe("");
      expect(reply.body.response_type).toBe("ephemeral");
      expect(blocksOf(reply)[0]?.type).toBe("header");
      expect(textOf(reply)).toContain("Lynne Owens");
      expect(String(reply.body.text)).toContain("Lynne Owens");
      expect(buttonsOf(reply).map((button) => button.action_id)).toContain(ACTION_IDS.share);
    });

    it("cites body · date · item · file:line for a search", async () => {
      const { reply } = await slash("casey review");
      const citations = citationsOf(reply);
      expect(citations.length).toBeGreaterThan(0);
      expect(
        citations.some((text) =>
          /LCRB · 12 April 2023 · .*`002_0368bc6123038781\.txt:\d+`/.test(text),
        ),
      ).toBe(true);
    });

    it("shows help for a bare /lcrb, with nothing to share", async () => {
      const { reply } = await slash("");
      expect(reply.body.response_type).toBe("ephemeral");
      expect(blocksOf(reply)[0]?.type).toBe("header");
      expect(buttonsOf(reply).map((button) => button.action_id)).not.toContain(ACTION_IDS.share);
    });

    it("never sends a special mention from the question back live", async () => {
      const { reply } = await slash("<!channel> <!here> casey review <!subteam^S0LEADS|@leads>");
      expect(textOf(reply)).not.toMatch(/<!(channel|here|everyone|subteam)/);
    });
  });

  describe("buttons", () => {
    it("More results replaces the private answer with the next page of results", async () => {
      const { reply } = await slash("violence");
      const more = buttonsOf(reply).find((button) => button.action_id === ACTION_IDS.more);
      expect(more, "a broad search offers more results").toBeDefined();
      if (!more) return;
      const next = JSON.parse(more.value) as { q: string; o: number };
      expect(next.o).toBeGreaterThan(0);
      const ack = await postInteraction(url, buttonClick(more, fake.responseUrl("more-1")));
      expect(ack.status).toBe(200);
      const page = await fake.waitFor((call) => call.responseId === "more-1");
      expect(page.body.replace_original).toBe(true);
      expect(citationsOf(page).length).toBeGreaterThan(0);
      expect(citationsOf(page)).not.toEqual(citationsOf(reply));
    });

    it("Share posts the answer in the channel saying who asked what, then removes the private copy", async () => {
      const { reply } = await slash("casey review");
      const share = buttonsOf(reply).find((button) => button.action_id === ACTION_IDS.share);
      expect(share).toBeDefined();
      if (!share) return;
      const before = fake.callsTo("chat.postMessage").length;
      await postInteraction(url, buttonClick(share, fake.responseUrl("share-1")));
      const removed = await fake.waitFor((call) => call.responseId === "share-1");
      expect(removed.body.delete_original).toBe(true);
      const posted = fake.callsTo("chat.postMessage").slice(before);
      expect(posted).toHaveLength(1);
      const [message] = posted as [RecordedCall];
      expect(message.body.channel).toBe("C0LCRB");
      expect(String(message.body.text)).toContain("<@U0ASKER> asked: “casey review”");
      expect(citationsOf(message)[0]).toBe("<@U0ASKER> asked: “casey review”");
      expect(citationsOf(message).some((text) => /\.txt:\d+`$/.test(text))).toBe(true);
      expect(buttonsOf(message)).toEqual([]);
    });
    it("a suggested follow-up is answered privately to whoever clicked it", async () => {
      const { reply } = await slash("casey review");
      const followUp = buttonsOf(reply).find((button) =>
        button.action_id.startsWith(ACTION_IDS.followUp),
      );
      expect(followUp).toBeDefined();
      if (!followUp) return;
      const asked = JSON.parse(followUp.value) as { q: string };
      await postInteraction(url, buttonClick(followUp, fake.responseUrl("follow-up-1")));
      const answer = await fake.waitFor((call) => call.responseId === "follow-up-1");
      expect(answer.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
      expect(asked.q.length).toBeGreaterThan(0);
      expect(blocksOf(answer)[0]?.type).toBe("header");
    });
  });

  describe("mentions", () => {
    it("reacts with 👀 and answers in a thread under the mention", async () => {
      const event = appMention("who attended the LCRB meeting in April 2023?", {
        channel: "C0MENTION",
      });
      const ack = await postEvent(url, eventCallback(event));
      expect(ack.status).toBe(200);
      const reply = await fake.waitFor(
        (call) => call.method === "chat.postMessage" && call.body.channel === "C0MENTION",
      );
      expect(reply.body.thread_ts).toBe(event.ts);
      expect(textOf(reply)).toContain("Lynne Owens");
      expect(fake.callsTo("reactions.add")).toContainEqual(
        expect.objectContaining({
          body: expect.objectContaining({
            channel: "C0MENTION",
            timestamp: event.ts,
            name: "eyes",
          }),
        }),
      );
    });

    it("shows help for a mention with no question", async () => {
      const event = { ...appMention("", { channel: "C0BARE" }) };
      await postEvent(url, eventCallback(event));
      const reply = await fake.waitFor(
        (call) => call.method === "chat.postMessage" && call.body.channel === "C0BARE",
      );
      expect(String(reply.body.text)).toMatch(/\/lcrb/);
    });

    it("answers a mention inside a thread in that thread", async () => {
      const parent = messageTs();
      const event = appMention("casey review", { channel: "C0THREAD", threadTs: parent });
      await postEvent(url, eventCallback(event));
      const reply = await fake.waitFor(
        (call) => call.method === "chat.postMessage" && call.body.channel === "C0THREAD",
      );
      expect(reply.body.thread_ts).toBe(parent);
    });

    it("answers an event retried by Slack only once", async () => {
      const envelope = eventCallback(appMention("casey review", { channel: "C0RETRY" }));
      await postEvent(url, envelope);
      await fake.waitFor(
        (call) => call.method === "chat.postMessage" && call.body.channel === "C0RETRY",
      );
      for (const retry of ["1", "2"]) {
        const ack = await postEvent(url, envelope, {
          headers: { "x-slack-retry-num": retry, "x-slack-retry-reason": "http_timeout" },
        });
        expect(ack.status).toBe(200);
      }
      await mentionMarker();
      const replies = fake
        .callsTo("chat.postMessage")
        .filter((call) => call.body.channel === "C0RETRY");
      expect(replies).toHaveLength(1);
      expect(
        logs.lines.some((line) =>
          line.includes(`event ${envelope.event_id} was already received (retry`),
        ),
      ).toBe(true);
    });
  });

  describe("direct messages", () => {
    it("answers in the DM", async () => {
      await postEvent(
        url,
        eventCallback(
          directMessage("who attended the LCRB meeting in April 2023?", { channel: "D0FIRST" }),
        ),
      );
      const reply = await fake.waitFor(
        (call) => call.method === "chat.postMessage" && call.body.channel === "D0FIRST",
      );
      expect(reply.body.thread_ts).toBeUndefined();
      expect(textOf(reply)).toContain("Lynne Owens");
    });

    it("ignores bots, its own messages and message subtypes", async () => {
      const ignored = [
        directMessage("casey review", { channel: "D0IGNORE", bot_id: "B0OTHER" }),
        directMessage("casey review", { channel: "D0IGNORE", user: FAKE_BOT.userId }),
        directMessage("casey review", { channel: "D0IGNORE", subtype: "message_changed" }),
        directMessage("casey review", {
          channel: "D0IGNORE",
          subtype: "bot_message",
          user: undefined,
        }),
      ];
      for (const event of ignored)
        expect((await postEvent(url, eventCallback(event))).status).toBe(200);
      await directMessageMarker();
      expect(fake.calls.filter((call) => call.body.channel === "D0IGNORE")).toEqual([]);
    });

    it("answers a mention inside a DM once, though it may arrive as a message and a mention", async () => {
      const message = directMessage(`<@${FAKE_BOT.userId}> casey review`, { channel: "D0MENTION" });
      const mention = { ...appMention("casey review", { channel: "D0MENTION", ts: message.ts }) };
      await postEvent(url, eventCallback(message));
      await postEvent(url, eventCallback(mention));
      await fake.waitFor(
        (call) => call.method === "chat.postMessage" && call.body.channel === "D0MENTION",
      );
      await directMessageMarker();
      expect(fake.calls.filter((call) => call.body.channel === "D0MENTION")).toHaveLength(1);
    });
  });

  describe("conversations", () => {
    /** The `n`th answer (from 1) posted to a channel, once it is posted. */
    const nthReply = (channel: string, n: number) =>
      fake.waitFor(
        (call) =>
          call.method === "chat.postMessage" &&
          call.body.channel === channel &&
          fake
            .callsTo("chat.postMessage")
            .filter((c) => c.body.channel === channel)
            .indexOf(call) ===
            n - 1,
      );

    it("answers a follow-up mention in a thread from what the thread asked before", async () => {
      const first = appMention("who attended the covid meeting?", { channel: "C0CONVO" });
      await postEvent(url, eventCallback(first));
      const answer = await nthReply("C0CONVO", 1);
      expect(textOf(answer)).toContain("Clive Grimshaw");
      await postEvent(
        url,
        eventCallback(
          appMention("and who sent apologies?", { channel: "C0CONVO", threadTs: first.ts }),
        ),
      );
      const followUp = await nthReply("C0CONVO", 2);
      expect(followUp.body.thread_ts).toBe(first.ts);
      expect(textOf(followUp)).toContain("Apologies for the DMG meeting on 8 June 2020");
      expect(textOf(followUp)).toContain("No apologies recorded");
    });

    it("keeps each thread's memory to itself: the same words elsewhere mean the latest meeting", async () => {
      await postEvent(
        url,
        eventCallback(appMention("and who sent apologies?", { channel: "C0OTHER" })),
      );
      const answer = await nthReply("C0OTHER", 1);
      expect(textOf(answer)).toContain("12 April 2023");
      expect(textOf(answer)).not.toContain("8 June 2020");
    });

    it("answers a follow-up in a DM from the DM's last answer", async () => {
      await postEvent(
        url,
        eventCallback(
          directMessage("who attended the counter terrorism meeting?", { channel: "D0CONVO" }),
        ),
      );
      expect(textOf(await nthReply("D0CONVO", 1))).toContain("Boris Johnson");
      await postEvent(url, eventCallback(directMessage("the one after?", { channel: "D0CONVO" })));
      const followUp = await nthReply("D0CONVO", 2);
      expect(textOf(followUp)).toContain("8 June 2020");
      expect(textOf(followUp)).toContain("Clive Grimshaw");
    });
  });

  it("publishes a Home tab with the meetings held, the next meetings and example questions", async () => {
    await postEvent(url, eventCallback(homeOpened("U0HOME")));
    const publish = await fake.waitFor(
      (call) => call.method === "views.publish" && call.body.user_id === "U0HOME",
    );
    const view = publish.body.view as { type: string; blocks: SentBlock[] };
    expect(view.type).toBe("home");
    const text = JSON.stringify(view.blocks);
    expect(text).toContain(`${context.meetings.length} meetings, from `);
    expect(text).toContain("Next meetings");
    expect(text).toContain("/lcrb who attended the");
  });

  describe("requests not from Slack", () => {
    it("rejects a forged signature and does nothing", async () => {
      const forged = await postForm(
        url,
        slashCommandBody({ text: "casey review", responseUrl: fake.responseUrl("forged") }),
        { secret: "not-the-signing-secret" },
      );
      expect(forged.status).toBe(401);
      const event = await postEvent(
        url,
        eventCallback(appMention("casey review", { channel: "C0FORGED" })),
        { secret: "wrong" },
      );
      expect(event.status).toBe(401);
      await slash("casey review");
      await mentionMarker();
      expect(
        fake.calls.filter(
          (call) => call.responseId === "forged" || call.body.channel === "C0FORGED",
        ),
      ).toEqual([]);
    });

    it("rejects a correctly signed request more than five minutes old", async () => {
      const stale = await postForm(
        url,
        slashCommandBody({ text: "casey review", responseUrl: fake.responseUrl("stale") }),
        { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 },
      );
      expect(stale.status).toBe(401);
      await slash("casey review");
      expect(fake.calls.filter((call) => call.responseId === "stale")).toEqual([]);
    });
  });

  it("never writes a token or the signing secret to its logs", async () => {
    const before = logs.lines.length;
    await slash("who attended the LCRB meeting in April 2023?");
    await mentionMarker();
    expect(logs.lines.length).toBeGreaterThan(before);
    for (const line of logs.lines) {
      expect(line).not.toContain(BOT_TOKEN);
      expect(line).not.toContain(SIGNING_SECRET);
    }
  });
});

describe("when answering fails", () => {
  const fake = new FakeSlack();
  const logs = new LogLines();
  let slack: SlackApp;
  let url: string;

  beforeAll(async () => {
    await fake.start();
    ({ slack, url } = await startHttpApp(fake, await seedContext(), {
      logger: logs.logger,
      answer: () => {
        throw new Error("index unavailable");
      },
    }));
  });

  afterAll(async () => {
    await slack?.stop();
    await fake.stop();
  });

  it("tells the user politely and logs one line, for a command and a mention", async () => {
    await postForm(
      url,
      slashCommandBody({ text: "casey review", responseUrl: fake.responseUrl("fail") }),
    );
    const reply = await fake.waitFor((call) => call.responseId === "fail");
    expect(String(reply.body.text)).toMatch(/^Sorry, I couldn't answer that just now/);
    await postEvent(url, eventCallback(appMention("casey review", { channel: "C0FAIL" })));
    const threadReply = await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0FAIL",
    );
    expect(String(threadReply.body.text)).toMatch(/^Sorry/);
    expect(
      logs.lines.filter((line) => line.includes("answering failed: index unavailable")),
    ).toHaveLength(2);
  });
});
