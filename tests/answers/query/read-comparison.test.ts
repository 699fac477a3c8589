import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answers/answer.js";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion } from "../../../src/answers/index.js";

// What two meetings are compared on, as people ask it in shorthand, through the router on the
// five seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);
/** The answer's title and the line under it, as any face shows them first. */
const firstLines = (answer: Answer) => [answer.title, answer.summary ?? ""].join("\n");
/** Everything the answer says, title to the last bullet. */
const textOf = (answer: Answer) =>
  [
    answer.title,
    answer.summary ?? "",
    ...answer.sections.flatMap((section) => [section.heading ?? "", ...section.bullets]),
  ].join("\n");

describe("two meetings compared on how many came from a body", () => {
  it("counts 'LC numbers' at each: London Councils' people, not a subject", () => {
    // 000_bc5123fd089beeb5.txt: Clive Grimshaw and Doug Flight, London Councils; the 2023 list
    // names seven under London Councils among those present.
    const answer = ask("LC numbers at the DMG v the Casey board");
    expect(answer.query).toMatchObject({ target: "attendees", aggregation: "compare" });
    expect(firstLines(answer)).toContain("7, against 2");
  });

  it("counts 'how many from' a body at each of two meetings", () => {
    // 001_c2fb2c5d5dd83175.txt: Sir Stephen House, Michelle Chapman, Rory Murray (MPS);
    // 003_0417dfde59a34df8.txt: Helen Ball, Jane E Garvan.
    const answer = ask("how many from the MPS at the 2021 board v the fraud board");
    expect(answer.query).toMatchObject({ target: "attendees", aggregation: "compare" });
    expect(firstLines(answer)).toContain("3, against 2");
  });

  it("counts no one for 'how many' of something other than people", () => {
    // "How many times was … discussed", "how many actions were agreed": no headcount of either
    // meeting ("More people at LCRB, 2 February 2021: 36, against 24" before).
    for (const question of [
      "how many times was knife crime discussed in 2021 vs 2023?",
      "how many times was the Casey review mentioned at the 2021 board v the 2023 board",
      "how many actions were agreed at the 2021 board v the 2023 board?",
    ]) {
      const answer = ask(question);
      expect(answer.query?.aggregation).toBe("compare");
      expect(answer.title).not.toMatch(/^More people/);
    }
    // 002_0368bc6123038781.txt discusses the Casey Review; the February 2021 minutes do not.
    expect(
      firstLines(
        ask("how many times was the Casey review mentioned at the 2021 board v the 2023 board"),
      ),
    ).toContain("Discussed at LCRB, 12 April 2023 only");
  });
});

describe("two meetings compared on their agendas' size", () => {
  it("leads with the number of items each agenda lists", () => {
    // 001_c2fb2c5d5dd83175.txt lists five items (1. Agreement of minutes … 5. Any other
    // business); 002_0368bc6123038781.txt three (Item 1 … Item 3).
    const answer = ask("more agenda items in feb 21 or apr 23?");
    expect(answer.query).toMatchObject({ target: "meeting", aggregation: "compare" });
    expect(firstLines(answer)).toContain(
      "More agenda items at LCRB, 2 February 2021: 5, against 3 at LCRB, 12 April 2023",
    );
  });

  it("reads 'a bigger agenda' as the agenda, not the attendance", () => {
    expect(firstLines(ask("bigger agenda: the dmg or the 2015 board?"))).toContain(
      "More agenda items at DMG, 8 June 2020: 6, against 5",
    );
  });

  it("counts no agenda for items that are not called the agenda's", () => {
    // "Which items came up more", "more action items": no count of either agenda's items.
    for (const question of [
      "which items came up more at the 2021 board than the 2023 board?",
      "more action items at the 2021 board or the 2023 board?",
    ])
      expect(ask(question).title).not.toMatch(/^More agenda items/);
  });
});

describe("two lists of officers compared", () => {
  it("reads 'any overlap' as those on both lists", () => {
    // 004_17215f53eb22288e.txt "Officers … Tony Hawker MOPAC"; 000_bc5123fd089beeb5.txt
    // "Officers … Tony Hawker MOPAC".
    const answer = ask("officers listed at the 2015 board vs the dmg - any overlap?");
    expect(answer.query).toMatchObject({ target: "attendees", aggregation: "compare" });
    const text = textOf(answer);
    expect(text).toContain("At both");
    expect(text).toContain("Tony Hawker");
  });
});

describe("one person's organisation at two meetings", () => {
  it("answers from their record, not from a subject search", () => {
    // "Lionel Idan, Crown Prosecution Service" (2021); "Lionel Idan, CPS South" (2023).
    const answer = ask("lionel idan's org 2021 v 2023?");
    expect(answer.query).toMatchObject({ target: "person", person: "lionel idan" });
    expect(textOf(answer)).toContain("CPS South (2023)");
  });
});
