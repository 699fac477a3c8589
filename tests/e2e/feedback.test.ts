import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { feedbackCommand } from "../../src/cli/feedback.js";
import type { SlackApp } from "../../src/slack/app.js";
import { FEEDBACK_ACTIONS } from "../../src/slack/blocks/feedback.js";
import { slashCommandBody } from "../support/fake-slack/requests.js";
import { FakeSlack, type RecordedCall } from "../support/fake-slack/web-api.js";
import {
  freshDataDir,
  LogLines,
  postEvent,
  postForm,
  postInteraction,
  seedContext,
  startHttpApp,
} from "./harness.js";
import { appMention, buttonClick, eventCallback } from "./payloads.js";

interface Button {
  action_id: string;
  value: string;
}

const buttonsOf = (call: RecordedCall): Button[] =>
  ((call.body.blocks ?? []) as { type: string; elements?: Button[] }[]).flatMap((block) =>
    block.type === "actions" ? (block.elements ?? []) : [],
  );

describe("feedback on answers", () => {
  const fake = new FakeSlack();
  const logs = new LogLines();
  const dataDir = freshDataDir();
  let slack: SlackApp;
  let url: string;
  let asked = 0;

  beforeAll(async () => {
    await fake.start();
    ({ slack, url } = await startHttpApp(
      fake,
      await seedContext(),
      { logger: logs.logger },
      { dataDir },
    ));
  });

  afterAll(async () => {
    await slack.stop();
    await fake.stop();
    vi.unstubAllEnvs();
  });

  async function ask(text: string): Promise<RecordedCall> {
    const id = `ask-${asked++}`;
    await postForm(url, slashCommandBody({ text, responseUrl: fake.responseUrl(id) }));
    return fake.waitFor((call) => call.responseId === id);
  }

  async function click(reply: RecordedCall, actionId: string): Promise<string> {
    const button = buttonsOf(reply).find((b) => b.action_id === actionId);
    expect(button).toBeDefined();
    const id = `click-${asked++}`;
    const ack = await postInteraction(url, buttonClick(button as Button, fake.responseUrl(id)));
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

  it("puts 👍 and 👎 under answers to /lcrb and to mentions", async () => {
    const reply = await ask("casey review");
    expect(buttonsOf(reply).map((b) => b.action_id)).toEqual(
      expect.arrayContaining([FEEDBACK_ACTIONS.up, FEEDBACK_ACTIONS.down]),
    );
    await postEvent(url, eventCallback(appMention("casey review", { channel: "C0FEEDBACK" })));
    const mention = await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0FEEDBACK",
    );
    expect(buttonsOf(mention).map((b) => b.action_id)).toContain(FEEDBACK_ACTIONS.down);
  });

  it("records a click with the question, the answer kind and its citations, and lists it worst first", async () => {
    expect(await listed(false)).toBe("No feedback recorded yet.\n");
    expect(
      await click(await ask("who attended the April 2023 meeting?"), FEEDBACK_ACTIONS.up),
    ).toBe("Thanks, noted that this answer helped.");
    expect(await click(await ask("casey review"), FEEDBACK_ACTIONS.down)).toMatch(
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
});
