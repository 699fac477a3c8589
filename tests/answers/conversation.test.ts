import { describe, expect, it } from "vitest";
import { courtesyOf } from "../../src/answers/conversation.js";

describe("courtesyOf", () => {
  it.each([
    ["thanks!", "You're welcome."],
    ["thank you", "You're welcome."],
    ["cheers", "You're welcome."],
    ["ok thanks all", "You're welcome."],
    ["good morning", "Hello."],
    ["hi there", "Hello."],
    ["ok", "Glad to help."],
    ["lol", "Glad to help."],
    ["bye", "Goodbye."],
  ])("answers the whole message %j with %j", (text, reply) => {
    expect(courtesyOf(text)?.reply).toBe(reply);
  });

  it.each([
    "thanks for the fraud update",
    "good morning, who attended the april 2023 meeting?",
    "ok so what about vawg",
    "okra",
    "",
  ])("leaves a message with more than courtesy in it: %j", (text) => {
    expect(courtesyOf(text)).toBeNull();
  });
});
