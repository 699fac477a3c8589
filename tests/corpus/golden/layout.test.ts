import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../src/corpus/model.js";
import {
  attendeeKey,
  describeScore,
  loadPlainFixtures,
  parsePlain,
  scorePlain,
  wordsSharedWithSeeds,
} from "./plain-layouts.js";

// A second set of plain layouts, written (with their answers) before the parser classified each
// line once: unnumbered Title Case and ALL CAPS headings over prose, "Item 3 –" and "Agenda item
// 3:" prefixes, lettered sub-items inside items, "In attendance:" with " – " roles, honorifics and
// post-nominals, attendees split into "Members" / "Officers" / "Also present", apologies named in
// prose, page furniture inside an item, an actions table at the end, no blank lines at all. Agenda
// titles and attendance lines share no word with the seeds' titles or the heading vocabulary.
const FIXTURES = loadPlainFixtures(
  fileURLToPath(new URL("../../fixtures/layout-minutes/", import.meta.url)),
);

// Scored on the parser as it was when these files were written (PARSER_VERSION 4): items 34/40 (2
// extra), attendees 65 right of 69 expected with 70 read, apologies 12/13 (16 read). With each line
// classified once from layout (PARSER_VERSION 5): 40/40, 69 of 69 with 69 read, 13/13. The rules
// that passed them were written against these files, so from here on they are a regression set.
const byText = (a: string, b: string) => a.localeCompare(b);

describe("layout minutes", () => {
  it("has at least ten files, none sharing a title or attendance word with the seeds", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
    expect(wordsSharedWithSeeds(FIXTURES)).toEqual([]);
  });

  it("finds every agenda item and every attendee across the set", () => {
    const score = scorePlain(FIXTURES);
    console.log(describeScore("layout minutes", score));
    expect({
      itemsFound: score.itemsFound,
      itemsExtra: score.itemsExtra,
      precision: score.precision,
      recall: score.recall,
      apologies: score.apologies.found,
    }).toEqual({
      itemsFound: score.itemsWanted,
      itemsExtra: 0,
      precision: 1,
      recall: 1,
      apologies: score.apologies.wanted,
    });
  });
});

describe.each(FIXTURES)("layout minutes $file", (fixture) => {
  const want = fixture.expected;
  let parsed: Meeting | null | undefined;
  const meeting = (): Meeting => {
    parsed ??= parsePlain(fixture);
    if (!parsed) throw new Error(`no meeting read from ${fixture.file}`);
    return parsed;
  };

  it("reads the body and date", () => {
    const { body, date } = meeting();
    expect({ body, date }).toEqual({ body: want.body, date: want.date });
  });

  it("lists every attendee once, with their status and honorific", () => {
    const got = meeting().attendees.map((a) => `${attendeeKey(a)} ${String(a.honorific)}`);
    expect(got.sort(byText)).toEqual(
      want.attendees.map((a) => `${attendeeKey(a)} ${String(a.honorific)}`).sort(byText),
    );
  });

  it("reads every agenda item's number and title in order, and nothing else as an item", () => {
    expect(meeting().items.map(({ number, title }) => ({ number, title }))).toEqual(want.items);
  });
});
