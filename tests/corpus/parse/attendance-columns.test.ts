import { describe, expect, it } from "vitest";
import {
  cellsUnderColumns,
  readMarkColumns,
  rowWithMarks,
} from "../../../src/corpus/parse/attendance-columns.js";
import { readAttendanceHeading } from "../../../src/corpus/parse/attendance-headings.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";

// Lines from tests/fixtures/unseen-minutes-2/13 (labels side by side) and 18 (tick columns).
const SIDE_BY_SIDE = "Present                                          Apologies";
const ROW = "Hollis Quennell (MOPAC, Chair)                   Darius Farahani (CPS London)";

describe("attendance labels side by side", () => {
  it("reads a heading of two labels parted by a wide gap as two columns", () => {
    expect(readAttendanceHeading(SIDE_BY_SIDE)).toEqual({
      status: "present",
      inline: null,
      columns: {
        tabbed: false,
        columns: [
          { status: "present", at: 0 },
          { status: "apologies", at: 49 },
        ],
      },
    });
  });

  it("keeps a label with a person after it a label with that person", () => {
    expect(readAttendanceHeading("Present\tHollis Quennell (MOPAC, Chair)")).toEqual({
      status: "present",
      inline: "Hollis Quennell (MOPAC, Chair)",
    });
  });

  it("cuts a row under them into the part under each label", () => {
    const columns = readAttendanceHeading(SIDE_BY_SIDE)?.columns ?? { tabbed: false, columns: [] };
    expect(cellsUnderColumns(ROW, columns)).toEqual([
      { status: "present", text: "Hollis Quennell (MOPAC, Chair)", column: 0 },
      { status: "apologies", text: "Darius Farahani (CPS London)", column: 1 },
    ]);
    expect(cellsUnderColumns("Isadora Quist (VRU)", columns)).toEqual([
      { status: "present", text: "Isadora Quist (VRU)", column: 0 },
    ]);
  });

  it("gives each person the status of the column they stand in", () => {
    const meeting = parseMinutes(
      [
        "LCRB DELIVERY MANAGEMENT GROUP",
        "NOTES OF MEETING – 03/11/2022, 10:00, Microsoft Teams",
        "",
        SIDE_BY_SIDE,
        ROW,
        "Supt Bethany Crane (MPS)                         Ngozi Eze (NHS England)",
        "Isadora Quist (VRU)",
        "",
        "1) Welcome and introductions",
        "Hollis Quennell welcomed Isadora Quist, attending her first meeting for the VRU.",
      ].join("\n"),
      "t.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => `${a.name} [${a.status}]`)).toEqual([
      "Hollis Quennell [present]",
      "Darius Farahani [apologies]",
      "Bethany Crane [present]",
      "Ngozi Eze [apologies]",
      "Isadora Quist [present]",
    ]);
  });
});

describe("tick columns", () => {
  const TITLES = "Name\tOrganisation\tAttended\tApologies";

  it("reads a title row with a column per status", () => {
    expect(readMarkColumns(TITLES)).toEqual([
      { status: "present", index: 2 },
      { status: "apologies", index: 3 },
    ]);
    expect(readMarkColumns("| Name | Organisation | Attendance |")).toBeNull();
    expect(readMarkColumns("Name\tOrganisation\tRole")).toBeNull();
  });

  it("reads a row by the column it ticks, an empty cell counted", () => {
    const columns = readMarkColumns(TITLES) ?? [];
    expect(rowWithMarks("Benedek Horvath\tHMPPS London\t\t✓", columns)).toEqual({
      status: "apologies",
      text: "Benedek Horvath\tHMPPS London",
    });
    expect(rowWithMarks("Chief Inspector Gareth Lyle\tMPS\t✓\t", columns)).toEqual({
      status: "present",
      text: "Chief Inspector Gareth Lyle\tMPS",
    });
    expect(rowWithMarks("Wanjiru Kamau\tLondon Councils\t\t", columns)).toBeNull();
  });
});

describe("columns by place in a row parted by tabs", () => {
  const HEADER = "Present\tIn attendance\tApologies";

  it("puts each cell under the label of its place, an empty cell counted", () => {
    const columns = readAttendanceHeading(HEADER)?.columns;
    expect(columns?.tabbed).toBe(true);
    expect(
      cellsUnderColumns(
        "Commander Ilse Berg (MPS)\t\tCllr Dev Okri (London Councils)",
        columns ?? { tabbed: true, columns: [] },
      ),
    ).toEqual([
      { status: "present", text: "Commander Ilse Berg (MPS)", column: 0 },
      { status: "apologies", text: "Cllr Dev Okri (London Councils)", column: 2 },
    ]);
  });
});

describe("a table's title row with tick columns and no heading over it", () => {
  it("opens the attendance list itself", () => {
    const meeting = parseMinutes(
      [
        "DMG",
        "Notes, 2023-02-08",
        "",
        "| Name | Organisation | Present | Apologies |",
        "|---|---|---|---|",
        "| PEMBERTON, Mary Anne | MOPAC | x | |",
        "| ACHEBE, Dr Ngozi | NHS England | | x |",
        "",
        "1. Welcome",
        "The Chair welcomed members.",
      ].join("\n"),
      "t.md",
    ).meeting;
    expect(meeting?.attendees.map((a) => `${a.name} [${a.status}]`)).toEqual([
      "Mary Anne Pemberton [present]",
      "Ngozi Achebe [apologies]",
    ]);
  });
});

// unseen-minutes-9/74: a table by organisation, each row a body and its people under each status.
describe("a table by organisation with a column per status", () => {
  const TITLE =
    "ORGANISATION            ATTENDED                                               APOLOGIES";
  const table = [
    "LONDON CRIME REDUCTION BOARD",
    "MINUTES",
    "",
    "Date: 2025/09/10        Start: 1430hrs        Venue: Committee Room 1, City Hall",
    "",
    "ATTENDANCE",
    "",
    TITLE,
    "MOPAC                   Nerys Blackwood-Eze (Chair); Callum Stroud-Adeyemi      -",
    "MPS                     Commander Oksana Whitfield-Mbeki                        DAC Rupert Ellingham",
    "London Probation        -                                                       Lorcan Iwobi-Smythe",
    "CPS London              -                                                       -",
    "VRU                     Tristram Acheampong-Lowe                                -",
    "",
    "Item 1 | 14:30 | Welcome, apologies and minutes of 11 June | Lead: Chair",
    "Discussion: The Chair welcomed members and noted the apologies.",
  ].join("\n");

  it("reads the title row as the bodies' column and two status columns", () => {
    expect(readAttendanceHeading(TITLE)?.columns?.columns).toEqual([
      { status: "present", at: 0, names: "organisation" },
      { status: "present", at: 24 },
      { status: "apologies", at: 79 },
    ]);
  });

  it("gives everyone in a row the row's body and the status of their column, several parted by ';'", () => {
    const people = parseMinutes(table, "t.txt").meeting?.attendees.map((a) => [
      a.honorific,
      a.name,
      a.status,
      a.organisation,
    ]);
    expect(people).toEqual([
      [null, "Nerys Blackwood-Eze", "present", "MOPAC"],
      [null, "Callum Stroud-Adeyemi", "present", "MOPAC"],
      ["Commander", "Oksana Whitfield-Mbeki", "present", "MPS"],
      ["DAC", "Rupert Ellingham", "apologies", "MPS"],
      [null, "Lorcan Iwobi-Smythe", "apologies", "London Probation"],
      [null, "Tristram Acheampong-Lowe", "present", "VRU"],
    ]);
  });

  it.each([
    // One status column is an ordinary table of bodies and names; a column no label titles is none.
    ["Organisation            Attendees"],
    ["Organisation            Name            Apologies"],
    ["Body                    Present          Notes"],
  ])("reads no columns by organisation in %j", (row) => {
    expect(readAttendanceHeading(row)?.columns?.columns[0]?.names).toBeUndefined();
  });
});
