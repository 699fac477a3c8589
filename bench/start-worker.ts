import { copyFile, readFile } from "node:fs/promises";
import { basename, join } from "node:path";

/**
 * One start of one engine in a fresh process, so start-up time and peak memory are those of a
 * real start: `start-worker.js <ours|naive|minisearch> <corpus dir> <cache dir> <queries.json>
 * [<minutes file to add>]`. With a file to add (ours only), it runs the live corpus with its watch
 * and reports how long the added minutes took to be answered. Prints one JSON line.
 */
export interface StartReport {
  engine: Engine;
  /** Node's own start, to the first line of this file (which imports only Node built-ins). */
  bootMs: number;
  /** Loading the engine's modules. */
  moduleMs: number;
  /** Process start to the first query answered. */
  readyMs: number;
  /** CPU time (user + system) to that point: unlike wall time, other processes barely move it. */
  readyCpuMs: number;
  /** Ours only: process start to the first question answered through the router (`lcrb ask`). */
  askReadyMs: number | null;
  /** Per query, after the first: the 50th and 99th percentile. */
  p50Ms: number;
  p99Ms: number;
  /** Ours only: the same through the router (intent, meeting references, rendering data). */
  askP50Ms: number | null;
  askP99Ms: number | null;
  peakRssMb: number;
  /** With a file to add: from the file written to its meeting answered, through the watch. */
  pickupMs: number | null;
}

export type Engine = "ours" | "naive" | "minisearch";

type Search = (query: string) => unknown;

interface Opened {
  readyMs: number;
  readyCpuMs: number;
  search: Search;
  ask: Search | null;
  askReadyMs: number | null;
  pickup: ((file: string) => Promise<number>) | null;
}

const bootMs = performance.now();
let moduleMs = 0;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function openOurs(corpusDir: string, cacheDir: string, watch: boolean): Promise<Opened> {
  const { openLiveContext } = await import("../src/answers/live-context.js");
  const { answerQuestion } = await import("../src/answers/index.js");
  moduleMs = performance.now() - bootMs;
  const live = await openLiveContext({ corpusDir, cacheDir, watch, log: () => undefined });
  const search: Search = (query) => live.current().search.search(query, { limit: 10 });
  search("casey review");
  const readyMs = performance.now();
  const readyCpuMs = cpuMs();
  const ask: Search = (query) => answerQuestion(query, live.current());
  ask("what did the board say about fraud?");
  const askReadyMs = performance.now();
  const pickup = async (file: string): Promise<number> => {
    const name = basename(file);
    const started = performance.now();
    const added = new Promise<void>((resolve) =>
      live.subscribe(({ added }) => {
        if (added.some((m) => m.file === name)) resolve();
      }),
    );
    await copyFile(file, join(corpusDir, name));
    await added;
    const meeting = live.current().meetings.find((m) => m.file === name);
    if (!meeting) throw new Error(`${name} was not loaded`);
    const question = `who attended the ${meeting.body} meeting on ${meeting.date}?`;
    const answer = answerQuestion(question, live.current());
    if (answer.meeting?.id !== meeting.id) throw new Error(`the answer is not about ${meeting.id}`);
    const took = performance.now() - started;
    await live.close();
    return took;
  };
  return { readyMs, readyCpuMs, search, ask, askReadyMs, pickup: watch ? pickup : null };
}

async function openParagraphEngine(
  engine: Engine,
  corpusDir: string,
  cacheDir: string,
): Promise<Opened> {
  const { readParagraphs } = await import("./paragraphs.js");
  const open =
    engine === "naive"
      ? (await import("./naive-lunr.js")).openNaiveLunr
      : (await import("./minisearch-files.js")).openMiniSearch;
  moduleMs = performance.now() - bootMs;
  const search = await open(await readParagraphs(corpusDir), cacheDir);
  search("casey review");
  const readyMs = performance.now();
  return { readyMs, readyCpuMs: cpuMs(), search, ask: null, askReadyMs: null, pickup: null };
}

function percentiles(search: Search, queries: string[]): [number, number] {
  const times = queries.map((query) => {
    const started = performance.now();
    search(query);
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return [at(0.5), at(0.99)];
}

async function main(): Promise<void> {
  const [name, corpusDir = "corpus", cacheDir = ".", queriesFile = "", addFile] =
    process.argv.slice(2);
  const engine: Engine = name === "naive" || name === "minisearch" ? name : "ours";
  const opened =
    engine === "ours"
      ? await openOurs(corpusDir, cacheDir, addFile !== undefined)
      : await openParagraphEngine(engine, corpusDir, cacheDir);
  const queries = JSON.parse(await readFile(queriesFile, "utf8")) as string[];
  const [p50Ms, p99Ms] = percentiles(opened.search, queries);
  const [askP50Ms, askP99Ms] = opened.ask ? percentiles(opened.ask, queries) : [null, null];
  const pickupMs = addFile && opened.pickup ? await opened.pickup(addFile) : null;
  const report: StartReport = {
    engine,
    bootMs,
    moduleMs,
    readyMs: opened.readyMs,
    readyCpuMs: opened.readyCpuMs,
    askReadyMs: opened.askReadyMs,
    p50Ms,
    p99Ms,
    askP50Ms,
    askP99Ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    pickupMs,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
