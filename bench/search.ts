import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCliSettings } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load.js";
import type { Meeting } from "../src/corpus/model.js";
import { EVAL_SET } from "./data/eval-set.js";
import { between, pick, seededRandom } from "./random.js";
import type { WorkerReport } from "./search-worker.js";
import { syntheticMeetings } from "./synthetic.js";

/**
 * `npm run bench`: our search against Lunr used naively, on the seed minutes and on synthetic
 * corpora of 100, 1,000 and 5,000 meetings (each with the seed minutes mixed in, so the
 * evaluation questions still have their answers, now among many more passages).
 */
const SIZES = [100, 1_000, 5_000];
const SEED = 20_240_601;
const RANDOM_QUERIES = 300;
const TARGETS = { meetings: 1_000, cacheStartMs: 1_500, p99Ms: 50, peakRssMb: 600 };

const WORKER = join(dirname(fileURLToPath(import.meta.url)), "search-worker.js");

/** Questions for timing: the evaluation set plus words of the minutes, some misspelt. */
function timingQueries(meetings: Meeting[]): string[] {
  const random = seededRandom(SEED);
  const words = meetings
    .flatMap((m) => m.items.flatMap((i) => i.passages.flatMap((p) => p.text.split(/\s+/))))
    .map((word) => word.replace(/[^\p{L}]/gu, "").toLowerCase())
    .filter((word) => word.length >= 4);
  const misspell = (word: string) => {
    const i = between(random, 1, word.length - 2);
    return word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
  };
  const queries = EVAL_SET.map((q) => q.question);
  for (let n = 0; n < RANDOM_QUERIES; n++) {
    const chosen = Array.from({ length: between(random, 1, 3) }, () => pick(random, words));
    const roll = random();
    if (roll < 0.1) queries.push(`what did the board say about ${chosen.join(" ")}?`);
    else if (roll < 0.2) queries.push(chosen.map(misspell).join(" "));
    else queries.push(chosen.join(" "));
  }
  return queries;
}

function runWorker(args: string[]): WorkerReport {
  const run = spawnSync(process.execPath, ["--expose-gc", WORKER, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bench worker failed (${args.join(" ")}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as WorkerReport;
}

interface Row {
  corpus: string;
  meetings: number;
  engine: "ours" | "naive";
  build: WorkerReport;
  cache: WorkerReport;
}

function measure(
  label: string,
  source: string,
  meetings: number,
  workDir: string,
  queries: string,
): Row[] {
  return (["ours", "naive"] as const).map((engine) => {
    const cacheDir = join(workDir, `cache-${label}-${engine}`);
    mkdirSync(cacheDir, { recursive: true });
    process.stderr.write(`bench: ${label} ${engine} build…\n`);
    const build = runWorker([engine, "build", source, cacheDir, queries]);
    process.stderr.write(`bench: ${label} ${engine} from cache…\n`);
    const cache = runWorker([engine, "cache", source, cacheDir, queries]);
    return { corpus: label, meetings, engine, build, cache };
  });
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const ms = (value: number) => value.toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function table(rows: Row[]): string {
  const header = [
    "corpus",
    "passages",
    "engine",
    "build s",
    "index MB",
    "start, build s",
    "start, cache s",
    "p50 ms",
    "p99 ms",
    "peak RSS MB (build/cache)",
    "recall@3",
    "MRR",
  ];
  const body: string[][] = [];
  for (let i = 0; i < rows.length; i += 2) {
    const ours = rows[i] as Row;
    const naive = rows[i + 1] as Row;
    for (const row of [ours, naive]) {
      body.push([
        row.corpus,
        String(row.build.passages),
        row.engine === "ours" ? "ours" : "naive Lunr",
        seconds(row.build.indexMs),
        mb(row.build.cacheBytes),
        seconds(row.build.startMs),
        seconds(row.cache.startMs),
        ms(row.build.p50Ms),
        ms(row.build.p99Ms),
        `${row.build.peakRssMb.toFixed(0)}/${row.cache.peakRssMb.toFixed(0)}`,
        row.build.recallAt3.toFixed(3),
        row.build.mrr.toFixed(3),
      ]);
    }
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
    body.push([
      ours.corpus,
      "",
      "ours ÷ naive",
      ratio(ours.build.indexMs, naive.build.indexMs),
      ratio(ours.build.cacheBytes, naive.build.cacheBytes),
      ratio(ours.build.startMs, naive.build.startMs),
      ratio(ours.cache.startMs, naive.cache.startMs),
      ratio(ours.build.p50Ms, naive.build.p50Ms),
      ratio(ours.build.p99Ms, naive.build.p99Ms),
      ratio(ours.cache.peakRssMb, naive.cache.peakRssMb),
      ratio(ours.build.recallAt3, naive.build.recallAt3),
      ratio(ours.build.mrr, naive.build.mrr),
    ]);
  }
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...body.map(line),
  ].join("\n");
}

function targets(rows: Row[]): string[] {
  const ours = rows.find((r) => r.engine === "ours" && r.meetings === TARGETS.meetings + 5);
  const naive = rows.find((r) => r.engine === "naive" && r.meetings === TARGETS.meetings + 5);
  if (!ours || !naive) return [];
  const check = (ok: boolean) => (ok ? "met" : "MISSED");
  return [
    `Targets at ${TARGETS.meetings} meetings:`,
    `  start from cache ${seconds(ours.cache.startMs)} s < ${seconds(TARGETS.cacheStartMs)} s: ${check(ours.cache.startMs < TARGETS.cacheStartMs)}`,
    `  query p99 ${ms(ours.build.p99Ms)} ms < ${TARGETS.p99Ms} ms: ${check(ours.build.p99Ms < TARGETS.p99Ms)}`,
    `  peak RSS ${Math.max(ours.build.peakRssMb, ours.cache.peakRssMb).toFixed(0)} MB < ${TARGETS.peakRssMb} MB: ${check(Math.max(ours.build.peakRssMb, ours.cache.peakRssMb) < TARGETS.peakRssMb)}`,
    `  recall@3 ${ours.build.recallAt3.toFixed(3)} vs naive ${naive.build.recallAt3.toFixed(3)}: ${check(ours.build.recallAt3 > naive.build.recallAt3)}`,
  ];
}

/** Sizes may be given as arguments (`node dist/bench/search.js 100`) for a quick run. */
async function main(argv: string[]): Promise<void> {
  const sizes = argv.length > 0 ? argv.map(Number).filter((n) => n > 0) : SIZES;
  const { corpusDir } = readCliSettings(undefined);
  const real = (await loadCorpus(corpusDir)).meetings;
  if (real.length === 0) throw new Error(`no meetings loaded from ${corpusDir}`);
  const workDir = mkdtempSync(join(tmpdir(), "lcrb-bench-"));
  try {
    const queries = join(workDir, "queries.json");
    writeFileSync(queries, JSON.stringify(timingQueries(real)));
    const rows = measure("seed minutes", corpusDir, real.length, workDir, queries);
    for (const size of sizes) {
      const meetings = [...real, ...syntheticMeetings(real, size, SEED + size)];
      const file = join(workDir, `meetings-${size}.json`);
      writeFileSync(file, JSON.stringify(meetings));
      rows.push(...measure(`${size} + 5 seed`, file, meetings.length, workDir, queries));
    }
    const notes = [
      "",
      `${EVAL_SET.length} evaluation questions; query times over them plus ${RANDOM_QUERIES} queries of words from the minutes (1 in 10 misspelt, 1 in 10 a whole question).`,
      "build: index build (and saving it, as a first start does); start: process start to ready, including reading the minutes",
      "(the seed minutes are parsed from files; synthetic corpora are read as meetings JSON).",
      "Naive Lunr: default pipeline, index.search(text), parse errors counted as no results, results folded to one per item.",
      "Recall on synthetic corpora is a relative measure: their passages are recombined from the seed passages under the seed",
      "titles, so many synthetic items say the same things as the answering item and rightly compete with it.",
      "",
    ];
    process.stdout.write(`${table(rows)}\n${notes.join("\n")}${targets(rows).join("\n")}\n`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
