import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";

function seed(file: string) {
  const text = readFileSync(new URL(`../../../corpus/${file}`, import.meta.url), "utf8");
  const meeting = parseMinutes(text, file).meeting;
  if (!meeting) throw new Error(`${file} did not parse`);
  return meeting;
}

describe("decisions and commitments in the parsed meeting", () => {
  it("cites each by its agenda item and the line of its passage", () => {
    const meeting = seed("002_0368bc6123038781.txt");
    expect(meeting.decisions[0]).toMatchObject({ kind: "agreed", item: "1", line: 85 });
    expect(meeting.commitments).toContainEqual(
      expect.objectContaining({
        text: "The issue of court backlogs will be discussed again at the next LCRB in July.",
        kind: "deferred",
        owner: null,
        due: "2023-07",
        dueBody: "LCRB",
        item: "1",
        line: 85,
      }),
    );
    expect(meeting.commitments).toContainEqual(
      expect.objectContaining({ owner: "MOPAC", kind: "will", item: "2", line: 103 }),
    );
  });

  it("leaves a recorded action ('Action 1: Partners … will meet') to the actions", () => {
    const meeting = seed("004_17215f53eb22288e.txt");
    expect(meeting.actions.map((a) => a.line)).toEqual([54, 67]);
    expect(meeting.commitments.map((c) => c.line)).not.toContain(54);
    expect(meeting.commitments.map((c) => c.line)).not.toContain(67);
    expect(meeting.commitments).toContainEqual(
      expect.objectContaining({ owner: "London Councils and MOPAC", item: "4", line: 65 }),
    );
  });

  it("does not count 'The actions from the February DMG meeting were all closed' as a decision", () => {
    const meeting = seed("000_bc5123fd089beeb5.txt");
    expect(meeting.decisions.filter((d) => d.line === 32).map((d) => d.text)).toEqual([
      "The detailed notes were approved.",
    ]);
  });
});
