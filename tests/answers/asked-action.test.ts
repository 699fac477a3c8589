import { describe, expect, it } from "vitest";
import { askedAction } from "../../src/answers/asked-action.js";

describe("askedAction", () => {
  it.each([
    ["who is going to organise the roundtable", "organise"],
    ["who will lead the review", "lead"],
    ["who should sign off the plan", "sign"],
    ["who set up the working group", "set"],
    ["whos meant to run a pilot", "run"],
  ])("reads the verb of %j", (question, verb) => {
    expect(askedAction(question)).toBe(verb);
  });

  it.each([
    "who was at the meeting",
    "who is the chair",
    "what will mopac host",
    "who from the met came",
  ])("finds none in %j", (question) => {
    expect(askedAction(question)).toBeNull();
  });
});
