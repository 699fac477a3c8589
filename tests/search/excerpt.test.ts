import { describe, expect, it } from "vitest";
import { analyseDocument } from "../../src/search/analyse.js";
import { excerptOf, MAX_EXCERPT_LENGTH } from "../../src/search/excerpt.js";
import { buildGlossary } from "../../src/search/glossary.js";
import { stemWord } from "../../src/search/stem.js";
import { marked } from "./marked.js";

const glossary = buildGlossary();
const analyse = (text: string) => analyseDocument(text, glossary);
const excerpt = (text: string, terms: string[]) => marked(excerptOf(text, new Set(terms), analyse));

// 004_17215f53eb22288e.txt, line 71.
const CORRUPTION =
  "Following the publication of an article in a newspaper, the Mayor raised the issue of police corruption. The Deputy Commissioner explained that historically corruption was bribe taking – sometimes on a large scale – but now it is predominately about the obtaining of information about police cases. The Met has an open approach to dealing with corruption which you would not find in America. The MPS is not institutionally corrupt and officers and staff are urged to be constantly vigilant.";

describe("excerptOf", () => {
  it("picks the sentence holding the most matched terms and bolds them", () => {
    // The best sentence is the last and short, so the one before it comes too.
    expect(excerpt(CORRUPTION, ["mps", "corrupt", stemWord("institutionally")])).toBe(
      "The *Met* has an open approach to dealing with *corruption* which you would not find in America. The *MPS* is not *institutionally corrupt* and officers and staff are urged to be constantly vigilant.",
    );
  });

  it("adds the next sentence when the best one is short", () => {
    const text =
      "There was no other business. The Chair, Mayor Johnson welcomed the Board members and opened the meeting.";
    expect(excerpt(text, ["busi"])).toBe(
      "There was no other *business*. The Chair, Mayor Johnson welcomed the Board members and opened the meeting.",
    );
  });

  it("cuts a long sentence at word boundaries around the match", () => {
    const long = `${"word ".repeat(120)}fraud ${"word ".repeat(120)}`;
    const cut = excerpt(long, ["fraud"]);
    expect(cut).toMatch(/^…word .*\*fraud\*.* word…$/);
    expect(cut.replaceAll("*", "").length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH + 2);
  });

  it("drops the source's own asterisks: excerpts are plain text", () => {
    expect(excerpt("1. ***MPS response to the Casey Review***", ["casey"])).toBe(
      "1. MPS response to the *Casey* Review",
    );
  });
});
