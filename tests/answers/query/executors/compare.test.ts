import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { answerQuestion } from "../../../../src/answers/index.js";
import { answerToTerminal } from "../../../../src/console/terminal.js";

// A post's or an organisation's people at two meetings, on the five seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);
const textOf = (text: string) => answerToTerminal(ask(text), { color: false });

describe("a post's holders side by side", () => {
  it.each([
    [
      "which Deputy Commissioner came to the 2015 board, and which to the covid DMG?",
      "Stephen House",
    ],
    ["deputy commissioner - counter terrorism board v the fraud board", "Helen Ball"],
    ["Deputy Commissioner: 2015 vs 2022", "Helen Ball"],
  ])("finds the one who holds it by his title too: %s", (question, other) => {
    // "Deputy Commissioner Craig Mackey	Metropolitan Police Service (MPS)" (2015).
    const text = textOf(question);
    expect(text).toContain("Craig Mackey");
    expect(text).toContain(other);
    expect(text).not.toContain("Boris Johnson");
  });
});

describe("an organisation's people counted side by side", () => {
  it.each([
    [
      "London Councils turnout - the 2015 board or the Casey board, which had more?",
      "More people from London Councils at LCRB, 12 April 2023: 7, against 3 at LCRB, 10 March 2015",
    ],
    [
      "did the DMG or the Feb 2021 board have more from London Councils?",
      "More people from London Councils at LCRB, 2 February 2021: 10, against 2 at DMG, 8 June 2020",
    ],
    [
      "more MOPAC people in Feb 2021 or April 2023?",
      "More people from MOPAC at LCRB, 2 February 2021: 8, against 7 at LCRB, 12 April 2023",
    ],
  ])("%s", (question, title) => {
    expect(ask(question).title).toBe(title);
  });

  it("counts everyone when no organisation is named", () => {
    expect(ask("were more people at the fraud board or the Casey board?").title).toBe(
      "More people at LCRB, 12 April 2023: 24, against 22 at LCRB, 27 April 2022",
    );
  });
});

describe("'same as …?' of an organisation's people at two meetings", () => {
  it("says no first when someone joined or left", () => {
    // 2021: "Michelle Chapman, MPS", "Rory Murray, MPS"; 2023: "Dame Lynne Owens, MPS".
    const answer = ask("the met's people at the feb 21 board - same as at the casey one?");
    expect(answer.title).toMatch(/^No: Attendance/);
    expect(textOf("the met's people at the feb 21 board - same as at the casey one?")).toContain(
      "Lynne Owens",
    );
  });

  it("says yes first when the same people came to both", () => {
    // 2022: "Barry Hughes (BH) Chief Crown Prosecutor, CPS", "Lionel Idan (LI) …"; 2023:
    // "Lionel Idan, CPS South", "Barry Hughes, CPS North".
    expect(ask("cps reps apr 22 - same as apr 23?").title).toMatch(/^Yes: Attendance/);
  });

  it("gives no yes or no when 'same' is not asked", () => {
    expect(ask("cps reps: apr 22 v apr 23").title).toMatch(/^Attendance/);
  });
});

describe("an organisation's apologies beside its people at two meetings", () => {
  it("names those it sent apologies from, whom neither side's attendance shows", () => {
    // 001_c2fb2c5d5dd83175.txt:61 "Damien McCleave, HMCTS"; 002_0368bc6123038781.txt:181
    // (its line 81) "Joanne Towens, HMCTS" under "Apologies".
    const text = textOf("hmcts at the feb 21 board vs apr 23");
    expect(text).toContain("Damien McCleave");
    expect(text).toMatch(/Sent apologies to LCRB, 12 April 2023 \(1\)\n\s+• HMCTS: Joanne Towens/);
  });

  it("names no one twice: someone who came to one side is shown as having left", () => {
    // "Claudia Strut (CS) CEO, YJB" (2022) is "Claudia Stuart, YJB" in the 2023 apologies.
    const text = textOf("yjb people: apr 22 v apr 23");
    expect(text).toContain("Claudia Strut (sent apologies)");
    expect(text).not.toContain("Claudia Stuart");
    expect(text).toContain("Henry Smithers, Cheryl De Freitas");
  });

  it("adds no apologies to the whole attendance compared", () => {
    expect(textOf("attendance: 2022 v 2023")).not.toContain("Sent apologies to");
  });
});
