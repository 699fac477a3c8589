import { describe, expect, it } from "vitest";
import { ACTION_IDS } from "../../src/slack/blocks/ask-request.js";
import { blockKitProblems } from "../support/block-kit.js";
import { slashCommandBody } from "../support/fake-slack/requests.js";
import { FakeSlack, type RecordedCall, type ScriptedReply } from "../support/fake-slack/web-api.js";
import { LogLines, postEvent, postForm, postInteraction, useHttpApp } from "./harness.js";
import { buttonClick, directMessage, eventCallback } from "./payloads.js";

interface SentBlock {
  type: string;
  accessory?: { action_id: string; value: string };
  text?: { text: string };
}
const blocksOf = (call: RecordedCall) => (call.body.blocks ?? []) as SentBlock[];
const hasTable = (call: RecordedCall) => blocksOf(call).some((block) => block.type === "table");

/**
 * A workspace where Slack does not take table blocks yet: posts to D0NOTABLES answer
 * invalid_blocks, and so does the response_url "no-tables" (HTTP 400, as response_urls do).
 */
function script(call: RecordedCall): ScriptedReply | undefined {
  if (call.method === "chat.postMessage" && call.body.channel === "D0NOTABLES" && hasTable(call)) {
    return { body: { ok: false, error: "invalid_blocks" } };
  }
  if (call.responseId === "no-tables" && hasTable(call))
    return { status: 400, body: "invalid_blocks" };
  return undefined;
}

describe("long answers: attendance tables, trimmed excerpts with More", () => {
  const fake = new FakeSlack({ script });
  const logs = new LogLines();
  const app = useHttpApp(fake, logs);

  const answerIn = async (channel: string, question: string) => {
    await postEvent(app.url, eventCallback(directMessage(question, { channel })));
    return fake.waitFor(
      (call) =>
        call.method === "assistant.threads.setStatus" &&
        call.body.channel_id === channel &&
        call.body.status === "",
    );
  };
  const postsIn = (channel: string) =>
    fake.callsTo("chat.postMessage").filter((call) => call.body.channel === channel);

  it("lists who attended as one table of name, role, organisation and status", async () => {
    await answerIn("D0TABLE", "who attended the LCRB meeting in April 2023?");
    const [answer] = postsIn("D0TABLE");
    expect(answer).toBeDefined();
    if (!answer) return;
    const table = (answer.body.blocks as { type: string; rows?: { text: string }[][] }[]).find(
      (block) => block.type === "table",
    );
    const rows = (table?.rows ?? []).map((row) => row.map((cell) => cell.text));
    expect(rows[0]).toEqual(["Name", "Role", "Organisation", "Status"]);
    expect(rows).toContainEqual(["Sadiq Khan", "Mayor of London (Chair)", "—", "Present"]);
    expect(rows.some((row) => row[3] === "Apologies")).toBe(true);
    expect(blockKitProblems(answer.body)).toEqual([]);
  });

  it("sends the same people as sections where Slack rejects the table", async () => {
    await answerIn("D0NOTABLES", "who attended the LCRB meeting in April 2023?");
    const posts = postsIn("D0NOTABLES");
    expect(posts.map(hasTable)).toEqual([true, false]);
    const sections = JSON.stringify(posts[1]?.body.blocks);
    expect(sections).toContain("• Sadiq Khan: Mayor of London (Chair)");
    expect(blockKitProblems(posts[1]?.body ?? {})).toEqual([]);
  });

  it("answers /lcrb with the sections where the response_url rejects the table", async () => {
    await postForm(
      app.url,
      slashCommandBody({
        text: "who attended the LCRB meeting in April 2023?",
        responseUrl: fake.responseUrl("no-tables"),
      }),
    );
    await fake.waitFor((call) => call.responseId === "no-tables" && !hasTable(call));
    const posts = fake.calls.filter((call) => call.responseId === "no-tables");
    expect(posts.map(hasTable)).toEqual([true, false]);
    expect(posts[1]?.body).toMatchObject({ response_type: "ephemeral" });
    expect(JSON.stringify(posts[1]?.body.blocks)).toContain(
      "• Sadiq Khan: Mayor of London (Chair)",
    );
  });

  it("trims a long excerpt, and More shows the whole passage privately", async () => {
    const id = "more-excerpt";
    await postForm(
      app.url,
      slashCommandBody({
        text: "more on item 4 of the March 2015 meeting",
        responseUrl: fake.responseUrl(id),
      }),
    );
    const reply = await fake.waitFor((call) => call.responseId === id);
    const trimmed = blocksOf(reply).find(
      (block) => block.accessory?.action_id === ACTION_IDS.passage,
    );
    expect(trimmed?.text?.text).toMatch(/ …$/);
    if (!trimmed?.accessory) return;
    await postInteraction(app.url, buttonClick(trimmed.accessory, fake.responseUrl(`${id}-click`)));
    const whole = await fake.waitFor((call) => call.responseId === `${id}-click`);
    expect(whole.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    const shown = JSON.stringify(whole.body.blocks);
    const start = (trimmed.text?.text ?? "").split("\n").at(-1)?.replace(/ …$/, "") ?? "";
    expect(shown).toContain(start.replace(/\*/g, ""));
    expect(shown.length).toBeGreaterThan(start.length + 50);
    expect(shown).toMatch(/004_17215f53eb22288e\.txt:\d+`/);
  });
});
