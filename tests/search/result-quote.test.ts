import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildSearch } from "../../src/search/index.js";
import type { MinutesSearch } from "../../src/search/types.js";
import { markedExcerpt } from "./marked.js";

// Item 2 of 002_0368bc6123038781.txt (Casey Review) opens with two sub-headings and lists six
// asks as stubs: the excerpts must quote what was said, not the stubs.
describe("what a search result quotes, on the seed minutes", () => {
  let search: MinutesSearch;
  beforeAll(async () => {
    search = buildSearch((await loadCorpus("corpus")).meetings);
  });

  it("quotes the paragraph that says what was said, not the sub-heading", () => {
    const [first] = search.search("casey review").results;
    expect(first?.source.line).toBe(92);
    expect(first?.excerpt).toMatch(/^Dame Lynne Owens spoke about the Casey report/);
  });

  it("prefers a prose passage of the item matching the same words to a list stub", () => {
    const [first] = search.search("turnaround plan").results;
    expect(first?.item.title).toBe("Casey Review");
    expect(first && markedExcerpt(first)).toContain("published a draft *Turnaround plan*");
  });

  it("quotes a stub matched alone after the sentence that introduces its list", () => {
    const [first] = search.search("external expertise").results;
    expect(first && markedExcerpt(first)).toBe(
      "From this, Dame Lynne Owens discussed 6 areas/asks for partners on the board to consider supporting the MPS with: 4. *External expertise*",
    );
  });
});
