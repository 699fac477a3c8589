import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MinutesDirectory } from "../../src/answers/directory.js";
import {
  loadRecordCache,
  readRecordCache,
  writeRecordCache,
} from "../../src/answers/record-cache.js";
import { RecordMentions, readRecordWords } from "../../src/answers/record-mentions.js";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Meeting } from "../../src/corpus/model.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));

let meetings: Meeting[];
let dir: string;
beforeAll(async () => {
  meetings = (await loadCorpus(CORPUS)).meetings;
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lcrb-records-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const at = (version = "v1") => ({ dir, corpusVersion: version });

describe("record cache", () => {
  it("reads back the words it saved, and the mentions found through them are the same", async () => {
    const words = readRecordWords(meetings);
    await writeRecordCache(at(), words);
    const saved = readRecordCache(at());
    expect(saved?.words).toEqual(words.words);
    expect([...(saved?.starts ?? [])]).toEqual([...words.starts]);
    expect([...(saved?.holders ?? [])]).toEqual([...words.holders]);
    const fresh = new RecordMentions(meetings);
    const reread = new RecordMentions(meetings, saved);
    for (const subject of [["fraud"], ["contest", "board"], ["shared"], ["police", "plan"]])
      expect([...reread.mentioning(subject)]).toEqual([...fresh.mentioning(subject)]);
  });

  it("is read only for the minutes it was saved for, and keeps one file", async () => {
    const words = readRecordWords(meetings);
    await writeRecordCache(at("v1"), words);
    expect(readRecordCache(at("v2"))).toBeNull();
    await writeRecordCache(at("v2"), words);
    expect((await readdir(dir)).filter((name) => name.startsWith("records-"))).toHaveLength(1);
    expect(readRecordCache(at("v1"))).toBeNull();
  });

  it("ignores a truncated, corrupt or foreign file instead of trusting it", async () => {
    const words = readRecordWords(meetings);
    await writeRecordCache(at(), words);
    const [name] = (await readdir(dir)).filter((n) => n.startsWith("records-"));
    const file = join(dir, name ?? "");
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 9));
    expect(readRecordCache(at())).toBeNull();
    await writeFile(file, Buffer.from("not a cache"));
    expect(readRecordCache(at())).toBeNull();
    // Holders pointing past the records (a cache of other minutes under this name).
    const bad = Buffer.from(bytes);
    bad.writeInt32LE(1 << 30, bad.length - 4);
    await writeFile(file, bad);
    expect(readRecordCache(at())).toBeNull();
  });

  it("loads at start what a question would read, and a directory given it reads no file", async () => {
    const words = readRecordWords(meetings);
    await writeRecordCache(at(), words);
    const loaded = await loadRecordCache(at());
    expect(loaded?.words).toEqual(readRecordCache(at())?.words);
    expect(await loadRecordCache(at("v2"))).toBeNull();
    await rm(dir, { recursive: true, force: true });
    const directory = new MinutesDirectory(meetings, undefined, { ...at(), words: loaded });
    expect(directory.records.words).toBe(loaded);
  });

  it("does not use a reading of a different number of records", () => {
    const words = readRecordWords(meetings.slice(1));
    const index = new RecordMentions(meetings, words);
    expect(index.words).not.toBe(words);
    expect(index.words.recordCount).toBe(
      meetings.reduce((n, m) => n + m.decisions.length + m.commitments.length, 0),
    );
  });

  it("lets a directory with a store read what an earlier one saved", async () => {
    const first = new MinutesDirectory(meetings, undefined, at());
    const gathered = first.records.words;
    await first.saved();
    expect(readRecordCache(at())?.holders.length).toBe(gathered.holders.length);
    const second = new MinutesDirectory(meetings, undefined, at());
    expect(second.records.words.words).toEqual(gathered.words);
    expect(second.records.words).not.toBe(gathered);
  });
});
