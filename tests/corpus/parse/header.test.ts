import { describe, expect, it } from "vitest";
import { findDaysWithoutYear } from "../../../src/corpus/parse/dates.js";
import {
  cleanVenue,
  readBody,
  readHeader,
  timeAndVenueAfter,
} from "../../../src/corpus/parse/header.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

function header(text: string) {
  const lines = toTextLines(text).filter((l) => l.text);
  return readHeader(lines, []);
}

// dmg-2020-07-13-month-title-paragraphs: the day in the "held on" line, the year only in the title.
const TITLE = "LCRB Delivery Management Group (DMG) – July 2020";
const HELD = "Notes of the meeting held on Monday 13 July via Microsoft Teams, 10am–11.30am";

describe("readHeader", () => {
  it("reads the sub-group under the Board's name, with date, time and venue (corpus/000)", () => {
    expect(
      header(
        "\n\nLondon Crime Reduction Board\n\nDelivery Management Group\n\nPublic record of meeting\n\nMonday 8 June 2020, 14:00, MS Teams\n",
      ),
    ).toEqual({
      body: "DMG",
      date: "2020-06-08",
      dateLine: 9,
      time: "14:00",
      venue: "MS Teams",
    });
  });

  it("reads a 'Start time:' field (unseen-minutes/10)", () => {
    expect(
      header(
        "LONDON CRIME REDUCTION BOARD – MINUTES\n\nMeeting date: 04/12/2024\nStart time: 09:30\nLocation: Committee Room 1, City Hall\n",
      ),
    ).toMatchObject({ date: "2024-12-04", time: "09:30", venue: "Committee Room 1, City Hall" });
  });

  it("reads a 'Start:' field (unseen-minutes-2/15)", () => {
    expect(
      header(
        "London Crime Reduction Board\n\nMinutes of the meeting of 14/06/2023\nStart: 15:00\nLocation: Committee Room 3, City Hall\n",
      ),
    ).toMatchObject({ date: "2023-06-14", time: "15:00", venue: "Committee Room 3, City Hall" });
  });

  it("reads labelled fields run on one line between bars (unseen-minutes-2/14)", () => {
    expect(
      header(
        "# London Crime Reduction Board – Minutes\n\n**Date:** 21 September 2022 | **Time:** 14:30 | **Venue:** The Chamber, City Hall\n",
      ),
    ).toMatchObject({ date: "2022-09-21", time: "14:30", venue: "The Chamber, City Hall" });
  });

  it("reads the place under a date line that gave the time, a room number in it (unseen-minutes-2/17)", () => {
    expect(
      header(
        "DELIVERY MANAGEMENT GROUP – NOTE OF MEETING\n12.05.2022, 10.00am – 12.00pm\nRoom 2.14, 169 Union Street\n",
      ),
    ).toMatchObject({ date: "2022-05-12", time: "10:00", venue: "Room 2.14, 169 Union Street" });
  });

  it("leaves out the word leading from the place to the time (unseen-minutes-2/16)", () => {
    expect(
      header(
        "London Crime Reduction Board – minutes of the meeting held on Wednesday\n19 October 2022 at City Hall, from 2pm to 4pm.\n",
      ),
    ).toMatchObject({ date: "2022-10-19", time: "14:00", venue: "City Hall" });
  });

  it("reads '3:30' as the afternoon and the venue after it (corpus/004)", () => {
    expect(
      header(
        "London Crime Reduction Board\n\nMinutes of Meeting\n\nTuesday 10 March 2015, 3:30 Mayor's Office, City Hall, GLA\n",
      ),
    ).toMatchObject({
      body: "LCRB",
      date: "2015-03-10",
      time: "15:30",
      venue: "Mayor's Office, City Hall, GLA",
    });
  });

  it.each([
    ["London Crime Reduction Board meeting minutes - 2 February 2021", "2021-02-02"],
    ["London Crime Reduction Board meeting minutes -27 April 2022", "2022-04-27"],
  ])("reads the date from a title and takes no venue from it: %j", (title, date) => {
    expect(header(title)).toMatchObject({ body: "LCRB", date, time: null, venue: null });
  });

  it("does not take the word after a title's date for a venue (corpus/002)", () => {
    expect(header("London Crime Reduction Board - 12 April 2023 - Minutes")).toMatchObject({
      date: "2023-04-12",
      venue: null,
    });
  });

  it("uses the publication date only when nothing better exists", () => {
    const both =
      "London Crime Reduction Board - 12 April 2023\n\nPublication date: Friday 5 May 2023";
    expect(header(both).date).toBe("2023-04-12");
    expect(
      header("London Crime Reduction Board minutes\n\nPublication date: Tuesday 9 June 2015").date,
    ).toBe("2015-06-09");
  });

  it("reads labelled fields: 'Date: 27/04/2022', 'Time: 10.00am', 'Venue: …'", () => {
    expect(
      header(
        "LONDON CRIME REDUCTION BOARD\nDELIVERY MANAGEMENT GROUP\n\nDate: 27/04/2022\nTime: 10.00am\nVenue: Virtual meeting",
      ),
    ).toMatchObject({ body: "DMG", date: "2022-04-27", time: "10:00", venue: "Virtual meeting" });
  });

  it("reads '2pm' and a venue written on the line under the date", () => {
    expect(
      header(
        "London Crime Reduction Board\nThursday 12th April 2023, 2pm\nCommittee Room 5, City Hall",
      ),
    ).toMatchObject({ date: "2023-04-12", time: "14:00", venue: "Committee Room 5, City Hall" });
  });

  it("reads a venue written before the date in a header sentence", () => {
    expect(
      header(
        "Minutes of the meeting of the London Crime Reduction Board held at City Hall on Thursday 30 June 2016 at 4.30pm",
      ),
    ).toMatchObject({ date: "2016-06-30", time: "16:30", venue: "City Hall" });
  });

  it("reads a venue after 'held in the' without the sentence's article (unseen-minutes-5/37)", () => {
    expect(
      header(
        "MINUTES of the meeting of the London Crime Reduction Board held in the Council Chamber, Wandle Civic Centre on Thursday, 11 July 2024 at 6.30 p.m.",
      ),
    ).toMatchObject({
      date: "2024-07-11",
      time: "18:30",
      venue: "Council Chamber, Wandle Civic Centre",
    });
  });

  it("reads where and when the meeting was held from a header sentence apart from the date (unseen-minutes-5/45)", () => {
    expect(
      header(
        "London Crime Reduction Board\n\nNote of the meeting of 4 December 2024\n\nThe meeting was held at City Hall and began at 10.00am.",
      ),
    ).toMatchObject({ date: "2024-12-04", time: "10:00", venue: "City Hall" });
  });

  it("reads no time from a sentence where the figure is not when it began", () => {
    expect(
      header(
        "London Crime Reduction Board\n\nNote of the meeting of 4 December 2024\n\nThe meeting began with 12 questions from the public.",
      ),
    ).toMatchObject({ time: null, venue: null });
  });

  it("ignores an end time after the start time", () => {
    expect(
      header(
        "LONDON CRIME REDUCTION BOARD\n\nMinutes of the meeting held on Tuesday 14 March 2017, 10:00 – 12:00",
      ),
    ).toMatchObject({ time: "10:00", venue: null });
  });

  it("gives null body and date when the heading names neither", () => {
    expect(header("Shopping list\n\nmilk, eggs")).toMatchObject({ body: null, date: null });
  });
});

describe("cleanVenue", () => {
  it.each([
    [", MS Teams", "MS Teams"],
    [" at City Hall", "City Hall"],
    [", virtual meeting", "virtual meeting"],
    ["the Council Chamber, Wandle Civic Centre", "Council Chamber, Wandle Civic Centre"],
    ["The Chamber, City Hall", "The Chamber, City Hall"],
    [" - Minutes", null],
    [" – 12:00", null],
    ["", null],
    // layout-variants-10b-2/119: a form's label of the place after the time.
    ["    Place:    Room 1.05, MOPAC, 169 Union Street", "Room 1.05, MOPAC, 169 Union Street"],
  ])("reads %j as %j", (text, venue) => {
    expect(cleanVenue(text)).toBe(venue);
  });
});

describe("readHeader: time and venue", () => {
  it("reads time and venue from the line under the date (lcrb-2014-12-03, lcrb-2017-09-19)", () => {
    expect(
      header(
        "LCRB\n\nMinutes of meeting held on Wednesday, 3rd December 2014\n2 – 4pm, Mayor's Office, City Hall\n",
      ),
    ).toMatchObject({ time: "14:00", venue: "Mayor's Office, City Hall" });
    expect(
      header(
        "LONDON CRIME REDUCTION BOARD\n\nTuesday 19 September 2017                                  Committee Room 4, City Hall\n12 noon\n",
      ),
    ).toMatchObject({ time: "12:00", venue: "Committee Room 4, City Hall" });
  });

  it("reads a second statement of the date for its time and place ('Meeting held on Zoom, …', lcrb-2020-05-11)", () => {
    expect(
      header(
        "London Crime Reduction Board: minutes of the meeting on 11 May 2020\n\nMeeting held on Zoom, Monday 11 May 2020, 1.30pm\n",
      ),
    ).toMatchObject({ date: "2020-05-11", time: "13:30", venue: "Zoom" });
  });
});

describe("readHeader: the day in one place and the year in another", () => {
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
});

describe("venue", () => {
  it("reads the place written between the date and the time", () => {
    const [day] = findDaysWithoutYear(HELD);
    const found = { iso: "2020-07-13", index: day?.index ?? 0, end: day?.end ?? 0 };
    expect(timeAndVenueAfter(HELD, found)).toEqual({ time: "10:00", venue: "Microsoft Teams" });
  });

  it("reads date, time and venue on three lines in a row (lcrb-2018-03-12)", () => {
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

  it("reads a table of fields copied one cell a line, each label over its value (unseen-minutes-3/24)", () => {
    expect(
      header(
        "DELIVERY MANAGEMENT GROUP\n\nMeeting\nDelivery Management Group\nDate\nMonday 12 February 2024\nTime\n11.00am\nVenue\nConference Room B, City Hall\n",
      ),
    ).toMatchObject({ date: "2024-02-12", time: "11:00", venue: "Conference Room B, City Hall" });
  });

  it("reads the place after the time when bars part date, time and place (unseen-minutes-3/25)", () => {
    expect(
      header(
        "London Crime Reduction Board – Delivery Management Group\n\nMinutes of meeting: 07-02-2024 | 09:30 | Room 3.04, 169 Union Street and MS Teams\n",
      ),
    ).toMatchObject({
      date: "2024-02-07",
      time: "09:30",
      venue: "Room 3.04, 169 Union Street and MS Teams",
    });
  });
});

describe("readHeader: when the record was exported is not when the meeting was held (unseen-minutes-6/49)", () => {
  describe("as round 6 writes it", () => {
    it("reads the meeting's start, not the export's timestamp in the title", () => {
      expect(
        header(
          "London Crime Reduction Board\nRecord of meeting (exported from the committee system 2024-04-12 09:14)\n\nMeeting start: 2024-04-10T14:00:00+01:00\nLocation: Committee Room 2, City Hall\n",
        ),
      ).toMatchObject({ date: "2024-04-10", time: "14:00", venue: "Committee Room 2, City Hall" });
    });
  });

  describe("written otherwise", () => {
    it.each([
      "Generated by ModernGov on 12/04/2024 at 09:14",
      "Printed: 12 April 2024 09:14",
      "Last updated: 12 April 2024, 09:14",
      "Downloaded 2024-04-12 09:14",
    ])("reads the meeting's date under %j", (stamp) => {
      expect(
        header(
          `London Crime Reduction Board – minutes\n${stamp}\nMeeting date: 10 April 2024\nTime: 2pm\nVenue: City Hall\n`,
        ),
      ).toMatchObject({ date: "2024-04-10", time: "14:00", venue: "City Hall" });
    });
  });

  describe("left as it was", () => {
    it("reads the export's date when the minutes state no other", () => {
      expect(
        header("London Crime Reduction Board\nMinutes exported 12 April 2024\n"),
      ).toMatchObject({ date: "2024-04-12", time: null });
    });

    // Review C4: the export words on the meeting's own date line, before it or after it.
    it.each([
      [
        "Minutes of the meeting held on 12 June 2024, 14:00, City Hall (printed copy for members)",
        "City Hall (printed copy for members)",
      ],
      [
        "Draft minutes, last updated by the secretariat, of the meeting of 12 June 2024 at 14:00, City Hall",
        "City Hall",
      ],
    ])("reads the time and venue of the meeting's date line %j", (line, venue) => {
      expect(header(`London Crime Reduction Board\n${line}\n`)).toMatchObject({
        date: "2024-06-12",
        time: "14:00",
        venue,
      });
    });

    it("reads the date of a meeting whose heading states it", () => {
      expect(
        header(
          "London Crime Reduction Board\nMinutes of the meeting held on 10 April 2024 at 2pm, City Hall\n",
        ),
      ).toMatchObject({ date: "2024-04-10", time: "14:00", venue: "City Hall" });
    });
  });
});

describe("cleanVenue: what is no place (unseen-minutes-6/46, /48)", () => {
  describe("as round 6 writes it", () => {
    it("reads no venue in the weekday after a date", () => {
      expect(
        header(
          "London Crime Reduction Board\n\nMinutes\n\nDate:   12th June 2024 (Wednesday)\nTime:   18:00hrs\nPlace:  Committee Room 4, City Hall\n",
        ),
      ).toMatchObject({ date: "2024-06-12", time: "18:00", venue: "Committee Room 4, City Hall" });
    });

    it("keeps a note on how to join out of the venue", () => {
      expect(
        cleanVenue("Room 4.10, 169 Union Street (hybrid – Teams link in the calendar invite)"),
      ).toBe("Room 4.10, 169 Union Street");
    });
  });

  describe("written otherwise", () => {
    it.each(["(Weds)", "(Thu)", "– Wednesday", "(Tuesday)", "(Thurs.)", "Sat"])(
      "reads no venue in %j",
      (text) => {
        expect(cleanVenue(text)).toBeNull();
      },
    );

    it.each([
      ["City Hall (hybrid)", "City Hall"],
      ["Committee Room 2, City Hall (Teams link to follow)", "Committee Room 2, City Hall"],
      ["169 Union Street (and online via Zoom)", "169 Union Street"],
      ["City Hall (dial-in details in the invite)", "City Hall"],
    ])("reads %j as %j", (text, venue) => {
      expect(cleanVenue(text)).toBe(venue);
    });
  });

  describe("left as it was", () => {
    it.each([
      ["City Hall (Room 5.02)", "City Hall (Room 5.02)"],
      ["Wednesday Room, Civic Centre", "Wednesday Room, Civic Centre"],
      // Review C18: one-word places that start with a weekday's letters.
      ["Monument", "Monument"],
      ["Thurrock", "Thurrock"],
      ["Sunbury", "Sunbury"],
      ["Wednesbury", "Wednesbury"],
      ["(virtual)", "virtual"],
      ["MS Teams", "MS Teams"],
    ])("reads %j as %j", (text, venue) => {
      expect(cleanVenue(text)).toBe(venue);
    });
  });
});

describe("readHeader: a one-word venue after the time (review C18)", () => {
  it("reads 'Monument' as the venue", () => {
    expect(
      header(
        "London Crime Reduction Board\nMinutes of the meeting held on 12 June 2024, 14:00, Monument\n",
      ),
    ).toMatchObject({ date: "2024-06-12", time: "14:00", venue: "Monument" });
  });
});

describe("readHeader: a timestamp in UTC after the meeting's date (written after round 6)", () => {
  it("reads the time on London's clock, the day taken from the date before it", () => {
    expect(
      header(
        "London Crime Reduction Board\nMeeting start: 2024-07-10T13:00:00Z\nLocation: Committee Room 2, City Hall\n",
      ),
    ).toMatchObject({ date: "2024-07-10", time: "14:00" });
  });
});

describe("readHeader: time and venue in fields parted by bars, and under the date restated (unseen-minutes-7/58, /60, /61)", () => {
  it.each([
    // 61: a markdown table of the header's fields, a label and its value a row.
    [
      "# Delivery Management Group — minutes\n\n| | |\n|---|---|\n| **Date** | 27/11/2024 |\n| **Time** | 14:00 – 15:00 |\n| **Location** | MS Teams |\n",
      { date: "2024-11-27", time: "14:00", venue: "MS Teams" },
    ],
    // Written otherwise: the labels and values run on in one row.
    [
      "LCRB minutes\nDate | 3 March 2025 | Time | 10:00 | Venue | Room 2.10, City Hall\n",
      { date: "2025-03-03", time: "10:00", venue: "Room 2.10, City Hall" },
    ],
    // 60: a one-line header, the time in its field before the date.
    [
      "LCRB | Quarterly Board | 2:30pm–4pm | Tues 1 Oct 2024 | Livery Hall, Guildhall\n",
      { date: "2024-10-01", time: "14:30", venue: "Livery Hall, Guildhall" },
    ],
    // Written otherwise.
    [
      "DMG | 10:00 | 3 March 2025 | MS Teams\n",
      { date: "2025-03-03", time: "10:00", venue: "MS Teams" },
    ],
    [
      "Board meeting | 14:00 – 16:00 | 12 June 2024 | Committee Room 2, City Hall\n",
      { date: "2024-06-12", time: "14:00", venue: "Committee Room 2, City Hall" },
    ],
    // 58: terse notes, the day restated without its year over the time and place.
    [
      "dmg notes 02/12/24\nmon 2 dec, 10am, teams\n",
      { date: "2024-12-02", time: "10:00", venue: "teams" },
    ],
    // Written otherwise.
    [
      "Board notes – 5 March 2025\nWed 5 March, 2pm, Room 4, City Hall\n",
      { date: "2025-03-05", time: "14:00", venue: "Room 4, City Hall" },
    ],
  ])("reads %j", (text, want) => {
    expect(header(text)).toMatchObject(want);
  });

  it.each([
    // Another day under the date is no statement of it: its time is not the meeting's.
    ["DMG notes 02/12/24\nfri 6 dec, 10am, teams\n", { time: null }],
    // A title's fields after the date are no place.
    ["LCRB | 3 March 2025 | Minutes\n", { time: null, venue: null }],
  ])("reads %j as before", (text, want) => {
    expect(header(text)).toMatchObject(want);
  });
});

describe("a venue's other place in a bracket, and a bracket left open (unseen-minutes-8/68, /65)", () => {
  it.each([
    // 68: the meeting was held in the room and on Teams both.
    [
      "Room 5.12, 169 Union Street, SE1 (and Teams)",
      "Room 5.12, 169 Union Street, SE1 (and Teams)",
    ],
    // layout-variants-8b/84, and written otherwise.
    [
      " at MOPAC, 169 Union Street, SE1 (and Microsoft Teams).",
      "MOPAC, 169 Union Street, SE1 (and Microsoft Teams)",
    ],
    ["The Chamber, City Hall (& online)", "The Chamber, City Hall (& online)"],
    // 65: the closing bracket of "(14:00, MOPAC, 169 Union Street)" after the time.
    [", MOPAC, 169 Union Street)", "MOPAC, 169 Union Street"],
  ])("reads %j as %j", (text, venue) => {
    expect(cleanVenue(text)).toBe(venue);
  });

  it("still keeps a note on how to join out of the venue", () => {
    expect(cleanVenue("City Hall (Teams link in the invite)")).toBe("City Hall");
  });
});

describe("the opening sentence wrapped over lines (unseen-minutes-8/62, /67)", () => {
  it("reads the place before the date and the time after it across the lines", () => {
    expect(
      header(
        [
          "                          LONDON CRIME REDUCTION BOARD",
          "",
          "               MINUTES of a meeting of the London Crime Reduction Board",
          "               held in Committee Room 4, City Hall, Kamal Chunchie Way,",
          "               London E16 1ZE on Thursday, 6th February, 2025 at 10.00 am",
        ].join("\n"),
      ),
    ).toMatchObject({
      date: "2025-02-06",
      time: "10:00",
      venue: "Committee Room 4, City Hall, Kamal Chunchie Way, London E16 1ZE",
    });
  });

  it("reads the time and place on the line under the date (layout-variants-8b/84)", () => {
    expect(
      header(
        [
          "Delivery Management Group",
          "",
          "Note of the meeting of the Delivery Management Group held on Tuesday 3 June 2025",
          "at 9.30am at MOPAC, 169 Union Street, SE1 (and Microsoft Teams).",
        ].join("\n"),
      ),
    ).toMatchObject({
      date: "2025-06-03",
      time: "09:30",
      venue: "MOPAC, 169 Union Street, SE1 (and Microsoft Teams)",
    });
  });

  it("joins no title over the date line into a sentence", () => {
    expect(
      header(
        [
          "London Crime Reduction Board",
          "Minutes of the meeting held on 5 May 2020",
          "Committee Room 4, City Hall",
        ].join("\n"),
      ),
    ).toMatchObject({ date: "2020-05-05", venue: "Committee Room 4, City Hall" });
  });
});

describe("readHeader: fields parted by middle dots (unseen-minutes-9/71)", () => {
  it("reads the time and the venue after the date", () => {
    expect(
      header(
        "London Crime Reduction Board\nMeeting notes\nWed 2 Jul 2025 · 2.30–4pm · The Chamber, City Hall\n",
      ),
    ).toMatchObject({ date: "2025-07-02", time: "14:30", venue: "The Chamber, City Hall" });
  });

  it("reads them as a DMG's notes write them (layout-variants-9b/91)", () => {
    expect(
      header(
        "Delivery Management Group\nNotes\nTue 14 Oct 2025 · 10am–11.30am · Room 4.02, 169 Union Street\n",
      ),
    ).toMatchObject({ date: "2025-10-14", time: "10:00", venue: "Room 4.02, 169 Union Street" });
  });
});

// unseen-minutes-9/76: a SharePoint list item names the sub-group by "DMG" alone, in a field's value.
describe("readBody: 'DMG' alone", () => {
  const bodyOf = (...lines: string[]) => readBody(toTextLines(lines.join("\n")));

  it("names the sub-group opening the line or a field's value", () => {
    expect(bodyOf("Meeting Records - DMG", "", "Title: DMG 22 October 2025")).toBe("DMG");
    expect(bodyOf("DMG notes - 4 March 2025")).toBe("DMG");
  });

  it("names no body inside a sentence or after other words, where the Board's minutes speak of the group", () => {
    expect(bodyOf("Minutes", "Update from the DMG chair")).toBeNull();
    expect(bodyOf("Meeting Records - DMG")).toBeNull();
  });
});
