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

  it("reads 'the feb board', 'the last board' as our meeting named by its month or place", () => {
    // 002_*.txt: the LCRB of 2 February 2021, chaired by the Mayor; review 5 C10: these were read
    // as a body called "the feb board" whose chair no passage names.
    expect(ask("who chaired the feb board?").title).toBe(
      "Sadiq Khan chaired the LCRB meeting on 2 February 2021",
    );
    for (const q of ["who chaired the last board?", "who led the latest board?"])
      expect(ask(q).title).toBe("Sadiq Khan chaired the LCRB meeting on 12 April 2023");
    expect(ask("who chaired the first board?").title).toBe(
      "Boris Johnson chaired the LCRB meeting on 10 March 2015",
    );
    // Two boards met in April (2022, 2023): their chair, not a body called "the april board".
    expect(ask("who chaired the april board?").title).toBe(
      "Sadiq Khan chaired both: LCRB, 27 April 2022 and LCRB, 12 April 2023",
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
