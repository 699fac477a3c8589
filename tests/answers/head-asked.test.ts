import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import type { ConversationMemory } from "../../src/answers/conversation-store.js";
import { withBodyHeadAsked } from "../../src/answers/head-asked.js";
import { emptySelector } from "../../src/answers/query/query.js";
import { readQuestion } from "../../src/answers/question.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

function memoryOf(organisation: string[], topic: string[]): ConversationMemory {
  return {
    query: {
      target: "attendees",
      aggregation: "one",
      meetings: [emptySelector()],
      since: null,
      until: null,
      topic,
      person: null,
      organisation,
      item: null,
      followUp: false,
    },
    meeting: null,
    meetings: [],
    item: null,
  };
}

const asked = (text: string, memory: ConversationMemory | null) =>
  withBodyHeadAsked(readQuestion(text), memory, context.directory.posts, context.meetings).text;

describe("withBodyHeadAsked", () => {
  // 000_bc5123fd089beeb5.txt "Diana Luchford	CEO, MOPAC"; 004_…:19 "Nick Smart	CEO, CRC London".
  it("asks who runs the body the last answer was about as who its chief executive is", () => {
    expect(asked("who runs it?", memoryOf(["mopac"], []))).toBe("who is the mopac ceo?");
    expect(asked("who runs it?", memoryOf([], ["crc"]))).toBe("who is the crc ceo?");
  });

  it("asks 'their' post of that body, and leaves a question with no body before it", () => {
    expect(asked("who's their ceo?", memoryOf([], ["mopac", "fraud"]))).toBe(
      "who is the mopac ceo?",
    );
    expect(asked("who runs it?", memoryOf([], ["fraud"]))).toBe("who runs it?");
    expect(asked("who runs it?", null)).toBe("who runs it?");
  });
});
