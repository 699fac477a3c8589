import { describe, expect, it } from "vitest";
import { emphasisRuns, labelledBullets } from "../../src/answers/emphasis.js";

// 003_0417dfde59a34df8.txt, line 87, with "fraud" highlighted as search returns it.
const TEXT = "It was recommended that tackling fraud of this nature required <a> & more";
const FRAUD: [number, number] = [33, 38];

describe("emphasisRuns", () => {
  it("cuts text at its highlights", () => {
    expect(emphasisRuns(TEXT, [FRAUD])).toEqual([
      { text: "It was recommended that tackling ", emphasised: false },
      { text: "fraud", emphasised: true },
      { text: " of this nature required <a> & more", emphasised: false },
    ]);
  });

  it("is one plain run without highlights, and clips ranges that overlap or run past the end", () => {
    expect(emphasisRuns("fraud")).toEqual([{ text: "fraud", emphasised: false }]);
    expect(
      emphasisRuns("fraud roundtable", [
        [6, 99],
        [0, 5],
      ]),
    ).toEqual([
      { text: "fraud", emphasised: true },
      { text: " ", emphasised: false },
      { text: "roundtable", emphasised: true },
    ]);
    // An overlapping range starts where the one before it ended: no text is repeated.
    expect(
      emphasisRuns("fraud roundtable", [
        [0, 5],
        [3, 8],
      ]).map((run) => run.text),
    ).toEqual(["fraud", " ro", "undtable"]);
  });
});

describe("labelledBullets", () => {
  it("writes 'label: text' and marks each label, and only it, for emphasis", () => {
    const { bullets, bulletHighlights } = labelledBullets([
      ["12 April 2023", "London Crime Reduction Board, 27 attendees"],
      ["Claire Waxman", "named in 3 meetings"],
    ]);
    expect(bullets).toEqual([
      "12 April 2023: London Crime Reduction Board, 27 attendees",
      "Claire Waxman: named in 3 meetings",
    ]);
    expect(bulletHighlights).toEqual([[[0, 13]], [[0, 13]]]);
    const first = bullets[0] ?? "";
    expect(emphasisRuns(first, bulletHighlights[0]).map((r) => r.emphasised)).toEqual([
      true,
      false,
    ]);
  });
});
