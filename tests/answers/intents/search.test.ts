import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion } from "../../../src/answers/index.js";
import { answerToTerminal } from "../../../src/console/terminal.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("a search asking what someone said at a meeting named by its date", () => {
  it("is not refused for a verb of speaking that meeting's minutes do not write", () => {
    // 001_c2fb2c5d5dd83175.txt line 119: "There was a short update on the work of the VRU.
    // Several issues were highlighted including: the work around Play Space with the boroughs".
    const answer = answerQuestion("what did the VRU report at the feb 21 board?", context);
    expect(answer.meeting?.id).toBe("lcrb-2021-02-02");
    expect(answerToTerminal(answer, { color: false })).toContain("Play Space");
  });

  it("still says which subject words that meeting's minutes do not write", () => {
    const answer = answerQuestion("what did the VRU say about fraud at the feb 21 board?", context);
    expect(answer.results ?? []).toEqual([]);
    expect(answerToTerminal(answer, { color: false })).toContain("“fraud”");
  });
});
