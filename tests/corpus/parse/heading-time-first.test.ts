import { describe, expect, it } from "vitest";
import { timeFirstHeading } from "../../../src/corpus/parse/heading-time-first.js";

// A timed agenda writes when each item was taken before its number (unseen-minutes-6/52): the
// heading is read as it would be without the time, and a time followed by anything but a
// numbered heading is no heading.
describe("timeFirstHeading", () => {
  it("reads the heading after the time, as the numbered reader would (unseen-minutes-6/52)", () => {
    expect(
      timeFirstHeading.read("14:10   2. Minutes of 8 October 2024 and action tracker")?.heading,
    ).toMatchObject({ number: "2", title: "Minutes of 8 October 2024 and action tracker" });
    expect(timeFirstHeading.read("15:50   5. Any other business")?.heading).toMatchObject({
      number: "5",
      title: "Any other business",
    });
  });

  it("reads the same time written otherwise: bracketed, dotted, am/pm, a range, four digits", () => {
    for (const time of [
      "(14:20)",
      "[14:20]",
      "14.20",
      "2.20pm",
      "14:20-14:30",
      "1420",
      "14:20 –",
    ]) {
      expect(
        timeFirstHeading.read(`${time} 3. Violence against women and girls: the new strategy`)
          ?.heading,
        time,
      ).toMatchObject({ number: "3", title: "Violence against women and girls: the new strategy" });
    }
  });

  it("leaves a meeting's time and venue, and a timed line of the record, to other readers", () => {
    // The times of the meeting itself (unseen-minutes-4/33, fixtures/minutes), not an item.
    expect(timeFirstHeading.read("14:00 to 16:00, Room 2.10, 169 Union Street")).toBeNull();
    expect(timeFirstHeading.read("10:00-12:00, Room 2.1, 169 Union Street")).toBeNull();
    // A timed record's line: a time, then prose with no number.
    expect(timeFirstHeading.read("14:00 The meeting opened.")).toBeNull();
  });

  it("does not take a year for a four-digit time", () => {
    expect(timeFirstHeading.read("2023 2. Review of the year")).toBeNull();
  });
});
