import { describe, expect, it } from "vitest";
import { listedChairsOf } from "../../src/answers/chair-role.js";
import type { Meeting } from "../../src/corpus/model.js";
import { lcrb2015 } from "./fixtures.js";

describe("listedChairsOf", () => {
  // 004_17215f53eb22288e.txt:28 "Martin Esom	CEO Waltham Forest, Chair Prevent"; 000_bc5123…:17
  // "Paul Wylie	Director of Strategy MOPAC and Chair of LMSPB & SOCB".
  const line = (name: string, role: string) => ({
    name,
    status: "present" as const,
    honorific: null,
    role,
    organisation: null,
    line: 1,
  });
  const meeting: Meeting = {
    ...lcrb2015,
    attendees: [
      line("Boris Johnson", "Chair"),
      line("Martin Esom", "CEO Waltham Forest, Chair Prevent"),
      line("Paul Wylie", "Director of Strategy MOPAC and Chair of LMSPB & SOCB"),
    ],
  };
  const chairs = (asked: string) =>
    listedChairsOf(asked, [meeting]).map(({ attendee }) => attendee.name);

  it("finds the line whose post chairs the body named", () => {
    expect(chairs("prevent")).toEqual(["Martin Esom"]);
    expect(chairs("lmspb")).toEqual(["Paul Wylie"]);
    expect(chairs("socb")).toEqual(["Paul Wylie"]);
  });

  it("takes no line for words its body does not hold, nor the meeting's own chair", () => {
    expect(chairs("london prevent board")).toEqual([]);
    expect(chairs("waltham forest")).toEqual([]);
    expect(chairs("")).toEqual([]);
  });
});
