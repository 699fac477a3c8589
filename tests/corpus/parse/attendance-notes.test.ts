import { describe, expect, it } from "vitest";
import { brief } from "./attendance-line.js";

describe("withoutAttendanceNotes, through readAttendanceLine", () => {
  it("drops '(item 3 only)', '(for …)' and '(substitute for …)' notes and never reads them as a person (lcrb-2014-12-03)", () => {
    expect(brief("- Zainab Kamara, Solace Women's Aid (item 3 only)", "in_attendance")).toEqual([
      [null, "Zainab Kamara", "in_attendance"],
    ]);
    expect(brief("\tOlufemi Adeyinka (for Nicholas Pryor), CPS London")).toEqual([
      [null, "Olufemi Adeyinka", "present"],
    ]);
    expect(brief("- Olufemi Adeyinka, CPS London (substitute for Rhys Cadogan)")).toEqual([
      [null, "Olufemi Adeyinka", "present"],
    ]);
  });
});
