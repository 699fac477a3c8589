import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { analyseQuery } from "../../src/search/analyse.js";
import { buildGlossary } from "../../src/search/glossary.js";
import { buildSearch } from "../../src/search/index.js";
import { holdsSequence } from "../../src/search/proximity.js";
import type { MinutesSearch } from "../../src/search/types.js";
import { markedExcerpt } from "./marked.js";

describe("analyseQuery: runs of subject words and quoted phrases", () => {
  const glossary = buildGlossary();

  it("puts words typed together in one run, and words across stop words or commas in others", () => {
    const concepts = analyseQuery("knife crime and serious youth violence, fraud", glossary);
    const runs = concepts.map((c) => [c.words, c.chunk] as const);
    const chunk = (word: string) => runs.find(([w]) => w === word)?.[1];
    expect(chunk("knife")).toBe(chunk("crime"));
    expect(chunk("serious")).toBe(chunk("violence"));
    expect(chunk("crime")).not.toBe(chunk("serious"));
    expect(chunk("violence")).not.toBe(chunk("fraud"));
  });

  it("reads a quoted phrase as one concept that must match as written", () => {
    const [phrase, other] = analyseQuery('"out of court disposals" grants', glossary);
    expect(phrase?.words).toBe("out of court disposals");
    expect(phrase?.exact?.map((terms) => terms[0])).toEqual(["court", "dispos"]);
    expect(other?.words).toBe("grants");
  });
});

describe("holdsSequence", () => {
  // "MOPAC are in the process of developing the new London Policing Board" (002, line 103),
  // stop words left out.
  const words = [["mopac"], ["process"], ["develop"], ["new"], ["london"], ["polic"], ["board"]];

  it("finds words side by side in order", () => {
    const sequence = ["london", "polic", "board"].map((t) => new Set([t]));
    expect(holdsSequence(words, sequence)).toBe(true);
  });

  it("does not find them apart or out of order", () => {
    expect(holdsSequence(words, [new Set(["london"]), new Set(["board"])])).toBe(false);
    expect(holdsSequence(words, [new Set(["board"]), new Set(["london"])])).toBe(false);
  });
});

describe("search for phrases on the seed minutes", () => {
  let search: MinutesSearch;
  beforeAll(async () => {
    search = buildSearch((await loadCorpus("corpus")).meetings);
  });

  it("ranks the passage holding the whole phrase above those holding its words apart", () => {
    const [first] = search.search("London Policing Board").results;
    expect(first?.item.title).toBe("Casey Review");
    expect(first && markedExcerpt(first)).toContain("*London Policing Board*");
  });

  it("keeps 'information sharing' together", () => {
    const results = search.search("information sharing").results.slice(0, 2);
    expect(results.map((r) => r.item.title).sort()).toEqual([
      "Counter Terrorism",
      "Public Service Reform",
    ]);
    for (const result of results) expect(markedExcerpt(result)).toContain("*information sharing*");
  });

  it("matches a quoted phrase only where it is written so", () => {
    const response = search.search('"night time economy"');
    expect(response.results.map((r) => r.item.title).sort()).toEqual([
      "COVID-19: Impact on Delivery",
      "Women's safety at night",
    ]);
    // Every word of "policing board" is in many passages; the phrase is in one.
    expect(search.search('"policing board"').results.map((r) => r.item.title)).toEqual([
      "Casey Review",
    ]);
  });

  it("tells whether words stand side by side somewhere in the minutes", () => {
    expect(search.holdsPhrase?.("information sharing")).toBe(true);
    expect(search.holdsPhrase?.("Policing Board")).toBe(true);
    expect(search.holdsPhrase?.("board policing")).toBe(false);
    expect(search.holdsPhrase?.("fraud")).toBe(false);
  });

  it("says the minutes do not mention a quoted phrase whose words are there but apart", () => {
    const response = search.search('"crime board"');
    expect(response.results).toEqual([]);
    expect(response.note).toBe("The minutes do not mention “crime board”.");
  });
});
