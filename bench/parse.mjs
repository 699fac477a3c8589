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
// `--fixtures` adds the ~150 minutes under tests/fixtures/ (every layout the parser was taught, all
// different files) to the five corpus files, so the figure is not that of five files the JIT has
// seen hundreds of times each. Throughput is then counted in files, not meetings: a fixture an
// older parser cannot read still cost it the time it spent.
//
// On Linux the CPU time is also split by thread: the main thread runs the parser; the others are
// V8's background threads, which mostly compile the hot functions (TurboFan) while the first few
// hundred meetings are read, and collect garbage.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = join(root, "corpus");
const ownBuild = join(root, ".bench-build", "src");
const fixturesDir = join(root, "tests", "fixtures");
const withFixtures = process.argv.includes("--fixtures");
const args = process.argv.slice(2).filter((arg) => arg !== "--fixtures");
const againstAt = args.indexOf("--against");
if (againstAt >= 0) {
  const other = args[againstAt + 1];
  if (!other) throw new Error("--against needs a build folder");
  const rest = args.filter((_, i) => i !== againstAt && i !== againstAt + 1);
  compare(Number(rest[0] ?? 1000), ownBuild, other);
} else {
  await measure(Number(args[0] ?? 1000), args[1] ?? ownBuild);
}

// The minutes files under a folder and its subfolders, in a fixed order.
function minutesIn(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return minutesIn(path);
      return /\.(txt|md)$/i.test(name) ? [{ name, text: readFileSync(path, "utf8") }] : [];
    });
}

async function measure(target, modules) {
  const { parseMinutes } = await import(pathToFileURL(join(modules, "corpus/parse/index.js")).href);
  const files = [...minutesIn(corpusDir), ...(withFixtures ? minutesIn(fixturesDir) : [])];
  if (files.length === 0) throw new Error(`no minutes in ${corpusDir}`);
  const unit = withFixtures ? "files" : "meetings";

  const run = (count) => {
    let bytes = 0;
    let meetings = 0;
    let parsed = 0;
    const threads = threadCpu();
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    for (let n = 0; n < count; n++) {
      const file = files[n % files.length];
      if (parseMinutes(file.text, file.name).meeting) meetings++;
      parsed++;
      bytes += Buffer.byteLength(file.text);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuStarted);
    const after = threadCpu();
    const main = threads && after ? after.main - threads.main : null;
    return { meetings, parsed, bytes, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, main };
  };

  run(Math.min(50, target)); // warm the JIT so the number is the steady state
  const { meetings, parsed, bytes, seconds, cpuSeconds, main } = run(target);
  const count = withFixtures ? parsed : meetings;
  const rate = (s) => `${(count / s).toFixed(0)} ${unit}/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s`;
  const split =
    main === null
      ? ""
      : ` (main thread ${main.toFixed(2)} s, background ${(cpuSeconds - main).toFixed(2)} s)`;
  const read = withFixtures ? `${parsed} files of ${files.length}, ${meetings} meetings` : "";
  console.log(
    `parse (${modules}): ${read || `${meetings} meetings`} (${(bytes / 1e6).toFixed(2)} MB); ` +
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
  const flags = withFixtures ? ["--fixtures"] : [];
  const once = (build) => {
    const out = execFileSync(process.execPath, [script, String(count), build, ...flags], {
      encoding: "utf8",
    });
    process.stdout.write(out);
    const wall = Number(/wall [\d.]+ s = (\d+) \w+\/s/.exec(out)?.[1]);
    const cpu = Number(/cpu [\d.]+ s = (\d+) \w+\/s/.exec(out)?.[1]);
    const main = Number(/main thread ([\d.]+) s/.exec(out)?.[1]);
    return { wall, cpu, main };
  };
  const ratios = { wall: [], cpu: [], main: [] };
  for (let pair = 0; pair < 3; pair++) {
    const mine = once(own);
    const theirs = once(other);
    ratios.wall.push(mine.wall / theirs.wall);
    ratios.cpu.push(mine.cpu / theirs.cpu);
    // The same work in both, so the ratio of throughputs is that of main-thread seconds.
    ratios.main.push(theirs.main / mine.main);
  }
  const show = (list) => list.map((r) => `${r.toFixed(2)}×`).join(", ");
  const main = ratios.main.every(Number.isFinite) ? `; main thread ${show(ratios.main)}` : "";
  console.log(
    `this build against ${other}, pair by pair: wall ${show(ratios.wall)}; cpu ${show(ratios.cpu)}${main}`,
  );
}
