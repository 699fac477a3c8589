import { describe, expect, it } from "vitest";
import { looksLikeListEntry, readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import {
  editDistance,
  readMisspeltAttendanceHeading,
} from "../../../src/corpus/parse/attendance-headings.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { splitHonorific } from "../../../src/corpus/parse/people.js";

// Rules drawn from the fourth blind round of minutes (tests/fixtures/minutes/*, copied from it).
// Every input is a real line from those files, or a real line with one word changed to show the
// rule's other side.

const people = (line: string) =>
  readAttendanceLine(line, "present").map((p) => [p.honorific, p.name, p.role, p.organisation]);

const minutes = (...body: string[]) =>
  parseMinutes(
    ["London Crime Reduction Board", "", "Tuesday 22 June 2021", "", ...body].join("\n"),
    "lcrb.txt",
  ).meeting;

describe("a line the rules cannot read inside an attendance list", () => {
  // "Independent Chair" has no name the rules know: the list must go on past it.
  const list = [
    "Board and advisors",
    "",
    "Independent Chair of the Board, Youth Justice Board",
    "",
    "Sophie Linden, Deputy Mayor for Policing and Crime",
    "",
    "Claire Waxman, London Victims Commissioner",
    "",
    "1. Agreement of minutes",
    "",
    "The minutes of the last meeting were agreed.",
  ];

  it("does not end the list, and the people after it are still read", () => {
    const meeting = minutes(...list);
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Sophie Linden", "Claire Waxman"]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([["1", "Agreement of minutes"]]);
  });

  it("is a heading when prose follows it", () => {
    const meeting = minutes(
      "Board and advisors",
      "",
      "Sophie Linden, Deputy Mayor for Policing and Crime",
      "",
      "Knife Crime and Serious Violence",
      "",
      "The Board discussed the summer plan for violence reduction.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      [null, "Knife Crime and Serious Violence"],
    ]);
  });

  it("looks like an entry when short and capitalised, with no sentence punctuation", () => {
    expect(looksLikeListEntry("Mayor of London Sadiq Khan, Chair")).toBe(true);
    expect(looksLikeListEntry("Lionel Idan (LI Chief Crown Prosecutor, CPS London North")).toBe(
      true,
    );
    expect(looksLikeListEntry("The Board discussed the summer plan.")).toBe(false);
    expect(looksLikeListEntry("Minutes of the meeting held on 17 September 2019 were agreed")).toBe(
      false,
    );
  });
});

describe("a title of office ending in the place it serves", () => {
  it("reads 'Mayor of London Sadiq Khan' as the title and the name", () => {
    expect(people("Mayor of London Sadiq Khan, Chair")).toEqual([
      ["Mayor of London", "Sadiq Khan", "Chair", null],
    ]);
  });

  it("takes a place of two words when the rest is the name alone", () => {
    expect(splitHonorific("Mayor of Tower Hamlets John Biggs")).toEqual({
      honorific: "Mayor of Tower Hamlets",
      rest: "John Biggs",
    });
  });

  it("leaves a title with no name after its place alone", () => {
    expect(splitHonorific("Mayor of London")).toEqual({ honorific: "Mayor", rest: "of London" });
  });
});

describe("a misspelt attendance heading", () => {
  it("reads a heading word one letter out as the heading", () => {
    expect(readMisspeltAttendanceHeading("Apologes")).toEqual({ status: "apologies" });
    expect(readMisspeltAttendanceHeading("Attendess")).toEqual({ status: "present" });
    expect(readMisspeltAttendanceHeading("Attendence")).toEqual({ status: "present" });
  });

  it("does not read short words, words two letters out, or more than the heading", () => {
    expect(readMisspeltAttendanceHeading("Absnt")).toBeNull();
    expect(readMisspeltAttendanceHeading("Apolgoes")).toBeNull();
    expect(readMisspeltAttendanceHeading("Apologes from the Board")).toBeNull();
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("apolgoies", "apologies")).toBe(1);
    expect(editDistance("apologes", "apologies")).toBe(1);
  });

  it("opens the apologies when people follow it, and is an item heading when prose does", () => {
    const list = (next: string) =>
      minutes(
        "Officials in attendance",
        "",
        "Kenny Bowie, MOPAC",
        "",
        "Prevent",
        "",
        next,
        "",
        "Item 2 – Minutes and actions",
      );
    const apologies = minutes(
      "Officials in attendance",
      "",
      "Kenny Bowie, MOPAC",
      "",
      "Apologes",
      "",
      "Baroness Rennie Fritchie, London Criminal Justice Board",
      "Barry Hughes, CPS London South",
      "",
      "Item 2 – Minutes and actions",
    );
    expect(apologies?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Kenny Bowie", "in_attendance"],
      ["Rennie Fritchie", "apologies"],
      ["Barry Hughes", "apologies"],
    ]);
    expect(apologies?.items.map((i) => i.number)).toEqual(["2"]);
    // "Prevent" is one letter from "Present", but prose follows it.
    const prevent = list("The Board noted the Prevent referrals for the quarter.");
    expect(prevent?.attendees.map((a) => a.name)).toEqual(["Kenny Bowie"]);
    expect(prevent?.items.map((i) => i.title)).toEqual(["Prevent", "Minutes and actions"]);
  });
});

describe("people run together with their initials in brackets", () => {
  it("leaves a title of office that ends the role before a name with the role", () => {
    expect(
      people(
        "Claire Waxman (CW) London Victims Commissioner Kilvinder Vigurs (KV) Regional Director, Probation",
      ),
    ).toEqual([
      [null, "Claire Waxman", "London Victims Commissioner", null],
      [null, "Kilvinder Vigurs", "Regional Director", "Probation"],
    ]);
  });

  it("gives a title after a body's name to the next person", () => {
    expect(people("Jane Smith (JS) MPS Commander Bob Jones (BJ) MPS")).toEqual([
      [null, "Jane Smith", null, "MPS"],
      ["Commander", "Bob Jones", null, "MPS"],
    ]);
  });

  it("gives every title of a sequence before the name to the next person", () => {
    expect(
      people(
        "Cllr Darren Rodwell (DR) London Councils Professor Sir Keith Hawton (KH) London Health Board",
      ),
    ).toEqual([
      ["Cllr", "Darren Rodwell", null, "London Councils"],
      ["Professor Sir", "Keith Hawton", null, "London Health Board"],
    ]);
  });

  it("drops initials whose bracket was never closed", () => {
    expect(people("Diana Luchford (DL CEO, MOPAC")).toEqual([
      [null, "Diana Luchford", "CEO", "MOPAC"],
    ]);
    expect(people("Lionel Idan (LI Chief Crown Prosecutor, CPS London North")).toEqual([
      [null, "Lionel Idan", "Chief Crown Prosecutor", "CPS London North"],
    ]);
  });
});

describe("honorifics written with full stops", () => {
  it("reads 'Rt. Hon. Sir' as 'Rt Hon Sir'", () => {
    expect(splitHonorific("Rt. Hon. Sir Geoffrey Marlow MP")).toEqual({
      honorific: "Rt Hon Sir",
      rest: "Geoffrey Marlow MP",
    });
    expect(people("Cllr. Georgia Gould, Chair, London Councils")).toEqual([
      ["Cllr", "Georgia Gould", "Chair", "London Councils"],
    ]);
  });
});

describe("a body's acronym before place words", () => {
  it("reads 'CPS London North' after a comma as the organisation, not a rank and a name", () => {
    expect(people("Lionel Idan, CPS London North")).toEqual([
      [null, "Lionel Idan", null, "CPS London North"],
    ]);
    expect(people("Barry Hughes, CPS London South")).toEqual([
      [null, "Barry Hughes", null, "CPS London South"],
    ]);
    expect(people("Sam Ward, MPS South East")).toEqual([
      [null, "Sam Ward", null, "MPS South East"],
    ]);
    expect(people("Sam Ward, NPS London Division")).toEqual([
      [null, "Sam Ward", null, "NPS London Division"],
    ]);
  });

  it("still reads an abbreviated rank before a name", () => {
    expect(people("DCS Ann Smith, MPS")).toEqual([["DCS", "Ann Smith", null, "MPS"]]);
  });
});
