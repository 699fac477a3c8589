import { describe, expect, it } from "vitest";
import { NO_CONTENTS } from "../../../src/corpus/parse/contents.js";
import { type LineLayout, layoutLines, proseAfter } from "../../../src/corpus/parse/layout.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// The first line of the text, classified with the rest.
const laid = (text: string): LineLayout => {
  const first = layoutLines(toTextLines(text), NO_CONTENTS)[0];
  if (!first) throw new Error("no lines");
  return first;
};

describe("proseAfter", () => {
  it("is true over a bulleted phrase, false over a bulleted name", () => {
    const over = (next: string) => proseAfter(laid(`1. Drugs Markets\n\n${next}`));
    expect(over("• purity of cocaine on the street has risen;")).toBe(true);
    expect(over("• Vacancy rates are above twenty per cent.")).toBe(true);
    expect(over("• Georgina Whitfield, MOPAC")).toBe(false);
  });

  const lines = (...texts: string[]) => laid(texts.join("\n"));
  it("is true over a sentence, false over a run of names and bodies (corpus/003)", () => {
    expect(
      proseAfter(
        lines("3. Operational update", "", "Members received the report and noted the progress."),
      ),
    ).toBe(true);
    expect(
      proseAfter(
        lines(
          "Kenny Bowie (KB) Director, S&MPS Oversight MOPAC",
          "",
          "Ian Bickers (IB) London Prisons Sinead Dervin (SD) NHS England Carolyn Downs (CD) London Councils",
        ),
      ),
    ).toBe(false);
  });
});

describe("layoutLines", () => {
  // Lines from tests/fixtures/layout-minutes/09 and corpus/003.
  it("classifies each line once by its shape", () => {
    const shapes = layoutLines(
      toTextLines(
        [
          "Apologies",
          "• Eamon Kavanagh, HMPPS",
          "",
          "Graffiti And Tagging On Rail Lines",
          "• Reports are up by a seventh on last year",
          "Members received the report and noted the progress.",
          "Diana Luchford\tCEO, MOPAC",
        ].join("\n"),
      ),
      NO_CONTENTS,
    ).map((l) => l.shape);
    expect(shapes).toEqual(["label", "list", "blank", "title", "prose", "prose", "table"]);
  });

  it("links each line to the written lines around it, across blank lines and page furniture", () => {
    const laid = layoutLines(
      toTextLines("1. Drug Testing On Arrest\n\nPage 1 of 3\nfor opiates."),
      NO_CONTENTS,
    );
    expect(laid.map((l) => [l.blank, l.blankBefore, l.blankAfter])).toEqual([
      [false, true, true],
      [true, false, true],
      [true, true, false],
      [false, true, true],
    ]);
    expect(laid[0]?.next?.text).toBe("for opiates.");
    expect(laid[3]?.previous?.text).toBe("1. Drug Testing On Arrest");
  });
});
