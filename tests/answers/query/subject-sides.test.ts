import { describe, expect, it } from "vitest";
import { emptySelector, type MeetingSelector } from "../../../src/answers/query/query.js";
import { subjectSides } from "../../../src/answers/query/subject-sides.js";

// A meeting here is one named by a year or a body; subjects name none.
const select = (phrase: string): MeetingSelector => ({
  ...emptySelector(),
  body: /\b(?:dmg|board)\b/.test(phrase) ? "LCRB" : null,
  date: /\b\d{4}\b/.test(phrase) ? { kind: "year", year: 2022 } : null,
});
const across = { target: "passages", aggregation: "list" } as const;
const sidesIn = (text: string) => subjectSides(text, across, select);

describe("subjectSides", () => {
  it.each([
    ["fraud v corruption - which mtgs?", [["fraud"], ["corruption"]]],
    ["fraud vs counter terrorism - where do they come up?", [["fraud"], ["counter", "terrorism"]]],
    [
      "the casey review v the buddy scheme - which mtgs?",
      [
        ["casey", "review"],
        ["buddy", "scheme"],
      ],
    ],
    ["violence against women v fraud - which mtgs?", [["violence", "women"], ["fraud"]]],
  ])("reads %j as two subjects, each by itself", (text, sides) => {
    expect(sidesIn(text)).toEqual(sides);
  });

  it("reads no two subjects where a side names a meeting, or both are asked together", () => {
    expect(sidesIn("fraud: the 2022 board v the dmg - which mtgs?")).toBeNull();
    expect(sidesIn("which meetings discussed both fraud and corruption")).toBeNull();
    expect(
      subjectSides(
        "what was said about fraud v corruption",
        { target: "search", aggregation: "one" },
        select,
      ),
    ).toBeNull();
  });
});
