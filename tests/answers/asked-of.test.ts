import { beforeAll, describe, expect, it } from "vitest";
import { isQuestionStopWord, questionSearch } from "../../src/answers/asked-of.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildSearch } from "../../src/search/index.js";
import type { MinutesSearch } from "../../src/search/types.js";

describe("words a question asks of its subject", () => {
  let search: MinutesSearch;
  beforeAll(async () => {
    search = buildSearch((await loadCorpus("corpus")).meetings);
  });

  // "…membership of the proposed Efficiency Board and the Safer Streets Board was raised and
  // noted" (001, item 5).
  it("are found by a plain search", () => {
    const [first] = search.search("proposed").results;
    expect(first?.excerpt).toContain("proposed Efficiency Board");
    expect(search.search("raise").total).toBeGreaterThan(0);
  });

  // 001_c2fb2c5d5dd83175.txt line 115: "There were significant achievements against each of the
  // objectives …": the minutes' word for a plan's wins (search/synonyms.ts).
  it("leave the subject to find what the minutes call it", () => {
    const [first] = questionSearch(search).search("pcp wins listed").results;
    expect(first?.meetingId).toBe("lcrb-2021-02-02");
    expect(first?.excerpt).toContain("significant achievements");
  });

  // 001_c2fb2c5d5dd83175.txt:178 "The current PCP had a broad and ambitious set of objectives":
  // how the minutes describe something is what "how'd they describe it?" asks, not a word in them.
  it("include how something was described", () => {
    expect(
      ["describe", "described", "characterise", "characterize"].every(isQuestionStopWord),
    ).toBe(true);
    const [first] = questionSearch(search).search("describe current pcp").results;
    expect(first?.excerpt).toContain("broad and ambitious");
  });

  it("are never searched for in a question", () => {
    const asked = questionSearch(search);
    expect(asked.search("proposed").total).toBe(0);
    expect(asked.search("what was proposed about the efficiency board").results[0]?.excerpt).toBe(
      search.search("efficiency board").results[0]?.excerpt,
    );
    expect(
      ["agreed", "raise", "proposed", "the", "discussed", "listed"].every(isQuestionStopWord),
    ).toBe(true);
    expect(isQuestionStopWord("efficiency")).toBe(false);
  });

  // Moved from tests/search/silence.test.ts: a question's words are the answers' to drop now.
  it("does not take question words for the subject: 'stand for' is not 'standing item'", () => {
    const response = questionSearch(search).search("what does MOPAC stand for?");
    expect(response.results.map((r) => r.item.title)).not.toContain("LCRB Agenda");
    expect(response.results.every((r) => r.excerpt.includes("MOPAC"))).toBe(true);
  });
});
