import { describe, expect, it } from "vitest";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// Lines as the rules read them, after the titles in a left margin are put over their text.
const read = (...raw: string[]) => toTextLines(raw.join("\n")).map((l) => l.text);

describe("titles in a left margin beside their text (pdftotext -layout, unseen-minutes-8/62)", () => {
  it("puts each wrapped title on its number's line and the text beside it under it", () => {
    expect(
      read(
        " 1.   WELCOME AND            The Chair welcomed members, and in particular",
        "      APOLOGIES              Superintendent Okonjo-Farrow, attending for the",
        "                             first time. Apologies are listed in Annex A.",
        "",
        " 2.   MINUTES OF THE         The minutes of the meeting held on 7 November",
        "      MEETING HELD ON        2024 were agreed as a correct record.",
        "      7 NOVEMBER 2024",
        "",
        " 4.   YOUTH REMANDS          Ms Delacroix-Ume (Youth Justice Board) said that",
        "                             the number of children remanded to youth",
      ),
    ).toEqual([
      "1. WELCOME AND APOLOGIES",
      "The Chair welcomed members, and in particular Superintendent Okonjo-Farrow, attending for the",
      "first time. Apologies are listed in Annex A.",
      "",
      "2. MINUTES OF THE MEETING HELD ON 7 NOVEMBER 2024",
      "The minutes of the meeting held on 7 November 2024 were agreed as a correct record.",
      "",
      "",
      "4. YOUTH REMANDS",
      "Ms Delacroix-Ume (Youth Justice Board) said that the number of children remanded to youth",
    ]);
  });

  it("reads titles in a margin of another width (layout-variants-8b/82)", () => {
    expect(
      read(
        " 4.   HOSTEL                 Harriet Quennell said that approved premises in",
        "      CAPACITY               London were full on most nights in March.",
        "",
        " 5.   DATE OF NEXT           The next meeting is scheduled for Monday, 9th",
        "      MEETING                June, 2025 at 2.00 pm, Conference Room 2, 169",
        "                             Union Street.",
      ),
    ).toEqual([
      "4. HOSTEL CAPACITY",
      "Harriet Quennell said that approved premises in London were full on most nights in March.",
      "",
      "5. DATE OF NEXT MEETING",
      "The next meeting is scheduled for Monday, 9th June, 2025 at 2.00 pm, Conference Room 2, 169",
      "Union Street.",
    ]);
  });

  it("leaves one numbered line with a gap in it, and a table's numbered rows, as they were", () => {
    expect(read("1.   Knife crime            MPS")).toEqual(["1. Knife crime MPS"]);
    expect(
      read(
        "1    Share the figures           MPS        June",
        "2    Write to the boroughs       MOPAC      July",
      ),
    ).toEqual(["1 Share the figures MPS June", "2 Write to the boroughs MOPAC July"]);
  });
});

describe("a numbered list in columns is no margin (written after round 8)", () => {
  it("leaves numbered people with their posts beside them, a post wrapped under, as they were", () => {
    expect(
      read(
        " 1.   Sir Anselm Whitcombe       Chair, MOPAC",
        " 2.   Dr Lavinia Osterberg       Director of Strategy and",
        "                                 Commissioning, NHS England",
        " 3.   Cllr Ifeoma Chukwu         London Councils",
      ),
    ).toEqual([
      "1. Sir Anselm Whitcombe Chair, MOPAC",
      "2. Dr Lavinia Osterberg Director of Strategy and",
      "Commissioning, NHS England",
      "3. Cllr Ifeoma Chukwu London Councils",
    ]);
  });
});
