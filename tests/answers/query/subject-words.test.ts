import { describe, expect, it } from "vitest";
import { subjectWords } from "../../../src/answers/query/subject-words.js";

describe("subjectWords", () => {
  it("keeps a word named as what was mentioned, though it elsewhere asks how a discussion ended", () => {
    // Sweep 8's "outcomes - which mtgs mention them": "disproportionality data in terms of
    // workforce and outcomes" (June 2020 DMG).
    expect(subjectWords("which meetings mentioned outcomes?")).toEqual(["outcomes"]);
    expect(subjectWords("what was the outcome of the fraud item")).toEqual(["fraud"]);
  });
});
