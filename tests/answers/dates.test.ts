import { describe, expect, it } from "vitest";
import {
  correctMonthSpelling,
  type DateSpec,
  dateRange,
  findDateMention,
} from "../../src/answers/dates.js";

describe("findDateMention", () => {
  it.each<[string, DateSpec | null]>([
    ["what happened on 2023-04-12", { kind: "day", year: 2023, month: 4, day: 12 }],
    ["what happened on 12/04/2023?", { kind: "day", year: 2023, month: 4, day: 12 }],
    ["minutes of 8.6.20", { kind: "day", year: 2020, month: 6, day: 8 }],
    ["who was at the 12 april 2023 meeting", { kind: "day", year: 2023, month: 4, day: 12 }],
    ["the meeting on 12th of April, 2023", { kind: "day", year: 2023, month: 4, day: 12 }],
    ["april 12th, 2023 board", { kind: "day", year: 2023, month: 4, day: 12 }],
    ["tuesday 10 mar 2015", { kind: "day", year: 2015, month: 3, day: 10 }],
    ["who attended in april 2023", { kind: "month", year: 2023, month: 4 }],
    ["the dmg in june 2020", { kind: "month", year: 2020, month: 6 }],
    ["the Sept. 2020 DMG", { kind: "month", year: 2020, month: 9 }],
    ["what happened in april 22", { kind: "month", year: 2022, month: 4 }],
    ["the Apr '22 board", { kind: "month", year: 2022, month: 4 }],
    ["12 apr 23", { kind: "day", year: 2023, month: 4, day: 12 }],
    ["the meeting on april 22nd", { kind: "monthOnly", month: 4, last: false }],
    ["the meeting on 12 april", { kind: "dayOfMonth", month: 4, day: 12 }],
    ["who came last april", { kind: "monthOnly", month: 4, last: true }],
    ["the april meeting", { kind: "monthOnly", month: 4, last: false }],
    ["anything in may", { kind: "monthOnly", month: 5, last: false }],
    ["meetings in 2015", { kind: "year", year: 2015 }],
    ["may i ask about fraud", null],
    ["who is jane garvan", null],
    ["31/02/2023", null],
    ["the 1000 word report", null],
  ])("%j", (text, expected) => {
    expect(findDateMention(text)?.spec ?? null).toEqual(expected);
  });

  it("reports the span of the mention so it can be cut out of a search query", () => {
    const text = "fraud in april 2022";
    const mention = findDateMention(text);
    expect(mention && text.slice(mention.start, mention.end)).toBe("april 2022");
  });
});

describe("correctMonthSpelling", () => {
  it.each([
    ["who was at the apirl 2023 meeting", "who was at the april 2023 meeting"],
    ["febuary 2021", "february 2021"],
    ["the setpember dmg", "the september dmg"],
    ["jane garvan", "jane garvan"],
    ["the match report", "the match report"],
  ])("%j → %j", (text, expected) => {
    expect(correctMonthSpelling(text)).toBe(expected);
  });
});

describe("dateRange", () => {
  it("covers a whole month, February in a leap year included", () => {
    expect(dateRange({ kind: "month", year: 2024, month: 2 })).toEqual({
      from: "2024-02-01",
      to: "2024-02-29",
    });
  });
  it("has no range for a month without a year", () => {
    expect(dateRange({ kind: "monthOnly", month: 4, last: true })).toBeNull();
  });
});
