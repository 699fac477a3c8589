import { describe, expect, it } from "vitest";
import { editDistance, withinOneEdit } from "../../src/corpus/edit-distance.js";

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

describe("withinOneEdit (one edit or none, without the table)", () => {
  it("agrees with editDistance on words one edit apart, the same, and further apart", () => {
    const pairs: [string, string][] = [
      ["apologes", "apologies"],
      ["apologies", "apologes"],
      ["attendence", "attendance"],
      ["attendess", "attendees"],
      ["atetndees", "attendees"],
      ["members", "members"],
      ["strut", "stuart"],
      ["presnet", "present"],
      ["pressent", "present"],
      ["prsnt", "present"],
      ["officers", "officials"],
      ["abc", "bca"],
      ["", "a"],
      ["", ""],
    ];
    for (const [a, b] of pairs) expect(withinOneEdit(a, b)).toBe(editDistance(a, b) <= 1);
  });
});
