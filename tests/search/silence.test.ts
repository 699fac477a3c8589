import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildSearch } from "../../src/search/index.js";
import type { MinutesSearch } from "../../src/search/types.js";

// The cases issue 11 was filed with, on the seed minutes.
describe("search when the minutes are silent", () => {
  let search: MinutesSearch;
  beforeAll(async () => {
    search = buildSearch((await loadCorpus("corpus")).meetings);
  });

  it.each([
    [
      "hate crime",
      "The minutes do not mention “hate”. Passages on “crime” alone would not answer it.",
    ],
    ["what did Cressida Dick say?", "The minutes do not mention “cressida” or “dick”."],
    ["Ultra Low Emission Zone", "The minutes do not mention “ultra”, “low”, “emission” or “zone”."],
    ["acid attacks", "The minutes do not mention “acid” or “attacks”."],
    [
      "stop and search",
      "The minutes do not mention “search”. Passages on “stop” alone would not answer it.",
    ],
    [
      "anti-social behaviour",
      "The minutes do not mention “anti-social”. Passages on “behaviour” alone would not answer it.",
    ],
    // An everyday verb the yes-or-no verdict may read as the minutes' own ("paying for it":
    // "spending") is no synonym for the search: police pay is not police funding.
    [
      "police pay",
      "The minutes do not mention “pay”. Passages on “police” alone would not answer it.",
    ],
  ])("answers %j with no results and the words that found nothing", (query, note) => {
    const response = search.search(query);
    expect(response.results).toEqual([]);
    expect(response.note).toBe(note);
    expect(response.suggestions).toEqual([]);
    expect(response.corrections).toEqual([]);
  });

  it("names the words the minutes do mention when they are silent on the whole", () => {
    expect(search.search("online fraud")).toMatchObject({
      results: [],
      note: "The minutes do not mention “online”. Passages on “fraud” alone would not answer it.",
      mentioned: ["fraud"],
    });
    expect(search.search("acid attacks").mentioned).toBeUndefined();
  });

  it("corrects a typo of a word the minutes use, and says so first", () => {
    const response = search.search("stakling");
    expect(response.corrections).toEqual([{ from: "stakling", to: "stalking" }]);
    expect(response.note).toBe("Showing results for “stalking”: no passage mentions “stakling”.");
    expect(response.results[0]?.item.title).toBe("Operational update");
  });

  it("corrects a typo but answers nothing when the subject's other word is missing", () => {
    const response = search.search("hate crme");
    expect(response.results).toEqual([]);
    expect(response.corrections).toEqual([{ from: "crme", to: "crime" }]);
    expect(response.note).toMatch(/^The minutes do not mention “hate”\./);
  });

  it("reads an 'ex-' word as what they were, and a clipped word as the word the minutes write", () => {
    // 004_17215f53eb22288e.txt line 60: "London borough councils are already spending money on
    // services such as these" (for offenders coming out of prison); 001_c2fb2c5d5dd83175.txt
    // line 115: "the championing of technology for instance BWV".
    const spend = search.search("ex-offenders");
    expect(spend.results[0]?.meetingId).toBe("lcrb-2015-03-10");
    expect(spend.note).toBeNull();
    const tech = search.search("tech pcp champion");
    expect(tech.results[0]?.excerpt).toContain("championing of technology");
  });

  it("answers the subjects that are there when a longer question names one that is not", () => {
    const response = search.search("knife crime, and serious youth violence");
    expect(response.note).toBe(
      "No passage mentions “knife”; results match “serious”, “youth” and “violence”.",
    );
    expect(response.results[0]?.item.title).toBe("Operational update");
  });
});
