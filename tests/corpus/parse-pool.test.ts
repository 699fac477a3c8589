import { once } from "node:events";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoadedCorpus, loadCorpus } from "../../src/corpus/load.js";
import {
  MIN_FILES_FOR_THREADS,
  type ParseRequest,
  type ParseResult,
} from "../../src/corpus/parse-pool.js";
import { readMinutes } from "../../src/corpus/read-minutes.js";
import { bundled } from "../support/bundled.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// The parse threads run bundled code, as in dist/: the TypeScript sources the tests import have
// no worker file beside them.
const bundle = await bundled(["src/corpus/load.ts"]);
const built = await bundle.load<typeof import("../../src/corpus/load.js")>("src/corpus/load.ts");
const SEED_FILE = "002_0368bc6123038781.txt";

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
    await bundle.remove();
  });

  it("gives the same meetings, problems and version as parsing in one thread", async () => {
    const serial = await built.loadCorpus(dir, { threads: 0 });
    // Fewer files than the default needs for threads: threads are asked for by count below.
    expect(serial.parsed).toBeLessThan(MIN_FILES_FOR_THREADS);
    expect(serial.meetings.length).toBeGreaterThan(100);
    expect(serial.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(["empty", "not_minutes"]),
    );
    for (const threads of [1, 2])
      expect(outcome(await built.loadCorpus(dir, { threads }))).toStrictEqual(outcome(serial));
    // The default (no threads for this few files).
    expect(outcome(await built.loadCorpus(dir))).toStrictEqual(outcome(serial));
    // The sources' own parser reads the same, under the same version: the build hashes the
    // corpus sources as the sources hash the folder they run from.
    expect(outcome(await loadCorpus(dir))).toStrictEqual(outcome(serial));
    // Five loads of some 130 files, three of them starting threads: on a loaded machine this takes
    // more than the suite's 20 s (a guard against hangs, not a measure of speed).
  }, 90_000);

  it("starts the bundled parse thread, which reads a file as this thread does", async () => {
    // A thread that fails to start loses no file, so the comparisons above would pass without one.
    const worker = new Worker(fileURLToPath(new URL("parse-worker.js", bundle.url)));
    const text = await readFile(join(ROOT, "corpus", SEED_FILE), "utf8");
    const reply = once(worker, "message");
    worker.postMessage({ chunk: 3, files: [{ file: SEED_FILE, text }] } satisfies ParseRequest);
    const [{ chunk, readings }] = (await reply) as [ParseResult];
    await worker.terminate();
    expect(chunk).toBe(3);
    expect(JSON.parse(readings)).toStrictEqual([readMinutes(text, SEED_FILE)]);
  });

  it("parses in this thread the files of a thread that could not start", async () => {
    // The sources have no compiled worker beside them: every thread asked for fails to load it.
    const serial = await loadCorpus(dir, { threads: 0 });
    expect(outcome(await loadCorpus(dir, { threads: 2 }))).toStrictEqual(outcome(serial));
  });
});
