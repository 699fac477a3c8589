import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/search/tokenize.js";

const parts = (text: string) => tokenize(text).map((token) => token.parts);

describe("tokenize", () => {
  it.each([
    ["Members noted MOPAC's intention", [["members"], ["noted"], ["mopac"], ["intention"]]],
    ["MOPAC’s oversight", [["mopac"], ["oversight"]]],
    ["delays to victims' services", [["delays"], ["to"], ["victims"], ["services"]]],
    ["Debbie Weekes-Bernard", [["debbie"], ["weekes", "bernard"]]],
    ["the London-wide CONTEST Board", [["the"], ["london", "wide"], ["contest"], ["board"]]],
    ["John O'Brien", [["john"], ["obrien"]]],
    ["COVID-19: Impact on Delivery", [["covid", "19"], ["impact"], ["on"], ["delivery"]]],
    ["bribe taking – sometimes", [["bribe"], ["taking"], ["sometimes"]]],
    ["“quoted” café", [["quoted"], ["cafe"]]],
    [":~^+-* ***", []],
  ])("%j → %j", (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it("marks acronyms written in capitals, not words that merely start with one", () => {
    const [mps, met, mps2] = tokenize("MPS Met MPs");
    expect(mps?.capitals).toEqual([true]);
    expect(met?.capitals).toEqual([false]);
    expect(met?.capitalised).toEqual([true]);
    expect(mps2?.capitals).toEqual([false]);
  });

  it("keeps character offsets of the word as written, for bolding", () => {
    const text = "the MPS' focus";
    const [, mps] = tokenize(text);
    expect(text.slice(mps?.start, mps?.end)).toBe("MPS'");
  });
});

// What a word is, as a pattern: letters or digits, joined inside by apostrophes or hyphen-like
// marks, with a trailing apostrophe for plural possessives. tokenize reads words character by
// character; it must find exactly these.
const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ\-‐‑‒–—][\p{L}\p{N}]+)*['’ʼ]?/gu;

describe("the words tokenize finds", () => {
  it.each([
    // Lines of the seed minutes (001, 002, 004), and the forms around them that the rule covers.
    "Cllr Jas Athwal (JA) London Councils’ Executive Member for Crime and Public Protection",
    "MOPAC’s intention to set up a roundtable — partners would be invited",
    "Debbie Weekes-Bernard, Deputy Mayor for Social Integration, Social Mobility and Community Engagement",
    "victims' services; rock'n'roll; a--b; x-'y; ‘quoted’ words’ end",
    "Ó hÉigeartaigh, Siobhán Mac an tSaoi, ﬁnance, Ⅻ, ٣, 𝐀𝐁𝐂 and 😀 emoji, \uD800 lone",
    "COVID-19: 2023/24 — £1.5m – 12th April",
  ])("in %j are the pattern's words", (text) => {
    expect(tokenize(text).map((t) => [t.surface, t.start])).toEqual(
      [...text.matchAll(WORD)].map((m) => [m[0], m.index]),
    );
  });
});
