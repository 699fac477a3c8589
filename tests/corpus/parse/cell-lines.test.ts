import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// The written lines after the cell-per-line tables are put back into rows, as [line, raw].
const written = (text: string) =>
  toTextLines(text)
    .filter((l) => l.text !== "")
    .map((l) => [l.line, l.raw]);

// unseen-minutes-3/19: an attendance table copied out of Word, a cell a line, no blank lines.
const WORD_ATTENDANCE = [
  "Attendance",
  "",
  "Name",
  "Organisation",
  "Status",
  "Rosalind Achterberg",
  "Deputy Mayor for Policing and Crime (Chair)",
  "Present",
  "Cllr Marcus Oyelaran",
  "London Councils",
  "Apologies",
  "",
  "1. Welcome and apologies",
].join("\n");

// unseen-minutes-3/26: a minutes table, a cell a line, a blank line after each row; the Action
// cell is left out where an item led to none, and the number stands in a cell of its own.
const WORD_MINUTES = [
  "",
  "Item",
  "Discussion",
  "Action",
  "",
  "1",
  "Welcome",
  "The Chair welcomed members to the first Board meeting held at the new City Hall.",
  "",
  "3",
  "Reducing reoffending",
  "Ravinder Sandhu set out the accommodation pathway for people leaving prison.",
  "Probation to circulate the accommodation pathway data to boroughs.",
  "",
  "The next meeting will be held on Wednesday 12 July 2023 at 10.30am at City Hall.",
].join("\n");

describe("toTextLines: tables copied a cell a line", () => {
  it("puts an attendance table's cells back into rows parted by tabs, each on its first cell's line", () => {
    expect(written(WORD_ATTENDANCE)).toEqual([
      [1, "Attendance"],
      [3, "Name\tOrganisation\tStatus"],
      [6, "Rosalind Achterberg\tDeputy Mayor for Policing and Crime (Chair)\tPresent"],
      [9, "Cllr Marcus Oyelaran\tLondon Councils\tApologies"],
      [13, "1. Welcome and apologies"],
    ]);
  });

  it("reads a block of lines a row, and a number in its own cell as the start of the item column", () => {
    expect(written(WORD_MINUTES)).toEqual([
      [2, "Item\tDiscussion\tAction"],
      [
        6,
        "1 Welcome\tThe Chair welcomed members to the first Board meeting held at the new City Hall.",
      ],
      [
        10,
        "3 Reducing reoffending\tRavinder Sandhu set out the accommodation pathway for people leaving prison.\tProbation to circulate the accommodation pathway data to boroughs.",
      ],
      [15, "The next meeting will be held on Wednesday 12 July 2023 at 10.30am at City Hall."],
    ]);
  });

  it("keeps the number's cell apart under a title row that gives the number a column", () => {
    const text = "No.\nItem\nAction\n\n1\nWelcome\nNone\n\n2\nBudget\nMOPAC to report\n";
    expect(written(text).map(([, raw]) => raw)).toEqual([
      "No.\tItem\tAction",
      "1\tWelcome\tNone",
      "2\tBudget\tMOPAC to report",
    ]);
  });

  it("leaves the lines alone when the cells under the titles do not come out even", () => {
    const text = "Name\nOrganisation\nStatus\nRosalind Achterberg\nMOPAC\nPresent\nHester Quayle\n";
    expect(written(text).map(([, raw]) => raw)).toEqual(text.trim().split("\n"));
  });

  it("reads 'Present' over 'Apologies' as two lists' labels, not a table's titles", () => {
    const text = "\nPresent\nApologies\nRosalind Achterberg\nHester Quayle\n";
    expect(written(text).map(([, raw]) => raw)).toEqual(text.trim().split("\n"));
  });

  it("needs a blank line above the titles: a title word under a line of text is part of it", () => {
    const text = "The Board agreed the\nAction\nOwner\nMPS\nMOPAC\n";
    expect(written(text).map(([, raw]) => raw)).toEqual(text.trim().split("\n"));
  });

  it("does not take two headings over hard-wrapped paragraphs for a table", () => {
    const text =
      "\nSummary\nDiscussion\n\nThe Board discussed the plan\nat length and agreed it.\n\nMembers noted the figures and\nthe Chair closed the item.\n";
    expect(written(text).map(([, raw]) => raw)).toEqual(
      text
        .trim()
        .split("\n")
        .filter((l) => l !== ""),
    );
  });

  it("does not take a run of headings with prose under each for a table", () => {
    const text =
      "\nSummary\nDiscussion\n\nThe Board discussed the plan at length and agreed it.\nMembers noted the figures.\nThe Chair closed the item.\n";
    expect(written(text).map(([, raw]) => raw)).toEqual(
      text
        .trim()
        .split("\n")
        .filter((l) => l !== ""),
    );
  });
});

// unseen-minutes-8/65: a PDF table through plain pdftotext, column after column, no blank lines.
const COLUMN_AFTER_COLUMN = [
  "Attendance",
  "Name",
  "Oluwaseun Adebayo-Marsh",
  "Commander Petronella Vance",
  "Cllr Damaris Fenwick-Ato",
  "Organisation",
  "MOPAC (Chair)",
  "Metropolitan Police Service",
  "London Councils",
  "Status",
  "Present",
  "Present",
  "Apologies",
  "1. Notes of 10 February and actions",
  "The notes were agreed.",
].join("\n");

describe("a table extracted column after column", () => {
  it("puts each row back together on its first cell's line", () => {
    expect(written(COLUMN_AFTER_COLUMN)).toEqual([
      [1, "Attendance"],
      [2, "Name\tOrganisation\tStatus"],
      [3, "Oluwaseun Adebayo-Marsh\tMOPAC (Chair)\tPresent"],
      [4, "Commander Petronella Vance\tMetropolitan Police Service\tPresent"],
      [5, "Cllr Damaris Fenwick-Ato\tLondon Councils\tApologies"],
      [14, "1. Notes of 10 February and actions"],
      [15, "The notes were agreed."],
    ]);
  });

  it("reads the rows' people with the status of their cell", () => {
    const meeting = parseMinutes(
      `Delivery Management Group\nNote of meeting\nMonday 10 March 2025\n${COLUMN_AFTER_COLUMN}`,
      "dmg.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.organisation, a.status])).toEqual([
      [null, "Oluwaseun Adebayo-Marsh", "MOPAC", "present"],
      ["Commander", "Petronella Vance", "Metropolitan Police Service", "present"],
      ["Cllr", "Damaris Fenwick-Ato", "London Councils", "apologies"],
    ]);
  });

  it("does not take the header's fields, one a line over as many lines as the names, for a column", () => {
    // layout-variants-8a/03: "Date" and five lines of fields, then "Name" over six people.
    const text = [
      "Date",
      "Tuesday 3 June 2025",
      "Time",
      "10:00 – 11:30",
      "Venue",
      "Committee Room 3, City Hall",
      "Name",
      "Cordelia Atherton-Nwosu",
      "Deputy Commissioner Sigrid Olufemi",
      "Organisation",
      "MOPAC",
      "Metropolitan Police Service",
      "1. Minutes of the meeting on 4 March 2025",
    ].join("\n");
    expect(written(text).map(([, raw]) => raw)).toEqual([
      "Date",
      "Tuesday 3 June 2025",
      "Time",
      "10:00 – 11:30",
      "Venue",
      "Committee Room 3, City Hall",
      "Name\tOrganisation",
      "Cordelia Atherton-Nwosu\tMOPAC",
      "Deputy Commissioner Sigrid Olufemi\tMetropolitan Police Service",
      "1. Minutes of the meeting on 4 March 2025",
    ]);
  });

  it("leaves two labelled lists of as many people as they are", () => {
    const lists = [
      "Members",
      "Cllr Ada Brennan",
      "Cllr Tomas Reyes",
      "Apologies",
      "Cllr Ines Okafor",
      "Cllr Bram Voss",
      "",
      "1. Welcome",
    ].join("\n");
    expect(written(lists).map(([, raw]) => raw)).toEqual([
      "Members",
      "Cllr Ada Brennan",
      "Cllr Tomas Reyes",
      "Apologies",
      "Cllr Ines Okafor",
      "Cllr Bram Voss",
      "1. Welcome",
    ]);
  });
});
