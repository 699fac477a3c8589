import { describe, expect, it } from "vitest";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { brief, people } from "./attendance-line.js";

describe("readAttendanceLine: people run together with their initials in brackets (lcrb-2022-10-05)", () => {
  it("leaves a title of office that ends the role before a name with the role ('London Victims Commissioner')", () => {
    expect(
      people(
        "Claire Waxman (CW) London Victims Commissioner Kilvinder Vigurs (KV) Regional Director, Probation",
      ),
    ).toEqual([
      [null, "Claire Waxman", "London Victims Commissioner", null],
      [null, "Kilvinder Vigurs", "Regional Director", "Probation"],
    ]);
  });

  it("gives a title after a body's name ('MPS Commander') to the next person", () => {
    expect(people("Jane Smith (JS) MPS Commander Bob Jones (BJ) MPS")).toEqual([
      [null, "Jane Smith", null, "MPS"],
      ["Commander", "Bob Jones", null, "MPS"],
    ]);
  });

  it("gives every title of a sequence ('Professor Sir') before the name to the next person", () => {
    expect(
      people(
        "Cllr Darren Rodwell (DR) London Councils Professor Sir Keith Hawton (KH) London Health Board",
      ),
    ).toEqual([
      ["Cllr", "Darren Rodwell", null, "London Councils"],
      ["Professor Sir", "Keith Hawton", null, "London Health Board"],
    ]);
  });

  it("drops initials whose bracket was never closed ('(DL CEO, MOPAC')", () => {
    expect(people("Diana Luchford (DL CEO, MOPAC")).toEqual([
      [null, "Diana Luchford", "CEO", "MOPAC"],
    ]);
    expect(people("Lionel Idan (LI Chief Crown Prosecutor, CPS London North")).toEqual([
      [null, "Lionel Idan", "Chief Crown Prosecutor", "CPS London North"],
    ]);
  });
});

describe("readAttendanceLine: 'Name (XX) Role'", () => {
  it("reads 'Name (XX) Role' lines and drops the initials (corpus/003)", () => {
    expect(readAttendanceLine("Sadiq Khan (SK) Mayor", "present")).toEqual([
      { name: "Sadiq Khan", honorific: null, role: "Mayor", organisation: null, status: "present" },
    ]);
    expect(brief("Debbie Weekes-Bernard (DBW) Deputy Mayor")).toEqual([
      [null, "Debbie Weekes-Bernard", "present"],
    ]);
    expect(brief("Will Balakrishnan ((WB) Director, C&P, MOPAC")).toEqual([
      [null, "Will Balakrishnan", "present"],
    ]);
  });
});

describe("readAttendanceLine: initials in a bracket of their own after the description", () => {
  // Each entry reads as it would without its initials (the bracket after the description's).
  const withoutInitials = (line: string) => people(line.replace(/\) \(\p{Lu}{1,4}\)/gu, ")"));

  it("reads a run-on list of 'Name (Body) (XX)' entries and drops the initials (unseen-minutes-4/29)", () => {
    const line =
      "Marisol Ferreira-Quinn (MOPAC, Chair) (MFQ); Chief Superintendent Declan Ashby (MPS) (DA); Sunniva Thorsen (London Councils) (ST); Kwame Boateng-Hill (Youth Justice Board) (KBH); Dr Ilse Verhoeven (NHS England London) (IV)";
    expect(people(line).map(([honorific, name]) => [honorific, name])).toEqual([
      [null, "Marisol Ferreira-Quinn"],
      ["Chief Superintendent", "Declan Ashby"],
      [null, "Sunniva Thorsen"],
      [null, "Kwame Boateng-Hill"],
      ["Dr", "Ilse Verhoeven"],
    ]);
    expect(people(line)).toEqual(withoutInitials(line));
    expect(people(line)).toContainEqual(["Chief Superintendent", "Declan Ashby", null, "MPS"]);
  });

  it("reads one such entry a line, and a list run on with commas (written for this test)", () => {
    expect(people("Cllr Amara Okafor (Vice Chair, London Councils) (AO)")).toEqual([
      ["Cllr", "Amara Okafor", "Vice Chair", "London Councils"],
    ]);
    expect(people("Tobias Wren (MOPAC) (TW), Helena Marsh-Oduya (HMPPS) (HMO)")).toEqual([
      [null, "Tobias Wren", null, "MOPAC"],
      [null, "Helena Marsh-Oduya", null, "HMPPS"],
    ]);
  });

  it("keeps a second bracket that does not fit the name as part of the entry", () => {
    expect(brief("John Smith (Chair) (MPS)")).toEqual([[null, "John Smith", "present"]]);
    expect(people("John Smith (Chair) (MPS)")).not.toEqual(people("John Smith (Chair)"));
  });
});
