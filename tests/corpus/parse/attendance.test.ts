import { describe, expect, it } from "vitest";
import type { Attendee } from "../../../src/corpus/model.js";
import { readApologiesSentence } from "../../../src/corpus/parse/apologies-sentence.js";
import { looksLikeListEntry, readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { readAttendanceHeading } from "../../../src/corpus/parse/attendance-headings.js";
import { isTableFrame } from "../../../src/corpus/parse/attendance-table.js";
import { addAttendees } from "../../../src/corpus/parse/attendee-list.js";

const brief = (raw: string, status: "present" | "in_attendance" | "apologies" = "present") =>
  readAttendanceLine(raw, status).map((p) => [p.honorific, p.name, p.status]);

describe("readAttendanceHeading", () => {
  it.each([
    ["Group", "present"],
    ["Present", "present"],
    ["Board and advisors", "present"],
    ["Members", "present"],
    ["Members present", "present"],
    ["Attendees", "present"],
    ["ATTENDANCE", "present"],
    ["1. Attendees and apologies", "present"],
    ["Officers", "in_attendance"],
    ["Officials in attendance", "in_attendance"],
    ["In attendance", "in_attendance"],
    ["Secretariat", "in_attendance"],
    ["OFFICERS PRESENT", "in_attendance"],
    ["Apologies", "apologies"],
    ["Apologies for absence", "apologies"],
  ])("reads %j as %s", (text, status) => {
    expect(readAttendanceHeading(text)).toEqual({ status, inline: null });
  });

  it("keeps what follows a colon for reading", () => {
    expect(
      readAttendanceHeading("Apologies: Sophie Lindqvist (MOPAC); Martin Achterberg CBE (CPS)."),
    ).toEqual({
      status: "apologies",
      inline: "Sophie Lindqvist (MOPAC); Martin Achterberg CBE (CPS).",
    });
  });

  it.each([["London Crime Reduction Board"], ["Welcome and apologies"], ["Agreement of minutes"]])(
    "is not a heading: %j",
    (text) => {
      expect(readAttendanceHeading(text)).toBeNull();
    },
  );
});

describe("readAttendanceLine", () => {
  it("reads a tab-separated table row (corpus/000)", () => {
    expect(
      readAttendanceLine("Sir Stephen House\tDeputy Commissioner, MPS (Co-chair)", "present"),
    ).toEqual([
      {
        name: "Stephen House",
        honorific: "Sir",
        role: "Deputy Commissioner (Co-chair)",
        organisation: "MPS",
        status: "present",
      },
    ]);
  });

  it("reads a three-column table row and a markdown table row", () => {
    expect(brief("Detective Chief Inspector Sarah Quinn\tHead of Partnerships\tMPS")).toEqual([
      ["Detective Chief Inspector", "Sarah Quinn", "present"],
    ]);
    expect(
      readAttendanceLine("| Lynne Owens | Deputy Commissioner | MPS |", "present"),
    ).toMatchObject([{ name: "Lynne Owens", role: "Deputy Commissioner", organisation: "MPS" }]);
  });

  it.each([
    ["Sadiq Khan, Mayor of London, Chair", null, "Sadiq Khan"],
    ["Cllr Gareth Roberts, London Councils", "Cllr", "Gareth Roberts"],
    [
      "Debbie Weekes-Bernard, Deputy Mayor for Social Integration, Social Mobility",
      null,
      "Debbie Weekes-Bernard",
    ],
    ["Dame Lynne Owens, MPS", "Dame", "Lynne Owens"],
    ["John O'Brien, London Councils", null, "John O'Brien"],
  ])("reads 'Name, Organisation' lines: %j", (raw, honorific, name) => {
    expect(brief(raw)).toEqual([[honorific, name, "present"]]);
  });

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

  it("reads many people run together, with **Apologies** and **Officials in attendance** switching status mid-line (corpus/003)", () => {
    const line =
      "Ian Bickers (IB) London Prisons Sinead Dervin (SD) NHS England Carolyn Downs (CD) London Councils Diana Luchford (DL) CEO, MOPAC Cllr Racheal Robathan (RR) London Council Gareth Roberts (GR) London Council Rhiannon Sawyer (RS) Asst Director, VRU Claudia Strut (CS) CEO, YJB Kilvinder Vigurs (KV) Regional Director, NPS Claire Waxman (CW) London Victims Commissioner **Apologies** Cllr Jas Athwal (JA) London Councils Cllr Darren Rodwell (DR) London Council **Officials in attendance** Doug Flight (DF) Advisor, London Councils Jane E Garvan (JG) HQ Strategy and Governance, MPS";
    expect(brief(line)).toEqual([
      [null, "Ian Bickers", "present"],
      [null, "Sinead Dervin", "present"],
      [null, "Carolyn Downs", "present"],
      [null, "Diana Luchford", "present"],
      ["Cllr", "Racheal Robathan", "present"],
      [null, "Gareth Roberts", "present"],
      [null, "Rhiannon Sawyer", "present"],
      [null, "Claudia Strut", "present"],
      [null, "Kilvinder Vigurs", "present"],
      [null, "Claire Waxman", "present"],
      ["Cllr", "Jas Athwal", "apologies"],
      ["Cllr", "Darren Rodwell", "apologies"],
      [null, "Doug Flight", "in_attendance"],
      [null, "Jane E Garvan", "in_attendance"],
    ]);
    expect(readAttendanceLine(line, "present")[1]).toMatchObject({ organisation: "NHS England" });
  });

  it.each([
    ["• Jane Doe - Head of Community Safety, LB Camden", "Jane Doe"],
    ["- Sophie Lindqvist, Deputy Mayor for Policing and Crime (Chair)", "Sophie Lindqvist"],
    ["* Tom Ellery – HMPPS", "Tom Ellery"],
  ])("reads bullets: %j", (raw, name) => {
    expect(brief(raw)).toEqual([[null, name, "present"]]);
  });

  it.each([
    ["Kenneth Adeyemi MOPAC (Chair)", null, "Kenneth Adeyemi", "MOPAC", "Chair"],
    ["Chief Superintendent Maria Costa MPS", "Chief Superintendent", "Maria Costa", "MPS", null],
    ["Lucy Fairweather Youth Justice Board", null, "Lucy Fairweather", "Youth Justice Board", null],
    ["Cllr Peter Jones London Councils", "Cllr", "Peter Jones", "London Councils", null],
  ])(
    "reads 'Name Organisation' with no separator: %j",
    (raw, honorific, name, organisation, role) => {
      expect(readAttendanceLine(raw, "present")).toEqual([
        { name, honorific, organisation, role, status: "present" },
      ]);
    },
  );

  it("reads 'Name (Organisation)' and lists separated by semicolons", () => {
    expect(
      readAttendanceLine(
        "Natalie Pryce (MOPAC); Colm Delaney (London Councils); Commander Raj Patel (MPS).",
        "in_attendance",
      ),
    ).toMatchObject([
      { name: "Natalie Pryce", organisation: "MOPAC", status: "in_attendance" },
      { name: "Colm Delaney", organisation: "London Councils" },
      { name: "Raj Patel", honorific: "Commander", organisation: "MPS" },
    ]);
  });

  it("reads a list of bare names separated by commas", () => {
    expect(brief("Jane Doe, John Smith and Dr Ann Lee", "apologies")).toEqual([
      [null, "Jane Doe", "apologies"],
      [null, "John Smith", "apologies"],
      ["Dr", "Ann Lee", "apologies"],
    ]);
  });

  it.each([
    ["Welcome and apologies"],
    ["Agreement of minutes"],
    ["There was no other business."],
    ["Name\tRole\tOrganisation"],
  ])("names nobody in %j", (raw) => {
    expect(readAttendanceLine(raw, "present")).toEqual([]);
  });
});

describe("tables with an attendance column", () => {
  it("takes each person's status from the column", () => {
    expect(brief("| Oliver Tennant | HM Courts & Tribunals Service | Apologies |")).toEqual([
      [null, "Oliver Tennant", "apologies"],
    ]);
    expect(brief("| Joseph Amankwah | MOPAC | In attendance |")).toEqual([
      [null, "Joseph Amankwah", "in_attendance"],
    ]);
  });
});

describe("lists with brackets", () => {
  it("splits people at commas outside brackets", () => {
    expect(
      readAttendanceLine(
        "Sophie Lindqvist (Chair, MOPAC), Commander Raj Patel (MPS), Marcus Hale (National Probation Service).",
        "present",
      ),
    ).toMatchObject([
      { name: "Sophie Lindqvist", role: "Chair", organisation: "MOPAC" },
      { name: "Raj Patel", honorific: "Commander", organisation: "MPS" },
      { name: "Marcus Hale", organisation: "National Probation Service" },
    ]);
  });
});

describe("isTableFrame", () => {
  it("recognises a table's title row", () => {
    expect(isTableFrame("Name\tRole\tOrganisation")).toBe(true);
    expect(isTableFrame("| Name | Organisation |")).toBe(true);
    expect(isTableFrame("|------|--------------|------------|")).toBe(true);
    expect(isTableFrame("Tom Ellery\tHMPPS")).toBe(false);
  });
});

describe("apologies sentences", () => {
  it("reads the people named (corpus/003)", () => {
    expect(
      readApologiesSentence(
        "The Mayor opened the meeting welcoming Deputy Commissioner Helen Ball and Amy Lame. Apologies were received from Councillor Athwal and Councillor Rodwell.",
      ).map((p) => [p.honorific, p.name]),
    ).toEqual([
      ["Councillor", "Athwal"],
      ["Councillor", "Rodwell"],
    ]);
  });

  it("adds no one already listed (matched by surname) and adds the rest", () => {
    const listed: Attendee[] = [
      {
        name: "Jas Athwal",
        honorific: "Cllr",
        status: "apologies",
        role: null,
        organisation: null,
        line: 35,
      },
    ];
    const people = readApologiesSentence(
      "Apologies were received from Councillor Athwal, Frank Osborne and Dr Imogen Lake.",
    ).map((p) => ({ ...p, status: "apologies" as const }));
    addAttendees(listed, people, 41, true);
    expect(listed.map((a) => [a.name, a.line])).toEqual([
      ["Jas Athwal", 35],
      ["Frank Osborne", 41],
      ["Imogen Lake", 41],
    ]);
  });

  it("keeps a name listed twice once", () => {
    const list: Attendee[] = [];
    addAttendees(list, readAttendanceLine("Doug Flight, London Councils", "present"), 1);
    addAttendees(list, readAttendanceLine("Doug Flight\tLondon Councils", "in_attendance"), 5);
    expect(list).toHaveLength(1);
  });

  it("reads nothing from other sentences", () => {
    expect(readApologiesSentence("The minutes were agreed.")).toEqual([]);
  });
});

describe("readAttendanceLine: people grouped under their organisation", () => {
  it("reads 'MOPAC: Name (Chair), Name': each person takes the organisation (dmg-2016-02-17)", () => {
    expect(readAttendanceLine("MOPAC: Helen Ferris (Chair), Tobias Brennan", "present")).toEqual([
      {
        name: "Helen Ferris",
        honorific: null,
        role: "Chair",
        organisation: "MOPAC",
        status: "present",
      },
      {
        name: "Tobias Brennan",
        honorific: null,
        role: null,
        organisation: "MOPAC",
        status: "present",
      },
    ]);
  });
});

describe("looksLikeListEntry", () => {
  it("takes a short capitalised line without sentence punctuation for a list entry ('Mayor of London Sadiq Khan, Chair', lcrb-2021-06-22)", () => {
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
