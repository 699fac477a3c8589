import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadCorpus } from "../src/corpus/load.js";
import type { Meeting } from "../src/corpus/model.js";
import { openSearch } from "../src/search/index.js";
import { EVAL_SET } from "./data/eval-set.js";
import { evaluate, type RankedItem } from "./evaluate.js";
import { NaiveLunrSearch } from "./naive.js";

/**
 * One measurement in a fresh process, so start-up time and peak memory are those of a real start:
 * `search-worker.js <ours|naive> <build|cache> <corpus dir | meetings.json> <cache dir> <queries.json>`.
 * Prints one JSON line.
 */
export interface WorkerReport {
  engine: "ours" | "naive";
  mode: "build" | "cache";
  passages: number;
  /** Reading the minutes (parsing files, or reading the meetings JSON of a synthetic corpus). */
  loadMs: number;
  /** Building the index (and saving it), or loading it from the cache. */
  indexMs: number;
  /** From process start to ready to answer. */
  startMs: number;
  cacheBytes: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
  recallAt3: number;
  mrr: number;
}

type Engine = (question: string) => RankedItem[];

async function loadMeetings(source: string): Promise<Meeting[]> {
  if (source.endsWith(".json")) return JSON.parse(await readFile(source, "utf8")) as Meeting[];
  return (await loadCorpus(source)).meetings;
}

const NAIVE_CACHE = "naive-index.json";

async function openEngine(
  engine: string,
  mode: string,
  meetings: Meeting[],
  cacheDir: string,
): Promise<Engine> {
  if (engine === "ours") {
    const search = await openSearch(meetings, { cacheDir });
    return (question) =>
      search
        .search(question, { limit: 10 })
        .results.map((result) => ({ file: result.source.file, title: result.item.title }));
  }
  let naive: NaiveLunrSearch;
  if (mode === "cache") {
    naive = NaiveLunrSearch.load(
      meetings,
      JSON.parse(await readFile(join(cacheDir, NAIVE_CACHE), "utf8")),
    );
  } else {
    naive = NaiveLunrSearch.build(meetings);
    await writeFile(join(cacheDir, NAIVE_CACHE), JSON.stringify(naive.toJSON()));
  }
  return (question) => naive.search(question, 10);
}

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const [engine = "ours", mode = "build", source = "corpus", cacheDir = ".", queriesFile = ""] =
    process.argv.slice(2);
  const loadStart = performance.now();
  const meetings = await loadMeetings(source);
  const loadMs = performance.now() - loadStart;
  const indexStart = performance.now();
  const search = await openEngine(engine, mode, meetings, cacheDir);
  const indexMs = performance.now() - indexStart;
  const startMs = performance.now();

  const queries = JSON.parse(await readFile(queriesFile, "utf8")) as string[];
  for (const query of queries.slice(0, 20)) search(query);
  const times: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    search(query);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const evaluation = evaluate(EVAL_SET, search);
  const report: WorkerReport = {
    engine: engine === "naive" ? "naive" : "ours",
    mode: mode === "cache" ? "cache" : "build",
    passages: meetings.reduce(
      (n, m) => n + m.items.reduce((k, i) => k + Math.max(1, i.passages.length), 0),
      0,
    ),
    loadMs,
    indexMs,
    startMs,
    cacheBytes: await directorySize(cacheDir),
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    recallAt3: evaluation.recallAt3,
    mrr: evaluation.mrr,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
