import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { answerQuestion } from "../../src/answers/index.js";

// Whether the closest passage gives the reason a "why" question asks for, through the router on
// the five seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const summary = (question: string) => answerQuestion(question, context).summary;

describe("a reason asked for", () => {
  it("is said to be missing when the closest passage says only that it was so", () => {
    // 001_c2fb2c5d5dd83175.txt:105 "… particularly the assessment centre on day one which was
    // problematic."
    expect(summary("why was the assessment centre problematic?")).toMatch(
      /^The minutes do not say why: the closest passage gives no reason\./,
    );
  });

  it("is not said to be missing when the passage gives one", () => {
    // 000_bc5123fd089beeb5.txt:50 "There was no plan to produce an interim PCP because the Mayor's
    // London Recovery Board and its subgroups … provide the opportunity …".
    expect(summary("why was there no interim pcp?")).not.toMatch(/do not say why/);
  });

  it("is not said to be missing when the passage gives what the thing is for", () => {
    // 003_0417dfde59a34df8.txt:91 "Members noted MOPAC's intention to set up a roundtable in which
    // partners would be invited to discuss the issue of fraud and how best to combat this issue."
    // A "why set up" is answered by what it is set up to do.
    expect(summary("why did mopac set up a roundtable?")).not.toMatch(/do not say why/);
  });
});
