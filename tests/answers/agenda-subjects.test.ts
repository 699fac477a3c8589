import { describe, expect, it } from "vitest";
import { AgendaSubjects } from "../../src/answers/agenda-subjects.js";
import { dmg2020, lcrb2015 } from "./fixtures.js";

describe("AgendaSubjects", () => {
  // Titled "Counter Terrorism", "Public Service Reform" and "COVID-19: Impact on Delivery".
  const subjects = new AgendaSubjects([lcrb2015, dmg2020]);

  it("holds a subject when one item's title has every word of it, in any case", () => {
    expect(subjects.has(["counter terrorism"])).toBe(true);
    expect(subjects.has(["Terrorism", "counter"])).toBe(true);
    expect(subjects.has(["covid-19"])).toBe(true);
  });

  it("does not join the words of two titles, nor hold a word no title has", () => {
    expect(subjects.has(["counter reform"])).toBe(false);
    expect(subjects.has(["fraud"])).toBe(false);
    expect(subjects.has([])).toBe(false);
  });
});
