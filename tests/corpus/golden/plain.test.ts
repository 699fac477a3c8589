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

// Minutes in plain layouts ("Present:" and "Attendees" lists, tables, bullets, numbered and
// unnumbered items) whose agenda titles and attendance lines share no word with the seed minutes'
// titles or the parser's heading vocabulary. They were written, with their answers, before the
// parser learnt to read structure from layout: a parser that leans on words it has seen fails them.
const FIXTURES = loadPlainFixtures(
  fileURLToPath(new URL("../../fixtures/plain-minutes/", import.meta.url)),
);

const byText = (a: string, b: string) => a.localeCompare(b);

describe("plain minutes layouts", () => {
  it("has at least twenty files, none sharing a title or attendance word with the seeds", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
    expect(wordsSharedWithSeeds(FIXTURES)).toEqual([]);
  });

  it("finds every agenda item and every attendee across the set", () => {
    const score = scorePlain(FIXTURES);
    console.log(describeScore("plain layouts", score));
    expect({
      itemsFound: score.itemsFound,
      precision: score.precision,
      recall: score.recall,
    }).toEqual({ itemsFound: score.itemsWanted, precision: 1, recall: 1 });
  });
});

describe.each(FIXTURES)("plain minutes $file", (fixture) => {
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
