import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { answerQuestion } from "../../../../src/answers/index.js";
import { answerToTerminal } from "../../../../src/console/terminal.js";

// One side asked after who came, the other after apologies, on the five seed minutes: Jas Athwal
// and Claire Waxman were at the February 2021 board and sent apologies in April 2023; Claire
// Waxman was also at the June 2020 DMG.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);
const textOf = (text: string) => answerToTerminal(ask(text), { color: false });

describe("who came to one meeting and sent apologies to the other", () => {
  it("names only those, not the whole list of either", () => {
    const answer = ask("who was at the 2021 board but sent apologies in 2023");
    expect(answer.title).toBe(
      "At LCRB, 2 February 2021, then sent apologies to LCRB, 12 April 2023: Debbie Weekes Bernard, Jas Athwal, Claire Waxman",
    );
    expect(answer.meetings).toEqual(["lcrb-2021-02-02", "lcrb-2023-04-12"]);
    // "Cllr Jas Athwal, London Councils" among the 2023 apologies.
    expect(answer.sections[0]?.citation?.line).toBe(75);
    expect(textOf("who was at the 2021 board but sent apologies in 2023")).not.toContain(
      "Georgia Gould",
    );
  });

  it("reads the sides in either order and joined by 'having' or 'who'", () => {
    expect(ask("who sent apologies to the 2022 board having come in 2021").title).toBe(
      "At LCRB, 2 February 2021, then sent apologies to LCRB, 27 April 2022: Jas Athwal",
    );
    expect(textOf("who sent apologies in 2023 but came to the DMG")).toContain("Claire Waxman");
  });

  it("leads with yes or no when asked so", () => {
    expect(ask("was anyone at the DMG who sent apologies to the Casey meeting?").title).toBe(
      "Yes: At DMG, 8 June 2020, then sent apologies to LCRB, 12 April 2023: Claire Waxman",
    );
    expect(ask("was anyone at the 2015 board who sent apologies to the fraud meeting?").title).toBe(
      "No: No one at LCRB, 10 March 2015 sent apologies to LCRB, 27 April 2022",
    );
  });

  it("keeps both lists when neither side asks after who came", () => {
    expect(
      ask("apologies: women's safety board vs Casey board").sections.map((s) => s.heading),
    ).toEqual([
      "Apologies for LCRB, 27 April 2022 (2)",
      "Apologies for LCRB, 12 April 2023 (12)",
      "Sent apologies to both (2)",
    ]);
  });
});
