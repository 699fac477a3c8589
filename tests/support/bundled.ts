import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundle, entryPoints } from "../../scripts/build.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Modules of src/ bundled with every worker thread, as `npm run build` bundles dist/. */
export interface Bundled {
  /** The folder of the bundle, ending in "/". */
  url: URL;
  /** Imports the bundled form of a module given to bundled(). */
  load<T>(module: string): Promise<T>;
  remove(): Promise<void>;
}

/**
 * Bundles `modules` (paths like "src/corpus/load.ts") with the worker entry points, for tests of
 * code that starts worker threads: the TypeScript sources the tests import have no worker file
 * beside them, and dist/'s entry points export none of the modules. The bundle goes under
 * node_modules/, so the packages the build leaves out resolve from it.
 */
export async function bundled(modules: string[]): Promise<Bundled> {
  await mkdir(join(ROOT, "node_modules/.cache"), { recursive: true });
  const dir = await mkdtemp(join(ROOT, "node_modules/.cache/lcrb-test-bundle-"));
  const workers = entryPoints().filter((entry) => entry.endsWith("-worker.ts"));
  await bundle(dir, [...modules, ...workers]);
  return {
    url: pathToFileURL(`${dir}/`),
    load: async (module) => import(join(dir, basename(module).replace(/\.ts$/, ".js"))),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
