import { describe, expect, it } from "vitest";
import {
  findDates,
  findDatesAfter,
  findDaysWithoutYear,
  findMonthYears,
  findTime,
  weekdayOf,
} from "../../../src/corpus/parse/dates.js";

// dmg-2020-07-13-month-title-paragraphs: the day in the "held on" line, the year only in the title.
const TITLE = "LCRB Delivery Management Group (DMG) – July 2020";
const HELD = "Notes of the meeting held on Monday 13 July via Microsoft Teams, 10am–11.30am";

describe("findDates", () => {
  it.each([
    ["Monday 8 June 2020, 14:00, MS Teams", "2020-06-08"],
    ["London Crime Reduction Board meeting minutes - 2 February 2021", "2021-02-02"],
    ["London Crime Reduction Board meeting minutes -27 April 2022", "2022-04-27"],
    ["London Crime Reduction Board - 12 April 2023 - Minutes", "2023-04-12"],
    ["Tuesday 10 March 2015, 3:30 Mayor's Office, City Hall, GLA", "2015-03-10"],
    ["Minutes of the meeting held on 18th October 2023", "2023-10-18"],
    ["Date: 27/04/2022", "2022-04-27"],
    ["Date: 27.04.22", "2022-04-27"],
    ["date: 2019-01-21", "2019-01-21"],
    // unseen-minutes-9/74: the year first, parted by slashes, as a system writes it.
    [
      "Date: 2025/09/10        Start: 1430hrs        Venue: Committee Room 1, City Hall",
      "2025-09-10",
    ],
    ["Next meeting: 2025/12/10, 1430hrs, Committee Room 1, City Hall", "2025-12-10"],
    ["Date: 2025.3.19.", "2025-03-19"],
    ["Wednesday, 12 April, 2023", "2023-04-12"],
    ["April 12, 2023", "2023-04-12"],
    // unseen-minutes/04: a month cut to three letters with a year cut to two figures.
    ["Note of meeting: 20 Nov 23, 10.00–11.30, MS Teams", "2023-11-20"],
    ["Next meeting: 22 Jan 24, 10.00, MS Teams", "2024-01-22"],
    // unseen-minutes-6/46: a weekday cut to "Weds", an ordinal day and a year cut short after an apostrophe.
    ["Notes – Weds 3rd Jan '24, 2pm", "2024-01-03"],
    [
      "Post-meeting note (8th Jan): the next meeting has been fixed for Weds 6th Mar '24, 2pm, Room 4.10, 169 Union Street.",
      "2024-03-06",
    ],
    ["The notes of 15th Nov '23 were agreed with no changes.", "2023-11-15"],
    ["Thurs 12th Sept ’24 at 10am", "2024-09-12"],
    ["Tues. 4 February '25", "2025-02-04"],
    ["held on Wednesday 3rd of January '24", "2024-01-03"],
    // unseen-minutes-6/52: day, month abbreviation and year joined by hyphens, as systems export them.
    ["Date:   21-Jan-2025", "2025-01-21"],
    ["Date: 21-Jan-25", "2025-01-21"],
    ["Next meeting: Tue 22-Apr-2025, 14:00", "2025-04-22"],
    ["Date: 09-Sept-2024", "2024-09-09"],
    ["Date: 9-sep-24", "2024-09-09"],
    ["Date: 21/Jan/2025", "2025-01-21"],
  ])("reads the date in %j", (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it.each([
    ["31 February 2023"],
    ["There was no other business."],
    ["Page 3 of 7"],
    ["investment of over £60 million"],
    // A two-figure year must end the date: these figures count something.
    ["on 3 Nov 24 arrests were made"],
    ["by 30 November 25 boroughs had replied"],
    // Without the apostrophe a full month's two figures still count something; joins must match.
    ["on 3 January 24 arrests were made"],
    ["21-Jan/2025"],
    ["ref 21-Jan-2025-7"],
    // The year first must have its month and day, both in range, and no figures running on.
    ["the 2024/25 budget"],
    ["2025/13/10"],
    ["version 2025.09.10.4"],
  ])("finds no date in %j", (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it("lists every date in order", () => {
    expect(findDates("from 1 May 2021 to 30/06/2021").map((d) => d.iso)).toEqual([
      "2021-05-01",
      "2021-06-30",
    ]);
  });
});

describe("findDatesAfter", () => {
  it("gives a date without a year the first year on or after the meeting", () => {
    expect(findDatesAfter("LCRB meeting: 8 July", "2020-06-08")[0]?.iso).toBe("2020-07-08");
    expect(findDatesAfter("DMG meeting: 14 January", "2020-11-20")[0]?.iso).toBe("2021-01-14");
  });

  it("reads a line asked twice the same both times, whatever the first caller added to its list", () => {
    const line = "Next meeting: 12 March, 11 June and 10 September 2025 at City Hall";
    const first = findDatesAfter(line, "2025-01-15").map((d) => d.iso);
    expect(first).toEqual(["2025-03-12", "2025-06-11", "2025-09-10"]);
    expect(findDates(line).map((d) => d.iso)).toEqual(["2025-09-10"]);
    expect(findDatesAfter(line, "2025-01-15").map((d) => d.iso)).toEqual(first);
  });
});

describe("findTime", () => {
  it.each([
    ["Monday 8 June 2020, 14:00, MS Teams", "14:00"],
    // Meetings are held in working hours: 3:30 without am/pm is the afternoon.
    ["3:30 Mayor's Office, City Hall, GLA", "15:30"],
    ["2pm", "14:00"],
    ["12:00pm at City Hall", "12:00"],
    ["9.30am", "09:30"],
    ["10:00 – 12:00", "10:00"],
    ["Time: 2.30pm – 4.30pm", "14:30"],
    ["at noon", "12:00"],
    ["11am", "11:00"],
    ["8:30", "08:30"],
  ])("reads %j as %s", (text, time) => {
    expect(findTime(text)?.time).toBe(time);
  });

  it.each([["9 June 2015"], ["27/04/2022"], ["Item 3"]])("finds no time in %j", (text) => {
    expect(findTime(text)).toBeNull();
  });
});

describe("findTime: ranges and words", () => {
  it.each([
    ["2 – 4pm, Mayor's Office, City Hall", "14:00"],
    ["11 – 1pm", "11:00"],
    ["10am - 12pm", "10:00"],
    ["10:00-12:00, Room 2.1, 169 Union Street", "10:00"],
    ["12 noon", "12:00"],
    ["1.30pm", "13:30"],
  ])("finds the start of the range %j", (text, time) => {
    expect(findTime(text)?.time).toBe(time);
  });
});

describe("dates without a year", () => {
  it("finds a day and month with its weekday ('Monday 13 July'), and not the day of a full date", () => {
    expect(findDaysWithoutYear(HELD)).toEqual([
      { day: 13, month: 7, weekday: 1, index: 29, end: 43 },
    ]);
    expect(findDaysWithoutYear("Monday 13 July 2020")).toEqual([]);
    // unseen-minutes-6/46: "Weds" is Wednesday's weekday; a year after an apostrophe makes a full date.
    expect(findDaysWithoutYear("Weds 6th Mar")[0]?.weekday).toBe(3);
    expect(findDaysWithoutYear("Notes – Weds 3rd Jan '24, 2pm")).toEqual([]);
  });

  it("reads a day and month followed by a comma and a time ('Tuesday 28 July, 2pm')", () => {
    expect(findDatesAfter("LCRB: Tuesday 28 July, 2pm, virtual", "2020-07-13")[0]?.iso).toBe(
      "2020-07-28",
    );
  });

  it("finds a month and year with no day in a title ('… – July 2020')", () => {
    expect(findMonthYears(TITLE)).toEqual([[7, 2020]]);
  });

  it("knows the weekday of a date", () => {
    expect(weekdayOf("2020-07-13")).toBe(1);
  });
});

describe("findTime: a system's timestamp, read as London time (unseen-minutes-6/49)", () => {
  describe("as round 6 writes it", () => {
    it.each([
      ["Meeting start: 2024-04-10T14:00:00+01:00", "14:00"],
      ["Next meeting start: 2024-07-10T14:00:00+01:00, Committee Room 2, City Hall", "14:00"],
    ])("reads %j as %s, not the offset", (text, time) => {
      expect(findTime(text)?.time).toBe(time);
    });
  });

  describe("written otherwise", () => {
    it.each([
      // In UTC: London is an hour ahead in summer, level in winter.
      ["Start: 2024-07-10T13:00:00Z", "14:00"],
      ["Start: 2024-01-17T14:00:00Z", "14:00"],
      ["Start: 2024-07-10T13:00:00+00:00", "14:00"],
      ["Start: 2024-04-10T14:00+01:00", "14:00"],
      ["Start: 2024-04-10T09:30:00.000+01:00", "09:30"],
      // A time with its seconds, as systems write it.
      ["Meeting start: 2024-04-10 14:00:00", "14:00"],
      ["Start time: 10:30:00", "10:30"],
    ])("reads %j as %s", (text, time) => {
      expect(findTime(text)?.time).toBe(time);
    });
  });

  describe("left as it was", () => {
    it.each([
      ["Monday 8 June 2020, 14:00, MS Teams", "14:00"],
      ["Next meeting: 18/01/2024 at 14:00 (moved from 11/01/2024)", "14:00"],
      ["10:00 – 12:00, Committee Room 2, City Hall", "10:00"],
    ])("reads %j as %s", (text, time) => {
      expect(findTime(text)?.time).toBe(time);
    });
  });
});

describe("findTime: times in four figures (unseen-minutes-6/50)", () => {
  describe("as round 6 writes them", () => {
    it.each([
      ["1400–1530", "14:00"],
      ["Next DMG: 1400, Mon 10th Jun 2024, Teams", "14:00"],
    ])("reads %j as %s", (text, time) => {
      expect(findTime(text)?.time).toBe(time);
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["0930 - 1100", "09:30"],
      ["1400 to 1530, Committee Room 4", "14:00"],
      ["Time: 1400hrs", "14:00"],
      ["Start: 0930 hrs", "09:30"],
      ["Next meeting: 0930, Tue 9 July 2024, City Hall", "09:30"],
      ["Wednesday 10 July 2024, 1400-1600 City Hall", "14:00"],
      ["Wednesday 10 July 2024 1400-1600 at City Hall", "14:00"],
      ["1400–1530 (hybrid)", "14:00"],
    ])("reads %j as %s", (text, time) => {
      expect(findTime(text)?.time).toBe(time);
    });
  });

  describe("left as it was", () => {
    it.each([
      ["Date: 12 June 2024"],
      ["Arrests rose by 1400 in the year to March."],
      ["Reference: 2024-1530"],
      ["Budget 2024–2025"],
      ["Room 1400, 169 Union Street"],
      ["Arrests: 1400 in the year"],
      // Review C13: a count and a reference are no times.
      [
        "The next meeting will be on 10 July 2024, when the 1200-1500 additional officers will be discussed.",
      ],
      ["Next LCRB: Wednesday 10 July 2024, Ref: 1130, City Hall"],
      ["Paper no: 1130, Committee Room 4"],
    ])("reads no time in %j", (text) => {
      expect(findTime(text)).toBeNull();
    });
  });
});
