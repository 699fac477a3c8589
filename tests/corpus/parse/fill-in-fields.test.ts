import { describe, expect, it } from "vitest";
import { withoutFillInRules } from "../../../src/corpus/parse/fill-in-fields.js";

// unseen-minutes-10/85 and layout-variants-10b/114: a Word form's fill-in fields copied as text.
describe("withoutFillInRules", () => {
  it("makes a field's underscores spaces, so the words written on it keep their columns", () => {
    expect(
      withoutFillInRules("Date of meeting: ___15/07/2026___        Start time: ___10:00___"),
    ).toBe("Date of meeting:    15/07/2026           Start time:    10:00   ");
    expect(withoutFillInRules("Minute taker: ___Saskia Bramwell-Oduya (MOPAC)___")).toBe(
      "Minute taker:    Saskia Bramwell-Oduya (MOPAC)   ",
    );
  });

  it("leaves a rule drawn with underscores alone, and blanks a row of the form left empty", () => {
    const rule = " _______________________________________________________________________________";
    expect(withoutFillInRules(rule)).toBe(rule);
    expect(
      withoutFillInRules("No.: ____     Item: ____     Owner: ____     Action: ____     By: ____"),
    ).toBe("");
  });
});
