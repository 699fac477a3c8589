// `npm run build`: bundles src/ into dist/ with esbuild. A start used to load some 100 of our
// modules and 95 of zod's one file at a time, and resolving, reading and compiling them was half
// of an `lcrb ask`; a few chunks load in a fraction of that. Type-checking is `npm run typecheck`
// (tsc), which esbuild does not do.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

// Packages bundled with our code: small, plain JavaScript, and loaded by nearly every start. lunr
// is CommonJS: loaded from node_modules, an ES module importing it cost ~40 ms of CPU (Node's
// CommonJS loader and export scanner), bundled ~3 ms. Every other dependency stays in node_modules
// and is loaded, as before, only by what needs it (Bolt by the Slack app, the MCP SDK by `lcrb
// mcp`, SQLite, the PDF and Word readers by `lcrb import`…), and so do packages that read their own
// files (dictionary-en-gb). dotenv, CommonJS too, would need `require` defined in every chunk for
// the Node modules it requires, and bundled saved no measurable time.
const BUNDLED = new Set(["zod", "lunr"]);

/** The entry points: the two commands, and every worker thread, which Node starts from a file. */
export function entryPoints() {
  const workers = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("-worker.ts"))
    .sort()
    .map((file) => join("src", file));
  return ["src/cli.ts", "src/main.ts", ...workers];
}

/**
 * The hash of the corpus code's sources (every .ts file under src/corpus/, as
 * src/corpus/meeting-cache.ts hashes the folder it runs from when not bundled): the parsed-meeting
 * cache is keyed by it, so a change to the parser makes cached meetings stale. Worked out here
 * because in a bundle the corpus code is spread over chunks shared with the rest.
 */
export function corpusCodeHash() {
  const root = join(ROOT, "src", "corpus");
  const names = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => [".js", ".ts"].includes(extname(name)) && !name.endsWith(".d.ts"))
    .sort();
  const hash = createHash("sha256");
  for (const name of names) hash.update(`${name}\0`).update(readFileSync(join(root, name)));
  return hash.digest("hex");
}

/**
 * Bundles `entries` into `outdir`, every entry and shared chunk side by side at its top level, so
 * `new URL("./parse-worker.js", import.meta.url)` finds a worker from whichever chunk asks, as it
 * does beside the sources. Two workers of one name would overwrite each other, so that fails.
 */
export async function bundle(outdir, entries = entryPoints()) {
  const names = entries.map((entry) => basename(entry));
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`two entry points are named ${twice.join(", ")}`);
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir,
    entryNames: "[name]",
    chunkNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
    define: { LCRB_CORPUS_CODE_HASH: JSON.stringify(corpusCodeHash()) },
    // Maps back to src/ lines for `node --enable-source-maps` (not on by default: it slows every
    // start); the sources themselves stay in src/.
    sourcemap: true,
    sourcesContent: false,
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Cleared first, so a moved or deleted module leaves nothing behind.
  const outdir = join(ROOT, "dist");
  rmSync(outdir, { recursive: true, force: true });
  await bundle(outdir);
}
