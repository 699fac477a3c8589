import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/corpus/edit-distance.js";

describe("editDistance (shared by the parser, search and answers)", () => {
  it("counts insertions, deletions, substitutions and a swap of neighbours as one edit each", () => {
    expect(editDistance("Apologes", "Apologies")).toBe(1);
    expect(editDistance("Strut", "Sturt")).toBe(1);
    expect(editDistance("Strut", "Stuart")).toBe(3);
    expect(editDistance("Attendence", "Attendance")).toBe(1);
    expect(editDistance("", "MOPAC")).toBe(5);
    expect(editDistance("Casey", "Casey")).toBe(0);
  });
});
