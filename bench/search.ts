import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCliSettings } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load.js";
import type { Meeting } from "../src/corpus/model.js";
import { buildSearch } from "../src/search/index.js";
import { writeCorpusCopies } from "./corpus-copies.js";
import { EVAL_SET } from "./data/eval-set.js";
import { evaluate, type RankedItem } from "./evaluate.js";
import { miniSearchOverPassages, naiveLunrOverPassages } from "./passage-engines.js";
import { QUERY_COUNT, timingQueries } from "./queries.js";
import type { Engine, StartReport } from "./start-worker.js";

/**
 * `npm run bench [-- SIZE…]`: start-up, memory and query speed of ours against naive Lunr and
 * MiniSearch over the same minutes files, at 100, 1,000 and 10,000 meetings by default (copies of
 * the seed files with their dates moved on, as the issue measured); the time to answer from one
 * added file at 1,000; `lcrb ask` end to end on the seed minutes; recall on the evaluation
 * questions. Every start runs in a fresh process.
 */
const DEFAULT_SIZES = [100, 1_000, 10_000];
const PICKUP_SIZE = 1_000;
const SEED = 20_240_601;
const ENGINES: Engine[] = ["ours", "naive", "minisearch"];
const NAMES: Record<Engine, string> = {
  ours: "ours",
  naive: "naive Lunr",
  minisearch: "MiniSearch",
};
const HERE = dirname(fileURLToPath(import.meta.url));
// Bundled as dist/ is (scripts/bundle-bench.mjs), so a start loads what a real start loads.
const WORKER = join(HERE, "..", "start", "start-worker.js");
const CLI = join(HERE, "..", "..", "dist", "cli.js");
// A 10,000-meeting build by naive Lunr takes minutes on a busy machine; give up rather than hang.
const WORKER_TIMEOUT_MS = 20 * 60_000;

function runWorker(args: string[]): StartReport | string {
  const run = spawnSync(process.execPath, ["--max-old-space-size=4096", WORKER, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    timeout: WORKER_TIMEOUT_MS,
  });
  if (run.status !== 0) {
    const reason = run.error?.message ?? run.stderr.trim().split("\n").slice(0, 2).join(" ");
    process.stderr.write(`bench: ${args[0]} failed: ${reason}\n`);
    return `failed (${run.signal ?? `exit ${run.status}`})`;
  }
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as StartReport;
}

interface StartRow {
  meetings: number;
  engine: Engine;
  cold: StartReport | string;
  warm: StartReport | string;
}

const s = (ms: number | null | undefined) => (ms == null ? "–" : (ms / 1000).toFixed(2));
const ms = (value: number | null | undefined) => (value == null ? "–" : value.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : "–";
const report = (r: StartReport | string) => (typeof r === "string" ? undefined : r);

function table(header: string[], body: string[][]): string {
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

function startTable(rows: StartRow[]): string {
  const body: string[][] = [];
  for (const row of rows) {
    const cold = report(row.cold);
    const warm = report(row.warm);
    const failed =
      typeof row.cold === "string" ? row.cold : typeof row.warm === "string" ? row.warm : "";
    body.push([
      String(row.meetings),
      NAMES[row.engine] + (failed ? ` ${failed}` : ""),
      s(cold?.readyMs),
      s(warm?.readyMs),
      s(warm?.readyCpuMs),
      ms(warm?.moduleMs),
      `${cold?.peakRssMb.toFixed(0) ?? "–"}/${warm?.peakRssMb.toFixed(0) ?? "–"}`,
      ms(warm?.p50Ms),
      ms(warm?.p99Ms),
      row.engine === "ours"
        ? `${s(warm?.askReadyMs)} · ${ms(warm?.askP50Ms)}/${ms(warm?.askP99Ms)}`
        : "",
    ]);
  }
  for (const meetings of new Set(rows.map((r) => r.meetings))) {
    const of = (engine: Engine) => rows.find((r) => r.meetings === meetings && r.engine === engine);
    const ours = of("ours");
    for (const other of ["naive", "minisearch"] as const) {
      const them = of(other);
      if (!ours || !them) continue;
      body.push([
        String(meetings),
        `ours ÷ ${NAMES[other]}`,
        ratio(report(ours.cold)?.readyMs, report(them.cold)?.readyMs),
        ratio(report(ours.warm)?.readyMs, report(them.warm)?.readyMs),
        ratio(report(ours.warm)?.readyCpuMs, report(them.warm)?.readyCpuMs),
        "",
        ratio(report(ours.warm)?.peakRssMb, report(them.warm)?.peakRssMb),
        ratio(report(ours.warm)?.p50Ms, report(them.warm)?.p50Ms),
        ratio(report(ours.warm)?.p99Ms, report(them.warm)?.p99Ms),
        "",
      ]);
    }
  }
  return table(
    [
      "meetings",
      "engine",
      "cold s",
      "warm s",
      "warm CPU s",
      "module load ms",
      "peak RSS MB cold/warm",
      "query p50 ms",
      "query p99 ms",
      "ours via lcrb ask: ready s · p50/p99 ms",
    ],
    body,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Wall time of whole processes, as a person running the command sees it. */
function timeCommand(args: string[], env: NodeJS.ProcessEnv, runs: number): number {
  const times: number[] = [];
  for (let n = 0; n < runs; n++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { env, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

function quality(meetings: Meeting[]): string {
  const ours = buildSearch(meetings);
  const engines: Array<[string, (query: string) => RankedItem[]]> = [
    [
      "ours",
      (query) =>
        ours
          .search(query, { limit: 10 })
          .results.map((r) => ({ file: r.source.file, title: r.item.title })),
    ],
    ["naive Lunr", naiveLunrOverPassages(meetings)],
    ["MiniSearch", miniSearchOverPassages(meetings)],
  ];
  return table(
    ["engine (seed minutes, our passages)", "recall@3", "MRR"],
    engines.map(([name, search]) => {
      const { recallAt3, mrr } = evaluate(EVAL_SET, search);
      return [name, recallAt3.toFixed(3), mrr.toFixed(3)];
    }),
  );
}

async function main(argv: string[]): Promise<void> {
  const sizes = argv.length > 0 ? argv.map(Number).filter((n) => n > 0) : DEFAULT_SIZES;
  const { corpusDir } = readCliSettings(undefined);
  const seed = (await loadCorpus(corpusDir)).meetings;
  if (seed.length === 0) throw new Error(`no meetings loaded from ${corpusDir}`);
  const work = mkdtempSync(join(tmpdir(), "lcrb-bench-"));
  const load = loadavg()[0]?.toFixed(1);
  try {
    const queries = join(work, "queries.json");
    writeFileSync(queries, JSON.stringify(timingQueries(seed, SEED)));
    const rows: StartRow[] = [];
    let pickup: Pickup | null = null;
    for (const size of sizes) {
      const dir = join(work, `corpus-${size}`);
      await writeCorpusCopies(corpusDir, dir, size);
      for (const engine of ENGINES) {
        const cache = join(work, `cache-${size}-${engine}`);
        mkdirSync(cache);
        process.stderr.write(`bench: ${size} meetings, ${NAMES[engine]}: cold, then warm…\n`);
        const cold = runWorker([engine, dir, cache, queries]);
        const warm = runWorker([engine, dir, cache, queries]);
        rows.push({ meetings: size, engine, cold, warm });
      }
      if (size === PICKUP_SIZE) pickup = await measurePickup(corpusDir, dir, work, size, queries);
    }
    process.stderr.write("bench: lcrb ask on the seed minutes…\n");
    const env = { PATH: process.env.PATH, LCRB_CACHE_DIR: join(work, "cache-seed") };
    const question = "what did the board say about fraud?";
    timeCommand([CLI, "ask", "--corpus", corpusDir, question], env, 1);
    const ask = timeCommand([CLI, "ask", "--corpus", corpusDir, question], env, 5);
    const bare = timeCommand(["-e", "0"], env, 5);
    const notes = [
      `Machine load average at the start: ${load} (2 cores shared: wall times swell with it; CPU time much less).`,
      `Corpora: copies of the ${seed.length} seed minutes files, each copy's dates moved on by whole weeks. Naive Lunr and`,
      "MiniSearch read the same files split on blank lines (no parsing), default options, index saved as JSON and",
      "loaded while the files are unchanged. cold: no cache; warm: caches from the cold run. s: process start to the",
      `first query answered (module load, reading, index). p50/p99 over ${QUERY_COUNT} queries in the warm process.`,
    ];
    process.stdout.write(
      [
        startTable(rows),
        "",
        ...notes,
        "",
        ...(pickup?.lines ?? []),
        `lcrb ask "${question}" on the seed minutes, warm, end to end: ${s(ask)} s median of 5 (node -e 0: ${s(bare)} s)`,
        "",
        quality(seed),
        "",
        ...targets(rows, ask, pickup?.ms ?? null),
      ].join("\n"),
    );
    process.stdout.write("\n");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Pickup {
  lines: string[];
  /** Ours, running: from the file written to its meeting answered. */
  ms: number | null;
}

/**
 * One minutes file added at `size` meetings: ours picks it up while running (watch, reload, new
 * index, the meeting answered); each engine is also restarted over the corpus with the file added.
 */
async function measurePickup(
  seedDir: string,
  dir: string,
  work: string,
  size: number,
  queries: string,
): Promise<Pickup> {
  // The next copy after the corpus's own: a meeting dated after all of them, in no cache.
  const [added] = await writeCorpusCopies(seedDir, join(work, "added"), 1, size);
  if (!added) throw new Error("could not write the file to add");
  // Ours restarts from the caches as they were before the file came, not as the live run left them.
  const ourCache = join(work, `cache-${size}-ours`);
  const restartCache = join(work, `cache-${size}-ours-restart`);
  cpSync(ourCache, restartCache, { recursive: true });
  process.stderr.write(`bench: ${size} meetings, ours: one file added while running…\n`);
  const pickupMs = report(runWorker(["ours", dir, ourCache, queries, added]))?.pickupMs ?? null;
  const restart = ENGINES.map((engine) => {
    process.stderr.write(
      `bench: ${size} meetings, ${NAMES[engine]}: restart with the file added…\n`,
    );
    const cache = engine === "ours" ? restartCache : join(work, `cache-${size}-${engine}`);
    return `${NAMES[engine]} ${s(report(runWorker([engine, dir, cache, queries]))?.readyMs)} s`;
  });
  const lines = [
    `One minutes file added at ${size} meetings: ours, running with its watch, answered from it ${s(pickupMs)} s after it was written.`,
    `Restart over the corpus with that file (ours re-parses one file and rebuilds the index): ${restart.join(", ")}.`,
    "",
  ];
  return { lines, ms: pickupMs };
}

function targets(rows: StartRow[], askMs: number, pickupMs: number | null): string[] {
  const at = (meetings: number, engine: Engine) =>
    rows.find((r) => r.meetings === meetings && r.engine === engine);
  const check = (ok: boolean | undefined) => (ok === undefined ? "not run" : ok ? "met" : "MISSED");
  const lines = ["Targets:"];
  const ours1k = at(1_000, "ours");
  const naive1k = at(1_000, "naive");
  if (ours1k) {
    const warm = report(ours1k.warm)?.readyMs;
    const naiveWarm = report(naive1k?.warm ?? "")?.readyMs;
    const naiveCold = report(naive1k?.cold ?? "")?.readyMs;
    lines.push(
      `  1,000 warm ${s(warm)} s ≤ 0.5 s: ${check(warm === undefined ? undefined : warm <= 500)}`,
      // The issue's naive Lunr script split the files and indexed the paragraphs on every run (its
      // 3.22 s was one figure, cold and warm alike), so the target is against that start; the
      // bench's naive Lunr also saves its index, and the ratio to that stricter start is shown.
      `  1,000 warm ≤ 0.2× naive Lunr (indexing the paragraphs, as the issue's script did): ${ratio(warm, naiveCold)}: ${check(warm === undefined || naiveCold === undefined ? undefined : warm <= 0.2 * naiveCold)}`,
      `    (against naive Lunr loading an index it saved, a stricter comparison: ${ratio(warm, naiveWarm)}, ${check(warm === undefined || naiveWarm === undefined ? undefined : warm <= 0.2 * naiveWarm)} at 0.2×)`,
      `  1,000 cold ${s(report(ours1k.cold)?.readyMs)} s ≤ 2 s: ${check((report(ours1k.cold)?.readyMs ?? Infinity) <= 2_000)}`,
    );
  }
  const ours10k = at(10_000, "ours");
  if (ours10k) {
    const warm = report(ours10k.warm);
    const rss = Math.max(report(ours10k.cold)?.peakRssMb ?? Infinity, warm?.peakRssMb ?? Infinity);
    lines.push(
      `  10,000 warm ${s(warm?.readyMs)} s ≤ 3 s: ${check(warm ? warm.readyMs <= 3_000 : undefined)}`,
      `  10,000 peak RSS ${rss.toFixed(0)} MB ≤ 1,024 MB: ${check(rss <= 1_024)}`,
      `  10,000 query p99 ${ms(warm?.p99Ms)} ms ≤ 20 ms: ${check(warm ? warm.p99Ms <= 20 : undefined)}`,
    );
  }
  lines.push(
    `  lcrb ask on the seed minutes ${s(askMs)} s ≤ 0.25 s: ${check(askMs <= 250)}`,
    `  added file answered ${s(pickupMs)} s ≤ 2 s: ${check(pickupMs === null ? undefined : pickupMs <= 2_000)}`,
  );
  return lines;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
