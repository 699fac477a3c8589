import { beforeAll, describe, expect, it } from "vitest";
import { HOLDOUT_SET } from "../../../bench/data/question-holdout.js";
import { QUESTION_SET, QUESTION_SET_TODAY } from "../../../bench/data/question-set.js";
import type { Answer } from "../../../src/answers/answer.js";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion, InMemoryConversationStore } from "../../../src/answers/index.js";
import { renderAnswer } from "../../../src/slack/blocks/answer.js";
import { withFeedback } from "../../../src/slack/blocks/feedback.js";
import type { SlackMessage } from "../../../src/slack/blocks/message.js";
import { blockKitProblems } from "../../support/block-kit.js";

// Every answer to the question sets of issue 9 (bench/data), rendered as a mention or DM gets it:
// the widest sample of real answers we have, for the rules every message must keep.
const EXCERPT_SHOWN = 350;

/** A section's text without its bold heading line and its bullets: the excerpt it quotes. */
const prose = (mrkdwn: string) =>
  mrkdwn
    .split("\n")
    .filter((line, index) => !(index === 0 && /^\*[^*]+\*$/.test(line)) && !line.startsWith("• "))
    .join("\n");

describe("every answer of the question sets, rendered for Slack", () => {
  const rendered: { question: string; answer: Answer; message: SlackMessage }[] = [];

  beforeAll(async () => {
    const context: AnswerContext = await createAnswerContext({
      corpusDir: "corpus",
      cacheDir: null,
      today: QUESTION_SET_TODAY,
    });
    const store = new InMemoryConversationStore();
    for (const [index, { turns }] of [...QUESTION_SET, ...HOLDOUT_SET].entries()) {
      for (const { q } of turns) {
        const answer = answerQuestion(q, context, { conversation: { id: `c${index}`, store } });
        const message = withFeedback(renderAnswer(answer, { share: null, interactive: true }), {
          question: q,
          offset: 0,
        });
        rendered.push({ question: q, answer, message });
      }
    }
  });

  it("keeps within Block Kit's limits, with a top-level text, in every form it may be sent", () => {
    const problems = rendered.flatMap(({ question, message }) => [
      ...blockKitProblems(message).map((problem) => `${question}: ${problem}`),
      ...(message.plainerBlocks
        ? blockKitProblems({ ...message, blocks: message.plainerBlocks }).map(
            (problem) => `${question} (plainer): ${problem}`,
          )
        : []),
    ]);
    expect(rendered.length).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it("shows excerpts of about 300 characters, with More for the rest", () => {
    const long = rendered.flatMap(({ question, message }) =>
      message.blocks.flatMap((block) => {
        const shown = block.type === "section" ? prose(block.text?.text ?? "") : "";
        return shown.length > EXCERPT_SHOWN ? [`${question}: ${shown.length}`] : [];
      }),
    );
    const trimmed = rendered.flatMap(({ message }) =>
      message.blocks.filter(
        (block) => block.type === "section" && block.accessory?.type === "button",
      ),
    );
    console.log(
      `${rendered.length} answers; ${long.length} excerpts over ${EXCERPT_SHOWN} shown whole; ${trimmed.length} trimmed with More`,
    );
    expect(long).toEqual([]);
    expect(trimmed.length).toBeGreaterThan(0);
  });

  it("shows attendance as one table, with the sections as the plainer form", () => {
    // Answers that list a meeting's attendance, under the attendees intent's group headings.
    const attendance = rendered.filter(({ answer }) =>
      answer.sections.some((s) =>
        /^(Present|In attendance|Apologies) \(\d+\)$/.test(s.heading ?? ""),
      ),
    );
    console.log(
      `${attendance.length} attendance answers; ${attendance.filter(({ message }) => message.blocks.some((b) => b.type === "table")).length} with a table`,
    );
    expect(attendance.length).toBeGreaterThan(5);
    for (const { question, message } of attendance) {
      expect(message.blocks.filter((b) => b.type === "table").length, question).toBe(1);
      expect(
        message.plainerBlocks?.some((b) => b.type === "table"),
        question,
      ).toBe(false);
    }
  });
});
