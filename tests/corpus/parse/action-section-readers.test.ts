import { describe, expect, it } from "vitest";
import {
  ACTION_SECTION_READERS,
  readActionSection,
} from "../../../src/corpus/parse/action-section-readers.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

const lines = (text: string) => toTextLines(text).filter((l) => l.text);

// Each reader's example is real lines of its layout (tests/fixtures). The whole table must read
// them as that reader does, so no reader placed earlier takes lines meant for a later one.
describe.each(ACTION_SECTION_READERS.map(({ reader }) => reader))(
  "action section reader '$name'",
  (row) => {
    it("reads its own example, and the table reads that example the same way", () => {
      const own = row.read(lines(row.example))?.actions ?? [];
      expect(own.length).toBeGreaterThan(0);
      expect(readActionSection(lines(row.example), [])).toEqual(own);
    });
  },
);

describe("the action section readers table", () => {
  it("names each reader once", () => {
    const names = ACTION_SECTION_READERS.map(({ reader }) => reader.name);
    expect(new Set(names).size).toBe(names.length);
  });

  // tests/fixtures/layout-minutes/08-actions-table-at-end.txt
  it("reads a titled table's rows as actions with their owners, and counts one recorded under its item once", () => {
    const section = lines(
      [
        "No.\tAction\tOwner\tDue",
        "1\tCirculate the moped hotspot map to boroughs\tLorcan Fitzgerald\tDecember 2025",
        "2\tWrite to the food courier firms about their riders\tMarisol Echeverria\tJanuary 2026",
      ].join("\n"),
    );
    const read = readActionSection(section, []);
    expect(read.map((a) => [a.id, a.text, a.owner])).toEqual([
      ["1", "Circulate the moped hotspot map to boroughs", "Lorcan Fitzgerald"],
      ["2", "Write to the food courier firms about their riders", "Marisol Echeverria"],
    ]);
    const recorded = { ...read[0], item: "1", line: 20 } as (typeof read)[number];
    expect(readActionSection(section, [recorded]).map((a) => a.id)).toEqual(["2"]);
  });
});

describe("a list of tasks after their owners (unseen-minutes-8/68)", () => {
  it("reads each line opening with an owner and a dash as an entry of its own", () => {
    const read = readActionSection(
      lines(
        [
          "  MOPAC – circulate the revised community reassurance plan to DMG members",
          "  MPS – report hate crime charge rates by strand to the February meeting",
        ].join("\n"),
      ),
      [],
    );
    expect(read.map((a) => [a.owner, a.text])).toEqual([
      ["MOPAC", "circulate the revised community reassurance plan to DMG members"],
      ["MPS", "report hate crime charge rates by strand to the February meeting"],
    ]);
  });

  it("keeps a task wrapped onto a line of its own words one entry", () => {
    const read = readActionSection(
      lines(
        [
          "London Councils – collect the boroughs' figures for emergency",
          "bed spaces and report them in June",
        ].join("\n"),
      ),
      [],
    );
    expect(read.map((a) => a.text)).toEqual([
      "collect the boroughs' figures for emergency bed spaces and report them in June",
    ]);
  });
});
