import { describe, expect, it } from "vitest";
import { readActionTable } from "../../../src/corpus/parse/action-table.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

describe("readActionTable", () => {
  it("parts cells two spaces apart where the second starts under its column's title (unseen-minutes-2/13)", () => {
    const lines = toTextLines(
      [
        "No.   Action                                                    Owner              By when",
        "1     Circulate the schools knife crime toolkit to boroughs     London Councils    30 November 2022",
        "2     Share IOM cohort data with the VRU                        Probation Service  Next meeting",
      ].join("\n"),
    );
    expect(readActionTable(lines)?.actions.map((a) => [a.id, a.owner, a.text])).toEqual([
      ["1", "London Councils", "Circulate the schools knife crime toolkit to boroughs"],
      ["2", "Probation Service", "Share IOM cohort data with the VRU"],
    ]);
  });

  it("reads a space-aligned actions table whose rows wrap (lcrb-2019-07-04)", () => {
    const lines = toTextLines(
      [
        "No.   Item   Action                                                 Owner              Deadline",
        "1     3      MOPAC to share the summer violence plan with           MOPAC              19 July 2019",
        "             borough community safety leads",
        "2     4      London Councils to bring proposals on school           London Councils    October 2019",
        "             exclusions to the Board",
      ].join("\n"),
    );
    expect(readActionTable(lines)?.actions).toEqual([
      {
        id: "1",
        item: "3",
        text: "MOPAC to share the summer violence plan with borough community safety leads",
        owner: "MOPAC",
        line: 2,
      },
      {
        id: "2",
        item: "4",
        text: "London Councils to bring proposals on school exclusions to the Board",
        owner: "London Councils",
        line: 4,
      },
    ]);
  });
});
