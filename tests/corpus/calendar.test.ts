import { describe, expect, it } from "vitest";
import {
  addDays,
  daysInMonth,
  isIsoDate,
  MONTH_WORDS,
  monthName,
  monthNumber,
  pad2,
  toIsoDate,
  WEEKDAY_NAMES,
  weekdayNumber,
  weekdayOf,
} from "../../src/corpus/calendar.js";

describe("monthNumber", () => {
  it.each([
    ["April", 4],
    ["april", 4],
    ["APR", 4],
    ["Apr.", 4],
    ["May", 5],
    ["September", 9],
    ["Sept", 9],
    ["sep", 9],
    ["Dec", 12],
    ["Apirl", 0],
    ["Monday", 0],
    ["", 0],
    [undefined, 0],
  ])("%s → %s", (word, expected) => {
    expect(monthNumber(word)).toBe(expected);
  });
});

describe("MONTH_WORDS", () => {
  it("lists every word monthNumber reads, longest first, so patterns try 'september' before 'sep'", () => {
    expect(MONTH_WORDS).toHaveLength(24);
    expect(MONTH_WORDS.every((word) => monthNumber(word) !== 0)).toBe(true);
    expect(MONTH_WORDS.indexOf("september")).toBeLessThan(MONTH_WORDS.indexOf("sept"));
    expect(MONTH_WORDS.indexOf("sept")).toBeLessThan(MONTH_WORDS.indexOf("sep"));
  });
});

describe("monthName", () => {
  it.each([
    [1, "January"],
    [4, "April"],
    [12, "December"],
    [13, "13"],
    [0, "0"],
  ])("%s → %s", (month, expected) => {
    expect(monthName(month)).toBe(expected);
  });
});

describe("WEEKDAY_NAMES", () => {
  it("numbers days as Date.getUTCDay() does", () => {
    expect(WEEKDAY_NAMES[weekdayOf("2023-04-12")]).toBe("Wednesday");
    expect(WEEKDAY_NAMES[weekdayOf("2020-07-12")]).toBe("Sunday");
  });
});

describe("pad2", () => {
  it.each([
    [4, "04"],
    [0, "00"],
    [12, "12"],
  ])("%s → %s", (n, expected) => {
    expect(pad2(n)).toBe(expected);
  });
});

describe("daysInMonth", () => {
  it.each([
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
  ])("%s-%s has %s days", (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });
});

describe("toIsoDate", () => {
  it.each<[number, number, number, string | null]>([
    [2023, 4, 12, "2023-04-12"],
    [2024, 2, 29, "2024-02-29"],
    [2023, 2, 29, null],
    [2023, 2, 31, null],
    [2023, 13, 1, null],
    [2023, 0, 1, null],
    [2023, 4, 0, null],
    [2023, 4, 1.5, null],
  ])("%s, %s, %s → %s", (year, month, day, expected) => {
    expect(toIsoDate(year, month, day)).toBe(expected);
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2023-04-12", true],
    ["2023-02-30", false],
    ["12/04/2023", false],
    ["2023-4-12", false],
    ["2024-02-29", true],
    [" 2023-04-12", false],
  ])("%s → %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe("weekdayOf", () => {
  it.each([
    ["2020-07-13", 1],
    ["2023-04-12", 3],
    ["2020-07-12", 0],
  ])("%s → %s", (iso, expected) => {
    expect(weekdayOf(iso)).toBe(expected);
  });
});

describe("addDays", () => {
  it.each([
    ["2023-04-12", 1, "2023-04-13"],
    ["2023-04-30", 1, "2023-05-01"],
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-03-01", -1, "2023-02-28"],
    ["2023-04-12", 0, "2023-04-12"],
  ])("%s + %s → %s", (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });
});

describe("weekdayNumber", () => {
  it.each([
    // As the minutes and questions write them: "Tues 3 June", "weds", "Thurs.", "Sat".
    ["Monday", 1],
    ["Tues", 2],
    ["weds", 3],
    ["Thurs.", 4],
    ["fri", 5],
    ["Sat", 6],
    ["sunday", 0],
  ])("numbers %j as Date.getUTCDay() does: %i", (word, number) => {
    expect(weekdayNumber(word)).toBe(number);
  });

  it("numbers no word that opens no weekday's name", () => {
    expect(weekdayNumber("March")).toBeNull();
  });
});
