import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { conversationOn } from "../../../support/conversation.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("presenceExecutor", () => {
  // 003_0417dfde59a34df8.txt "Kenny Bowie (KB) Director, S&MPS Oversight MOPAC" (present, April
  // 2022); 002_0368bc6123038781.txt "Apologies … Kenny Bowie, MOPAC" (April 2023).
  it("answers 'at both?' of someone, meeting by meeting, no when they came to one only", () => {
    const answer = conversationOn(context)(
      "was kenny bowie at both the apr 22 board and the casey one?",
    );
    expect(answer.query?.target).toBe("presence");
    expect(answer.title).toMatch(
      /^At 1 of 2: Kenny Bowie was present at the LCRB meeting on 27 April 2022; Kenny Bowie sent apologies/,
    );
    expect(answer).toMatchObject({ kind: "yes-no", verdict: false });
  });

  // 000_bc5123fd089beeb5.txt:17-18 "Paul Wylie … Colin Allars	Youth Justice Board" (the June
  // 2020 DMG); 001_c2fb2c5d5dd83175.txt:122 "Colin Allars, Youth Justice Board" (the Feb 2021 board).
  it("answers 'ever been to a board' of any meeting of that body, not the latest", () => {
    const ask = conversationOn(context);
    const came = ask("colin allars - been to a board apart from the dmg?");
    expect(came.title).toBe("Yes: Colin Allars was present at the LCRB meeting on 2 February 2021");
    expect(ask("has colin allars been to an lcrb?").title).toMatch(
      /^Yes: Colin Allars was present/,
    );
    const never = conversationOn(context)("has paul wylie ever been to a board, not the dmg?");
    expect(never.title).toBe(
      "No: Paul Wylie is not named in the attendance list of any LCRB meeting",
    );
    expect(never).toMatchObject({ kind: "yes-no", verdict: false });
  });

  it("asks several people set bare before the meetings each in turn (sweep 8)", () => {
    const answer = conversationOn(context)(
      "plummer n bottomley - at both the feb 21 board and the 2023 one?",
    );
    expect(answer.title).toMatch(/^Yes: Natasha Plummer was present/);
    expect(answer.title).toContain(
      "James Bottomley was present at the LCRB meeting on 12 April 2023",
    );
  });
});
