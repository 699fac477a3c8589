import { describe, expect, it } from "vitest";
import { splitText, truncate } from "../../../src/slack/blocks/limits.js";

describe("splitText", () => {
  it.each([
    ["keeps text that fits", "The Board noted the report.", 40, ["The Board noted the report."]],
    [
      "cuts between paragraphs first",
      "The Board noted the report.\n\nMOPAC will circulate the data.",
      40,
      ["The Board noted the report.", "MOPAC will circulate the data."],
    ],
    [
      "then after a full stop",
      "The Board noted the report. MOPAC will circulate the data.",
      40,
      ["The Board noted the report.", "MOPAC will circulate the data."],
    ],
    [
      "then between words",
      "Violence Against Women and Girls strategy refresh",
      30,
      ["Violence Against Women and", "Girls strategy refresh"],
    ],
    ["and through a word only when it must", "Disproportionality", 10, ["Disproport", "ionality"]],
  ])("%s", (_, text, max, pieces) => {
    expect(splitText(text, max)).toEqual(pieces);
  });

  it("does not cut an escaped entity in half", () => {
    const pieces = splitText("aaaaaaa&amp;bbbbbbb", 10);
    expect(pieces).toEqual(["aaaaaaa", "&amp;bbbbb", "bb"]);
  });
});

describe("truncate", () => {
  it.each([
    ["Casey Review", 20, "Casey Review"],
    ["Casey Review of the Metropolitan Police", 20, "Casey Review of the…"],
  ])("%s → %s", (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });
});
