// Parse throughput: the corpus files parsed over and over until ~1,000 meetings have been read,
// reported as meetings/s and MB/s, by wall clock and by CPU time (the machine is shared; CPU time
// is the steadier of the two). Self-contained on purpose (it needs only the compiled parser), so it
// runs on Node 20 without a TypeScript loader: `npm run build:bench && node bench/parse.mjs
// [count]` reads the parser's modules as tsc compiles them one file each into .bench-build/src/
// (dist/ is a bundle). A second argument names another build's folder of modules, to compare with
// an older parser: its .bench-build/src/, or the dist/ of a build from before dist/ was bundled.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = join(root, "corpus");
const target = Number(process.argv[2] ?? 1000);
const modules = process.argv[3] ?? join(root, ".bench-build", "src");
const { parseMinutes } = await import(pathToFileURL(join(modules, "corpus/parse/index.js")).href);
const files = readdirSync(corpusDir)
  .filter((name) => /\.(txt|md)$/i.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(corpusDir, name), "utf8") }));
if (files.length === 0) throw new Error(`no minutes in ${corpusDir}`);

function run(count) {
  let bytes = 0;
  let meetings = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let n = 0; n < count; n++) {
    const file = files[n % files.length];
    if (parseMinutes(file.text, file.name).meeting) meetings++;
    bytes += Buffer.byteLength(file.text);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  return { meetings, bytes, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

run(Math.min(50, target)); // warm the JIT so the number is the steady state
const { meetings, bytes, seconds, cpuSeconds } = run(target);
const rate = (s) => `${(meetings / s).toFixed(0)} meetings/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s`;
console.log(
  `parse (${modules}): ${meetings} meetings (${(bytes / 1e6).toFixed(2)} MB); ` +
    `wall ${seconds.toFixed(3)} s = ${rate(seconds)}; cpu ${cpuSeconds.toFixed(3)} s = ${rate(cpuSeconds)}`,
);
