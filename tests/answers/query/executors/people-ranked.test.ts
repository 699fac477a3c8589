import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { answerQuestion, InMemoryConversationStore } from "../../../../src/answers/index.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);

describe("whether anyone from an organisation ever came", () => {
  it("answers yes over every meeting, not the latest, with who came", () => {
    // 004_17215f53eb22288e.txt:19 "Nick Smart	CEO, CRC London" (March 2015 only).
    const answer = ask("any1 from the crc ever come?");
    expect(answer.title).toBe("Yes: 1 person from crc came, over 5 meetings");
    expect(answer.summary).toBe("Nick Smart (1 meeting).");
    expect(answer).toMatchObject({ kind: "yes-no", verdict: true });
  });

  it("answers the same inside a conversation about one meeting: 'ever' names none", () => {
    const store = new InMemoryConversationStore();
    const conversation = { id: "thread", store };
    answerQuestion("who chaired the feb 21 board?", context, { conversation });
    const answer = answerQuestion("any1 from the crc ever come?", context, { conversation });
    expect(answer.title).toBe("Yes: 1 person from crc came, over 5 meetings");
    expect(answer).toMatchObject({ kind: "yes-no", verdict: true });
  });

  it("answers no with those who only sent apologies", () => {
    // 002_0368bc6123038781.txt:77 "Andrea Simon, EVAW" under Apologies.
    const answer = ask("any1 from evaw ever attend?");
    expect(answer.title).toBe("No: no one from evaw came, over 5 meetings");
    expect(answer.summary).toBe("Only sent apologies: Andrea Simon.");
  });
});
