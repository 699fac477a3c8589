import { describe, expect, it } from "vitest";
import { withDaysNamed } from "../../src/answers/days-named.js";

describe("withDaysNamed", () => {
  // 14 April 2023 was a Friday; the board met on Wednesday 12 April 2023.
  it.each([
    ["how many lc people at the board on weds", "how many lc people at the board on 12 april 2023"],
    [
      "last wed's board - who came for probation?",
      "between 5 april 2023 and 12 april 2023 board - who came for probation?",
    ],
    ["what did the wednesday board decide", "what did the 12 april 2023 board decide"],
    ["did the dmg meet on mon?", "did the dmg meet on 10 april 2023?"],
    ["is the board on next tues?", "is the board on 18 april 2023?"],
    ["who was at friday's board", "who was at the 14 april 2023 board"],
  ])("writes the weekday in %j as the day it names from a Friday", (text, written) => {
    expect(withDaysNamed(text, "2023-04-14")).toBe(written);
  });

  it("reads 'last wednesday' as either of the two Wednesdays people mean by it", () => {
    // Asked on Thursday 20 April 2023, of the board on Wednesday 12 April 2023.
    expect(withDaysNamed("how many apols at the lcrb last wed?", "2023-04-20")).toBe(
      "how many apols at the lcrb between 12 april 2023 and 19 april 2023?",
    );
  });

  it("leaves a weekday written before its date, and words that only look like days", () => {
    expect(withDaysNamed("the dmg on monday 8 june 2020", "2023-04-14")).toBe(
      "the dmg on monday 8 june 2020",
    );
    expect(withDaysNamed("the board sat in april, the sun came out", "2023-04-14")).toBe(
      "the board sat in april, the sun came out",
    );
    expect(withDaysNamed("does the board meet on a monday or every tuesday?", "2023-04-14")).toBe(
      "does the board meet on a monday or every tuesday?",
    );
  });

  it("writes 'the day before yesterday' as that day", () => {
    // 12 April 2023 was a Wednesday; asked on Friday the 14th.
    expect(withDaysNamed("the board the day before yesterday - who came?", "2023-04-14")).toBe(
      "the board on 12 april 2023 - who came?",
    );
  });

  it("writes 'the week before last' as the Monday to Sunday two weeks back", () => {
    // Asked on Tuesday 10 May 2022: the week of Monday 25 April.
    expect(withDaysNamed("the board the week before last - who came?", "2022-05-10")).toBe(
      "the board between 25 april 2022 and 1 may 2022 - who came?",
    );
  });

  it("reads 'the beginning of the week' as this week up to today", () => {
    expect(
      withDaysNamed("the dmg at the beginning of the week - anyone from the yjb?", "2020-06-12"),
    ).toBe("the dmg between 8 june 2020 and 12 june 2020 - anyone from the yjb?");
  });

  it("writes 'earlier this week' and 'earlier this month' as the days up to today", () => {
    expect(withDaysNamed("did the dmg meet earlier this week?", "2020-09-10")).toBe(
      "did the dmg meet between 7 september 2020 and 10 september 2020?",
    );
    expect(withDaysNamed("who chaired the board earlier in the week?", "2021-02-05")).toBe(
      "who chaired the board between 1 february 2021 and 5 february 2021?",
    );
    expect(withDaysNamed("who from hmcts was at the board earlier this month", "2021-02-20")).toBe(
      "who from hmcts was at the board between 1 february 2021 and 20 february 2021",
    );
  });
  it("writes 'this week's' as the days of today's week, Monday to Sunday", () => {
    // Friday 5 February 2021, of the board on Tuesday 2 February 2021.
    expect(
      withDaysNamed("this week's board - did it cover the assessment centre?", "2021-02-05"),
    ).toBe(
      "between 1 february 2021 and 7 february 2021 board - did it cover the assessment centre?",
    );
    // "This week" alone asks what is still to come (time-window.ts).
    expect(withDaysNamed("is the board meeting this week", "2021-02-05")).toBe(
      "is the board meeting this week",
    );
  });

  it("writes 'N days ago' as that day, with a day either side past two days", () => {
    expect(withDaysNamed("the board 10 days ago - anyone from the CRC?", "2015-03-20")).toBe(
      "the board between 9 march 2015 and 11 march 2015 - anyone from the CRC?",
    );
    expect(withDaysNamed("who chaired the dmg two days ago", "2020-06-10")).toBe(
      "who chaired the dmg on 8 june 2020",
    );
  });

  it("writes a day of the month alone as the latest such day on or before today", () => {
    expect(
      withDaysNamed("the board on the 27th - anyone from the private office?", "2022-05-10"),
    ).toBe("the board on 27 april 2022 - anyone from the private office?");
    expect(withDaysNamed("the mtg of the 10th", "2015-03-25")).toBe("the mtg of 10 march 2015");
    // A 31st is in the last month that has one.
    expect(withDaysNamed("who came on the 31st?", "2023-05-10")).toBe("who came on 31 march 2023?");
  });

  it("leaves an ordinal before a month or a noun to the readers of dates and counts", () => {
    expect(withDaysNamed("who came on the 12th of april?", "2023-05-10")).toBe(
      "who came on the 12th of april?",
    );
    expect(withDaysNamed("what was said on the 2nd item", "2023-05-10")).toBe(
      "what was said on the 2nd item",
    );
  });

  it("leaves a weekday written before a month-first date, which the date readers take whole", () => {
    expect(withDaysNamed("who came on Wednesday April 12th 2023?", "2026-12-05")).toBe(
      "who came on Wednesday April 12th 2023?",
    );
    expect(withDaysNamed("who attended on tuesday, march 10 2015?", "2026-12-05")).toBe(
      "who attended on tuesday, march 10 2015?",
    );
  });

  it("reads 'last sat' after a board as the board sitting, not as Saturday", () => {
    expect(withDaysNamed("who chaired when the dmg last sat?", "2026-12-05")).toBe(
      "who chaired when the dmg last sat?",
    );
    // Saturday 8 April 2023 was the Saturday before Friday 14 April 2023.
    expect(withDaysNamed("who was at the board on sat?", "2023-04-14")).toBe(
      "who was at the board on 8 april 2023?",
    );
    expect(withDaysNamed("who was at last sat's board?", "2023-04-14")).toBe(
      "who was at between 1 april 2023 and 8 april 2023 board?",
    );
  });

  it("leaves a weekday that names a subject rather than a day", () => {
    for (const text of [
      "what did the board say about super thursday?",
      "what was said about policing on saturday nights?",
      "what was said about the friday night economy?",
      "what did sophie linden say about black friday fraud?",
    ])
      expect(withDaysNamed(text, "2026-12-05")).toBe(text);
    // A day before a meeting word or at the end of the question is still a day.
    expect(withDaysNamed("who chaired the thursday meeting?", "2023-04-14")).toBe(
      "who chaired the 13 april 2023 meeting?",
    );
    expect(withDaysNamed("was anyone from probation there on thursday?", "2023-04-14")).toBe(
      "was anyone from probation there on 13 april 2023?",
    );
  });
});
