import { describe, expect, it } from "vitest";
import {
  HEADING_READERS,
  LETTERED_HEADING,
  readHeadingShape,
} from "../../../src/corpus/parse/heading-readers.js";

// Each reader's example is a real heading in its numbering (from corpus/ or the fixtures). The
// whole table must read it as that reader does, so no reader placed earlier takes a heading meant
// for one placed later.
describe.each(HEADING_READERS.map(({ reader }) => reader))("heading reader '$name'", (row) => {
  it("reads its own example, and the table reads that example the same way", () => {
    const own = row.read(row.example)?.heading;
    expect(own).toBeTruthy();
    expect(readHeadingShape(row.example)).toEqual(own);
  });
});

describe("the heading readers table", () => {
  it("names each reader once, the lettered reader apart", () => {
    const names = [...HEADING_READERS.map(({ reader }) => reader.name), LETTERED_HEADING.name];
    expect(new Set(names).size).toBe(names.length);
  });

  it("reads the lettered example only with the lettered reader", () => {
    expect(LETTERED_HEADING.read(LETTERED_HEADING.example)?.heading).toMatchObject({
      number: "a",
      value: 1,
      title: "Hate Incidents",
    });
  });

  it("stops at the first numbering that fits, even when no title follows it", () => {
    // "Item 2 was deferred.": numbered with 'Item', but a sentence; not read again as a number.
    expect(readHeadingShape("Item 2 was deferred.")).toBeNull();
  });

  it("reads a committee's minute number whole, not a date or '24/7' (unseen-minutes-3/25)", () => {
    expect(readHeadingShape("24/03 Retail crime")).toEqual({
      number: "24/03",
      value: 3,
      title: "Retail crime",
      style: "number",
    });
    expect(readHeadingShape("12/05/2023 Board meeting")).toBeNull();
    expect(readHeadingShape("24/7 Support line")).toBeNull();
  });

  it("reads 'Agenda point' as the item word (unseen-minutes-3/23)", () => {
    expect(readHeadingShape("Agenda point 2 — Police and Crime Plan refresh")).toMatchObject({
      number: "2",
      title: "Police and Crime Plan refresh",
      style: "item-word",
    });
  });

  it("reads the title among an item's fields parted by bars, its time and its lead beside it (unseen-minutes-9/74)", () => {
    expect(
      readHeadingShape("Item 2 | 14:40 | Knife crime over the summer | Lead: MPS"),
    ).toMatchObject({ number: "2", title: "Knife crime over the summer", style: "item-word" });
    expect(
      readHeadingShape("Item 1 | 14:30 | Welcome, apologies and minutes of 11 June | Lead: Chair"),
    ).toMatchObject({ number: "1", title: "Welcome, apologies and minutes of 11 June" });
    // Written for this test: a time range, the lead first.
    expect(
      readHeadingShape("Agenda item 3 | Lead: CPS London | 10:50-11:20 | Youth remand"),
    ).toMatchObject({ number: "3", title: "Youth remand" });
    // Two cells that are neither: no one title.
    expect(readHeadingShape("Item 4 | Youth remand | Custody")?.title).not.toBe("Youth remand");
  });

  it("reads 'Minute 3 -' as the item word, a council's numbering of its minutes (unseen-minutes-4/29)", () => {
    expect(
      readHeadingShape("Minute 3 - Children remanded to youth detention accommodation"),
    ).toMatchObject({
      number: "3",
      title: "Children remanded to youth detention accommodation",
      style: "item-word",
    });
    // Written for this test: the same numbering with "No." and a colon.
    expect(readHeadingShape("Minute No. 12: Hate crime")).toMatchObject({
      number: "12",
      title: "Hate crime",
      style: "item-word",
    });
    expect(readHeadingShape("Minute 4 of the last meeting was corrected.")).toBeNull();
  });

  it("reads a council's minute number counted through the year, in capitals (unseen-minutes-4/28)", () => {
    expect(readHeadingShape("31/23 DECLARATIONS OF INTEREST")).toMatchObject({
      number: "31/23",
      title: "DECLARATIONS OF INTEREST",
    });
    // Written for this test: past the hundredth minute of the year.
    expect(readHeadingShape("112/24 Knife crime")).toMatchObject({
      number: "112/24",
      title: "Knife crime",
    });
  });
});
