import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// The written lines once the grid tables' rows are put together, as [line, raw].
const written = (text: string) =>
  toTextLines(text)
    .filter((l) => l.text !== "")
    .map((l) => [l.line, l.raw]);

// unseen-minutes-8/64: a pandoc plain-text export's attendance grid, names wrapped in their cells.
const ATTENDANCE_GRID = [
  "Attendance",
  "",
  "+------------------------+------------------------------+---------------+",
  "| Name                   | Organisation and role        | Attendance    |",
  "+========================+==============================+===============+",
  "| Marguerite             | Deputy Mayor for Policing    | Present       |",
  "| Oyelowo-Strand         | and Crime (Chair)            |               |",
  "+------------------------+------------------------------+---------------+",
  "| Deputy Assistant       | Metropolitan Police Service  | Present       |",
  "| Commissioner Barnaby   |                              |               |",
  "| Quartey                |                              |               |",
  "+------------------------+------------------------------+---------------+",
  "| Dr Ngozi Ashcombe      | NHS England (London)         | Apologies     |",
  "+------------------------+------------------------------+---------------+",
  "",
  "1. Welcome and apologies",
  "------------------------",
  "",
  "The Chair welcomed members. Apologies are recorded above.",
].join("\n");

describe("a grid table", () => {
  it("puts each row's wrapped cells together on the row's first line", () => {
    expect(written(ATTENDANCE_GRID)).toEqual([
      [1, "Attendance"],
      [4, "| Name | Organisation and role | Attendance |"],
      [6, "| Marguerite Oyelowo-Strand | Deputy Mayor for Policing and Crime (Chair) | Present |"],
      [
        9,
        "| Deputy Assistant Commissioner Barnaby Quartey | Metropolitan Police Service | Present |",
      ],
      [13, "| Dr Ngozi Ashcombe | NHS England (London) | Apologies |"],
      [16, "1. Welcome and apologies"],
      [17, "------------------------"],
      [19, "The Chair welcomed members. Apologies are recorded above."],
    ]);
  });

  it("reads the people of an attendance grid, each with their row's status", () => {
    const meeting = parseMinutes(
      `London Crime Reduction Board\n\nTuesday 11 March 2025\n\n${ATTENDANCE_GRID}`,
      "lcrb.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
      [null, "Marguerite Oyelowo-Strand", "present"],
      ["Deputy Assistant Commissioner", "Barnaby Quartey", "present"],
      ["Dr", "Ngozi Ashcombe", "apologies"],
    ]);
  });

  it("reads on past a member marked absent (layout-variants-8a/02)", () => {
    const grid = [
      "Attendance",
      "",
      "+------------------------------+--------------------------+----------------------+",
      "| Organisation                 | Name                     | Status               |",
      "+==============================+==========================+======================+",
      "| London Councils              | Cllr Evander Kilbride    | Apologies            |",
      "+------------------------------+--------------------------+----------------------+",
      "| British Transport Police     | Superintendent Wren      | Absent               |",
      "|                              | Castellaw                |                      |",
      "+------------------------------+--------------------------+----------------------+",
      "| Youth Justice Board          | Desmond Ohanian-Clarke   | Present              |",
      "+------------------------------+--------------------------+----------------------+",
      "",
      "1. Notes of the last meeting",
      "",
      "The notes of 20 October were agreed.",
    ].join("\n");
    const meeting = parseMinutes(
      `Delivery Management Group\n\nMonday 17 November 2025\n\n${grid}`,
      "dmg.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => [a.name, a.organisation, a.status])).toEqual([
      ["Evander Kilbride", "London Councils", "apologies"],
      ["Desmond Ohanian-Clarke", "Youth Justice Board", "present"],
    ]);
  });

  it("leaves lines that only look like a rule", () => {
    const text = "Budget: +---+ is how the slide drew it\n| not a table |";
    expect(written(text).map(([, raw]) => raw)).toEqual(text.split("\n"));
  });
});
