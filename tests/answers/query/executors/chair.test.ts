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

describe("the chair of a body the minutes only mention", () => {
  it("says no chair is named and shows the passages naming the body", () => {
    // 000_bc5123fd089beeb5.txt:44 "… the work of the London Recovery Board, the Strategic
    // Coordination Group and the Transition Board."
    const answer = ask("who chairs the transition board?");
    expect(answer.title).toBe("The minutes do not say who chairs the transition board");
    expect(answer.results[0]?.meetingId).toBe("dmg-2020-06-08");
    expect(answer.results[0]?.excerpt).toContain("the Transition Board");
  });
});
