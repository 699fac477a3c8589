import { describe, expect, it } from "vitest";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { brief } from "./attendance-line.js";

describe("readAttendanceLine: one person's entry", () => {
  it("reads 'Surname, Title Given' alone on its line (layout-variants-10a/104)", () => {
    expect(brief("Sadiq-Brennan, Dr Evangeline")).toEqual([
      ["Dr", "Evangeline Sadiq-Brennan", "present"],
    ]);
    expect(brief("Marangoni, DCI Piers (MPS)")).toEqual([["DCI", "Piers Marangoni", "present"]]);
  });

  it.each(["Lambeth, Cllr Okafor", "Haringey, Supt Davies"])(
    "takes no borough before the comma for a surname: %j (review 5 C6)",
    (raw) => {
      expect(brief(raw)).toEqual([]);
    },
  );

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
});
