// `npm run build:bench` (after tsc): bundles the start bench's worker (bench/start-worker.ts) with
// the worker threads, as `npm run build` bundles dist/, so the bench starts the code a real start
// runs — a few chunks, not one file per module — and its module-load and start times are those of
// the product. The other bench scripts read tsc's output in .bench-build.

import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, entryPoints } from "./build.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const outdir = join(ROOT, ".bench-build", "start");
rmSync(outdir, { recursive: true, force: true });
await bundle(outdir, [
  "bench/start-worker.ts",
  ...entryPoints().filter((entry) => entry.endsWith("-worker.ts")),
]);
