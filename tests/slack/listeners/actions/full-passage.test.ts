import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { ACTION_IDS } from "../../../../src/slack/blocks/ask-request.js";
import { encodePassageRequest } from "../../../../src/slack/blocks/passage-request.js";
import { fullPassage } from "../../../../src/slack/listeners/actions/full-passage.js";
import { seedContext } from "../../../e2e/harness.js";
import { buttonArgs, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof fullPassage>>[0];
const click = (file: string, line: number) =>
  buttonArgs({ action_id: ACTION_IDS.passage, value: encodePassageRequest({ file, line }) });

describe("More beside a trimmed excerpt", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  it("shows the whole paragraph privately, under its citation", async () => {
    const { args, respond } = click("004_17215f53eb22288e.txt", 59);
    await fullPassage(stubDeps(context).deps)(args as unknown as Args);
    const [reply] = respond.mock.calls[0] ?? [];
    expect(reply).toMatchObject({ response_type: "ephemeral", replace_original: false });
    // Line 59 of the March 2015 minutes, whole: its last sentence is past any trim.
    expect(String(reply?.text)).toContain(
      "Devolution is a potential means of setting objectives and encouraging a whole system approach.",
    );
    expect(String(reply?.text)).toMatch(/LCRB · 10 March 2015 · .*`004_17215f53eb22288e\.txt:59`/);
  });

  it("says so when the minutes cited are no longer held", async () => {
    const { args, respond } = click("gone.txt", 3);
    await fullPassage(stubDeps(context).deps)(args as unknown as Args);
    expect(respond.mock.calls[0]?.[0]?.text).toBe(
      "That passage is no longer in the minutes I hold.",
    );
  });
});
