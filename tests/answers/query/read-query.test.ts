import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answers/answer.js";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion } from "../../../src/answers/index.js";
import { answerToTerminal } from "../../../src/console/terminal.js";

// How readQuery reads an organisation's or a post's people at one meeting, through the router on
// the five seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);
const textOf = (answer: Answer) => answerToTerminal(answer, { color: false });

describe("a meeting named, and otherwise only a post", () => {
  it.each([
    // 004_17215f53eb22288e.txt: "Deputy Commissioner Craig Mackey	Metropolitan Police Service (MPS)".
    [
      "the deputy commissioner at the counter terrorism meeting",
      "lcrb-2015-03-10",
      "Craig Mackey",
      "Boris Johnson",
    ],
    // 001_c2fb2c5d5dd83175.txt: "Colin Allars, Youth Justice Board".
    [
      "Youth Justice Board person at the February 2021 board",
      "lcrb-2021-02-02",
      "Colin Allars",
      "Georgia Gould",
    ],
    // 003_0417dfde59a34df8.txt: "Sophie Linden (SL) Deputy Mayor, MOPAC", "Debbie Weekes-Bernard (DBW) Deputy Mayor".
    [
      "which deputy mayors were at the fraud meeting",
      "lcrb-2022-04-27",
      "Debbie Weekes-Bernard",
      "Helen Ball",
    ],
    // 000_bc5123fd089beeb5.txt: "Barry Hughes	CPS".
    ["the CPS at the June 2020 DMG", "dmg-2020-06-08", "Barry Hughes", "Carina Heckroodt"],
  ])("“%s”: that post's people at that meeting", (question, meeting, named, other) => {
    const answer = ask(question);
    expect(answer.intent).toBe("attendees");
    expect(answer.meeting?.id).toBe(meeting);
    expect(textOf(answer)).toContain(named);
    expect(textOf(answer)).not.toContain(other);
  });

  it("leaves a question asking something else of them to the search", () => {
    expect(ask("what did the MPS say at the Casey meeting").intent).not.toBe("attendees");
    expect(ask("how did the CPS contribute at the fraud meeting").intent).not.toBe("attendees");
    expect(ask("anything on probation at the 2015 meeting").intent).not.toBe("attendees");
  });

  it("leaves a subject that is no post to the meeting's answer", () => {
    expect(ask("the fraud roundtable at the April 2022 meeting").intent).not.toBe("attendees");
  });
});

describe("anyone from an organisation", () => {
  it("answers yes or no first, asked without a verb", () => {
    expect(ask("anybody from the Ministry of Justice at the 2015 meeting?").title).toMatch(
      /^Yes: 1 person from Ministry of Justice attended the LCRB meeting on Tuesday 10 March 2015/,
    );
    expect(ask("anyone from HMCTS at the April 2023 board").title).toMatch(
      /^No: no one from HMCTS attended the LCRB meeting on Wednesday 12 April 2023; 1 sent apologies/,
    );
  });
});
