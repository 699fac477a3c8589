// Parse throughput: the corpus files parsed over and over until ~1,000 meetings have been read,
// reported as meetings/s and MB/s. Self-contained on purpose (it needs only the built parser), so
// it runs on Node 20 without a TypeScript loader: `npm run build && node bench/parse.mjs [count]`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseMinutes } from "../dist/corpus/parse/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = join(root, "corpus");
const target = Number(process.argv[2] ?? 1000);
const files = readdirSync(corpusDir)
  .filter((name) => /\.(txt|md)$/i.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(corpusDir, name), "utf8") }));
if (files.length === 0) throw new Error(`no minutes in ${corpusDir}`);

function run(count) {
  let bytes = 0;
  let meetings = 0;
  const started = process.hrtime.bigint();
  for (let n = 0; n < count; n++) {
    const file = files[n % files.length];
    if (parseMinutes(file.text, file.name).meeting) meetings++;
    bytes += Buffer.byteLength(file.text);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { meetings, bytes, seconds };
}

run(Math.min(50, target)); // warm the JIT so the number is the steady state
const { meetings, bytes, seconds } = run(target);
console.log(
  `parse: ${meetings} meetings (${(bytes / 1e6).toFixed(2)} MB) in ${seconds.toFixed(3)} s = ` +
    `${(meetings / seconds).toFixed(0)} meetings/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`,
);
