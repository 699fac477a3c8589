import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { answerQuestion } from "../src/answers/index.js";
import { openLiveContext } from "../src/answers/live-context.js";
import { readCliSettings } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load.js";
import { writeCorpusCopies } from "./corpus-copies.js";
import { timingQueries } from "./queries.js";

/**
 * `node .bench-build/bench/query-times.js SIZE WORK_DIR [--dump FILE] [--top N] [--only QUERY]`: which of the
 * start bench's 200 queries are slow, and by how much. Writes (once) SIZE date-shifted copies of
 * the seed minutes under WORK_DIR with a cache beside them, opens them as the start bench does,
 * then times each query once for search and once through the router (`lcrb ask`), in the bench's
 * order after its one warm-up query, and a second pass in steady state. Prints p50/p99 and the
 * slowest queries of each; `--dump` writes every answer as JSON, to compare two builds' answers.
 */
const SEED = 20_240_601;
// A fixed today, so answers about the next meeting are the same on every run.
const TODAY = "2026-12-06";

type Timed = { query: string; ms: number; cpuMs: number };

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

// Wall time is what the start bench reports; CPU time (this process, its GC threads included)
// barely moves with the load of a shared machine, so it says which queries are slow.
function time(queries: string[], run: (query: string) => unknown): Timed[] {
  return queries.map((query) => {
    const started = performance.now();
    const cpu = cpuMs();
    run(query);
    return { query, ms: performance.now() - started, cpuMs: cpuMs() - cpu };
  });
}

function summary(label: string, times: Timed[], top: number): string[] {
  const percentile = (key: "ms" | "cpuMs", p: number) => {
    const sorted = times.map((t) => t[key]).sort((a, b) => a - b);
    return (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
  };
  const total = times.reduce((sum, t) => sum + t.ms, 0);
  const cpuTotal = times.reduce((sum, t) => sum + t.cpuMs, 0);
  return [
    `${label}: p50 ${percentile("ms", 0.5)} ms, p99 ${percentile("ms", 0.99)} ms, total ${total.toFixed(0)} ms; CPU p50 ${percentile("cpuMs", 0.5)} ms, p99 ${percentile("cpuMs", 0.99)} ms, total ${cpuTotal.toFixed(0)} ms`,
    ...[...times]
      .sort((a, b) => b.cpuMs - a.cpuMs)
      .slice(0, top)
      .map(
        (t) =>
          `  ${t.ms.toFixed(1).padStart(7)} ms ${t.cpuMs.toFixed(1).padStart(7)} ms CPU  ${t.query}`,
      ),
  ];
}

async function main(argv: string[]): Promise<void> {
  const [sizeText = "1000", work = "/tmp/q1000"] = argv;
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const dump = option("--dump");
  const top = Number(option("--top") ?? 12);
  const size = Number(sizeText);
  const { corpusDir } = readCliSettings(undefined);
  const dir = join(work, "corpus");
  const cacheDir = join(work, "cache");
  if (!existsSync(dir)) await writeCorpusCopies(corpusDir, dir, size);
  mkdirSync(cacheDir, { recursive: true });
  const queries = timingQueries((await loadCorpus(corpusDir)).meetings, SEED);
  const load = loadavg()[0]?.toFixed(2);

  const started = performance.now();
  const live = await openLiveContext({
    corpusDir: dir,
    cacheDir,
    watch: false,
    today: TODAY,
    log: () => undefined,
  });
  const search = (query: string) => live.current().search.search(query, { limit: 10 });
  search("casey review");
  const ready = performance.now() - started;
  const ask = (query: string) => answerQuestion(query, live.current());
  ask("what did the board say about fraud?");
  const askReady = performance.now() - started;

  const only = option("--only");
  if (only) {
    // One query, a few times over: its first and steady cost, and what it answers.
    const runs = [1, 2, 3].map(() => time([only], ask)[0]?.cpuMs.toFixed(1));
    const answer = ask(only);
    process.stdout.write(
      `ask "${only}": ${runs.join(", ")} ms CPU; ${answer.intent}, ${answer.sections.length} sections, ${answer.results.length} results\n`,
    );
    await live.close();
    return;
  }
  const lines = [
    `${live.current().meetings.length} meetings, load average ${load}; open + first search ${ready.toFixed(0)} ms, + first ask ${askReady.toFixed(0)} ms`,
    ...summary("search, first pass (as the start bench)", time(queries, search), top),
    ...summary("ask, first pass (as the start bench)", time(queries, ask), top),
    ...summary("search, second pass", time(queries, search), top),
    ...summary("ask, second pass", time(queries, ask), top),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (dump) {
    const answers = queries.map((query) => ({
      query,
      search: search(query),
      ask: answerQuestion(query, live.current()),
    }));
    writeFileSync(dump, `${JSON.stringify(answers, null, 1)}\n`);
  }
  await live.close();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
