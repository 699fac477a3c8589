import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answers/index.js";
import {
  type ContextUpdate,
  type LiveContext,
  openLiveContext,
} from "../../src/answers/live-context.js";
import { runConsole } from "../../src/console/index.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const LCRB_2015 = "004_17215f53eb22288e.txt";
const LCRB_2022 = "003_0417dfde59a34df8.txt";
const FRAUD = "what did the board say about fraud?";

const citedFiles = (context: ReturnType<LiveContext["current"]>, question: string) =>
  answerQuestion(question, context).results.map((r) => r.source.file);

describe("openLiveContext", () => {
  let dir: string;
  let logged: string[];
  let live: LiveContext;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lcrb-live-context-"));
    logged = [];
    await copyFile(join(CORPUS, LCRB_2015), join(dir, LCRB_2015));
  });
  afterEach(async () => {
    await live?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const open = (watch: boolean) =>
    openLiveContext({
      corpusDir: dir,
      cacheDir: null,
      today: "2026-12-01",
      watch,
      debounceMs: 50,
      log: (line) => logged.push(line),
    });

  it("answers from the new minutes after a reload, while a snapshot taken before keeps the old ones", async () => {
    live = await open(false);
    const before = live.current();
    expect(citedFiles(before, FRAUD)).toEqual([]);

    await copyFile(join(CORPUS, LCRB_2022), join(dir, LCRB_2022));
    const update = await live.reload();

    expect(update?.added.map((m) => m.file)).toEqual([LCRB_2022]);
    expect(live.current()).toBe(update?.context);
    expect(citedFiles(live.current(), FRAUD)).toEqual([LCRB_2022]);
    expect(live.current().corpusVersion).not.toBe(before.corpusVersion);
    // An answer that started on the old snapshot finishes on it: same meetings, same index.
    expect(before.meetings.map((m) => m.file)).toEqual([LCRB_2015]);
    expect(citedFiles(before, FRAUD)).toEqual([]);
    expect(logged).toEqual([
      expect.stringMatching(
        /^minutes reloaded: 1 added, 0 changed, 0 removed; 2 meetings \(corpus [0-9a-f]{12}\)$/,
      ),
    ]);
  });

  it("tells subscribers once the new meetings can be answered, with the Meeting objects", async () => {
    live = await open(true);
    const told = new Promise<{ update: ContextUpdate; files: string[]; current: boolean }>(
      (resolve) =>
        live.subscribe((update) =>
          resolve({
            update,
            files: citedFiles(update.context, FRAUD),
            current: live.current() === update.context,
          }),
        ),
    );
    await copyFile(join(CORPUS, LCRB_2022), join(dir, LCRB_2022));
    const { update, files, current } = await told;
    expect(update.added.map((m) => [m.id, m.items.length > 0])).toEqual([
      ["lcrb-2022-04-27", true],
    ]);
    expect(files).toEqual([LCRB_2022]);
    expect(current).toBe(true);
  });

  it("does not watch when told not to: nothing changes until reload()", async () => {
    live = await open(false);
    let told = 0;
    live.subscribe(() => {
      told++;
    });
    await copyFile(join(CORPUS, LCRB_2022), join(dir, LCRB_2022));
    // Give a watch (were there one) far longer than its debounce to act.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(told).toBe(0);
    expect(live.current().meetings).toHaveLength(1);
    await live.reload();
    expect(told).toBe(1);
  });

  it("lets the console answer from minutes added while it runs", async () => {
    live = await open(false);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    const done = runConsole(live, input, output, { interactive: false, color: false });
    input.write(`${FRAUD}\n`);
    // The first answer ends with a blank line; the file arrives only after it is printed.
    while (!printed.endsWith("\n\n")) await new Promise((resolve) => setTimeout(resolve, 10));
    await copyFile(join(CORPUS, LCRB_2022), join(dir, LCRB_2022));
    await live.reload();
    input.end(`${FRAUD}\n`);
    await done;
    const [first, second] = printed.split(`> ${FRAUD}`).slice(1);
    expect(first).not.toContain(LCRB_2022);
    expect(second).toContain(`${LCRB_2022}:87`);
  });
});
