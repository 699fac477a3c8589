import { describe, expect, it } from "vitest";
import { speakerAsked } from "../../src/answers/speaker-asked.js";

// A line of the March 2015 minutes (corpus/004…, line 71) and of their first item (line 39).
const RAISED =
  "10. Following the publication of an article in a newspaper, the Mayor raised the issue of police corruption.";
const WELCOMED = "The Chair, Mayor Johnson welcomed the Board members and opened the meeting.";

describe("speakerAsked", () => {
  it("finds the passage where the speaker says it, not one that only names them", () => {
    const asked = speakerAsked("what did the mayor raise at that meeting");
    expect(asked?.speaker).toBe("mayor");
    expect(asked?.pattern.test(RAISED)).toBe(true);
    expect(asked?.pattern.test(WELCOMED)).toBe(false);
  });

  it("reads 'say' as 'said' and 'says'", () => {
    expect(speakerAsked("what has mopac said about it")?.pattern.test("MOPAC said that")).toBe(
      true,
    );
  });

  it("is null for a question that asks after no one's words", () => {
    expect(speakerAsked("what was raised about fraud")).toBeNull();
    expect(speakerAsked("who raised fraud")).toBeNull();
  });
});
