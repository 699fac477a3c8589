import { describe, expect, it } from "vitest";
import { decodeAskRequest, encodeAskRequest } from "../../../src/slack/blocks/ask-request.js";
import { LIMITS } from "../../../src/slack/blocks/limits.js";

describe("button values", () => {
  it("carry the question and offset and read back the same", () => {
    const request = { question: "what did the board say about knife crime?", offset: 10 };
    expect(decodeAskRequest(encodeAskRequest(request))).toEqual(request);
  });

  it("stay within Slack's 2,000-character value limit for a very long question", () => {
    const value = encodeAskRequest({ question: "knife crime ".repeat(400), offset: 0 });
    expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    expect(decodeAskRequest(value)?.question.startsWith("knife crime")).toBe(true);
  });

  it.each([
    undefined,
    "",
    "not json",
    "[]",
    '{"q":1,"o":0}',
    '{"q":"x","o":-1}',
    '{"q":"x","o":1.5}',
  ])("reject %j", (value) => {
    expect(decodeAskRequest(value)).toBeNull();
  });
});

describe("button values and chat markup", () => {
  it("carry the question without broadcasts or user mentions", () => {
    const value = encodeAskRequest({ question: "<!channel> casey review <@U123>", offset: 0 });
    expect(decodeAskRequest(value)).toEqual({ question: "casey review", offset: 0 });
  });
});
