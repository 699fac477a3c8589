import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { conversationOn } from "../../support/conversation.js";

// The rules written for the eleventh sweep's meetings named by subject, comparisons and dates
// relative to today (bench/data/question-sweep11.ts), through the router on the five seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string, today = "2026-12-05") =>
  conversationOn({ ...context, today: () => today })(text);
const names = (answer: ReturnType<typeof ask>) =>
  answer.sections.flatMap((section) => section.people?.map((p) => p.name) ?? []);

describe("a list the minutes head with a plain word", () => {
  it("answers 'who were the officers?' with those listed in attendance at the meeting named", () => {
    // 000_bc5123fd089beeb5.txt:25-28 "Officers / Andy Davis MOPAC / Tony Hawker MOPAC".
    const answer = ask("the dmg w the transition board update - who were the officers?");
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
    expect(names(answer)).toEqual(["Andy Davis", "Tony Hawker"]);
  });
});

describe("someone's presence asked in other words", () => {
  it("leads with yes for 'in the room' at a meeting named by what it heard", () => {
    // 003_0417dfde59a34df8.txt:103 "over £60 million in programmes set up to support survivors of
    // VAWG"; Kenny Bowie (KB) is listed present.
    const answer = ask(
      "board that talked up the £60m for vawg survivors - was kenny bowie in the room?",
    );
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
    expect(answer.title).toMatch(/^Yes/);
  });
});
