import { describe, expect, it } from "vitest";
import {
  correctMonthSpelling,
  type DateSpec,
  dateMatches,
  dateRange,
  dayReadingOfShortYear,
  findDateMention,
  withMonthsNamed,
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
    // A colon after the short year ends the meeting's name ("apr 22: what …"), not a time.
    ["apr 22: what are the intelligence hubs for?", { kind: "month", year: 2022, month: 4 }],
    [
      "feb 21: why did the deputy mayor convene a meeting?",
      { kind: "month", year: 2021, month: 2 },
    ],
    // A day after its month is a day, as before it ("12 april").
    ["the meeting on april 22nd", { kind: "dayOfMonth", month: 4, day: 22 }],
    ["the meeting on 12 april", { kind: "dayOfMonth", month: 4, day: 12 }],
    ["who came last april", { kind: "monthOnly", month: 4, last: true }],
    ["remind me what the board covered back in april", { kind: "monthOnly", month: 4, last: true }],
    ["what did the dmg go through back in june?", { kind: "monthOnly", month: 6, last: true }],
    ["back in april 2022", { kind: "month", year: 2022, month: 4 }],
    ["the april meeting", { kind: "monthOnly", month: 4, last: false }],
    // A month's short name before the meeting it names: "the feb board", "the sept dmg".
    ["the feb board - who chaired?", { kind: "monthOnly", month: 2, last: false }],
    ["what did the sept dmg agree", { kind: "monthOnly", month: 9, last: false }],
    ["the mar 2015 board", { kind: "month", year: 2015, month: 3 }],
    ["anything in may", { kind: "monthOnly", month: 5, last: false }],
    // A month as chat shortens it, between the article and the meeting's noun.
    ["who chaired the feb dmg?", { kind: "monthOnly", month: 2, last: false }],
    ["that jan board", { kind: "monthOnly", month: 1, last: false }],
    ["the mar meeting notes", { kind: "monthOnly", month: 3, last: false }],
    // Every meeting noun (meeting-nouns.ts) and chat's "mtg", after any of the articles.
    ["the jun group - who came?", { kind: "monthOnly", month: 6, last: false }],
    ["a jun session", { kind: "monthOnly", month: 6, last: false }],
    ["this sept mtg", { kind: "monthOnly", month: 9, last: false }],
    ["the feb lcrb meeting", { kind: "monthOnly", month: 2, last: false }],
    ["the may ones", { kind: "monthOnly", month: 5, last: false }],
    // "may" with no meeting noun after it stays the verb.
    ["the may i ask", null],
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

describe("a date as one side of a bound", () => {
  it("reads 'before', 'after' and 'since' a period, keeping the word in the span", () => {
    const text = "was the casey review discussed before 2023";
    const mention = findDateMention(text);
    expect(mention?.spec).toEqual({
      kind: "bound",
      side: "before",
      of: { kind: "year", year: 2023 },
    });
    expect(text.slice(mention?.start, mention?.end)).toBe("before 2023");
    expect(findDateMention("fraud after april 2022")?.spec).toMatchObject({ side: "after" });
    expect(findDateMention("the plan since 2021")?.spec).toMatchObject({ side: "since" });
  });

  it("reads 'the meetings before 2021' as a bound, 'two meetings before 2021' as a step", () => {
    expect(findDateMention("list the meetings before 2021")?.spec).toMatchObject({
      kind: "bound",
      side: "before",
    });
    expect(findDateMention("two meetings before 2021")?.spec).toEqual({ kind: "year", year: 2021 });
  });

  it("leaves 'the meeting after March 2015' to the meeting it names", () => {
    expect(findDateMention("the meeting after march 2015")?.spec).toEqual({
      kind: "month",
      year: 2015,
      month: 3,
    });
  });

  it("covers strictly before or after the period, and from its start with 'since'", () => {
    const before = findDateMention("before 2023")?.spec;
    const after = findDateMention("after april 2022")?.spec;
    const since = findDateMention("since 2021")?.spec;
    expect(before && dateRange(before)).toEqual({ from: "0001-01-01", to: "2022-12-31" });
    expect(after && dateRange(after)).toEqual({ from: "2022-05-01", to: "9999-12-31" });
    expect(since && dateMatches(since, "2021-02-02")).toBe(true);
    expect(before && dateMatches(before, "2023-04-12")).toBe(false);
    expect(after && dateMatches(after, "2022-04-27")).toBe(false);
  });
});

describe("a period between two dates", () => {
  it("reads 'between 2020 and 2022' and 'from April 2021 to 2023' as one period", () => {
    const text = "what was said about disproportionality between 2020 and 2022";
    const mention = findDateMention(text);
    expect(mention?.spec).toEqual({
      kind: "period",
      from: { kind: "year", year: 2020 },
      to: { kind: "year", year: 2022 },
    });
    expect(text.slice(mention?.start, mention?.end)).toBe("between 2020 and 2022");
    const spec = findDateMention("from april 2021 to 2023 what was decided")?.spec;
    expect(spec && dateRange(spec)).toEqual({ from: "2021-04-01", to: "2023-12-31" });
    expect(spec && dateMatches(spec, "2022-04-27")).toBe(true);
    expect(spec && dateMatches(spec, "2020-06-08")).toBe(false);
  });

  it("leaves two meetings named between a pair of dates alone", () => {
    expect(
      findDateMention("compare attendance between the april 2022 and april 2023 meetings")?.spec,
    ).toEqual({ kind: "month", year: 2022, month: 4 });
    expect(findDateMention("between 2022 and 2023 meetings")?.spec).toEqual({
      kind: "year",
      year: 2022,
    });
  });

  it("takes dates more precise on one side, a month that borrows the year, and either order", () => {
    expect(findDateMention("from 2019 to april 2021")?.spec).toEqual({
      kind: "period",
      from: { kind: "year", year: 2019 },
      to: { kind: "month", year: 2021, month: 4 },
    });
    const borrowed = findDateMention("knife crime between april and june 2021")?.spec;
    expect(borrowed && dateRange(borrowed)).toEqual({ from: "2021-04-01", to: "2021-06-30" });
    const backwards = findDateMention("between 2023 and 2020")?.spec;
    expect(backwards && dateRange(backwards)).toEqual({ from: "2020-01-01", to: "2023-12-31" });
  });
});

describe("a season or part of a year", () => {
  it("reads spring, summer, autumn and winter of a year as their months", () => {
    expect(findDateMention("what was discussed in spring 2023")?.spec).toEqual({
      kind: "period",
      from: { kind: "month", year: 2023, month: 3 },
      to: { kind: "month", year: 2023, month: 5 },
    });
    const winter = findDateMention("meetings in winter 2020")?.spec;
    expect(winter && dateRange(winter)).toEqual({ from: "2020-12-01", to: "2021-02-28" });
    const late = findDateMention("who attended in late 2022")?.spec;
    expect(late && dateRange(late)).toEqual({ from: "2022-09-01", to: "2022-12-31" });
    expect(findDateMention("the summer of 2021")?.spec).toMatchObject({ kind: "period" });
  });
});

describe("a season as one side of a bound", () => {
  it("counts 'after' from its last month and 'before' and 'since' from its first", () => {
    expect(findDateMention("was fraud discussed after spring 2022?")?.spec).toEqual({
      kind: "bound",
      side: "after",
      of: { kind: "month", year: 2022, month: 5 },
    });
    expect(findDateMention("meetings since early 2021")?.spec).toEqual({
      kind: "bound",
      side: "since",
      of: { kind: "month", year: 2021, month: 1 },
    });
  });
});

describe("withMonthsNamed", () => {
  it("bounds by the end of a month with the next month's first day, and by its start with the month", () => {
    // Review 3 C5: "before the end of June" was read as "before June", leaving out the June meeting.
    expect(
      withMonthsNamed(
        "which meetings before the end of june 2020 discussed the police and crime plan?",
        "2026-12-05",
      ),
    ).toBe("which meetings before 1 july 2020 discussed the police and crime plan?");
    expect(
      withMonthsNamed(
        "which meetings after the start of april 2022 discussed fraud?",
        "2026-12-05",
      ),
    ).toBe("which meetings since april 2022 discussed fraud?");
    expect(withMonthsNamed("meetings until the end of december 2021", "2026-12-05")).toBe(
      "meetings before 1 january 2022",
    );
    expect(withMonthsNamed("meetings after late march 2015", "2026-12-05")).toBe(
      "meetings after march 2015",
    );
  });
  it("writes today's and yesterday's as the day they name", () => {
    expect(withMonthsNamed("what got agreed at today's board", "2015-03-10")).toBe(
      "what got agreed at the 10 march 2015 board",
    );
    expect(withMonthsNamed("who came to yesterday's meeting?", "2015-03-11")).toBe(
      "who came to the 10 march 2015 meeting?",
    );
  });

  it("writes 'the day before yesterday's' as the day two back, not yesterday's (review 3 C15)", () => {
    expect(withMonthsNamed("was the day before yesterday's dmg quorate?", "2026-12-05")).toBe(
      "was the 3 december 2026 dmg quorate?",
    );
    expect(
      withMonthsNamed("what happened at the day before yesterday's board?", "2015-03-12"),
    ).toBe("what happened at the 10 march 2015 board?");
  });

  it("reads 'this month's board' as the meeting of today's month, as 'last month's' is the month before", () => {
    expect(withMonthsNamed("who came to this month's board from the vru", "2021-02-20")).toBe(
      "who came to the february 2021 board from the vru",
    );
    expect(withMonthsNamed("this month's meeting: who chaired?", "2023-04-28")).toBe(
      "the april 2023 meeting: who chaired?",
    );
    expect(withMonthsNamed("apologies at last month's dmg", "2020-07-01")).toBe(
      "apologies at the june 2020 dmg",
    );
  });

  it("reads the start, middle or end of a month as the month", () => {
    expect(
      withMonthsNamed("the board at the start of last month - anything under aob?", "2021-03-01"),
    ).toBe("the board in february 2021 - anything under aob?");
    expect(withMonthsNamed("the board early last month - anyone from the nhs?", "2015-04-02")).toBe(
      "the board in march 2015 - anyone from the nhs?",
    );
    expect(withMonthsNamed("the board in the middle of this month - who came?", "2023-04-28")).toBe(
      "the board in april 2023 - who came?",
    );
    expect(withMonthsNamed("who chaired the dmg in mid june 2020", "2026-12-05")).toBe(
      "who chaired the dmg in june 2020",
    );
    // Not a month: left as typed; nor a month with no year, which the minutes may speak of
    // (000_bc5123fd089beeb5.txt:38 "meetings with community representatives … in early May").
    expect(withMonthsNamed("what came out of the early may meetings?", "2026-12-05")).toBe(
      "what came out of the early may meetings?",
    );
    expect(withMonthsNamed("what did they say about early intervention", "2026-12-05")).toBe(
      "what did they say about early intervention",
    );
    expect(withMonthsNamed("is there a board this month?", "2023-04-28")).toBe(
      "is there a board this month?",
    );
  });

  it("names the month a time gone by in weeks or months falls in", () => {
    expect(withMonthsNamed("who chaired the board a fortnight ago", "2023-04-26")).toBe(
      "who chaired the board in april 2023",
    );
    expect(withMonthsNamed("the meeting a few weeks back", "2023-05-03")).toBe(
      "the meeting in april 2023",
    );
    expect(withMonthsNamed("apologies 2 months ago", "2023-01-10")).toBe(
      "apologies in november 2022",
    );
    expect(withMonthsNamed("what came up a couple of months ago", "2022-06-20")).toBe(
      "what came up in april 2022",
    );
  });

  it("writes 'next april' with the year of the first April after today", () => {
    expect(withMonthsNamed("who will attend the board next april?", "2022-07-01")).toBe(
      "who will attend the board april 2023?",
    );
    expect(withMonthsNamed("is there a dmg next september", "2022-07-01")).toBe(
      "is there a dmg september 2022",
    );
    expect(withMonthsNamed("who will chair the next april meeting?", "2022-07-01")).toBe(
      "who will chair the next april meeting?",
    );
    expect(withMonthsNamed("what is planned for next april 2024?", "2022-07-01")).toBe(
      "what is planned for next april 2024?",
    );
  });

  it("reads a day written after its month with no year ('July 8', 'april 12th')", () => {
    expect(findDateMention("the july 8 board's agenda")?.spec).toEqual({
      kind: "dayOfMonth",
      month: 7,
      day: 8,
    });
    expect(findDateMention("the board on april 12th")?.spec).toEqual({
      kind: "dayOfMonth",
      month: 4,
      day: 12,
    });
    // Two figures after a month are its year, as before ("apr 22").
    expect(findDateMention("the apr 22 board")?.spec).toEqual({
      kind: "month",
      year: 2022,
      month: 4,
    });
  });

  it("names the month of 'last week' and 'the other week'", () => {
    expect(withMonthsNamed("did the dmg sign off the lcrb agenda last week?", "2020-06-12")).toBe(
      "did the dmg sign off the lcrb agenda in june 2020?",
    );
    expect(withMonthsNamed("who chaired the board the other week", "2023-04-17")).toBe(
      "who chaired the board in april 2023",
    );
    // Sweep 8, asked on 4 May 2022 of the board of 27 April 2022.
    expect(
      withMonthsNamed("last week's board - what did they say on teen homicide?", "2022-05-04"),
    ).toBe("the april 2022 board - what did they say on teen homicide?");
  });

  it("leaves 'this month' without a meeting of its own to the next-meeting answer", () => {
    expect(withMonthsNamed("is there a meeting this month", "2021-02-20")).toBe(
      "is there a meeting this month",
    );
  });
});

describe("dayReadingOfShortYear", () => {
  // 000_bc5123fd089beeb5.txt: "the January 14 LCRB meeting", asked as "the jan 14 lcrb".
  it("reads two digits after a month as its day too", () => {
    expect(dayReadingOfShortYear("what was agreed at the jan 14 lcrb?")).toEqual({
      kind: "dayOfMonth",
      month: 1,
      day: 14,
    });
  });

  it("reads no day where the digits cannot be one", () => {
    expect(dayReadingOfShortYear("the feb 45 board")).toBeNull();
    expect(dayReadingOfShortYear("the board in 2015")).toBeNull();
  });
});
