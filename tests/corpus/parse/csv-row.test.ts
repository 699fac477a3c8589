import { describe, expect, it } from "vitest";
import { csvCells } from "../../../src/corpus/parse/csv-row.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// unseen-minutes-6/49: a committee system's export writes the attendance as quoted CSV.
const EXPORT = [
  "London Crime Reduction Board",
  "Meeting date: 10 April 2024",
  "",
  "Attendance",
  '"Name","Organisation","Attendance"',
  '"Octavia Brennan-Lyle","MOPAC (Chair)","Present"',
  '"Commander Sunil Varadkar","Metropolitan Police Service","Present"',
  '"Jonas Wexford","CPS London","Sent apologies"',
  '"Rhiannon Pugh-Osei","MOPAC","In attendance"',
  "",
  "Item 1: Welcome",
  "The Chair welcomed members.",
];

describe("csvCells: a row of comma-separated values (unseen-minutes-6/49)", () => {
  describe("as round 6 writes it", () => {
    it("reads each quoted cell", () => {
      expect(csvCells('"Octavia Brennan-Lyle","MOPAC (Chair)","Present"')).toEqual([
        "Octavia Brennan-Lyle",
        "MOPAC (Chair)",
        "Present",
      ]);
    });

    it("gives toTextLines the row as cells parted by tabs, as a table's row is", () => {
      const [line] = toTextLines('"Jonas Wexford","CPS London","Sent apologies"');
      expect(line).toMatchObject({
        raw: "Jonas Wexford\tCPS London\tSent apologies",
        text: "Jonas Wexford CPS London Sent apologies",
        untidy: true,
      });
    });

    it("reads the people of an exported register with their statuses", () => {
      const meeting = parseMinutes(EXPORT.join("\n"), "t.txt").meeting;
      expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
        [null, "Octavia Brennan-Lyle", "present"],
        ["Commander", "Sunil Varadkar", "present"],
        [null, "Jonas Wexford", "apologies"],
        [null, "Rhiannon Pugh-Osei", "in_attendance"],
      ]);
    });
  });

  describe("written otherwise", () => {
    it.each([
      [
        '"Jonas Wexford", "CPS London", "Sent apologies"',
        ["Jonas Wexford", "CPS London", "Sent apologies"],
      ],
      ['"Name";"Organisation";"Attendance"', ["Name", "Organisation", "Attendance"]],
      ['"Wexford, Jonas","CPS London",Present', ["Wexford, Jonas", "CPS London", "Present"]],
      [
        '"Dr Lucinda ""Lucy"" Harrow-Ames","NHS England London","Present"',
        ['Dr Lucinda "Lucy" Harrow-Ames', "NHS England London", "Present"],
      ],
    ])("reads %j", (row, cells) => {
      expect(csvCells(row)).toEqual(cells);
    });

    it("reads a register exported with semicolons and quotes only where needed", () => {
      const text = EXPORT.map((l) =>
        l.startsWith('"') ? l.replaceAll('","', '";"').replace(/;"([^"]*)"$/, ";$1") : l,
      ).join("\n");
      expect(parseMinutes(text, "t.txt").meeting?.attendees.map((a) => a.status)).toEqual([
        "present",
        "present",
        "apologies",
        "in_attendance",
      ]);
    });
  });

  describe("left as it was", () => {
    it.each([
      '"Clear, Hold, Build" was discussed.',
      '"Safer Streets", "Clear Hold Build" and "Op Vigilant" were reviewed.',
      '"We will not tolerate this," the Commissioner said.',
      '"Right Care, Right Person"',
      "Octavia Brennan-Lyle, MOPAC (Chair), Present",
      // Review C12: a quoted name, then a sentence's words parted by commas.
      '"Clear, Hold, Build", the MPS\'s new approach to tackling serious violence, was presented by Commander Smith.',
      '"Op Vigilant", which the MPS runs in the night-time economy, was extended.',
    ])("reads no row in %j", (text) => {
      expect(csvCells(text)).toBeNull();
    });
  });
});

describe("a register's title row with a status column opens the list by itself (written after round 6)", () => {
  it("reads the exported rows with no 'Attendance' heading over them", () => {
    const text = EXPORT.filter((l) => l !== "Attendance")
      .map((l) => l.replace('"Attendance"', '"Status"'))
      .join("\n");
    expect(parseMinutes(text, "t.txt").meeting?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Octavia Brennan-Lyle", "present"],
      ["Sunil Varadkar", "present"],
      ["Jonas Wexford", "apologies"],
      ["Rhiannon Pugh-Osei", "in_attendance"],
    ]);
  });

  it("reads no list from a title row with no status column", () => {
    const text = EXPORT.filter((l) => l !== "Attendance")
      .map((l) => l.replace('"Attendance"', '"Role"'))
      .join("\n");
    expect(parseMinutes(text, "t.txt").meeting?.attendees).toEqual([]);
  });
});
