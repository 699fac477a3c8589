import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { ACTION_IDS, encodeAskRequest } from "../../../../src/slack/blocks/ask-request.js";
import { moreResults } from "../../../../src/slack/listeners/actions/more-results.js";
import { seedContext } from "../../../e2e/harness.js";
import { buttonArgs, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof moreResults>>[0];
const buttonIds = (message: Record<string, unknown> | undefined) =>
  ((message?.blocks ?? []) as { type: string; elements?: { action_id: string }[] }[]).flatMap(
    (block) => (block.type === "actions" ? (block.elements ?? []).map((e) => e.action_id) : []),
  );

describe("More results", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  it("replaces the answer with the next page, still shareable when it was private", async () => {
    const more = {
      action_id: ACTION_IDS.more,
      value: encodeAskRequest({ question: "violence", offset: 5 }),
    };
    const { args, respond } = buttonArgs(more);
    await moreResults(stubDeps(context).deps)(args as unknown as Args);
    const [page] = respond.mock.calls[0] ?? [];
    expect(page).toMatchObject({ replace_original: true });
    expect(buttonIds(page)).toContain(ACTION_IDS.share);
  });

  it("offers no Share on a page of an answer already in the channel", async () => {
    const more = {
      action_id: ACTION_IDS.more,
      value: encodeAskRequest({ question: "violence", offset: 5 }),
    };
    const { args, respond } = buttonArgs(more, { ephemeral: false });
    await moreResults(stubDeps(context).deps)(args as unknown as Args);
    expect(buttonIds(respond.mock.calls[0]?.[0])).not.toContain(ACTION_IDS.share);
  });

  it("ignores a tampered value: a negative offset", async () => {
    const { args, respond } = buttonArgs({
      action_id: ACTION_IDS.more,
      value: '{"q":"violence","o":-5}',
    });
    await moreResults(stubDeps(context).deps)(args as unknown as Args);
    expect(respond).not.toHaveBeenCalled();
  });
});
