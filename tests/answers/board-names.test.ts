import { beforeAll, describe, expect, it } from "vitest";
import { boardNamesOf } from "../../src/answers/board-names.js";
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
