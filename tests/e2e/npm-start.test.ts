import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slashCommandBody } from "../../src/testing/fake-slack/requests.js";
import { FakeSlack } from "../../src/testing/fake-slack/web-api.js";
import { BOT_TOKEN, postForm, SIGNING_SECRET } from "./harness.js";

/** Whether any source file is newer than the built entry point. */
function buildIsStale(): boolean {
  if (!existsSync("dist/main.js")) return true;
  const built = statSync("dist/main.js").mtimeMs;
  return readdirSync("src", { recursive: true, encoding: "utf8" }).some(
    (file) => file.endsWith(".ts") && statSync(join("src", file)).mtimeMs > built,
  );
}

/** A port nobody is listening on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs = 20_000,
): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the app exited early with code ${child.exitCode}`);
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error("the app never answered /healthz");
}

describe("npm start in HTTP mode (node dist/main.js)", () => {
  const fake = new FakeSlack();
  let child: ChildProcess;
  let stderr = "";
  let port: number;

  beforeAll(async () => {
    // The same build `npm start` runs first (prestart), skipped when `npm test` has just done it:
    // rewriting dist/ under other test files that run it would make them flaky.
    if (buildIsStale()) {
      await promisify(execFile)("npx", ["tsc", "-p", "tsconfig.build.json"]).catch(() => undefined);
    }
    if (!existsSync("dist/main.js")) throw new Error("the build did not produce dist/main.js");
    await fake.start();
    port = await freePort();
    child = spawn(process.execPath, ["dist/main.js"], {
      env: {
        PATH: process.env.PATH,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        // Set but empty, so a developer's .env cannot switch this run to Socket Mode.
        SLACK_APP_TOKEN: "",
        PORT: String(port),
        SLACK_API_URL: fake.apiUrl,
        LCRB_CORPUS_DIR: "corpus",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    await fake.stop();
  });

  it("serves /healthz, answers a signed /lcrb with a cited answer, and stops cleanly on SIGTERM", async () => {
    const health = await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
    expect(health.status).toBe(200);
    const { meetings } = (await health.json()) as { meetings: number };
    expect(meetings).toBeGreaterThan(0);
    expect(stderr).toContain(`loaded ${meetings} meetings`);
    expect(stderr).toContain(`HTTP mode on port ${port}`);

    const ack = await postForm(
      `http://127.0.0.1:${port}`,
      slashCommandBody({ text: "casey review", responseUrl: fake.responseUrl("npm-start") }),
    );
    expect(ack.status).toBe(200);
    const reply = await fake.waitFor((call) => call.responseId === "npm-start");
    expect(JSON.stringify(reply.body.blocks)).toMatch(/002_0368bc6123038781\.txt:\d+/);

    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.once("exit", (code, signal) => resolve({ code, signal })),
    );
    child.kill("SIGTERM");
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stderr).toContain("SIGTERM received: stopping");
    expect(stderr).not.toContain(BOT_TOKEN);
    expect(stderr).not.toContain(SIGNING_SECRET);
  }, 40_000);

  it("names a malformed variable in one line and exits 1", async () => {
    const run = promisify(execFile)(process.execPath, ["dist/main.js"], {
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: "not-a-token", SLACK_APP_TOKEN: "" },
    });
    const failure = (await run.catch((error: unknown) => error)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toBe(
      "lcrb-bot: SLACK_BOT_TOKEN must be a bot token starting with xoxb-\n",
    );
  });
});
