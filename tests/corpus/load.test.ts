import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));

describe("loadCorpus", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lcrb-load-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("loads good files sorted by date and reports the empty and junk ones", async () => {
    await copyFile(join(CORPUS, "002_0368bc6123038781.txt"), join(dir, "002_0368bc6123038781.txt"));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "junk.txt"), "shopping: milk, eggs\nremember the car\n");
    await mkdir(join(dir, "md"));
    await writeFile(
      join(dir, "md", "dmg.md"),
      "# Delivery Management Group\n\n## Monday 8 June 2020, 14:00, MS Teams\n\n### Group\n\n- Jane Doe, MOPAC\n\n## 1. Welcome\n\nText.\n",
    );
    await writeFile(join(dir, "notes.pdf"), "not read");

    const corpus = await loadCorpus(dir);
    expect(corpus.meetings.map((m) => [m.id, m.file])).toEqual([
      ["dmg-2020-06-08", "md/dmg.md"],
      ["lcrb-2023-04-12", "002_0368bc6123038781.txt"],
    ]);
    expect(corpus.problems.map((p) => [p.file, p.code])).toEqual([
      ["empty.txt", "empty"],
      ["junk.txt", "not_minutes"],
    ]);
  });

  it("skips a file that is not text, or too large to be minutes, and loads the rest", async () => {
    await copyFile(join(CORPUS, "002_0368bc6123038781.txt"), join(dir, "002_0368bc6123038781.txt"));
    // A PDF saved under a .txt name: its header, then binary bytes that are not UTF-8.
    await writeFile(
      join(dir, "saved-as.txt"),
      Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"),
    );
    await writeFile(join(dir, "nul.txt"), "London Crime Reduction Board\u0000\u0000");
    // The seed minutes repeated past the limit: every line would read, but not as one meeting.
    const seed = await readFile(join(CORPUS, "002_0368bc6123038781.txt"), "utf8");
    await writeFile(join(dir, "huge.txt"), seed.repeat(Math.ceil((5 * 1024 * 1024) / seed.length)));

    const corpus = await loadCorpus(dir);
    expect(corpus.meetings.map((m) => m.file)).toEqual(["002_0368bc6123038781.txt"]);
    expect(corpus.problems.map((p) => [p.file, p.code])).toEqual([
      ["huge.txt", "too_large"],
      ["nul.txt", "not_text"],
      ["saved-as.txt", "not_text"],
    ]);
  });

  it("gives the same ids on every load, and distinct ids to two files of one meeting", async () => {
    const seed = join(CORPUS, "004_17215f53eb22288e.txt");
    await copyFile(seed, join(dir, "a.txt"));
    await copyFile(seed, join(dir, "b.txt"));
    const first = await loadCorpus(dir);
    const second = await loadCorpus(dir);
    expect(first.meetings.map((m) => m.id)).toEqual(["lcrb-2015-03-10", "lcrb-2015-03-10-2"]);
    expect(second.meetings.map((m) => m.id)).toEqual(first.meetings.map((m) => m.id));
  });

  it("loads the whole seed corpus with no problems", async () => {
    const corpus = await loadCorpus(CORPUS);
    expect(corpus.problems).toEqual([]);
    expect(corpus.meetings.map((m) => m.date)).toEqual([
      "2015-03-10",
      "2020-06-08",
      "2021-02-02",
      "2022-04-27",
      "2023-04-12",
    ]);
  });
});
