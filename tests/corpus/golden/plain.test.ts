import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HEADING_WORDS, JOINING_WORDS } from "../../../src/corpus/lexicon.js";
import type { AttendanceStatus, Body, Meeting } from "../../../src/corpus/model.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { expected as seed000 } from "./000_bc5123fd089beeb5.expected.js";
import { expected as seed001 } from "./001_c2fb2c5d5dd83175.expected.js";
import { expected as seed002 } from "./002_0368bc6123038781.expected.js";
import { expected as seed003 } from "./003_0417dfde59a34df8.expected.js";
import { expected as seed004 } from "./004_17215f53eb22288e.expected.js";

// Minutes in plain layouts ("Present:" and "Attendees" lists, tables, bullets, numbered and
// unnumbered items) whose agenda titles and attendance lines share no word with the seed minutes'
// titles or the parser's heading vocabulary. They were written, with their answers, before the
// parser learnt to read structure from layout: a parser that leans on words it has seen fails them.
const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/plain-minutes/", import.meta.url));
const MINUTES_FILE = /\.(txt|md)$/i;

interface Expected {
  body: Body;
  date: string;
  attendees: { name: string; status: AttendanceStatus; honorific: string | null }[];
  items: { number: string | null; title: string }[];
}

interface Fixture {
  file: string;
  text: string;
  expected: Expected;
}

const FIXTURES: Fixture[] = readdirSync(FIXTURES_DIR)
  .filter((name) => MINUTES_FILE.test(name))
  .sort()
  .map((file) => ({
    file,
    text: readFileSync(`${FIXTURES_DIR}${file}`, "utf8"),
    expected: JSON.parse(
      readFileSync(`${FIXTURES_DIR}${file.replace(MINUTES_FILE, "")}.expected.json`, "utf8"),
    ) as Expected,
  }));

const SEED_TITLES = [seed000, seed001, seed002, seed003, seed004].flatMap((s) =>
  s.items.map((i) => i.title),
);

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => /\p{L}/u.test(w) && !JOINING_WORDS.has(w));

const pair = (a: { name: string; status: string }) => `${a.name} [${a.status}]`;
const byText = (a: string, b: string) => a.localeCompare(b);

function parse(fixture: Fixture): Meeting | null {
  return parseMinutes(fixture.text, fixture.file).meeting;
}

describe("plain minutes layouts", () => {
  it("has at least twenty files, none sharing a title or attendance word with the seeds", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
    const known = new Set([...HEADING_WORDS, ...SEED_TITLES.flatMap(words)]);
    const shared: string[] = [];
    for (const { file, text, expected } of FIXTURES) {
      const names = expected.attendees.map((a) => a.name);
      // The whole attendance line counts (roles and organisations as well as names), less its
      // section label ("Apologies:"); prose that mentions a member is not an attendance line.
      const attendanceLines = text
        .split("\n")
        .filter((line) => names.some((name) => line.includes(name)) && !/\.\s*$/.test(line))
        .map((line) => line.replace(/^[^:]*:(?=\s)/, ""));
      const titles = expected.items.map((i) => i.title);
      for (const word of [...titles, ...attendanceLines].flatMap(words))
        if (known.has(word)) shared.push(`${file}: ${word}`);
    }
    expect(shared).toEqual([]);
  });

  it("finds every agenda item and every attendee across the set", () => {
    let itemsWanted = 0;
    let itemsFound = 0;
    let truePositives = 0;
    let predicted = 0;
    let gold = 0;
    for (const fixture of FIXTURES) {
      const meeting = parse(fixture);
      const got = meeting?.items.map((i) => `${i.number} ${i.title}`) ?? [];
      const want = fixture.expected.items.map((i) => `${i.number} ${i.title}`);
      itemsWanted += want.length;
      itemsFound += want.filter((w) => got.includes(w)).length;
      const unmatched = fixture.expected.attendees.map(pair);
      const read = meeting?.attendees.map(pair) ?? [];
      gold += unmatched.length;
      predicted += read.length;
      for (const candidate of read) {
        const at = unmatched.indexOf(candidate);
        if (at >= 0) {
          unmatched.splice(at, 1);
          truePositives += 1;
        }
      }
    }
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = gold === 0 ? 0 : truePositives / gold;
    console.log(
      `plain layouts: items ${itemsFound}/${itemsWanted}; attendees precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${truePositives} right of ${gold} expected, ${predicted} read, ${FIXTURES.length} files)`,
    );
    expect({ itemsFound, precision, recall }).toEqual({
      itemsFound: itemsWanted,
      precision: 1,
      recall: 1,
    });
  });
});

describe.each(FIXTURES)("plain minutes $file", (fixture) => {
  const want = fixture.expected;
  let parsed: Meeting | null | undefined;
  const meeting = (): Meeting => {
    parsed ??= parse(fixture);
    if (!parsed) throw new Error(`no meeting read from ${fixture.file}`);
    return parsed;
  };

  it("reads the body and date", () => {
    const { body, date } = meeting();
    expect({ body, date }).toEqual({ body: want.body, date: want.date });
  });

  it("lists every attendee once, with their status and honorific", () => {
    const got = meeting().attendees.map((a) => `${pair(a)} ${String(a.honorific)}`);
    expect(got.sort(byText)).toEqual(
      want.attendees.map((a) => `${pair(a)} ${String(a.honorific)}`).sort(byText),
    );
  });

  it("reads every agenda item's number and title in order, and nothing else as an item", () => {
    expect(meeting().items.map(({ number, title }) => ({ number, title }))).toEqual(want.items);
  });
});
