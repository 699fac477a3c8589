import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoadedCorpus, loadCorpus } from "../../src/corpus/load.js";
import { MIN_FILES_FOR_THREADS } from "../../src/corpus/parse-pool.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// The parse threads run compiled code (dist/, rebuilt by the global setup): the TypeScript
// sources the tests import have no worker file beside them.
const built = (await import(
  join(ROOT, "dist/corpus/load.js")
)) as typeof import("../../src/corpus/load.js");

/** What a load gives the rest of the app: equal whichever way the files were parsed. */
function outcome(corpus: LoadedCorpus) {
  return {
    meetings: corpus.meetings,
    problems: corpus.problems,
    version: corpus.version,
    schedule: corpus.schedule,
    parsed: corpus.parsed,
    files: [...corpus.files].map(([file, { hash, reading }]) => [file, hash, reading]),
  };
}

describe("parsing in worker threads", () => {
  let dir: string;
  beforeAll(async () => {
    // The seed minutes, every layout the parser's tests hold, and files that give problems.
    dir = await mkdtemp(join(tmpdir(), "lcrb-pool-"));
    await cp(join(ROOT, "corpus"), dir, { recursive: true });
    for (const fixtures of ["minutes", "plain-minutes", "layout-minutes"])
      await cp(join(ROOT, "tests/fixtures", fixtures), join(dir, fixtures), { recursive: true });
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "junk.txt"), "shopping: milk, eggs\nremember the car\n");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives the same meetings, problems and version as parsing in one thread", async () => {
    const serial = await built.loadCorpus(dir, { threads: 0 });
    expect(serial.parsed).toBeGreaterThanOrEqual(MIN_FILES_FOR_THREADS);
    expect(serial.meetings.length).toBeGreaterThan(100);
    expect(serial.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(["empty", "not_minutes"]),
    );
    for (const threads of [1, 2])
      expect(outcome(await built.loadCorpus(dir, { threads }))).toStrictEqual(outcome(serial));
    // The default: as many threads as the machine has idle cores (none when it is busy).
    expect(outcome(await built.loadCorpus(dir))).toStrictEqual(outcome(serial));
    // The sources' own parser reads the same, under another version (it hashes the code it runs).
    const { version: _, ...fromSources } = outcome(await loadCorpus(dir));
    const { version: __, ...fromBuilt } = outcome(serial);
    expect(fromSources).toStrictEqual(fromBuilt);
    // Five loads of some 130 files, three of them starting threads: on a loaded machine this takes
    // more than the suite's 20 s (a guard against hangs, not a measure of speed).
  }, 90_000);

  it("parses in this thread the files of a thread that could not start", async () => {
    // The sources have no compiled worker beside them: every thread asked for fails to load it.
    const serial = await loadCorpus(dir, { threads: 0 });
    expect(outcome(await loadCorpus(dir, { threads: 2 }))).toStrictEqual(outcome(serial));
  });
});
