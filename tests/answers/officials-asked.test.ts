import { describe, expect, it } from "vitest";
import { officialsAsked } from "../../src/answers/officials-asked.js";

// 004_17215f53eb22288e.txt:29 "Officers" heads Dan Hales, Doug Flight and Tony Hawker;
// 003_0417dfde59a34df8.txt "**Officials in attendance** Doug Flight (DF) Advisor, London Councils".
describe("officialsAsked", () => {
  it.each([
    "who were the officers",
    "who were the officials",
    "which officers were at the mtg on the contest board",
    "who were the officers at the 2015 board",
    "any officials at the 2022 board",
    "list the officers listed in june 2020",
  ])("reads %j as the list's officers or officials", (clause) => {
    expect(officialsAsked(clause)).toBe(true);
  });

  it.each([
    // Other officers, or an organisation's people, named by more than the heading's word.
    "who were the police officers at the disorder",
    "which mopac officers came to the 2023 board",
    "how many officers were recruited",
    "what did the officers say about the bwv",
  ])("leaves %j to other readers", (clause) => {
    expect(officialsAsked(clause)).toBe(false);
  });
});
