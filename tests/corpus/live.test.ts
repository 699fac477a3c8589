import { copyFile, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CorpusUpdate, LiveCorpus } from "../../src/corpus/live.js";
import { loadCorpus } from "../../src/corpus/load.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const LCRB_2015 = "004_17215f53eb22288e.txt";
const LCRB_2023 = "002_0368bc6123038781.txt";
const DMG_2020 = "000_bc5123fd089beeb5.txt";

describe("LiveCorpus", () => {
  let dir: string;
  let logged: string[];
  let live: LiveCorpus;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lcrb-live-"));
    logged = [];
    await copyFile(join(CORPUS, LCRB_2015), join(dir, LCRB_2015));
    await copyFile(join(CORPUS, LCRB_2023), join(dir, LCRB_2023));
    live = await LiveCorpus.open(dir, {
      cacheDir: null,
      log: (line) => logged.push(line),
      debounceMs: 50,
    });
  });
  afterEach(async () => {
    await live.close();
    await rm(dir, { recursive: true, force: true });
  });

  const ids = (update: CorpusUpdate | null | undefined, kind: "added" | "changed" | "removed") =>
    update?.[kind].map((m) => m.id);

  it("tells subscribers which meetings a reload added, changed and removed", async () => {
    const updates: CorpusUpdate[] = [];
    live.subscribe((update) => {
      updates.push(update);
    });
    const before = live.current;

    await copyFile(join(CORPUS, DMG_2020), join(dir, DMG_2020));
    const text = await readFile(join(dir, LCRB_2023), "utf8");
    await writeFile(join(dir, LCRB_2023), text.replace("Casey Review", "Casey Review (updated)"));
    await unlink(join(dir, LCRB_2015));
    const update = await live.reload();

    expect(ids(update, "added")).toEqual(["dmg-2020-06-08"]);
    expect(ids(update, "changed")).toEqual(["lcrb-2023-04-12"]);
    expect(ids(update, "removed")).toEqual(["lcrb-2015-03-10"]);
    expect(updates).toEqual([update]);
    expect(live.current.meetings.map((m) => m.id)).toEqual(["dmg-2020-06-08", "lcrb-2023-04-12"]);
    expect(live.current.version).not.toBe(before.version);
    // The corpus handed out before the reload is a snapshot: the reload did not touch it.
    expect(before.meetings.map((m) => m.id)).toEqual(["lcrb-2015-03-10", "lcrb-2023-04-12"]);
  });

  it("saves what a reload parsed once subscribers have it, so the next start parses nothing", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "lcrb-live-cache-"));
    try {
      const cached = await LiveCorpus.open(dir, { cacheDir, log: () => undefined });
      let loadedWhenTold: number | null = null;
      cached.subscribe((update) => {
        loadedWhenTold = update.corpus.meetings.length;
      });
      await copyFile(join(CORPUS, DMG_2020), join(dir, DMG_2020));
      await cached.reload();
      await cached.close();
      expect(loadedWhenTold).toBe(3);
      expect((await loadCorpus(dir, { cacheDir })).parsed).toBe(0);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it("reports nothing and keeps its version when no file changed", async () => {
    let told = 0;
    live.subscribe(() => {
      told++;
    });
    const version = live.current.version;
    expect(await live.reload()).toBeNull();
    expect(told).toBe(0);
    expect(live.current.version).toBe(version);
  });

  it("keeps a file's meeting when its new content cannot be read as minutes, and logs why", async () => {
    const before = live.current.meetings.find((m) => m.file === LCRB_2023);
    await writeFile(join(dir, LCRB_2023), "London Crime Reduction Board\n\nMinutes to follow\n");
    expect(await live.reload()).toBeNull();

    expect(live.current.meetings.find((m) => m.file === LCRB_2023)).toBe(before);
    expect(logged).toEqual([
      expect.stringMatching(
        new RegExp(
          `^minutes problem: ${LCRB_2023}.*no meeting date.*meeting read from this file before is kept`,
        ),
      ),
    ]);
    expect(live.current.problems).toContainEqual(
      expect.objectContaining({ file: LCRB_2023, code: "no_date" }),
    );
  });

  it("runs one reload at a time, and one asked for during a reload sees the later changes", async () => {
    const asked: Array<Promise<CorpusUpdate | null>> = [];
    live.subscribe(async () => {
      if (asked.length > 0) return;
      // While the first reload is still telling its subscribers, a file goes and two more
      // reloads are asked for: they wait for this one, and share one run.
      await unlink(join(dir, LCRB_2015));
      asked.push(live.reload(), live.reload());
    });
    await copyFile(join(CORPUS, DMG_2020), join(dir, DMG_2020));
    const first = await live.reload();
    expect(ids(first, "added")).toEqual(["dmg-2020-06-08"]);
    expect(ids(first, "removed")).toEqual([]);
    expect(asked[0]).toBe(asked[1]);
    const second = await asked[0];
    expect(ids(second, "removed")).toEqual(["lcrb-2015-03-10"]);
  });

  it("logs a listener's failure and still tells the others", async () => {
    const told: string[] = [];
    live.subscribe(() => {
      throw new Error("the alert store is down");
    });
    live.subscribe((update) => {
      told.push(...update.added.map((m) => m.id));
    });
    await copyFile(join(CORPUS, DMG_2020), join(dir, DMG_2020));
    await live.reload();
    expect(told).toEqual(["dmg-2020-06-08"]);
    expect(logged).toEqual(["a corpus listener failed: the alert store is down"]);
  });

  it("watches the directory, below it too, and reloads once the changes settle", async () => {
    const next = new Promise<CorpusUpdate>((resolve) => live.subscribe(resolve));
    live.watch();
    await mkdir(join(dir, "2020"));
    await copyFile(join(CORPUS, DMG_2020), join(dir, "2020", DMG_2020));
    const update = await next;
    expect(update.added.map((m) => m.file)).toEqual([`2020/${DMG_2020}`]);
  });

  it("logs, and keeps the loaded corpus, when the directory cannot be watched", async () => {
    await rm(dir, { recursive: true, force: true });
    live.watch();
    expect(logged).toEqual([expect.stringMatching(/^stopped watching .* for new minutes: /)]);
    expect(live.current.meetings).toHaveLength(2);
  });
});
