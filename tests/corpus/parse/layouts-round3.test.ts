import { describe, expect, it } from "vitest";
import {
  findDatesAfter,
  findDaysWithoutYear,
  findMonthYears,
  weekdayOf,
} from "../../../src/corpus/parse/dates.js";
import { readHeader, timeAndVenueAfter } from "../../../src/corpus/parse/header.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// Rules drawn from the third blind round of minutes (tests/fixtures/minutes/*, copied from it).
// Every input is a real line from those files, or a real line with one word changed to show the
// rule's other side.

const header = (text: string) =>
  readHeader(
    toTextLines(text).filter((l) => l.text),
    [],
  );

const TITLE = "LCRB Delivery Management Group (DMG) – July 2020";
const HELD = "Notes of the meeting held on Monday 13 July via Microsoft Teams, 10am–11.30am";

describe("dates without a year", () => {
  it("finds a day and month with its weekday, and not the day of a full date", () => {
    expect(findDaysWithoutYear(HELD)).toEqual([
      { day: 13, month: 7, weekday: 1, index: 29, end: 43 },
    ]);
    expect(findDaysWithoutYear("Monday 13 July 2020")).toEqual([]);
  });

  it("reads a day and month followed by a comma and a time", () => {
    expect(findDatesAfter("LCRB: Tuesday 28 July, 2pm, virtual", "2020-07-13")[0]?.iso).toBe(
      "2020-07-28",
    );
  });

  it("finds a month and year with no day in a title", () => {
    expect(findMonthYears(TITLE)).toEqual([[7, 2020]]);
  });

  it("knows the weekday of a date", () => {
    expect(weekdayOf("2020-07-13")).toBe(1);
  });
});

describe("a header that gives the day in one place and the year in another", () => {
  it("takes the year from the title's month and year, with the time and venue of the day's line", () => {
    expect(header(`${TITLE}\n\n${HELD}\n`)).toEqual({
      body: "DMG",
      date: "2020-07-13",
      dateLine: 3,
      time: "10:00",
      venue: "Microsoft Teams",
    });
  });

  it("takes no date when the weekday disagrees with the year", () => {
    const wrongDay = HELD.replace("Monday", "Tuesday");
    expect(header(`${TITLE}\n\n${wrongDay}\n`).date).toBeNull();
  });

  it("takes no year from a title naming another month", () => {
    expect(header(`${TITLE.replace("July", "June")}\n\n${HELD}\n`).date).toBeNull();
  });

  it("takes the year from a publication date on or after the meeting", () => {
    const text = `LCRB Delivery Management Group (DMG)\n\n${HELD}\n\nPublication date: 20 January 2021\n`;
    const lines = toTextLines(text).filter((l) => l.text);
    expect(readHeader(lines, []).date).toBe("2020-07-13");
  });

  it("prefers a full date anywhere in the header", () => {
    expect(header(`${TITLE}\n\n${HELD}\n\nMonday 20 July 2020\n`).date).toBe("2020-07-20");
  });

  it("parses the whole file's header, attendance and items once the date is read", () => {
    const text = [
      TITLE,
      "",
      HELD,
      "",
      "Attendees: Grace Ogunleye (MOPAC, Chair), Det Supt Colin Marsh (MPS), Tom Varley (London Councils),",
      "Farida Begum (NPS), Owen Pritchard (CPS London), Dr Helen Ruddock (NHS England), Samuel Idowu (YJB),",
      "Nick Ramsay (HMCTS).",
      "",
      "Also in attendance: Lauren Kelsey (MOPAC, notes), Jide Akinola (VRU).",
      "",
      "Apologies were received from Chief Superintendent Andrea Fox (MPS) and Cllr Ahmed Farouk (London",
      "Councils).",
      "",
      "Agenda item 1 – Notes of the last meeting and actions",
      "",
      "The notes of the meeting held on 8 June were agreed.",
    ].join("\n");
    const meeting = parseMinutes(text, "dmg.txt").meeting;
    expect(meeting).toMatchObject({
      id: "dmg-2020-07-13",
      time: "10:00",
      venue: "Microsoft Teams",
    });
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
      [null, "Grace Ogunleye", "present"],
      ["Det Supt", "Colin Marsh", "present"],
      [null, "Tom Varley", "present"],
      [null, "Farida Begum", "present"],
      [null, "Owen Pritchard", "present"],
      ["Dr", "Helen Ruddock", "present"],
      [null, "Samuel Idowu", "present"],
      [null, "Nick Ramsay", "present"],
      [null, "Lauren Kelsey", "in_attendance"],
      [null, "Jide Akinola", "in_attendance"],
      ["Chief Superintendent", "Andrea Fox", "apologies"],
      ["Cllr", "Ahmed Farouk", "apologies"],
    ]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Notes of the last meeting and actions"],
    ]);
  });
});

describe("venue", () => {
  it("reads the place written between the date and the time", () => {
    const [day] = findDaysWithoutYear(HELD);
    const found = { iso: "2020-07-13", index: day?.index ?? 0, end: day?.end ?? 0 };
    expect(timeAndVenueAfter(HELD, found)).toEqual({ time: "10:00", venue: "Microsoft Teams" });
  });

  it("reads date, time and venue on three lines in a row", () => {
    expect(
      header(
        "London Crime Reduction Board\n\nMinutes\n\nMonday 12 March 2018\n14:30 – 16:30\nCommittee Room 4, City Hall\n",
      ),
    ).toMatchObject({ date: "2018-03-12", time: "14:30", venue: "Committee Room 4, City Hall" });
  });

  it("takes no venue from a third line that is a second time", () => {
    expect(
      header("London Crime Reduction Board\n\nMonday 12 March 2018\n14:30 – 16:30\n17:00\n"),
    ).toMatchObject({ time: "14:30", venue: null });
  });
});

describe("an 'Actions arising' list after actions recorded under their items", () => {
  const minutes = (list: string) =>
    [
      "London Crime Reduction Board",
      "Minutes of the meeting held on 12th April 2023 at 2pm, City Hall",
      "",
      "2. Knife crime",
      "",
      "ACTION: MOPAC to circulate the paper.",
      "",
      "Actions arising",
      list,
    ].join("\n");
  const actions = (list: string) =>
    parseMinutes(minutes(list), "lcrb.txt").meeting?.actions.map((a) => [a.owner, a.item, a.text]);

  it("drops an entry that restates an action recorded under its item", () => {
    expect(actions("1. MOPAC to circulate the paper (Item 2)")).toEqual([
      ["MOPAC", "2", "MOPAC to circulate the paper."],
    ]);
  });

  it("keeps an entry with another owner, another item or other wording", () => {
    expect(actions("1. HMCTS to circulate the paper (Item 2)")).toHaveLength(2);
    expect(actions("1. MOPAC to circulate the paper (Item 3)")).toHaveLength(2);
    expect(
      actions("1. HMCTS to circulate the court recovery plan for London to members (Item 2)."),
    ).toHaveLength(2);
  });

  it("keeps every entry of a list with no actions recorded under the items", () => {
    const text = [
      "LCRB Delivery Management Group (DMG) – July 2020",
      "",
      "Notes of the meeting held on Monday 13 July via Microsoft Teams, 10am–11.30am",
      "",
      "Agenda item 2 – COVID-19: court recovery",
      "",
      "HMCTS reported that 14 Crown Court rooms in London had been adapted.",
      "",
      "Actions arising",
      "",
      "1. HMCTS to circulate the court recovery plan for London to members (Item 2).",
      "2. YJB and London Councils to review the remand cases from April to June (Item 3).",
    ].join("\n");
    expect(
      parseMinutes(text, "dmg.txt").meeting?.actions.map((a) => [a.id, a.owner, a.item]),
    ).toEqual([
      ["1", "HMCTS", "2"],
      ["2", "YJB and London Councils", "3"],
    ]);
  });
});
