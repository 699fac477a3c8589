import { describe, expect, it } from "vitest";
import { cleanVenue, readHeader } from "../../../src/corpus/parse/header.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

function header(text: string) {
  const lines = toTextLines(text).filter((l) => l.text);
  return readHeader(lines, []);
}

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
    [" - Minutes", null],
    [" – 12:00", null],
    ["", null],
  ])("reads %j as %j", (text, venue) => {
    expect(cleanVenue(text)).toBe(venue);
  });
});
