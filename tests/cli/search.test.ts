import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/command.js";
import { formatSearchResponse, searchCommand, searchOptionsFrom } from "../../src/cli/search.js";
import { markedExcerpt } from "../search/marked.js";

async function run(...argv: string[]) {
  let out = "";
  const code = await searchCommand(["--corpus", "corpus", ...argv], {
    out: (text) => {
      out += text;
    },
  });
  return { code, out };
}

describe("lcrb search", () => {
  it("prints the contract's JSON: query, results with citations, suggestions", async () => {
    const { code, out } = await run("--json", "--limit", "2", "what", "about", "fraud?");
    expect(code).toBe(0);
    const response = JSON.parse(out);
    expect(response.query).toBe("what about fraud?");
    expect(response.suggestions).toEqual([]);
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.results.length).toBeLessThanOrEqual(2);
    expect(response.results[0]).toMatchObject({
      meetingId: "lcrb-2022-04-27",
      date: "2022-04-27",
      body: "LCRB",
      item: { number: "6", title: "Tackling fraud" },
      source: { file: "003_0417dfde59a34df8.txt" },
    });
    expect(markedExcerpt(response.results[0])).toMatch(/\*fraud\*/);
    expect(response.results[0].excerpt).not.toContain("*");
    expect(typeof response.results[0].score).toBe("number");
    expect(typeof response.results[0].source.line).toBe("number");
  });

  it("filters by body and dates", async () => {
    const { out } = await run(
      "--json",
      "--body",
      "dmg",
      "--from",
      "2020-01-01",
      "--to",
      "2020-12-31",
      "police",
    );
    const results = JSON.parse(out).results as Array<{ body: string; date: string }>;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.body).toBe("DMG");
      expect(result.date.startsWith("2020")).toBe(true);
    }
  });

  it("prints readable text with the citation, and says why when nothing matches", async () => {
    const found = await run("casey", "review");
    expect(found.out).toMatch(/^1\. LCRB · 2023-04-12 · 2\. Casey Review\n/);
    expect(found.out).toMatch(/002_0368bc6123038781\.txt:\d+/);
    const common = await run("what", "is", "the");
    expect(common.code).toBe(0);
    expect(common.out).toMatch(/common words/);
    const typo = await run("homocide");
    expect(typo.out).toMatch(/Did you mean: homicide\?/);
  });

  it.each([
    [["--limit", "0", "x"], /--limit/],
    [["--limit", "ten", "x"], /--limit/],
    [["--body", "MOPAC", "x"], /--body/],
    [["--from", "2023-02-30", "x"], /--from/],
    [["--to", "April 2023", "x"], /--to/],
    [["--from", "2023-05-01", "--to", "2023-04-01", "x"], /after/],
    [[], /needs a query/],
    [["--bogus", "x"], /bogus/],
  ])("rejects %j as bad usage", async (argv, message) => {
    await expect(run(...argv)).rejects.toThrow(UsageError);
    await expect(run(...argv)).rejects.toThrow(message);
  });
});

describe("searchOptionsFrom", () => {
  it("reads valid flags", () => {
    expect(
      searchOptionsFrom({ limit: "3", body: "lcrb", from: "2015-01-01", to: "2015-12-31" }),
    ).toEqual({
      limit: 3,
      body: "LCRB",
      from: "2015-01-01",
      to: "2015-12-31",
    });
  });
});

describe("formatSearchResponse", () => {
  it("lists unnumbered items by title and counts the items not shown", () => {
    const text = formatSearchResponse({
      query: "apologies",
      results: [
        {
          meetingId: "lcrb-2022-04-27",
          date: "2022-04-27",
          body: "LCRB",
          item: { number: null, title: "Welcome and apologies" },
          score: 1,
          excerpt: "Apologies were received from Councillor Athwal and Councillor Rodwell.",
          highlights: [[0, 9]],
          source: { file: "003_0417dfde59a34df8.txt", line: 43 },
        },
      ],
      suggestions: [],
      total: 3,
      note: null,
    });
    expect(text).toBe(
      [
        "1. LCRB · 2022-04-27 · Welcome and apologies",
        "   Apologies were received from Councillor Athwal and Councillor Rodwell.",
        "   003_0417dfde59a34df8.txt:43",
        "",
        "2 more agenda items match.",
        "",
      ].join("\n"),
    );
  });

  it("says first which words no passage mentions when results match only the others", () => {
    const text = formatSearchResponse({
      query: "knife crime",
      results: [
        {
          meetingId: "dmg-2020-06-08",
          date: "2020-06-08",
          body: "DMG",
          item: { number: "4", title: "Police and Crime Plan" },
          score: 6.7,
          excerpt: "the Police and Crime Plan (PCP) can be published was March 2022.",
          highlights: [[15, 20]],
          source: { file: "000_bc5123fd089beeb5.txt", line: 50 },
        },
      ],
      suggestions: [],
      total: 1,
      note: "No passage mentions “knife”; results match “crime”.",
    });
    expect(text.split("\n").slice(0, 3)).toEqual([
      "No passage mentions “knife”; results match “crime”.",
      "",
      "1. DMG · 2020-06-08 · 4. Police and Crime Plan",
    ]);
  });
});
