import { readdirSync } from "node:fs";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type LoadOptions, loadCorpus } from "../../src/corpus/load.js";
import { readMeetingCache, writeMeetingCache } from "../../src/corpus/meeting-cache.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const LCRB_2015 = "004_17215f53eb22288e.txt";
const LCRB_2023 = "002_0368bc6123038781.txt";

/** A load with its cache written, as the next start finds it (the write ends after the load). */
async function loadSaved(dir: string, options: LoadOptions) {
  const corpus = await loadCorpus(dir, options);
  await corpus.saved;
  return corpus;
}

describe("the parsed-meeting cache", () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lcrb-meetings-"));
    cacheDir = await mkdtemp(join(tmpdir(), "lcrb-meetings-cache-"));
    await copyFile(join(CORPUS, LCRB_2015), join(dir, LCRB_2015));
    await copyFile(join(CORPUS, LCRB_2023), join(dir, LCRB_2023));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  const cacheFiles = async () => (await readdir(cacheDir)).filter((n) => n.startsWith("meetings-"));
  const cachePath = async () => join(cacheDir, (await cacheFiles())[0] as string);

  it("serves a second start from the cache, the same meetings without parsing a file", async () => {
    const first = await loadSaved(dir, { cacheDir });
    const second = await loadSaved(dir, { cacheDir });
    expect(first.parsed).toBe(2);
    expect(second.parsed).toBe(0);
    expect(second.meetings).toEqual(first.meetings);
    expect(second.problems).toEqual(first.problems);
    expect(second.version).toBe(first.version);
    // Without a cache the result is the same: the cache only saves time.
    expect((await loadCorpus(dir)).meetings).toEqual(first.meetings);
  });

  it("answers before the cache is written, which `saved` waits for", async () => {
    const corpus = await loadCorpus(dir, { cacheDir });
    expect(corpus.meetings).toHaveLength(2);
    // Nothing has had time to reach the disk yet: the load returned as soon as it had meetings.
    expect(readdirSync(cacheDir).filter((n) => n.startsWith("meetings-"))).toEqual([]);
    await corpus.saved;
    expect(await cacheFiles()).toHaveLength(1);
    expect((await loadCorpus(dir, { cacheDir })).parsed).toBe(0);
  });

  it("parses only the file whose content changed", async () => {
    await loadSaved(dir, { cacheDir });
    const text = await readFile(join(dir, LCRB_2023), "utf8");
    await writeFile(join(dir, LCRB_2023), text.replaceAll("Casey Review", "Casey Report"));
    const again = await loadSaved(dir, { cacheDir });
    expect(again.parsed).toBe(1);
    const titles = again.meetings.flatMap((m) => m.items.map((i) => i.title));
    expect(titles.some((t) => t.includes("Casey Report"))).toBe(true);
    expect((await loadSaved(dir, { cacheDir })).parsed).toBe(0);
  });

  it("sees an edit that keeps the file's size, made after the cache was written", async () => {
    // Old enough that the first load keeps the files' stamps and the second need not read them.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const first = await loadSaved(dir, { cacheDir });
    expect(first.files.get(LCRB_2023)?.stamp).toBeDefined();
    const text = await readFile(join(dir, LCRB_2023), "utf8");
    const edited = text.replaceAll("Casey Review", "Casey Rev1ew");
    expect(edited.length).toBe(text.length);
    await writeFile(join(dir, LCRB_2023), edited);
    const again = await loadSaved(dir, { cacheDir });
    expect(again.parsed).toBe(1);
    const titles = again.meetings.flatMap((m) => m.items.map((i) => i.title));
    expect(titles.some((t) => t.includes("Casey Rev1ew"))).toBe(true);
  });

  it("keeps the schedule's reading, and reads the schedule again when it changes", async () => {
    const entry = (date: string) => `- body: LCRB\n  date: ${date}\n  venue: City Hall\n`;
    await writeFile(join(dir, "schedule.yml"), entry("2027-03-10"));
    const first = await loadSaved(dir, { cacheDir });
    const second = await loadSaved(dir, { cacheDir });
    expect(second.schedule).toEqual(first.schedule);
    expect(second.schedule.map((m) => m.date)).toEqual(["2027-03-10"]);
    expect(second.version).toBe(first.version);
    await writeFile(join(dir, "schedule.yml"), entry("2027-04-21"));
    const third = await loadSaved(dir, { cacheDir });
    expect(third.schedule.map((m) => m.date)).toEqual(["2027-04-21"]);
    expect(third.version).not.toBe(first.version);
    await rm(join(dir, "schedule.yml"));
    expect((await loadSaved(dir, { cacheDir })).schedule).toEqual([]);
  });

  it("does not keep a cached meeting for a file that no longer reads as minutes", async () => {
    await loadSaved(dir, { cacheDir });
    await writeFile(join(dir, LCRB_2023), "shopping: milk, eggs\n");
    const again = await loadSaved(dir, { cacheDir });
    expect(again.meetings.map((m) => m.file)).toEqual([LCRB_2015]);
    expect(again.problems.map((p) => p.file)).toEqual([LCRB_2023]);
  });

  it("ignores a truncated cache, parses instead, and writes a whole one", async () => {
    const first = await loadSaved(dir, { cacheDir });
    const path = await cachePath();
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const again = await loadSaved(dir, { cacheDir });
    expect(again.parsed).toBe(2);
    expect(again.meetings).toEqual(first.meetings);
    expect((await loadSaved(dir, { cacheDir })).parsed).toBe(0);
  });

  it("ignores a cache whose meetings were altered, though it is still valid JSON", async () => {
    const first = await loadSaved(dir, { cacheDir });
    const path = await cachePath();
    const text = await readFile(path, "utf8");
    await writeFile(path, text.replace("Casey Review", "Casey Raview"));
    const again = await loadSaved(dir, { cacheDir });
    expect(again.parsed).toBe(2);
    expect(again.meetings).toEqual(first.meetings);
  });

  it("ignores a cache written by another parser, and one that is not a cache at all", async () => {
    const first = await loadSaved(dir, { cacheDir });
    const path = await cachePath();
    const text = await readFile(path, "utf8");
    const [magic, header, body] = text.split("\n");
    const foreign = { ...JSON.parse(header as string), parser: "an older parser" };
    await writeFile(path, [magic, JSON.stringify(foreign), body].join("\n"));
    expect((await loadSaved(dir, { cacheDir })).parsed).toBe(2);

    await writeFile(path, "\u0000\u0001 not a cache \n\n{");
    const again = await loadSaved(dir, { cacheDir });
    expect(again.parsed).toBe(2);
    expect(again.meetings).toEqual(first.meetings);
  });

  it("loads, uncached, when the cache directory cannot be used", async () => {
    const blocked = join(cacheDir, "a-file");
    await writeFile(blocked, "not a directory");
    const corpus = await loadSaved(dir, { cacheDir: blocked });
    expect(corpus.meetings).toHaveLength(2);
    expect((await loadSaved(dir, { cacheDir: blocked })).parsed).toBe(2);
  });

  it("keeps one cache per corpus directory in a shared cache directory", async () => {
    const other = await mkdtemp(join(tmpdir(), "lcrb-meetings-other-"));
    try {
      await copyFile(join(CORPUS, LCRB_2015), join(other, LCRB_2015));
      await loadSaved(dir, { cacheDir });
      await loadSaved(other, { cacheDir });
      expect(await cacheFiles()).toHaveLength(2);
      expect((await loadSaved(dir, { cacheDir })).parsed).toBe(0);
      expect((await loadSaved(other, { cacheDir })).parsed).toBe(0);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it("never lets a reader see half a cache while starts write it at the same time", async () => {
    // Enough meetings (a cache of ~1.6 MB) that a write in place would be seen half done.
    for (let n = 0; n < 200; n++)
      await copyFile(join(CORPUS, LCRB_2023), join(dir, `copy-${n}.txt`));
    const { files, scheduleReading } = await loadCorpus(dir);
    await loadSaved(dir, { cacheDir });
    const path = await cachePath();
    await rm(path);
    const seen: number[] = [];
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const bytes = await readFile(path).catch(() => null);
        if (bytes) seen.push(bytes.length);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all(
      [1, 2, 3, 4].map(() =>
        writeMeetingCache(cacheDir, dir, { files, schedule: scheduleReading }),
      ),
    );
    writing = false;
    await reader;
    const whole = (await readFile(path)).length;
    expect(seen.every((length) => length === whole)).toBe(true);
    expect((await readMeetingCache(cacheDir, dir)).files.size).toBe(files.size);
    // No temporary file is left behind.
    expect(await readdir(cacheDir)).toEqual(await cacheFiles());
  });
});
