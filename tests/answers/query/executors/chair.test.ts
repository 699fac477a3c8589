import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { answerQuestion } from "../../../../src/answers/index.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);

describe("who chaired a board named in shorthand", () => {
  it("reads a board no minutes name, named by a meeting's subject, as that meeting", () => {
    // 004_17215f53eb22288e.txt:13 "Mayor Boris Johnson	Chair"; item 3 "Counter Terrorism".
    expect(ask("who chaired the CT board?").title).toBe(
      "Boris Johnson chaired the LCRB meeting on 10 March 2015",
    );
  });

  it("still reads a board the minutes name as another body", () => {
    // 004_17215f53eb22288e.txt:50 "the London Prevent Board (chaired by Martin Esom)".
    expect(ask("who chaired the London Prevent Board?").title).toBe(
      "Who chairs the London Prevent Board",
    );
  });
});
