import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { encodeAskRequest } from "../../../../src/slack/blocks/ask-request.js";
import { FEEDBACK_ACTIONS, withFeedback } from "../../../../src/slack/blocks/feedback.js";
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

  it("reads the rating of a Block Kit feedback_buttons click from the clicked button's value", async () => {
    const { deps } = stubDeps(context);
    for (const [which, rating] of [
      ["positive", "up"],
      ["negative", "down"],
    ] as const) {
      const feedback = withFeedback(
        { blocks: [], text: "" },
        { question: "casey review", offset: 0 },
      ).blocks.find((block) => block.type === "context_actions");
      const element = feedback?.type === "context_actions" ? feedback.elements[0] : undefined;
      if (element?.type !== "feedback_buttons") throw new Error("no feedback_buttons rendered");
      const { args, ack } = buttonArgs({
        type: "feedback_buttons",
        action_id: FEEDBACK_ACTIONS.rated,
        value: element[`${which}_button`].value,
      });
      await recordFeedback(deps)(args as unknown as Args);
      expect(ack).toHaveBeenCalled();
      expect(deps.store.feedback().filter((f) => f.rating === rating)).toEqual([
        expect.objectContaining({
          question: "casey review",
          answerKind: "search",
          user: "U0ASKER",
        }),
      ]);
    }
  });

  it("records nothing for feedback_buttons whose value carries no rating", async () => {
    const { deps } = stubDeps(context);
    const { args, ack } = buttonArgs({
      type: "feedback_buttons",
      action_id: FEEDBACK_ACTIONS.rated,
      value: encodeAskRequest({ question: "casey review", offset: 0 }),
    });
    await recordFeedback(deps)(args as unknown as Args);
    expect(ack).toHaveBeenCalled();
    expect(deps.store.feedback()).toEqual([]);
  });

  it("records nothing for a button that is not ours", async () => {
    const { deps } = stubDeps(context);
    const { args, ack } = buttonArgs({ action_id: FEEDBACK_ACTIONS.up, value: '{"o":0}' });
    await recordFeedback(deps)(args as unknown as Args);
    expect(ack).toHaveBeenCalled();
    expect(deps.store.feedback()).toEqual([]);
  });
});
