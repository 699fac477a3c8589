import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

// Tests that run the built app (tests/cli.test.ts, tests/e2e/npm-start.test.ts) would otherwise
// test yesterday's dist/. Rebuilding once here, before any test file starts, also keeps one file
// from rewriting dist/ under another that is running it.

const ENTRY_POINTS = ["dist/main.js", "dist/cli.js"];

/** Whether dist/ is missing an entry point or any source file is newer than the oldest one. */
function buildIsStale(): boolean {
  if (!ENTRY_POINTS.every((file) => existsSync(file))) return true;
  const built = Math.min(...ENTRY_POINTS.map((file) => statSync(file).mtimeMs));
  return readdirSync("src", { recursive: true, encoding: "utf8" }).some(
    (file) => file.endsWith(".ts") && statSync(join("src", file)).mtimeMs > built,
  );
}

export default async function rebuildStaleDist(): Promise<void> {
  if (!buildIsStale()) return;
  try {
    await promisify(execFile)("npx", ["tsc", "-p", "tsconfig.build.json"]);
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    // tsc prints its errors on stdout; every test of dist/ would fail confusingly without them.
    throw new Error(
      `dist/ is out of date and \`tsc -p tsconfig.build.json\` failed:\n${stdout}${stderr}`,
    );
  }
}
