import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { answerQuestion } from "../../src/answers/index.js";

// Whether the closest passage gives the figure a question asks for, through the router on the five
// seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const summary = (question: string) => answerQuestion(question, context).summary;

describe("a number of what the question counts", () => {
  it("is not any number in the closest passage", () => {
    // 002_0368bc6123038781.txt: "… in the light of the consultation feedback … Dame Lynne Owens
    // discussed 6 areas/asks for partners": six asks, no count of responses.
    expect(summary("how many responses did the turnaround plan consultation get")).toMatch(
      /^The minutes do not give a number for this/,
    );
    // 001_c2fb2c5d5dd83175.txt: "The Deputy Mayor convened a meeting on 25 January …": a date.
    expect(summary("how many ppl took part in the youth action plan workshops")).toMatch(
      /^The minutes do not give a number for this/,
    );
  });

  it("is a number standing with what is counted", () => {
    // "grants have now been awarded to three projects covering six London boroughs".
    expect(
      summary("how many projects got grants from the disproportionality challenge fund"),
    ).not.toMatch(/do not give a number/);
  });
});

describe("a target", () => {
  it("is a figure the minutes must give, not a passage on the subject", () => {
    // 001_c2fb2c5d5dd83175.txt: "… percentage increases in BAME and female officers …" and "The
    // MPS was pushing for legislative change to increase recruitment of BAME candidates": no
    // target is set out.
    expect(summary("what's the target for female officers?")).toMatch(
      /^The minutes do not give a number for this/,
    );
    expect(summary("how big is the met's BAME recruitment target?")).toMatch(
      /^The minutes do not give a number for this/,
    );
  });

  it("is not a target audience or the target of a piece of work (review 2 C8)", () => {
    for (const asked of [
      "what's the target audience for the women's night safety charter?",
      "what was the target of the vru's work?",
    ])
      expect(summary(asked) ?? "", asked).not.toMatch(/do not give a number/);
    expect(summary("what is the recruitment target?")).toMatch(
      /^The minutes do not give a number for this/,
    );
  });
});

describe("a share of an amount the question names", () => {
  it("is not the amount whole, typed short or written out", () => {
    // 003_0417dfde59a34df8.txt line 79: "In addition, was shared regarding the investment of over
    // £60 million in programmes set up to support survivors of VAWG and challenge perpetrator
    // behaviour."
    const answer = answerQuestion("how much of the £60m goes on perpetrator work?", context);
    expect(answer.summary).toMatch(/^The minutes do not record how it is split/);
    expect(answer.results[0]?.excerpt).toContain("£60 million");
  });

  it("is no amount when the number has neither a currency sign nor a unit", () => {
    // Review 3 C12: "2021" is the plan's year; no money was asked.
    const answer = answerQuestion("how much of the 2021 plan was delivered?", context);
    expect(answer.summary ?? "").not.toMatch(/how it is split/);
  });
});

describe("money put into something", () => {
  it("is an amount asked, which the passage on it may not give", () => {
    // 003_0417dfde59a34df8.txt:65 "Members were advised regarding the shared intelligence hubs
    // that were being developed …": no amount.
    expect(summary("how much is going into the shared intelligence hubs?")).toMatch(
      /^The minutes do not record an amount for this/,
    );
    // "How much of …" asks a part of a whole (a share), not money put into something.
    expect(summary("how much of the work is going on the boroughs?")).not.toMatch(
      /do not record an amount/,
    );
  });
});
