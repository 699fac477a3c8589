import { describe, expect, it } from "vitest";
import { readDue } from "../../../src/corpus/record/due.js";

describe("readDue", () => {
  it.each([
    ["provided at the next meeting.", { due: "next meeting", body: "LCRB" }],
    ["discussed again at the next LCRB in July.", { due: "2023-07", body: "LCRB" }],
    ["brought to the next DMG meeting", { due: "next meeting", body: "DMG" }],
    ["by 30 June 2023.", { due: "2023-06-30", body: null }],
    ["by 19 December.", { due: "2023-12-19", body: null }],
    ["brought back in January.", { due: "2024-01", body: null }],
    ["in September 2024", { due: "2024-09", body: null }],
    ["published in due course", { due: null, body: null }],
    ["so that it may be reviewed", { due: null, body: null }],
  ])("reads %j at an April 2023 LCRB meeting", (words, due) => {
    expect(readDue(words, "2023-04-12", "LCRB")).toEqual(due);
  });
});
