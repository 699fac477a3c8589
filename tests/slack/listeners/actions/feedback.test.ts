import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { encodeAskRequest } from "../../../../src/slack/blocks/ask-request.js";
import { FEEDBACK_ACTIONS } from "../../../../src/slack/blocks/feedback.js";
import { recordFeedback } from "../../../../src/slack/listeners/actions/feedback.js";
import { seedContext } from "../../../e2e/harness.js";
import { buttonArgs, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof recordFeedback>>[0];

describe("👍/👎", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  it("records the rating with the question, the answer's kind and citations, and thanks privately", async () => {
    const { deps } = stubDeps(context);
    const { args, respond } = buttonArgs({
      action_id: FEEDBACK_ACTIONS.down,
      value: encodeAskRequest({ question: "casey review", offset: 0 }),
    });
    await recordFeedback(deps)(args as unknown as Args);
    const [recorded] = deps.store.feedback();
    expect(recorded).toMatchObject({
      team: "T0LCRB",
      user: "U0ASKER",
      rating: "down",
      question: "casey review",
      answerKind: "search",
    });
    expect(recorded?.citations[0]).toMatchObject({ file: "002_0368bc6123038781.txt" });
    expect(respond.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
    });
  });

  it("records nothing for a button that is not ours", async () => {
    const { deps } = stubDeps(context);
    const { args, ack } = buttonArgs({ action_id: FEEDBACK_ACTIONS.up, value: '{"o":0}' });
    await recordFeedback(deps)(args as unknown as Args);
    expect(ack).toHaveBeenCalled();
    expect(deps.store.feedback()).toEqual([]);
  });
});
