import { describe, expect, it } from "vitest";
import { readDecimalHeading } from "../../../src/corpus/parse/heading-decimal.js";

// A title numbered within a section, as board papers number their items under section headings
// ("1.   OPENING BUSINESS" over "1.1  Welcome …": unseen-minutes-8/66, layout-variants-8a/81).

describe("readDecimalHeading", () => {
  it.each([
    ["1.1  Welcome and apologies for absence", 1, "1.1", 1, "Welcome and apologies for absence"],
    [
      "2.1  Police and Crime Plan: quarter 3 performance report",
      2,
      "2.1",
      1,
      "Police and Crime Plan: quarter 3 performance report",
    ],
    [
      "2.3  Violence against women and girls: night-time charter",
      2,
      "2.3",
      3,
      "Violence against women and girls: night-time charter",
    ],
    ["3.2  Date of next meeting", 3, "3.2", 2, "Date of next meeting"],
  ])("reads %j as a title numbered within its section", (text, section, number, value, title) => {
    expect(readDecimalHeading(text)).toEqual({
      section,
      heading: { number, value, title, style: "number" },
    });
  });

  it.each([
    // A numbered paragraph ends like a sentence: no title.
    ["2.1 The Board agreed its terms of reference for the year."],
    // "1.0" stands for the section itself, not its first title.
    ["1.0 Welcome"],
    // A figure, not a number.
    ["1.5 million calls were answered"],
    // A number with nothing after it.
    ["1.1"],
  ])("reads no title numbered within a section from %j", (text) => {
    expect(readDecimalHeading(text)).toBeNull();
  });
});
