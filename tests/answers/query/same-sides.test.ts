import { describe, expect, it } from "vitest";
import {
  asksAnyOnBoth,
  asksSameSides,
  withSameLead,
} from "../../../src/answers/query/same-sides.js";

describe("asksSameSides", () => {
  it.each([
    "the met's people at the feb 21 board - same as at the casey one?",
    "the chair in apr 22 - same as apr 23?",
    "cps reps at the 2022 and 2023 boards - are they the same?",
    "mopac people 2021 v 2023 - the same?",
    // Chat leaves out "the": review 4 S5.
    "mopac people at feb 21 vs apr 22 - same?",
    "chair apr 22 v apr 23, same?",
    // A body's sending, or a post's holder, asked the same at two meetings.
    "did the nhs send the same person to the dmg n the casey board?",
    "was the mopac ceo the same at the dmg n the fraud board?",
  ])("reads '%s' as asking whether the sides are the same", (text) => {
    expect(asksSameSides(text)).toBe(true);
  });

  it.each([
    "who came from the met at the feb 21 board vs the casey one?",
    "cps reps: 2022 v 2023",
    "which meetings started at the same time - same venue too",
    "who chaired the same meeting as the one where fraud was discussed and which other",
  ])("reads '%s' as asking no yes or no of sameness", (text) => {
    expect(asksSameSides(text)).toBe(false);
  });
});

describe("asksAnyOnBoth", () => {
  it.each([
    "apols: apr 22 v apr 23 - anyone on both lists?",
    "apols in apr 22 v attendees in feb 21 - any overlap?",
    "2015 & 2021 boards - anyone at both?",
    "feb 21 v apr 23 attendees, any1 in common?",
  ])("reads '%s' as asking yes or no whether anyone is on both sides", (text) => {
    expect(asksAnyOnBoth(text)).toBe(true);
  });

  it.each([
    "who attended both the 2022 and 2023 meetings",
    "which organisations were at both the 2015 and 2023 boards?",
    "anyone from the cps at the 2022 board?",
  ])("reads '%s' as asking who, not whether", (text) => {
    expect(asksAnyOnBoth(text)).toBe(false);
  });
});

describe("withSameLead", () => {
  it("leads the title with the yes or no", () => {
    expect(withSameLead("Chairs of 2 meetings of the LCRB", true)).toBe(
      "Yes: Chairs of 2 meetings of the LCRB",
    );
    expect(withSameLead("Attendance: LCRB, 2 February 2021 → LCRB, 12 April 2023", false)).toBe(
      "No: Attendance: LCRB, 2 February 2021 → LCRB, 12 April 2023",
    );
  });
});
