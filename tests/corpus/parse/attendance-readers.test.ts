import { describe, expect, it } from "vitest";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { ATTENDANCE_READERS } from "../../../src/corpus/parse/attendance-readers.js";

// Each reader's example is a real line in its layout (from corpus/ or the unseen fixtures). The
// whole table must read it as that reader does, so no reader placed earlier takes a line meant
// for one placed later.
describe.each(ATTENDANCE_READERS.map(({ reader }) => reader))(
  "attendance reader '$name'",
  (row) => {
    it("reads its own example, and the table reads that example the same way", () => {
      const text = row.example.replace(/\t/g, " ").replace(/\s+/g, " ");
      const own = row.read({ cells: row.example, text, onePerLine: false });
      expect(own?.length ?? 0).toBeGreaterThan(0);
      expect(readAttendanceLine(row.example, "present").map((p) => p.name)).toEqual(
        own?.map((p) => p.name),
      );
    });
  },
);

describe("the attendance readers table", () => {
  it("names each reader once", () => {
    const names = ATTENDANCE_READERS.map(({ reader }) => reader.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
