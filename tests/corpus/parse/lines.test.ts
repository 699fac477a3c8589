import { describe, expect, it } from "vitest";
import {
  normaliseLine,
  plainText,
  proseFollows,
  toTextLines,
} from "../../../src/corpus/parse/lines.js";

const furniture = (text: string) =>
  toTextLines(text)
    .filter((l) => l.furniture)
    .map((l) => l.line);

describe("toTextLines", () => {
  it("marks the GLA page boilerplate as furniture (corpus/001, corpus/003)", () => {
    expect(
      furniture(
        "MAYOR OF LONDONLONDON ASSEMBLY\n\nLondon Crime Reduction Board meeting minutes - 2 February 2021\n\nKey information\n\nPublication type: General\n\nBack to table of contents\n[Back to table of contents](#)\nMAYOR OF LONDONLONDONASSEMBLY",
      ),
    ).toEqual([1, 5, 7, 9, 10, 11]);
  });

  it("marks page numbers and a running footer repeated on every page, but not a contents entry repeated as its heading", () => {
    const page = "Text.\n\nPage 1 of 3\nLondon Crime Reduction Board – 14 March 2017 – Minutes\n";
    expect(furniture(`Title\n\nA\n\nB\n\nC\n\nD\n\n${page}${page}`)).toEqual([13, 14, 17, 18]);
    expect(
      furniture(
        "[Item 1 - Welcome, minutes and previous actions](#)\n\nItem 1 - Welcome, minutes and previous actions",
      ),
    ).toEqual([]);
  });

  it("numbers lines from 1 and handles CRLF, form feeds and a byte-order mark", () => {
    const lines = toTextLines("\uFEFFone\r\n\ftwo\r\nthree");
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, "one"],
      [2, "two"],
      [3, "three"],
    ]);
  });
});

describe("plainText", () => {
  it.each([
    ["## 1. Welcome", "1. Welcome"],
    ["**5. Any other business**", "5. Any other business"],
    ["[Item 2 - Casey Review](#)", "Item 2 - Casey Review"],
    ["1. ***MPS response to the Casey Review***", "1. MPS response to the Casey Review"],
    ["**Time:** 14:00", "Time: 14:00"],
  ])("reads %j as %j", (raw, text) => {
    expect(plainText(raw)).toBe(text);
  });
});

describe("normaliseLine", () => {
  it("spells out ligatures and turns the PDF Symbol bullet into '•' (PDF copies: dmg-2015-11-26)", () => {
    expect(normaliseLine("Oﬃcers in attendance")).toBe("Officers in attendance");
    expect(normaliseLine("the eﬀect of school holidays on ﬁnancial")).toBe(
      "the effect of school holidays on financial",
    );
    expect(normaliseLine("\uF0B7  Helen Ferris, MOPAC (Chair)")).toBe(
      "•  Helen Ferris, MOPAC (Chair)",
    );
  });
});

describe("proseFollows", () => {
  it("is true over a bulleted phrase, false over a bulleted name", () => {
    const over = (next: string) => proseFollows(toTextLines(`1. Drugs Markets\n\n${next}`), 1);
    expect(over("• purity of cocaine on the street has risen;")).toBe(true);
    expect(over("• Vacancy rates are above twenty per cent.")).toBe(true);
    expect(over("• Georgina Whitfield, MOPAC")).toBe(false);
  });

  const lines = (...texts: string[]) => toTextLines(texts.join("\n"));
  it("is true over a sentence, false over a run of names and bodies (corpus/003)", () => {
    expect(
      proseFollows(
        lines("3. Operational update", "", "Members received the report and noted the progress."),
        1,
      ),
    ).toBe(true);
    expect(
      proseFollows(
        lines(
          "Kenny Bowie (KB) Director, S&MPS Oversight MOPAC",
          "",
          "Ian Bickers (IB) London Prisons Sinead Dervin (SD) NHS England Carolyn Downs (CD) London Councils",
        ),
        1,
      ),
    ).toBe(false);
  });
});
