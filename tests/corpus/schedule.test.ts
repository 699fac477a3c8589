import { describe, expect, it } from "vitest";
import { parseSchedule } from "../../src/corpus/schedule.js";

describe("parseSchedule", () => {
  it("reads a list of meetings, with dates quoted or not", () => {
    const text = [
      "- body: LCRB",
      "  date: 2026-12-09",
      '  time: "14:00"',
      "  venue: City Hall",
      "- body: dmg",
      '  date: "2027-01-20"',
    ].join("\n");
    expect(parseSchedule(text)).toEqual({
      meetings: [
        { body: "LCRB", date: "2026-12-09", time: "14:00", venue: "City Hall", line: null },
        { body: "DMG", date: "2027-01-20", time: null, venue: null, line: null },
      ],
      problems: [],
    });
  });

  it("accepts a meetings: key around the list", () => {
    expect(
      parseSchedule("meetings:\n  - body: LCRB\n    date: 2026-12-09\n").meetings,
    ).toHaveLength(1);
  });

  it("reports a bad entry and keeps the good ones", () => {
    const outcome = parseSchedule(
      "- body: LCRB\n  date: 2026-12-09\n- body: Cabinet\n  date: 2026-12-10\n",
    );
    expect(outcome.meetings).toHaveLength(1);
    expect(outcome.problems).toMatchObject([
      { code: "bad_schedule", message: expect.stringMatching(/^entry 2:/) },
    ]);
  });

  it("reports YAML it cannot read", () => {
    expect(parseSchedule("- body: [LCRB\n").problems).toMatchObject([{ code: "bad_schedule" }]);
  });
});
