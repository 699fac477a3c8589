import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import { monthName } from "../../src/answers/format.js";
import { answerQuestion } from "../../src/answers/index.js";
import { FakeSlack, type RecordedCall } from "../support/fake-slack/web-api.js";
import { LogLines, postEvent, seedContext, useHttpApp } from "./harness.js";
import { eventCallback, homeOpened } from "./payloads.js";

const PROMPTS = "assistant.threads.setSuggestedPrompts";

interface Prompt {
  title: string;
  message: string;
}

const promptsOf = (call: RecordedCall) => call.body.prompts as Prompt[];

describe("the Messages tab greets a user with suggested prompts", () => {
  const fake = new FakeSlack();
  const logs = new LogLines();
  const app = useHttpApp(fake, logs);
  let context: AnswerContext;

  beforeAll(async () => {
    context = await seedContext();
  });

  const promptsFor = (user: string) =>
    fake.calls.filter((call) => call.method === PROMPTS && call.body.channel_id === `D0${user}`);

  /** Opens the Home tab too and waits for it, so every event sent before has been handled. */
  async function settle(user: string): Promise<void> {
    const before = fake.callsTo("views.publish").length;
    await postEvent(app.url, eventCallback(homeOpened(user, "home")));
    await fake.waitFor(
      (call) =>
        call.method === "views.publish" &&
        call.body.user_id === user &&
        fake.callsTo("views.publish").length > before,
    );
  }

  it("sets prompts for the latest meeting, the next meeting and a live topic, each answerable", async () => {
    await postEvent(app.url, eventCallback(homeOpened("U0PROMPT", "messages")));
    const call = await fake.waitFor(
      (c) => c.method === PROMPTS && c.body.channel_id === "D0U0PROMPT",
    );
    expect(call.body.thread_ts).toBeUndefined();
    const prompts = promptsOf(call);
    expect(prompts).toHaveLength(3);
    const latest = context.meetings.at(-1);
    const [year, month] = (latest?.date ?? "").split("-");
    const when = `${monthName(Number(month))} ${year}`;
    expect(prompts[0]?.message).toContain(`${latest?.body} meeting in ${when}`);
    expect(prompts[1]?.message).toMatch(/next meeting/);
    for (const prompt of prompts) {
      expect(prompt.title.length).toBeGreaterThan(0);
      const answer = answerQuestion(prompt.message, context, { offset: 0 });
      expect(answer.intent, prompt.message).not.toBe("help");
      expect(answer.sections.length + answer.upcoming.length, prompt.message).toBeGreaterThan(0);
    }
    expect(answerQuestion(prompts[2]?.message ?? "", context, { offset: 0 }).intent).toBe("search");
  });

  it("sets them at most once per user per day, and still publishes the Home tab", async () => {
    await postEvent(app.url, eventCallback(homeOpened("U0TWICE", "messages")));
    await fake.waitFor((c) => c.method === PROMPTS && c.body.channel_id === "D0U0TWICE");
    await postEvent(app.url, eventCallback(homeOpened("U0TWICE", "messages")));
    await settle("U0TWICE");
    expect(promptsFor("U0TWICE")).toHaveLength(1);
    await postEvent(app.url, eventCallback(homeOpened("U0OTHER", "messages")));
    await settle("U0OTHER");
    expect(promptsFor("U0OTHER")).toHaveLength(1);
  });
});
