import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Runs the built `lcrb` (npm test builds dist/ first) the way a person or a script would.
function lcrb(...args: string[]) {
  const run = spawnSync(process.execPath, ["dist/cli.js", ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("lcrb errors", () => {
  it("exits 2 with one line for an unknown command", () => {
    const run = lcrb("minutes");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'lcrb: unknown command "minutes" (expected corpus, search, ask, chat, import, calendar, feedback or mcp)\n',
    );
  });

  it("exits 2 with one line for an unknown flag", () => {
    const run = lcrb("corpus", "--bogus");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/bogus/);
  });

  it("exits 2 with one line when no command is given, and prints usage for --help", () => {
    const run = lcrb();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "lcrb: no command given (expected corpus, search, ask, chat, import, calendar, feedback or mcp; lcrb --help lists them)\n",
    );
    const help = lcrb("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage:\n {2}lcrb corpus/);
  });

  it("exits 1 with one line, no stack trace, when the corpus directory does not exist", () => {
    const run = lcrb("corpus", "--corpus", "/nonexistent/minutes");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^lcrb: cannot read the corpus directory \/nonexistent\/minutes: ENOENT\n$/,
    );
  });

  it("exits 1 when the corpus holds no meeting", () => {
    const empty = mkdtempSync(join(tmpdir(), "lcrb-empty-"));
    const run = lcrb("corpus", "--corpus", empty, "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ meetings: [], problems: [] });
  });

  it("stops quietly, with no stack trace, when the reader closes the pipe early", async () => {
    const child = spawn(process.execPath, ["dist/cli.js", "corpus", "--json"], {
      env: { PATH: process.env.PATH },
    });
    child.stdout.destroy(); // the reader goes away before the first write
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
