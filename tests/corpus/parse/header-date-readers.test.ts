import { describe, expect, it } from "vitest";
import {
  HEADER_DATE_READERS,
  headerLines,
  readHeaderDate,
} from "../../../src/corpus/parse/header-date-readers.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

// An example's header is its first block of lines; every line of it may hold a labelled field.
function linesOf(example: string) {
  const lines = toTextLines(example);
  const blank = lines.findIndex((l) => l.text === "");
  return headerLines(blank < 0 ? lines : lines.slice(0, blank), lines);
}

// Each reader's example is a header stating its date that way (corpus/ and the fixtures). The whole
// table must date it as that reader does, so no reader placed earlier takes a date meant for a
// later one.
describe.each(HEADER_DATE_READERS.map(({ reader }) => reader))(
  "header date reader '$name'",
  (row) => {
    it("dates its own example, and the table dates that example the same way", () => {
      const own = row.read(linesOf(row.example));
      expect(own?.date.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(readHeaderDate(linesOf(row.example))).toEqual(own);
    });
  },
);

describe("the header date readers table", () => {
  it("names each reader once", () => {
    const names = HEADER_DATE_READERS.map(({ reader }) => reader.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("completes a day and month with the year named in the header (dmg-2020-07-13, header.test.ts)", () => {
    const { reader } = HEADER_DATE_READERS[2] ?? {};
    expect(reader?.read(linesOf(reader.example))?.date.iso).toBe("2020-07-13");
  });
});
