import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/answers/question.js";

describe("readQuestion", () => {
  it("writes out the year a question names from today", () => {
    expect(readQuestion("What happened at the meeting last year?", "2023-06-01").text).toBe(
      "what happened at the meeting in 2022?",
    );
    expect(readQuestion("any meetings this year", "2023-06-01").reference.date?.spec).toEqual({
      kind: "year",
      year: 2023,
    });
    expect(readQuestion("what did the DMG discuss the year before last", "2022-03-01").text).toBe(
      "what did the dmg discuss in 2020",
    );
  });

  it("leaves the words alone without a today, or when no year is named from it", () => {
    expect(readQuestion("what happened last year").text).toBe("what happened last year");
    expect(readQuestion("who attended last april", "2023-06-01").text).toBe(
      "who attended last april",
    );
  });
});
