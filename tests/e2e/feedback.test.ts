import { afterAll, describe, expect, it, vi } from "vitest";
import { feedbackCommand } from "../../src/cli/feedback.js";
import { FEEDBACK_ACTIONS } from "../../src/slack/blocks/feedback.js";
import { blockKitProblems } from "../support/block-kit.js";
import { slashCommandBody } from "../support/fake-slack/requests.js";
import { FakeSlack, type RecordedCall, type ScriptedReply } from "../support/fake-slack/web-api.js";
import {
  freshDataDir,
  LogLines,
  postEvent,
  postForm,
  postInteraction,
  useHttpApp,
} from "./harness.js";
import {
  appMention,
  buttonClick,
  eventCallback,
  type FeedbackButtonsElement,
  feedbackButtonsClick,
} from "./payloads.js";

interface Button {
  action_id: string;
  value: string;
}

type PostedBlock = { type: string; block_id?: string; elements?: unknown[] };

const blocksOf = (call: RecordedCall) => (call.body.blocks ?? []) as PostedBlock[];

/** The plain buttons of a message (actions blocks). */
const buttonsOf = (call: RecordedCall): Button[] =>
  blocksOf(call).flatMap((block) =>
    block.type === "actions" ? ((block.elements ?? []) as Button[]) : [],
  );

/** The Block Kit feedback_buttons of a message, with the context_actions block that holds each. */
const feedbackButtonsOf = (call: RecordedCall) =>
  blocksOf(call).flatMap((block) =>
    block.type === "context_actions"
      ? (block.elements as ({ type: string } & FeedbackButtonsElement)[])
          .filter((element) => element.type === "feedback_buttons")
          .map((element) => ({
            blockId: String(block.block_id),
            element,
          }))
      : [],
  );

/** A channel of a workspace that predates context_actions: Slack refuses any message with one. */
const OLDER_WORKSPACE = "C0OLDBLOCKS";

function olderWorkspace(call: RecordedCall): ScriptedReply | undefined {
  if (call.method !== "chat.postMessage" || call.body.channel !== OLDER_WORKSPACE) return undefined;
  return blocksOf(call).some((block) => block.type === "context_actions")
    ? { body: { ok: false, error: "invalid_blocks" } }
    : undefined;
}

describe("feedback on answers", () => {
  const fake = new FakeSlack({ script: olderWorkspace });
  const logs = new LogLines();
  const dataDir = freshDataDir();
  const app = useHttpApp(fake, logs, { dataDir });
  let asked = 0;

  afterAll(() => {
    vi.unstubAllEnvs();
  });

  async function ask(text: string): Promise<RecordedCall> {
    const id = `ask-${asked++}`;
    await postForm(app.url, slashCommandBody({ text, responseUrl: fake.responseUrl(id) }));
    return fake.waitFor((call) => call.responseId === id);
  }

  /** Clicks a plain 👍/👎 button (the form older workspaces get); returns the thanks. */
  async function click(reply: RecordedCall, actionId: string): Promise<string> {
    const button = buttonsOf(reply).find((b) => b.action_id === actionId);
    expect(button).toBeDefined();
    return sendClick((responseUrl) => buttonClick(button as Button, responseUrl));
  }

  /** Clicks 👍 (positive) or 👎 (negative) of the Block Kit feedback_buttons; returns the thanks. */
  async function rate(reply: RecordedCall, which: "positive" | "negative"): Promise<string> {
    const [feedback] = feedbackButtonsOf(reply);
    expect(feedback).toBeDefined();
    const { element, blockId } = feedback as NonNullable<typeof feedback>;
    return sendClick((responseUrl) => feedbackButtonsClick(element, which, responseUrl, blockId));
  }

  async function sendClick(payload: (responseUrl: string) => object): Promise<string> {
    const id = `click-${asked++}`;
    const ack = await postInteraction(app.url, payload(fake.responseUrl(id)));
    expect(ack.status).toBe(200);
    const thanks = await fake.waitFor((call) => call.responseId === id);
    return String(thanks.body.text);
  }

  async function listed(json: boolean): Promise<string> {
    vi.stubEnv("LCRB_DATA_DIR", dataDir);
    let out = "";
    expect(await feedbackCommand(json ? ["--json"] : [], { out: (text) => (out += text) })).toBe(0);
    return out;
  }

  it("puts 👍 and 👎 under answers to /lcrb and to mentions, as Block Kit feedback_buttons", async () => {
    const reply = await ask("casey review");
    const [feedback] = feedbackButtonsOf(reply);
    expect(feedback?.element.action_id).toBe(FEEDBACK_ACTIONS.rated);
    expect(feedback?.element.positive_button.text.text).toContain("👍");
    expect(feedback?.element.negative_button.text.text).toContain("👎");
    // One way to give feedback per message: the plain buttons are only the fallback's.
    expect(buttonsOf(reply).map((b) => b.action_id)).not.toContain(FEEDBACK_ACTIONS.up);
    expect(blockKitProblems(reply.body)).toEqual([]);
    await postEvent(app.url, eventCallback(appMention("casey review", { channel: "C0FEEDBACK" })));
    const mention = await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0FEEDBACK",
    );
    expect(feedbackButtonsOf(mention).map(({ element }) => element.action_id)).toEqual([
      FEEDBACK_ACTIONS.rated,
    ]);
  });

  it("records a click with the question, the answer kind and its citations, and lists it worst first", async () => {
    expect(await listed(false)).toBe("No feedback recorded yet.\n");
    expect(await rate(await ask("who attended the April 2023 meeting?"), "positive")).toBe(
      "Thanks, noted that this answer helped.",
    );
    expect(await rate(await ask("casey review"), "negative")).toMatch(
      /^Thanks, noted that this answer did not help/,
    );
    const { feedback } = JSON.parse(await listed(true)) as {
      feedback: {
        rating: string;
        question: string;
        answerKind: string;
        user: string;
        citations: { file: string; line: number }[];
      }[];
    };
    expect(feedback.map((f) => [f.rating, f.question, f.answerKind, f.user])).toEqual([
      ["down", "casey review", "search", "U0ASKER"],
      ["up", "who attended the April 2023 meeting?", "attendees", "U0ASKER"],
    ]);
    expect(feedback[0]?.citations[0]).toMatchObject({ file: "002_0368bc6123038781.txt" });
    expect(feedback[1]?.citations.every((c) => c.file === "002_0368bc6123038781.txt")).toBe(true);
    const text = await listed(false);
    expect(text).toMatch(
      /^2 recorded, 1 👎 \(listed first\):\n👎 .* search {2}“casey review”\n {4}002_0368bc6123038781\.txt:\d+/,
    );
  });

  it("falls back to plain 👍/👎 buttons where Slack rejects the blocks, and records their click the same way", async () => {
    await postEvent(
      app.url,
      eventCallback(appMention("casey review", { channel: OLDER_WORKSPACE })),
    );
    const fallback = await fake.waitFor(
      (call) =>
        call.method === "chat.postMessage" &&
        call.body.channel === OLDER_WORKSPACE &&
        buttonsOf(call).some((b) => b.action_id === FEEDBACK_ACTIONS.up),
    );
    const [refused] = fake
      .callsTo("chat.postMessage")
      .filter((call) => call.body.channel === OLDER_WORKSPACE);
    expect(feedbackButtonsOf(refused as RecordedCall)).toHaveLength(1);
    expect(feedbackButtonsOf(fallback)).toEqual([]);
    expect(buttonsOf(fallback).map((b) => b.action_id)).toEqual(
      expect.arrayContaining([FEEDBACK_ACTIONS.up, FEEDBACK_ACTIONS.down]),
    );
    expect(String(fallback.body.text)).not.toBe("");
    expect(
      logs.lines.some((line) => line.includes(OLDER_WORKSPACE) && /invalid_blocks/.test(line)),
    ).toBe(true);

    expect(await click(fallback, FEEDBACK_ACTIONS.up)).toBe(
      "Thanks, noted that this answer helped.",
    );
    const { feedback } = JSON.parse(await listed(true)) as {
      feedback: { rating: string; question: string; answerKind: string; citations: unknown[] }[];
    };
    expect(feedback).toHaveLength(3);
    expect(feedback.filter((f) => f.rating === "up" && f.question === "casey review")).toEqual([
      expect.objectContaining({
        answerKind: "search",
        citations: expect.arrayContaining([
          expect.objectContaining({ file: "002_0368bc6123038781.txt" }),
        ]),
      }),
    ]);
  });
});
