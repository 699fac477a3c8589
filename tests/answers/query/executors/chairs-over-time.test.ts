import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { answerQuestion } from "../../../../src/answers/index.js";

// The chairs of two meetings side by side, on the five seed minutes: "Mayor Boris Johnson	Chair"
// (2015), "Sadiq Khan, Mayor of London, Chair" (2021), and the DMG's co-chairs.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);

describe("the chairs of two meetings", () => {
  it.each([
    ["who chaired the 2015 and 2021 boards", "LCRB: Boris Johnson, then Sadiq Khan."],
    ["chair: 2015 v 2021", "LCRB: Boris Johnson, then Sadiq Khan."],
    [
      "chair of the 2015 board compared with the chair of the DMG",
      "LCRB: Boris Johnson at its one meeting here. DMG: Sophie Linden and Stephen House at its one meeting here.",
    ],
  ])("%s", (question, summary) => {
    const answer = ask(question);
    expect(answer.query).toMatchObject({ target: "chair", aggregation: "compare" });
    expect(answer.summary).toBe(summary);
  });
});

describe("'same as …?' of two meetings' chairs", () => {
  it.each([
    // "Sadiq Khan (SK) Mayor" (2022, opened the meeting) and "Sadiq Khan, Mayor of London (Chair)".
    ["the chair in apr 22 - same as apr 23?", "Yes: "],
    // "Mayor Boris Johnson	Chair" (2015), "Sadiq Khan, Mayor of London, Chair" (2021).
    ["the 2015 chair - same as feb 21?", "No: "],
    // "Sophie Linden	DMPC (Co-chair)" and "Sir Stephen House … (Co-chair)" (June 2020 DMG): "the
    // chair of the june 2020 dmg" is the meeting's chair, a month after "of the".
    ["the chair of the june 2020 dmg - same as feb 21?", "No: "],
  ])("%s leads with its yes or no", (question, lead) => {
    expect(ask(question).title.startsWith(lead)).toBe(true);
  });

  it("leaves a comparison that asks no 'same' without one", () => {
    expect(ask("chair: 2015 v 2021").title).toBe("Chairs of 2 meetings of the LCRB");
  });
});
