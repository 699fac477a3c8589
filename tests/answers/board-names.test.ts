import { beforeAll, describe, expect, it } from "vitest";
import { boardNamedIn, boardNamesOf, isOurBody } from "../../src/answers/board-names.js";
import { createAnswerContext } from "../../src/answers/context.js";

describe("boardNamesOf", () => {
  let names: Set<string> = new Set();
  beforeAll(async () => {
    const context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null });
    names = boardNamesOf(context.meetings);
  });

  it("holds the boards the passages name, with each run of words ending at 'board'", () => {
    // "MOPAC are in the process of developing the new London Policing Board" (2023).
    expect(names).toContain("london policing board");
    expect(names).toContain("policing board");
    // "the terms of reference for the new partnership board structure" (2022).
    expect(names).toContain("partnership board");
    // "membership of the proposed Efficiency Board and the Safer Streets Board" (2021).
    expect(names).toContain("efficiency board");
    expect(names).toContain("safer streets board");
  });

  it("holds the boards an attendance line names: 'Colin Allars, Youth Justice Board'", () => {
    expect(names).toContain("youth justice board");
  });

  it("holds no board the minutes never write", () => {
    expect(names).not.toContain("casey board");
    expect(names).not.toContain("fraud board");
    expect(names).not.toContain("counter terrorism board");
  });
});

describe("isOurBody", () => {
  // The minutes are the London Crime Reduction Board's and its Delivery Management Group's.
  it.each([
    "board",
    "the board",
    "next board",
    "main board",
    "full board",
    "london crime board",
    "crime board",
    "london crime reduction board",
    "lcrb board",
    "dmg board",
    "delivery management group board",
    "management group",
  ])("reads %s as ours", (name) => {
    expect(isOurBody(name)).toBe(true);
  });

  it.each([
    "london prevent board",
    "london policing board",
    "efficiency board",
    "hate crime board",
    "next london policing board",
    "youth justice board",
  ])("reads %s as another body", (name) => {
    expect(isOurBody(name)).toBe(false);
  });
});

describe("boardNamedIn", () => {
  it("reads the board named after a determiner, by the words between", () => {
    expect(boardNamedIn("how often does the main board meet")).toBe("main board");
    expect(boardNamedIn("when did the london prevent board last meet")).toBe(
      "london prevent board",
    );
    expect(boardNamedIn("did the board discuss the prevent board")).toBe("board");
    expect(boardNamedIn("what did mopac say")).toBeNull();
  });
});
