import { describe, expect, it } from "vitest";
import { introducesList, passageShape } from "../../src/search/substance.js";

// Lines from 002_0368bc6123038781.txt (Casey Review), 000_bc5123fd089beeb5.txt and
// 004_17215f53eb22288e.txt.
describe("passageShape", () => {
  it.each([
    ["1. MPS response to the Casey Review and consideration of the Turnaround Plan", "list-item"],
    [
      "2. Ways for partners to support the MPS with the next steps to address Casey's recommendations",
      "list-item",
    ],
    ["3. Estate strategy", "list-item"],
    ["6. Supporting vulnerable people", "list-item"],
    ["Date of next meetings", "heading"],
    ["There was no other business.", "prose"],
    [
      "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning.",
      "prose",
    ],
    [
      "9. The Board agreed that the work on public service reform should be developed as proposed over the coming two months. London Councils and MOPAC will lead on this.",
      "prose",
    ],
  ])("reads %j as %s", (text, shape) => {
    expect(passageShape(text)).toBe(shape);
  });
});

describe("introducesList", () => {
  it("sees a paragraph ending in a colon as the lead-in of a list", () => {
    expect(
      introducesList(
        "From this, Dame Lynne Owens discussed 6 areas/asks for partners on the board to consider supporting the MPS with:",
      ),
    ).toBe(true);
    expect(introducesList("There was no other business.")).toBe(false);
  });
});
