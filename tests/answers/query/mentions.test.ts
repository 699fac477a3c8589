import { describe, expect, it } from "vitest";
import { textMentionsTogether } from "../../../src/answers/query/mentions.js";

// Lines of the seed minutes (003_0417dfde59a34df8.txt:53 and 000_bc5123fd089beeb5.txt:46).
const TERMS_OF_REFERENCE =
  "Members noted and approved the terms of reference for the new partnership board structure.";
const APART =
  "With reference to disproportionality, beyond a simple policing issue, it was agreed to continue to seek transparency on disproportionality data in terms of workforce and outcomes in the flow of cases through the CJS.";

describe("textMentionsTogether", () => {
  it("finds the words of a subject standing together, short words between", () => {
    expect(textMentionsTogether(TERMS_OF_REFERENCE, ["terms", "reference"])).toBe(true);
  });

  it("does not count the words apart, or out of order", () => {
    expect(textMentionsTogether(APART, ["terms", "reference"])).toBe(false);
    expect(textMentionsTogether(TERMS_OF_REFERENCE, ["reference", "terms"])).toBe(false);
  });

  it("matches each word by its stem, and one word anywhere", () => {
    expect(textMentionsTogether(APART, ["disproportionality", "data"])).toBe(true);
    expect(textMentionsTogether(APART, ["workforce"])).toBe(true);
    expect(textMentionsTogether(APART, [])).toBe(false);
  });
});
