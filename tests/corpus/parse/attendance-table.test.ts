import { describe, expect, it } from "vitest";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";

const brief = (raw: string, status: "present" | "in_attendance" | "apologies" = "present") =>
  readAttendanceLine(raw, status).map((p) => [p.honorific, p.name, p.status]);

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
