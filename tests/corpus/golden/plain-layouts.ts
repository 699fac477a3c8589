import { readdirSync, readFileSync } from "node:fs";
import { HEADING_WORDS, JOINING_WORDS } from "../../../src/corpus/lexicon.js";
import type { AttendanceStatus, Body, Meeting } from "../../../src/corpus/model.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { expected as seed000 } from "./000_bc5123fd089beeb5.expected.js";
import { expected as seed001 } from "./001_c2fb2c5d5dd83175.expected.js";
import { expected as seed002 } from "./002_0368bc6123038781.expected.js";
import { expected as seed003 } from "./003_0417dfde59a34df8.expected.js";
import { expected as seed004 } from "./004_17215f53eb22288e.expected.js";

// The scoring shared by the sets of plain-layout minutes (tests/fixtures/plain-minutes,
// tests/fixtures/layout-minutes): each file beside its hand-written answer, scored on agenda items
// found, attendees read (precision and recall over name and status) and, of those, apologies.

const MINUTES_FILE = /\.(txt|md)$/i;

export interface PlainExpected {
  body: Body;
  date: string;
  attendees: { name: string; status: AttendanceStatus; honorific: string | null }[];
  items: { number: string | null; title: string }[];
}

export interface PlainFixture {
  file: string;
  text: string;
  expected: PlainExpected;
}

export function loadPlainFixtures(dir: string): PlainFixture[] {
  return readdirSync(dir)
    .filter((name) => MINUTES_FILE.test(name))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(`${dir}${file}`, "utf8"),
      expected: JSON.parse(
        readFileSync(`${dir}${file.replace(MINUTES_FILE, "")}.expected.json`, "utf8"),
      ) as PlainExpected,
    }));
}

export function parsePlain(fixture: PlainFixture): Meeting | null {
  return parseMinutes(fixture.text, fixture.file).meeting;
}

const SEED_TITLES = [seed000, seed001, seed002, seed003, seed004].flatMap((s) =>
  s.items.map((i) => i.title),
);

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => /\p{L}/u.test(w) && !JOINING_WORDS.has(w));

/**
 * Words of the fixtures' agenda titles and attendance lines that the seeds' titles or the heading
 * vocabulary also hold, as "file: word". The whole attendance line counts (roles and organisations
 * as well as names), less its section label ("Apologies:"); prose that mentions a member is not an
 * attendance line.
 */
export function wordsSharedWithSeeds(fixtures: readonly PlainFixture[]): string[] {
  const known = new Set([...HEADING_WORDS, ...SEED_TITLES.flatMap(words)]);
  const shared: string[] = [];
  for (const { file, text, expected } of fixtures) {
    const names = expected.attendees.map((a) => a.name);
    const attendanceLines = text
      .split("\n")
      .filter((line) => names.some((name) => line.includes(name)) && !/\.\s*$/.test(line))
      .map((line) => line.replace(/^[^:]*:(?=\s)/, ""));
    const titles = expected.items.map((i) => i.title);
    for (const word of [...titles, ...attendanceLines].flatMap(words))
      if (known.has(word)) shared.push(`${file}: ${word}`);
  }
  return shared;
}

export const attendeeKey = (a: { name: string; status: string }) => `${a.name} [${a.status}]`;

export interface PlainScore {
  files: number;
  itemsWanted: number;
  itemsFound: number;
  /** Items read that the answer does not hold. */
  itemsExtra: number;
  precision: number;
  recall: number;
  truePositives: number;
  gold: number;
  predicted: number;
  apologies: { found: number; wanted: number; read: number };
}

/** Items found (number and title), attendees matched one to one by name and status. */
export function scorePlain(fixtures: readonly PlainFixture[]): PlainScore {
  let itemsWanted = 0;
  let itemsFound = 0;
  let itemsExtra = 0;
  let truePositives = 0;
  let predicted = 0;
  let gold = 0;
  const apologies = { found: 0, wanted: 0, read: 0 };
  for (const fixture of fixtures) {
    const meeting = parsePlain(fixture);
    const got = meeting?.items.map((i) => `${i.number} ${i.title}`) ?? [];
    const want = fixture.expected.items.map((i) => `${i.number} ${i.title}`);
    itemsWanted += want.length;
    itemsFound += want.filter((w) => got.includes(w)).length;
    itemsExtra += got.filter((g) => !want.includes(g)).length;
    const unmatched = fixture.expected.attendees.map(attendeeKey);
    const read = meeting?.attendees ?? [];
    gold += unmatched.length;
    predicted += read.length;
    apologies.wanted += fixture.expected.attendees.filter((a) => a.status === "apologies").length;
    apologies.read += read.filter((a) => a.status === "apologies").length;
    for (const person of read) {
      const at = unmatched.indexOf(attendeeKey(person));
      if (at >= 0) {
        unmatched.splice(at, 1);
        truePositives += 1;
        if (person.status === "apologies") apologies.found += 1;
      }
    }
  }
  return {
    files: fixtures.length,
    itemsWanted,
    itemsFound,
    itemsExtra,
    precision: predicted === 0 ? 0 : truePositives / predicted,
    recall: gold === 0 ? 0 : truePositives / gold,
    truePositives,
    gold,
    predicted,
    apologies,
  };
}

export function describeScore(label: string, s: PlainScore): string {
  return (
    `${label}: items ${s.itemsFound}/${s.itemsWanted} (${s.itemsExtra} extra); attendees precision ` +
    `${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.truePositives} right of ${s.gold} ` +
    `expected, ${s.predicted} read); apologies ${s.apologies.found}/${s.apologies.wanted} ` +
    `(${s.apologies.read} read); ${s.files} files`
  );
}
