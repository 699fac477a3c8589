import { describe, expect, it } from "vitest";
import { findTimeWindow } from "../../src/answers/time-window.js";

// 2015-06-09 was a Tuesday.
const TUESDAY = "2015-06-09";

describe("findTimeWindow", () => {
  it.each([
    ["is there a meeting today", { words: "today", from: TUESDAY, to: TUESDAY }],
    ["any meetings tomorrow", { words: "tomorrow", from: "2015-06-10", to: "2015-06-10" }],
    ["is the board meeting this week", { words: "this week", from: TUESDAY, to: "2015-06-14" }],
    ["is there a dmg next week", { words: "next week", from: "2015-06-15", to: "2015-06-21" }],
    [
      "is there a board meeting this month",
      { words: "this month", from: TUESDAY, to: "2015-06-30" },
    ],
    ["anything next month", { words: "next month", from: "2015-07-01", to: "2015-07-31" }],
    ["when is the next meeting", null],
  ])("%j", (text, expected) => {
    expect(findTimeWindow(text, TUESDAY)).toEqual(expected);
  });

  it("reads a year to come, as the question reader writes 'next year', and the rest of this one", () => {
    expect(findTimeWindow("any meetings planned for in 2016?", TUESDAY)).toEqual({
      words: "2016",
      from: "2016-01-01",
      to: "2016-12-31",
    });
    expect(findTimeWindow("is anything booked in 2015", TUESDAY)).toEqual({
      words: "the rest of 2015",
      from: TUESDAY,
      to: "2015-12-31",
    });
    // A year gone by is no stretch of time to come.
    expect(findTimeWindow("meetings in 2014", TUESDAY)).toBeNull();
  });

  it("rolls next month over the end of the year", () => {
    expect(findTimeWindow("next month", "2015-12-20")).toEqual({
      words: "next month",
      from: "2016-01-01",
      to: "2016-01-31",
    });
  });
});
