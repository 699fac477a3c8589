import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Loaded first with --import: on exit, says whether any file of Bolt was loaded. Bolt is
// CommonJS, so every file of it that was imported, even from ES modules, is in require.cache.
const PROBE = `data:text/javascript,${encodeURIComponent(`
import { createRequire } from "node:module";
const cache = createRequire(process.cwd() + "/").cache;
process.on("exit", () => {
  const bolt = Object.keys(cache).some((file) => file.includes("@slack/bolt"));
  process.stderr.write("bolt loaded: " + bolt + "\\n");
});
`)}`;

const run = promisify(execFile);
const env = { PATH: process.env.PATH, LCRB_CORPUS_DIR: "corpus", LCRB_WATCH: "false" };

describe("start-up loads only what the face needs", () => {
  it("answers an lcrb command without loading Bolt", async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", PROBE, "dist/cli.js", "ask", "fraud roundtable"],
      { env },
    );
    expect(stdout).toContain("Tackling fraud");
    expect(stderr).toBe("bolt loaded: false\n");
  });

  it("runs the console without loading Bolt", async () => {
    const child = run(process.execPath, ["--import", PROBE, "dist/main.js"], { env });
    child.child.stdin?.end("fraud roundtable\n");
    const { stdout, stderr } = await child;
    expect(stdout).toContain("Tackling fraud");
    expect(stderr).toContain("bolt loaded: false\n");
  });
});
