import { describe, expect, it } from "vitest";
import { decideCorrection } from "../../src/search/correction.js";
import type { Neighbour } from "../../src/search/vocabulary.js";

const unknown = { word: false, name: false };
// Neighbours as the seed minutes give them (Vocabulary.neighbours over the five files).
const STAKLING: Neighbour[] = [
  { word: "stalking", term: "stalk", edits: 1, count: 1 },
  { word: "tackling", term: "tackl", edits: 2, count: 3 },
  { word: "taking", term: "take", edits: 2, count: 2 },
  { word: "standing", term: "stand", edits: 2, count: 1 },
];
const CRME: Neighbour[] = [
  { word: "crime", term: "crime", edits: 1, count: 10 },
  { word: "come", term: "come", edits: 1, count: 1 },
];

describe("decideCorrection", () => {
  it("corrects when one reading outweighs the rest by frequency and distance together", () => {
    // stalking: 1 × 0.05; tackling: 3 × 0.05² — one edit beats three occurrences two edits away.
    expect(decideCorrection(STAKLING, unknown, false).correction?.word).toBe("stalking");
    // crime (10 occurrences) against come (1), both one edit away.
    expect(decideCorrection(CRME, unknown, false).correction?.word).toBe("crime");
  });

  it("offers but does not search a reading that is not much likelier than the next", () => {
    const close: Neighbour[] = [
      { word: "policy", term: "polici", edits: 1, count: 3 },
      { word: "police", term: "polic", edits: 1, count: 2 },
    ];
    expect(decideCorrection(close, unknown, false)).toEqual({
      correction: null,
      suggestion: close[0],
    });
  });

  it("counts the spellings of one term together", () => {
    const spellings: Neighbour[] = [
      { word: "homicide", term: "homicid", edits: 1, count: 1 },
      { word: "homicides", term: "homicid", edits: 2, count: 1 },
    ];
    expect(decideCorrection(spellings, unknown, false).correction?.word).toBe("homicide");
  });

  it("never corrects an English word: 'hate' is not 'date', 'acid' is not 'aid'", () => {
    const date: Neighbour[] = [{ word: "date", term: "date", edits: 1, count: 4 }];
    expect(decideCorrection(date, { word: true, name: false }, false)).toEqual({
      correction: null,
      suggestion: null,
    });
  });

  it("never matches a name to another: 'Dick' is not 'Nick', 'Cressida' nobody in the minutes", () => {
    const nick: Neighbour[] = [{ word: "nick", term: "nick", edits: 1, count: 2 }];
    expect(decideCorrection(nick, { word: false, name: true }, false).suggestion).toBeNull();
    // A word typed with a capital inside a question is read as a name too.
    expect(decideCorrection(nick, unknown, true).suggestion).toBeNull();
  });

  it("has nothing to say without neighbours", () => {
    expect(decideCorrection([], unknown, false)).toEqual({ correction: null, suggestion: null });
  });
});
