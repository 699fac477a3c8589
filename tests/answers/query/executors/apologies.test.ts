import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { answerQuestion } from "../../../../src/answers/index.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("apologiesExecutor", () => {
  // 002_0368bc6123038781.txt:81 "Joanne Towens, HMCTS" under "Apologies".
  it("answers 'any apologies from …?' yes or no first, then who", () => {
    const yes = answerQuestion("the april 2023 board - any apologies from hmcts?", context);
    expect(yes.title).toBe(
      "Yes: Joanne Towens sent apologies to the LCRB meeting on 12 April 2023",
    );
    expect(yes).toMatchObject({ kind: "yes-no", verdict: true });
    const no = answerQuestion("the april 2023 board - any apologies from the vru?", context);
    expect(no.title).toMatch(/^No: /);
    // Asked who, not whether: the list leads.
    expect(answerQuestion("who sent apologies to the april 2023 board?", context).title).toBe(
      "Apologies for the LCRB meeting on 12 April 2023",
    );
  });

  // 004_17215f53eb22288e.txt, LCRB 10 March 2015: its minutes list no apologies at all.
  it("says the minutes record no apologies, not that none of those asked after sent any", () => {
    expect(answerQuestion("any apologies at the 2015 board?", context).title).toBe(
      "No apologies are recorded for the LCRB meeting on 10 March 2015",
    );
  });
});
