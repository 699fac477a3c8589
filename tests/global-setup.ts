import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

// Tests that run the built app (tests/cli.test.ts, tests/e2e/npm-start.test.ts) would otherwise
// test yesterday's dist/. Rebuilding once here, before any test file starts, also keeps one file
// from rewriting dist/ under another that is running it.

const ENTRY_POINTS = ["dist/main.js", "dist/cli.js"];
const BUILD = "scripts/build.mjs";

/** Whether dist/ is missing an entry point, or any source file or the build is newer than it. */
function buildIsStale(): boolean {
  if (!ENTRY_POINTS.every((file) => existsSync(file))) return true;
  const built = Math.min(...ENTRY_POINTS.map((file) => statSync(file).mtimeMs));
  const sources = readdirSync("src", { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join("src", file));
  return [BUILD, ...sources].some((file) => statSync(file).mtimeMs > built);
}

export default async function rebuildStaleDist(): Promise<void> {
  if (!buildIsStale()) return;
  try {
    await promisify(execFile)(process.execPath, [BUILD]);
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    // Every test of dist/ would fail confusingly without the build's errors.
    throw new Error(`dist/ is out of date and \`node ${BUILD}\` failed:\n${stdout}${stderr}`);
  }
}
