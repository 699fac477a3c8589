import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/corpus/parse/front-matter.js";
import { minutesFile } from "../../src/import/minutes-file.js";

describe("minutesFile", () => {
  it("writes source, imported and from as front matter the parser reads back", () => {
    const file = minutesFile("London Crime Reduction Board\n", {
      source: "https://www.london.gov.uk/lcrb?meeting=12#minutes",
      imported: "2026-12-05",
      from: "LCRB: minutes #3 - 12 April 2023.html",
    });
    expect(file.split("\n").slice(0, 5)).toEqual([
      "---",
      "source: https://www.london.gov.uk/lcrb?meeting=12#minutes",
      "imported: 2026-12-05",
      'from: "LCRB: minutes #3 - 12 April 2023.html"',
      "---",
    ]);
    const split = splitFrontMatter(file, "lcrb-2023-04-12.txt");
    expect(split.problems).toEqual([]);
    expect(split.frontMatter?.source?.url).toBe(
      "https://www.london.gov.uk/lcrb?meeting=12#minutes",
    );
    expect(split.text.split("\n")[5]).toBe("London Crime Reduction Board");
  });

  it("writes no source when none is known", () => {
    const file = minutesFile("x", { source: null, imported: "2026-12-05", from: "a.pdf" });
    expect(file).toBe("---\nimported: 2026-12-05\nfrom: a.pdf\n---\nx\n");
  });
});
