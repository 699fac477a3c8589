import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../src/answers/context.js";
import { answerQuestion } from "../../../src/answers/index.js";
import { renderAnswer } from "../../../src/slack/blocks/answer.js";
import { decodeAskRequest } from "../../../src/slack/blocks/ask-request.js";
import { FEEDBACK_ACTIONS, withFeedback } from "../../../src/slack/blocks/feedback.js";
import { LIMITS } from "../../../src/slack/blocks/limits.js";
import { type Block, mrkdwnSection } from "../../../src/slack/blocks/message.js";
import { seedContext } from "../../e2e/harness.js";
import { blockKitProblems } from "../../support/block-kit.js";

const PRIVATE = { share: null, interactive: true };

const feedbackButtons = (blocks: Block[]) =>
  blocks.flatMap((block) =>
    block.type === "context_actions"
      ? block.elements.filter((element) => element.type === "feedback_buttons")
      : [],
  );

const plainButtons = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.type === "actions" ? block.elements : []));

describe("withFeedback", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  const rendered = (question: string) => renderAnswer(answerQuestion(question, context), PRIVATE);

  it("ends the answer with feedback_buttons in a context_actions block, each button carrying the question and its rating", () => {
    const request = { question: "casey review", offset: 0 };
    const message = withFeedback(rendered(request.question), request);
    const last = message.blocks.at(-1);
    expect(last).toMatchObject({ type: "context_actions", block_id: "lcrb_feedback" });
    const [element] = feedbackButtons(message.blocks);
    expect(element?.action_id).toBe(FEEDBACK_ACTIONS.rated);
    for (const [button, rating] of [
      [element?.positive_button, "up"],
      [element?.negative_button, "down"],
    ] as const) {
      expect(decodeAskRequest(button?.value)).toEqual(request);
      expect(JSON.parse(button?.value ?? "{}")).toMatchObject({ r: rating });
      expect(button?.accessibility_label?.length ?? 0).toBeLessThanOrEqual(
        LIMITS.accessibilityLabel,
      );
    }
    expect(plainButtons(message.blocks).map((b) => b.action_id)).not.toContain(FEEDBACK_ACTIONS.up);
    expect(blockKitProblems(message)).toEqual([]);
  });

  it("gives the fallback form the same answer with plain 👍/👎 buttons instead", () => {
    const request = { question: "casey review", offset: 0 };
    const answer = rendered(request.question);
    const message = withFeedback(answer, request);
    const plainer = message.plainerBlocks ?? [];
    expect(plainer.slice(0, -1)).toEqual(answer.blocks);
    expect(feedbackButtons(plainer)).toEqual([]);
    const buttons = plainButtons(plainer).filter((b) => b.action_id?.startsWith("lcrb_feedback"));
    expect(buttons.map((b) => b.action_id)).toEqual([FEEDBACK_ACTIONS.up, FEEDBACK_ACTIONS.down]);
    for (const button of buttons) {
      expect(button.type === "button" && decodeAskRequest(button.value)).toEqual(request);
    }
    expect(blockKitProblems({ ...message, blocks: plainer })).toEqual([]);
  });

  it("builds the fallback on the table-less form when the answer has one", () => {
    const request = { question: "who attended the April 2023 meeting?", offset: 0 };
    const answer = rendered(request.question);
    expect(answer.blocks.some((block) => block.type === "table")).toBe(true);
    const message = withFeedback(answer, request);
    expect(message.blocks.some((block) => block.type === "table")).toBe(true);
    expect(message.plainerBlocks?.slice(0, -1)).toEqual(answer.plainerBlocks);
    expect(message.plainerBlocks?.at(-1)).toMatchObject({ type: "actions" });
  });

  it("keeps every value within Slack's 2,000 characters for a very long question", () => {
    const question = `${"what did the board say about knife crime and ".repeat(60)}?`;
    const message = withFeedback(
      { blocks: [mrkdwnSection("x")], text: "x" },
      {
        question,
        offset: 0,
      },
    );
    const [element] = feedbackButtons(message.blocks);
    for (const button of [element?.positive_button, element?.negative_button]) {
      expect(button?.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
      const kept = decodeAskRequest(button?.value)?.question ?? "";
      expect(kept.length).toBeGreaterThan(1000);
      expect(question.startsWith(kept)).toBe(true);
      expect(JSON.parse(button?.value ?? "{}")).toHaveProperty("r");
    }
    expect(blockKitProblems({ ...message, blocks: message.plainerBlocks ?? [] })).toEqual([]);
  });

  it("leaves an answer already at the block limit as it is: the answer matters more", () => {
    const full = {
      blocks: Array.from({ length: LIMITS.messageBlocks }, (_, i) => mrkdwnSection(`${i}`)),
      text: "full",
    };
    expect(withFeedback(full, { question: "casey review", offset: 0 })).toBe(full);
  });
});
