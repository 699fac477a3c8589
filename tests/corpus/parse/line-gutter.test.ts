import { describe, expect, it } from "vitest";
import { cutLineGutter } from "../../../src/corpus/parse/line-gutter.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// unseen-minutes-9/75: every line numbered, the numbers starting again on page 2 after a form feed.
const EVERY_LINE = [
  "  1  DRAFT - SUBJECT TO APPROVAL AT THE NEXT MEETING",
  "  2",
  "  3  LONDON CRIME REDUCTION BOARD",
  "  4  MINUTES OF THE MEETING OF 15 OCTOBER 2025",
  "  5",
  "  6  Time: 10 am to 12 noon",
  "  7  Place: Council Chamber, Southwark Council, 160 Tooley Street, SE1 2QH",
  "  8",
  "  9  Members present",
  " 10  Baroness Imelda Achterfeld-Rowe, Deputy Mayor for Policing and Crime (Chair)",
  "\f  1  DRAFT - SUBJECT TO APPROVAL AT THE NEXT MEETING",
  "  2",
  "  3  but up across central London as a whole. Members agreed that the approach",
  "  4  should be shared with other boroughs.",
  "  5  ACTION: London Councils to circulate Southwark's licensing and night-time",
  "",
];

describe("cutLineGutter", () => {
  it("cuts every line's number, the numbers counting each page's lines (unseen-minutes-9/75)", () => {
    expect(cutLineGutter(EVERY_LINE)).toEqual([
      "DRAFT - SUBJECT TO APPROVAL AT THE NEXT MEETING",
      "",
      "LONDON CRIME REDUCTION BOARD",
      "MINUTES OF THE MEETING OF 15 OCTOBER 2025",
      "",
      "Time: 10 am to 12 noon",
      "Place: Council Chamber, Southwark Council, 160 Tooley Street, SE1 2QH",
      "",
      "Members present",
      "Baroness Imelda Achterfeld-Rowe, Deputy Mayor for Policing and Crime (Chair)",
      "DRAFT - SUBJECT TO APPROVAL AT THE NEXT MEETING",
      "",
      "but up across central London as a whole. Members agreed that the approach",
      "should be shared with other boroughs.",
      "ACTION: London Councils to circulate Southwark's licensing and night-time",
      "",
    ]);
  });

  it("reads the page's start from the numbers when the form feed is gone", () => {
    const lines = toTextLines(EVERY_LINE.join("\n"));
    expect(lines.map((l) => l.text).slice(9, 13)).toEqual([
      "Baroness Imelda Achterfeld-Rowe, Deputy Mayor for Policing and Crime (Chair)",
      "DRAFT - SUBJECT TO APPROVAL AT THE NEXT MEETING",
      "",
      "but up across central London as a whole. Members agreed that the approach",
    ]);
    expect(lines[12]?.line).toBe(13);
  });

  it("cuts numbers shown on every fifth line, and the gutter's indent from the others", () => {
    const raws = [
      "     DRAFT - NOT YET APPROVED",
      "",
      "     DELIVERY MANAGEMENT GROUP",
      "     NOTES OF THE MEETING HELD ON 4 FEBRUARY 2026",
      "  5",
      "     Time: 12 noon to 1.30 pm",
      "     Venue: Room 3.02, 169 Union Street",
      "",
      "     Present",
      " 10  Marcus Ellingsworth-Abara (MOPAC), Chair",
      "     Det Ch Supt Leonie Drummond-Achebe (MPS)",
      "       Seun Vandermeer (London Councils)",
      "     Philippa Oyenuga-Hart (London Probation Service)",
      "",
      " 15  In attendance",
      "     12 noon, Room 3.02, 169 Union Street.",
      "",
      "",
      "",
      " 20",
    ];
    const cut = cutLineGutter(raws);
    expect(cut?.[9]).toBe("Marcus Ellingsworth-Abara (MOPAC), Chair");
    // An indent beyond the gutter is the text's own; a figure opening the text is no line number.
    expect(cut?.[11]).toBe("  Seun Vandermeer (London Councils)");
    expect(cut?.[15]).toBe("12 noon, Room 3.02, 169 Union Street.");
  });

  it.each([
    // Numbered headings and a count of lines with figures are no gutter.
    [
      [
        "1 Welcome",
        "The Chair welcomed members.",
        "2 Minutes",
        "Agreed.",
        "3 Finance",
        "Noted.",
        "4 AOB",
      ],
    ],
    [["  1  Welcome", "  2  Minutes", "  3  Finance", "  5  AOB"]],
    // A line written left of the numbers' column.
    [["  1  Welcome", "  2  Minutes", "  3  Finance", "  4  AOB", "Signed"]],
    [["  1  Welcome", "  2  Minutes", "  3"]],
  ])("finds no gutter in %j", (raws) => {
    expect(cutLineGutter(raws)).toBeNull();
  });
});
