// Parse throughput: the corpus files parsed over and over until ~1,000 meetings have been read,
// reported as meetings/s and MB/s, by wall clock and by CPU time (the machine is shared; CPU time
// is the steadier of the two). Self-contained on purpose (it needs only the compiled parser), so it
// runs on Node 20 without a TypeScript loader: `npm run build:bench && node bench/parse.mjs
// [count]` reads the parser's modules as tsc compiles them one file each into .bench-build/src/
// (dist/ is a bundle). A second argument names another build's folder of modules, to compare with
// an older parser: its .bench-build/src/, or the dist/ of a build from before dist/ was bundled.
//
// `node bench/parse.mjs [count] --against <other build>` runs this build and the other one in turn,
// each in a fresh process (three pairs, so both see the same load), and prints how many times the
// other's throughput this build's is, by wall clock and by CPU time.
//
// On Linux the CPU time is also split by thread: the main thread runs the parser; the others are
// V8's background threads, which mostly compile the hot functions (TurboFan) while the first few
// hundred meetings are read, and collect garbage.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = join(root, "corpus");
const ownBuild = join(root, ".bench-build", "src");
const args = process.argv.slice(2);
const againstAt = args.indexOf("--against");
if (againstAt >= 0) {
  const other = args[againstAt + 1];
  if (!other) throw new Error("--against needs a build folder");
  const rest = args.filter((_, i) => i !== againstAt && i !== againstAt + 1);
  compare(Number(rest[0] ?? 1000), ownBuild, other);
} else {
  await measure(Number(args[0] ?? 1000), args[1] ?? ownBuild);
}

async function measure(target, modules) {
  const { parseMinutes } = await import(pathToFileURL(join(modules, "corpus/parse/index.js")).href);
  const files = readdirSync(corpusDir)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpusDir, name), "utf8") }));
  if (files.length === 0) throw new Error(`no minutes in ${corpusDir}`);

  const run = (count) => {
    let bytes = 0;
    let meetings = 0;
    const threads = threadCpu();
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    for (let n = 0; n < count; n++) {
      const file = files[n % files.length];
      if (parseMinutes(file.text, file.name).meeting) meetings++;
      bytes += Buffer.byteLength(file.text);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuStarted);
    const after = threadCpu();
    const main = threads && after ? after.main - threads.main : null;
    return { meetings, bytes, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, main };
  };

  run(Math.min(50, target)); // warm the JIT so the number is the steady state
  const { meetings, bytes, seconds, cpuSeconds, main } = run(target);
  const rate = (s) =>
    `${(meetings / s).toFixed(0)} meetings/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s`;
  const split =
    main === null
      ? ""
      : ` (main thread ${main.toFixed(2)} s, background ${(cpuSeconds - main).toFixed(2)} s)`;
  console.log(
    `parse (${modules}): ${meetings} meetings (${(bytes / 1e6).toFixed(2)} MB); ` +
      `wall ${seconds.toFixed(3)} s = ${rate(seconds)}; cpu ${cpuSeconds.toFixed(3)} s = ${rate(cpuSeconds)}${split}`,
  );
  return { meetings, seconds, cpuSeconds };
}

// The CPU seconds of this process's main thread, from /proc (Linux); null elsewhere.
function threadCpu() {
  const stat = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(stat)) return null;
  const text = readFileSync(stat, "utf8");
  // Fields after the command name (which may hold spaces) start after its closing bracket.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // utime and stime, in clock ticks (100 a second on Linux).
  return { main: (Number(fields[11]) + Number(fields[12])) / 100 };
}

function compare(count, own, other) {
  const script = fileURLToPath(import.meta.url);
  const once = (build) => {
    const out = execFileSync(process.execPath, [script, String(count), build], {
      encoding: "utf8",
    });
    process.stdout.write(out);
    const wall = Number(/wall [\d.]+ s = (\d+) meetings\/s/.exec(out)?.[1]);
    const cpu = Number(/cpu [\d.]+ s = (\d+) meetings\/s/.exec(out)?.[1]);
    return { wall, cpu };
  };
  const ratios = { wall: [], cpu: [] };
  for (let pair = 0; pair < 3; pair++) {
    const mine = once(own);
    const theirs = once(other);
    ratios.wall.push(mine.wall / theirs.wall);
    ratios.cpu.push(mine.cpu / theirs.cpu);
  }
  const show = (list) => list.map((r) => `${r.toFixed(2)}×`).join(", ");
  console.log(
    `this build against ${other}, pair by pair: wall ${show(ratios.wall)}; cpu ${show(ratios.cpu)}`,
  );
}
