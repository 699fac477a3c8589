import { describe, expect, it } from "vitest";
import { withBodyAsked } from "../../src/answers/body-asked.js";
import { readQuestion } from "../../src/answers/question.js";
import { fixtureContext } from "./fixtures.js";

const { directory } = fixtureContext();
const asked = (text: string) =>
  withBodyAsked(readQuestion(text), directory.people, directory.ordinary, directory.posts).text;

describe("withBodyAsked", () => {
  // 004_17215f53eb22288e.txt:34 "Doug Flight	London Councils"; sweep 8's "is roisin briody mopac?".
  it("writes 'from' between someone named in full and a body the lists give", () => {
    expect(asked("is doug flight london councils?")).toBe("is doug flight from london councils?");
    expect(asked("was doug flight mopac")).toBe("was doug flight from mopac?");
  });

  it("leaves other questions of someone, a choice of bodies, and words no list gives", () => {
    expect(asked("is doug flight there?")).toBe("is doug flight there?");
    expect(asked("is doug flight the chair?")).toBe("is doug flight the chair?");
    expect(asked("is doug flight mopac or lc?")).toBe("is doug flight mopac or lc?");
    expect(asked("is doug flight kind")).toBe("is doug flight kind");
  });
});
