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

describe("a table row numbered in its first cell (unseen-minutes-3/20)", () => {
  it("reads the heading from the first cell alone and keeps the row's cells, empty ones too", () => {
    const row = laid(
      "4. Youth remand\tProf Lockhart described the rise in the number of children remanded.\tYJB to bring a paper on youth remand to the December LCRB.",
    );
    expect(row.numbered).toMatchObject({ number: "4", title: "Youth remand" });
    expect(row.rowCells).toEqual([
      "4. Youth remand",
      "Prof Lockhart described the rise in the number of children remanded.",
      "YJB to bring a paper on youth remand to the December LCRB.",
    ]);
    expect(laid("1. Welcome\tThe Chair welcomed members.\t").numbered?.title).toBe("Welcome");
  });

  it("leaves a line with no cell after the first, or no numbering in it, as it was", () => {
    expect(laid("Sophie Linden\tDMPC (Co-chair),").rowCells).toBeNull();
    expect(
      laid("3.3\tAction: London Councils to propose a common definition.").rowCells,
    ).toBeNull();
  });
});

describe("pointStart", () => {
  it("is true for a point marked '-' or '•', false for an entry numbered or lettered (unseen-minutes-5/40)", () => {
    expect(laid("- BW ran through the MPS summer plan.").pointStart).toBe(true);
    expect(laid("• Landlords will be written to").pointStart).toBe(true);
    expect(laid("2. Summer violence plan").pointStart).toBe(false);
    expect(laid("a) Hate Incidents").pointStart).toBe(false);
    expect(laid("(3) Hate crime").pointStart).toBe(false);
  });
});

describe("timedTitle", () => {
  it.each([
    ["14:00  Welcome and introductions", "Welcome and introductions"],
    ["2.00pm   Knife crime", "Knife crime"],
    ["(14:10) Knife crime", "Knife crime"],
  ])("reads the title after the time in %j", (text, title) => {
    expect(laid(text).timedTitle).toBe(title);
  });

  it.each([
    ["14:05 Members broke for lunch."],
    ["10:00 – 12:00, Committee Room 2, City Hall"],
    ["14:00   1. Welcome and introductions"],
    ["Knife crime"],
  ])("reads none in %j", (text) => {
    expect(laid(text).timedTitle).toBeNull();
  });
});

describe("a decimal-numbered title", () => {
  it("reads '1.1  Welcome and apologies for absence' (unseen-minutes-8/66) as section 1, point 1", () => {
    expect(laid("1.1  Welcome and apologies for absence").decimal).toEqual({
      section: 1,
      heading: {
        number: "1.1",
        value: 1,
        title: "Welcome and apologies for absence",
        style: "number",
      },
    });
    expect(
      laid("2.3  Violence against women and girls: night-time charter").decimal?.heading.number,
    ).toBe("2.3");
  });

  it("reads no numbered paragraph, a section's '1.0' or a figure as one", () => {
    expect(
      laid(
        "2.1 The Board agreed its terms of reference, subject to adding the Probation Trust as a",
      ).decimal,
    ).toBeNull();
    expect(
      laid("3.2 Members raised concerns about the proportion of young Black men.").decimal,
    ).toBeNull();
    expect(laid("1.0    Welcome").decimal).toBeNull();
    expect(laid("1.5 million people").decimal).toBeNull();
  });
});
