import { describe, expect, it } from "vitest";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { isTableFrame } from "../../../src/corpus/parse/attendance-table.js";
import { brief } from "./attendance-line.js";

describe("readAttendanceLine on table rows", () => {
  it("reads two people on one space-aligned row (lcrb-2012-10-17)", () => {
    expect(
      brief(
        "Stephen Harwood (Chair)       MOPAC                       Sir Julian Fenwick QPM      MPS",
      ),
    ).toEqual([
      [null, "Stephen Harwood", "present"],
      ["Sir", "Julian Fenwick", "present"],
    ]);
  });

  it("reads a status column per row, any wording after the status included (dmg-2023-06-21)", () => {
    expect(
      brief("Detective Chief Superintendent Paula Ngata\tMPS\tSubstitute for Commander Okoye"),
    ).toEqual([["Detective Chief Superintendent", "Paula Ngata", "present"]]);
    expect(brief("Cllr Ifeoma Nwosu\tLondon Councils\tPresent (virtual)", "apologies")).toEqual([
      ["Cllr", "Ifeoma Nwosu", "present"],
    ]);
  });
});

describe("readAttendanceLine on a table with a column of initials (unseen-minutes/04)", () => {
  it("reads past initials that stand for the name beside them", () => {
    expect(brief("MO\tMarguerite Osei\tMOPAC (Chair)")).toEqual([
      [null, "Marguerite Osei", "present"],
    ]);
    expect(brief("LR\tLeonie Rasmussen\tCPS London", "apologies")).toEqual([
      [null, "Leonie Rasmussen", "apologies"],
    ]);
  });

  it("reads a last cell that reads as a name as the role when the row has no room for a second person (unseen-minutes/03)", () => {
    expect(
      brief("Commander Tariq Oyelaran\tMetropolitan Police Service\tFrontline Policing"),
    ).toEqual([["Commander", "Tariq Oyelaran", "present"]]);
  });

  it("keeps a first cell that is not the name's initials", () => {
    expect(isTableFrame("Initials\tName\tOrganisation")).toBe(true);
    // Not dropped as initials: a body's acronym, the organisation in a column before the name.
    expect(readAttendanceLine("MPS\tDev Kapadia\tDetective Superintendent", "present")).toEqual([
      expect.objectContaining({ name: "Dev Kapadia", organisation: "MPS" }),
    ]);
  });
});

describe("readAttendanceLine on table rows (seeds)", () => {
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

describe("isTableFrame", () => {
  it("recognises a table's title row", () => {
    expect(isTableFrame("Name\tRole\tOrganisation")).toBe(true);
    expect(isTableFrame("| Name | Organisation |")).toBe(true);
    expect(isTableFrame("|------|--------------|------------|")).toBe(true);
    expect(isTableFrame("Tom Ellery\tHMPPS")).toBe(false);
  });
});

describe("readAttendanceLine: the organisation in a column before each name (unseen-minutes-7/54)", () => {
  const read = (line: string, status: "present" | "apologies" | "in_attendance" = "present") =>
    readAttendanceLine(line, status).map((p) => [p.honorific, p.name, p.organisation, p.status]);

  describe("as round 7 writes it (pdftotext -layout)", () => {
    it.each([
      [
        "MOPAC                        Perpetua Okonkwo-Reyes, Deputy Mayor for Policing and Crime (Chair)",
        "present",
        [null, "Perpetua Okonkwo-Reyes", "MOPAC", "present"],
      ],
      [
        "MPS                          Commander Lysander Quist",
        "present",
        ["Commander", "Lysander Quist", "MPS", "present"],
      ],
      [
        "NHS England (London)         Dr Ifeoluwa Pike",
        "present",
        ["Dr", "Ifeoluwa Pike", "NHS England (London)", "present"],
      ],
      [
        "HMCTS                        Benedicta Oyston, Delivery Director, London Crown Courts",
        "present",
        [null, "Benedicta Oyston", "HMCTS", "present"],
      ],
      [
        "London Fire Brigade          Assistant Commissioner Rosheen Daly",
        "apologies",
        ["Assistant Commissioner", "Rosheen Daly", "London Fire Brigade", "apologies"],
      ],
    ] as const)("reads %j", (line, status, person) => {
      expect(read(line, status)).toEqual([person]);
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["MOPAC\tHelen Ferris\tChair", [null, "Helen Ferris", "MOPAC", "present"]],
      [
        "| Metropolitan Police Service | Commander Raj Patel |",
        ["Commander", "Raj Patel", "Metropolitan Police Service", "present"],
      ],
      [
        "British Transport Police     Chief Superintendent Kay Bright, Area Commander",
        ["Chief Superintendent", "Kay Bright", "British Transport Police", "present"],
      ],
    ] as const)("reads %j", (line, person) => {
      expect(read(line)).toEqual([person]);
    });
  });

  describe("left as it was", () => {
    it("reads the name first where the name comes first", () => {
      expect(read("Diana Luchford\tCEO, MOPAC")).toEqual([
        [null, "Diana Luchford", "MOPAC", "present"],
      ]);
      expect(read("Jane Smithers, MPS\tChair")[0]?.[1]).toBe("Jane Smithers");
      // corpus: lcrb-2017-06-13, honours after the name are no body.
      expect(read("Dr. Yvonne Doyle CBE\tPublic Health England")).toEqual([
        ["Dr", "Yvonne Doyle", "Public Health England", "present"],
      ]);
    });

    it("leaves the entry's own description as the entry reads it", () => {
      expect(
        read(
          "MOPAC                        Wystan Carrow (Board Secretary)",
          "in_attendance",
        )[0]?.[1],
      ).toBe("Wystan Carrow");
    });

    it("reads no one from a body and a post", () => {
      expect(read("MOPAC                        Board Secretary")).toEqual([]);
    });
  });
});

describe("readAttendanceLine: a post and its place after the body's column (unseen-minutes-7/54)", () => {
  const read = (line: string) =>
    readAttendanceLine(line, "present").map((p) => [p.name, p.organisation, p.role]);

  it("keeps the column's body and reads the place after the post as part of the post", () => {
    expect(
      read("HMCTS                        Benedicta Oyston, Delivery Director, London Crown Courts"),
    ).toEqual([["Benedicta Oyston", "HMCTS", "Delivery Director, London Crown Courts"]]);
    expect(read("MPS\tRaj Patel, Borough Commander, Lambeth Police Station (Chair)")).toEqual([
      ["Raj Patel", "MPS", "Borough Commander, Lambeth Police Station (Chair)"],
    ]);
  });

  it("leaves a post alone and an entry naming only its own body as they were", () => {
    expect(read("London Councils              Jorunn Ekberg, Strategy Manager")).toEqual([
      ["Jorunn Ekberg", "London Councils", "Strategy Manager"],
    ]);
    expect(read("MOPAC\tJane Smith, London Councils")).toEqual([
      ["Jane Smith", "London Councils", null],
    ]);
  });
});

// unseen-minutes-8/69: a committee site's Attendee / Role / Attendance table; its role column says
// "Member" of every member, its attendance column whether they came.
describe("readAttendanceLine on a row with a role column and an attendance column", () => {
  it("takes the status from the attendance cell, not from the seat in the role cell", () => {
    expect(brief("Councillor Rosalind Ekwueme\tMember\tApologies")).toEqual([
      ["Councillor", "Rosalind Ekwueme", "apologies"],
    ]);
    expect(brief("Councillor Ferdinand Haugh\tMember\tPresent as substitute")).toEqual([
      ["Councillor", "Ferdinand Haugh", "present"],
    ]);
    expect(brief("Ottilie Brennan-Achebe\tDemocratic Services Officer\tIn attendance")).toEqual([
      [null, "Ottilie Brennan-Achebe", "in_attendance"],
    ]);
  });

  it("names no one on a row whose attendance cell says the member was absent", () => {
    expect(brief("Dr Marisol Fenwick-Iqbal\tMember\tAbsent")).toEqual([]);
    // layout-variants-8a/02, a grid table's row once its cells are joined.
    expect(brief("| British Transport Police | Superintendent Wren Castellaw | Absent |")).toEqual(
      [],
    );
  });

  it("keeps someone whose absence cell goes on to say they came for part of the meeting (review 3 C20)", () => {
    expect(brief("| Tom Reyes | MPS | Absent for item 1, joined at 2.30pm |")).toEqual([
      [null, "Tom Reyes", "present"],
    ]);
    expect(brief("Dr Marisol Fenwick-Iqbal\tMember\tNot present until item 4")).toEqual([
      ["Dr", "Marisol Fenwick-Iqbal", "present"],
    ]);
    expect(brief("| Jane Doe | MOPAC | Absent. |")).toEqual([]);
    expect(brief("| Jane Doe | MOPAC | Did not attend |")).toEqual([]);
  });
});

describe("isTableFrame on a column titled by two", () => {
  it("reads 'Organisation and role' as a title (unseen-minutes-8/64)", () => {
    expect(isTableFrame("| Name | Organisation and role | Attendance |")).toBe(true);
    expect(isTableFrame("Name\tRole / organisation\tStatus")).toBe(true);
    expect(isTableFrame("| Name | Lambeth and Southwark | Present |")).toBe(false);
  });
});
