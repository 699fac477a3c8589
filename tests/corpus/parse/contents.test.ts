import { describe, expect, it } from "vitest";
import { findContents, inContents } from "../../../src/corpus/parse/contents.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

const contentsOf = (text: string) => findContents(toTextLines(text));

describe("findContents", () => {
  it("reads a list of one title per line, ending where the first title repeats (corpus/001)", () => {
    const contents = contentsOf(
      "Contents\n\nBoard and advisors\n\nAgreement of minutes\n\nAny other business\n\nBoard and advisors\n\nSadiq Khan, Mayor of London, Chair",
    );
    expect(contents.titles).toEqual([
      "board and advisors",
      "agreement of minutes",
      "any other business",
    ]);
    expect([...contents.lines]).toEqual([1, 3, 5, 7]);
    expect(inContents(contents, "1. Agreement of minutes")).toBe(true);
    expect(inContents(contents, "Sadiq Khan, Mayor of London, Chair")).toBe(false);
  });

  // inContents tells most lines from the entries by the first letter comparable() gives them: a
  // line opening with punctuation, markup or a letter beyond ASCII is still read by its words.
  it("finds an entry written with punctuation, markup or accents before its words", () => {
    const contents = contentsOf(
      "Contents\n\nBoard and advisors\n\nÉtude of knife crime\n\nAny other business\n\nBoard and advisors",
    );
    expect(inContents(contents, "– Any other business")).toBe(true);
    expect(inContents(contents, "**Board and advisors**")).toBe(true);
    expect(inContents(contents, "Étude of knife crime")).toBe(true);
    expect(inContents(contents, "(3) Any other business")).toBe(true);
    expect(inContents(contents, "Tackling fraud")).toBe(false);
    expect(inContents(contents, "–")).toBe(false);
  });

  it("reads a list run together on one line (corpus/003)", () => {
    const contents = contentsOf(
      "Contents\n\nBoard and advisors Welcome and apologies Minutes of the previous meeting and matters arising Any other business\n\nBoard and advisors\n\nPresent",
    );
    expect(contents.lines.size).toBe(2);
    expect(inContents(contents, "Welcome and apologies")).toBe(true);
    expect(inContents(contents, "1. Minutes of the previous meeting and matters arising")).toBe(
      true,
    );
    expect(inContents(contents, "Tackling fraud")).toBe(false);
  });

  it("reads markdown links and learns the 'Item N -' style from them (corpus/002)", () => {
    const contents = contentsOf(
      "Contents\n\n[Attendees and apologies](#)\n\n[Item 1 - Welcome, minutes and previous actions](#)\n\n[Item 2 - Casey Review](#)\n\n1. Attendees and apologies",
    );
    expect(contents.titles).toHaveLength(3);
    expect(contents.style).toBe("item-word");
    expect(inContents(contents, "Item 2 - Casey Review")).toBe(true);
  });

  it("drops dot leaders and page numbers", () => {
    const contents = contentsOf(
      "CONTENTS\n1. Welcome and apologies ........ 1\n2. Serious youth violence ........ 2\n\nATTENDANCE",
    );
    expect(contents.titles).toEqual(["welcome and apologies", "serious youth violence"]);
  });

  it("finds nothing without a Contents heading", () => {
    expect(contentsOf("Item 1 - Welcome\n\nText.").titles).toEqual([]);
  });
});

describe("an agenda list is the minutes' contents (unseen-minutes-6/51)", () => {
  const items = (text: string) =>
    parseMinutes(text, "t.md").meeting?.items.map((i) => [i.number, i.title]);
  const NOTES = [
    "",
    "## Notes",
    "",
    "### 1. Notes & actions from 4 Dec",
    "Notes agreed.",
    "",
    "### 2. Retail crime partnership",
    "Repeat offending is concentrated in a small number of high streets.",
  ];

  describe("as round 6 writes it", () => {
    it("reads '## Agenda' over a numbered list after the attendance as no item", () => {
      expect(
        items(
          [
            "# DMG – 15 Jan 2025",
            "",
            "**Attendees:** @Rashid Qureshi (MPS), @Eilidh MacAskill (London Councils)",
            "",
            "## Agenda",
            "1. Notes & actions from 4 Dec",
            "2. Retail crime partnership",
            ...NOTES,
          ].join("\n"),
        ),
      ).toEqual([
        ["1", "Notes & actions from 4 Dec"],
        ["2", "Retail crime partnership"],
      ]);
    });
  });

  describe("written otherwise", () => {
    it.each(["Agenda", "AGENDA:", "**Agenda**", "Agenda items"])(
      "finds the list under %j",
      (heading) => {
        expect(
          contentsOf(`${heading}\n1. Welcome\n2. Knife crime\n\n1. Welcome\nText.`).titles,
        ).toEqual(["welcome", "knife crime"]);
      },
    );
  });

  describe("left as it was", () => {
    it("finds no list under 'Agenda' followed by prose", () => {
      expect(contentsOf("Agenda\nThe agenda was agreed as circulated.\n").titles).toEqual([]);
    });

    // Review C3: the minutes' own items under "Agenda", the first with its text straight under it.
    it.each(["Agenda", "Contents"])(
      "reads no list from one entry with prose under it, under %j, and keeps item 1",
      (heading) => {
        const text = [
          "London Crime Reduction Board",
          "Wednesday 12 June 2024",
          "",
          heading,
          "",
          "1. Welcome and apologies",
          "",
          "The Chair welcomed members and noted apologies from Claire Waxman.",
          "",
          "2. Knife crime",
          "",
          "The Board discussed the summer surge plan.",
          "",
          "3. Any other business",
          "",
          "There was none.",
        ].join("\n");
        expect(contentsOf(text).titles).toEqual([]);
        expect(items(text)).toEqual([
          ["1", "Welcome and apologies"],
          ["2", "Knife crime"],
          ["3", "Any other business"],
        ]);
      },
    );

    it("keeps an item titled with more than the word", () => {
      expect(
        items(
          "London Crime Reduction Board\nMonday 8 June 2020\n\n1. Agenda and minutes\nThe minutes were agreed.\n\n2. Knife crime\nThe Board discussed knife crime.\n",
        ),
      ).toEqual([
        ["1", "Agenda and minutes"],
        ["2", "Knife crime"],
      ]);
    });
  });
});
