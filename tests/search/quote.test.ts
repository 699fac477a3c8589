import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../../src/corpus/model.js";
import { analyseDocument } from "../../src/search/analyse.js";
import { buildGlossary } from "../../src/search/glossary.js";
import { quoteFor } from "../../src/search/quote.js";
import { stemWord } from "../../src/search/stem.js";
import { marked } from "./marked.js";

const glossary = buildGlossary();
const analyse = (text: string) => analyseDocument(text, glossary);

// Item 2 of 002_0368bc6123038781.txt as the parser reads it: two bold sub-headings, a paragraph,
// a lead-in ending in a colon, six list stubs, and two paragraphs.
const CASEY: AgendaItem = {
  number: "2",
  title: "Casey Review",
  line: 87,
  passages: [
    [89, "1. MPS response to the Casey Review and consideration of the Turnaround Plan"],
    [
      90,
      "2. Ways for partners to support the MPS with the next steps to address Casey's recommendations",
    ],
    [
      92,
      "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning. Dame Lynne Owens reflected that aspects of the report which are not the subject of formal recommendations, but still require action, are being collated. The MPS have published a draft Turnaround plan, a revised version will be published in due course in the light of the consultation feedback incorporating recommendations from Casey, previous MOPAC reports, HMICFRS and others. From this, Dame Lynne Owens discussed 6 areas/asks for partners on the board to consider supporting the MPS with:",
    ],
    [94, "1. Feedback on the Turnaround plan"],
    [95, "2. Community engagement"],
    [96, "3. Estate strategy"],
    [97, "4. External expertise"],
    [98, "5. Public protection"],
    [99, "6. Supporting vulnerable people"],
    [
      101,
      "Partners on the board offered their support to the MPS in achieving the recommendations and transforming the MPS. London Councils raised continued concerns regarding the Estate Strategy and BCU model.",
    ],
  ].map(([line, text]) => ({ line: line as number, text: text as string })),
};

const passage = (line: number) => CASEY.passages.find((p) => p.line === line) ?? null;
const terms = (...words: string[]) => new Set(words.map(stemWord));

describe("quoteFor", () => {
  it("quotes a heading by the paragraph after it, which says what was said", () => {
    const quote = quoteFor(CASEY, passage(89), terms("casey", "review"), analyse);
    expect(quote.line).toBe(92);
    expect(marked(quote.excerpt)).toBe(
      "Dame Lynne Owens spoke about the *Casey* report which she described as devastating and deeply concerning. Dame Lynne Owens reflected that aspects of the report which are not the subject of formal recommendations, but still require action, are being collated.",
    );
  });

  it("quotes a list stub after the sentence that introduces its list", () => {
    const quote = quoteFor(CASEY, passage(97), terms("external", "expertise"), analyse);
    expect(quote.line).toBe(92);
    expect(marked(quote.excerpt)).toBe(
      "From this, Dame Lynne Owens discussed 6 areas/asks for partners on the board to consider supporting the MPS with: 4. *External expertise*",
    );
  });

  it("quotes prose as it is", () => {
    const quote = quoteFor(CASEY, passage(101), terms("estate", "strategy"), analyse);
    expect(quote.line).toBe(101);
    expect(quote.excerpt.text).not.toContain("*");
    expect(marked(quote.excerpt)).toContain("the *Estate Strategy* and BCU model");
  });

  it("quotes the title of an item that has no passages", () => {
    const item: AgendaItem = { number: "1", title: "Agreement of minutes", line: 98, passages: [] };
    expect(quoteFor(item, null, terms("minutes"), analyse)).toEqual({
      excerpt: { text: "Agreement of minutes", highlights: [[13, 20]] },
      line: 98,
    });
  });
});
