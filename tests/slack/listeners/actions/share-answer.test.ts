import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { ACTION_IDS, encodeAskRequest } from "../../../../src/slack/blocks/ask-request.js";
import { shareAnswer } from "../../../../src/slack/listeners/actions/share-answer.js";
import { seedContext } from "../../../e2e/harness.js";
import { buttonArgs, slackRefusal, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof shareAnswer>>[0];
const share = {
  action_id: ACTION_IDS.share,
  value: encodeAskRequest({ question: "casey review", offset: 0 }),
};

describe("Share in channel", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  it("posts the answer in the channel saying who asked, then removes the private copy", async () => {
    const { args, client, ack, respond } = buttonArgs(share);
    await shareAnswer(stubDeps(context).deps)(args as unknown as Args);
    expect(ack).toHaveBeenCalledTimes(1);
    const [post] = client.chat.postMessage.mock.calls[0] ?? [];
    expect(post).toMatchObject({ channel: "C0LCRB" });
    expect(String(post?.text)).toMatch(/^<@U0ASKER> asked: “casey review”/);
    expect(respond.mock.calls).toEqual([[{ delete_original: true }]]);
  });

  it("posts through the response_url instead when the bot is not in the channel", async () => {
    const { args, client, respond } = buttonArgs(share);
    client.chat.postMessage.mockRejectedValue(slackRefusal("not_in_channel"));
    await shareAnswer(stubDeps(context).deps)(args as unknown as Args);
    const [shared] = respond.mock.calls[0] ?? [];
    expect(shared).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(String(shared?.text)).toMatch(/^<@U0ASKER> asked: “casey review”/);
    expect(respond.mock.calls[1]).toEqual([{ delete_original: true }]);
  });

  it("keeps the private copy and logs why when Slack refuses the post for another reason", async () => {
    const { deps, lines } = stubDeps(context);
    const { args, client, respond } = buttonArgs(share);
    client.chat.postMessage.mockRejectedValue(slackRefusal("is_archived"));
    await shareAnswer(deps)(args as unknown as Args);
    expect(respond).not.toHaveBeenCalled();
    expect(
      lines.some((line) => /share: could not share the answer: .*is_archived/.test(line)),
    ).toBe(true);
  });

  it("ignores a button whose value is not a question of ours", async () => {
    const { deps, lines } = stubDeps(context);
    const { args, client, ack } = buttonArgs({ action_id: ACTION_IDS.share, value: '{"q":1}' });
    await shareAnswer(deps)(args as unknown as Args);
    expect(ack).toHaveBeenCalled();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(lines.some((line) => line.includes("share: a button without a question"))).toBe(true);
  });
});
