import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../../src/corpus/parse/front-matter.js";

describe("splitFrontMatter", () => {
  it("reads the fields and blanks the block, so line numbers still count from the top", () => {
    const text = [
      "---",
      "date: 12th April 2023",
      "body: Delivery Management Group",
      "time: 2pm",
      "venue: City Hall",
      "attendees:",
      "  - Jane Doe, MOPAC",
      "  - name: John Smith",
      "    honorific: Cllr",
      "apologies:",
      "  - Dr Ann Lee",
      "nextMeetings:",
      "  - date: 2023-06-14",
      "    body: LCRB",
      "---",
      "Minutes",
    ].join("\n");
    const split = splitFrontMatter(text, "a.txt");
    expect(split.problems).toEqual([]);
    expect(split.text.split("\n")).toHaveLength(16);
    expect(split.text.split("\n")[15]).toBe("Minutes");
    expect(split.frontMatter).toMatchObject({
      date: "2023-04-12",
      body: "DMG",
      time: "14:00",
      venue: "City Hall",
      nextMeetings: [{ body: "LCRB", date: "2023-06-14", time: null, venue: null, line: null }],
    });
    expect(
      split.frontMatter?.attendees.map((a) => [a.honorific, a.name, a.status, a.line]),
    ).toEqual([
      [null, "Jane Doe", "present", 7],
      ["Cllr", "John Smith", "present", 8],
      ["Dr", "Ann Lee", "apologies", 11],
    ]);
  });

  it("leaves a file without front matter alone", () => {
    expect(splitFrontMatter("London Crime Reduction Board\n---\n", "a.txt")).toEqual({
      text: "London Crime Reduction Board\n---\n",
      frontMatter: null,
      problems: [],
    });
  });

  it("reports front matter that is not YAML, with its line", () => {
    const split = splitFrontMatter("---\ndate: [unclosed\n---\nMinutes", "bad.txt");
    expect(split.frontMatter).toBeNull();
    expect(split.problems).toMatchObject([{ file: "bad.txt", line: 1, code: "bad_front_matter" }]);
  });

  it("reports a date it cannot read", () => {
    const split = splitFrontMatter("---\ndate: soon\n---\n", "a.txt");
    expect(split.problems).toMatchObject([{ line: 2, code: "bad_front_matter" }]);
  });
});

describe("splitFrontMatter: source", () => {
  it("reads the published page's URL that lcrb import writes", () => {
    const text = [
      "---",
      "source: https://www.london.gov.uk/who-we-are/lcrb-minutes-12-april-2023",
      "imported: 2026-12-05",
      "from: London Crime Reduction Board - 12 April 2023.html",
      "---",
    ].join("\n");
    const split = splitFrontMatter(text, "lcrb-2023-04-12.txt");
    expect(split.problems).toEqual([]);
    expect(split.frontMatter?.source).toEqual({
      url: "https://www.london.gov.uk/who-we-are/lcrb-minutes-12-april-2023",
    });
  });

  it("reports a source that is not an http(s) URL and keeps the other fields", () => {
    const split = splitFrontMatter(
      "---\ndate: 2023-04-12\nsource: javascript:alert(1)\n---\n",
      "a.txt",
    );
    expect(split.frontMatter?.date).toBe("2023-04-12");
    expect(split.frontMatter?.source).toBeUndefined();
    expect(split.problems).toMatchObject([{ line: 3, code: "bad_front_matter" }]);
  });
});
