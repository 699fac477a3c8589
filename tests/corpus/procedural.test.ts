import { describe, expect, it } from "vitest";
import { isProceduralItem } from "../../src/corpus/procedural.js";

// Titles as the seed and fixture minutes write them.
describe("isProceduralItem", () => {
  it.each([
    "Welcome and apologies",
    "Minutes of the previous meeting and matters arising",
    "NOTES OF THE LAST MEETING",
    "Notes of the meeting on 24 September 2015",
    "Notes of the last meeting and action log",
    "Action log",
    "Any Other Business",
    "AOB",
  ])("%j is an item every meeting has", (title) => {
    expect(isProceduralItem(title)).toBe(true);
  });

  it.each(["Police and Crime Plan", "LCRB agenda", "Court backlogs", "Knife crime strategy"])(
    "%j is business",
    (title) => {
      expect(isProceduralItem(title)).toBe(false);
    },
  );
});
