import { type ChildProcess, execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { slashCommandBody } from "../support/fake-slack/requests.js";
import { FakeSlack } from "../support/fake-slack/web-api.js";
import { freePort } from "../support/free-port.js";
import {
  BOT_TOKEN,
  freshDataDir,
  postForm,
  SIGNING_SECRET,
  startMainProcess,
  waitForHealth,
} from "./harness.js";

describe("npm start in HTTP mode (node dist/main.js)", () => {
  const fake = new FakeSlack();
  let child: ChildProcess;
  let stderr: () => string;
  let port: number;

  beforeAll(async () => {
    await fake.start();
    port = await freePort();
    ({ child, stderr } = startMainProcess(fake, port, {
      LCRB_CORPUS_DIR: "corpus",
      LCRB_DATA_DIR: freshDataDir(),
    }));
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
    expect(stderr()).toContain(`loaded ${meetings} meetings`);
    // /healthz answers as soon as the server listens; the start line is logged just after
    // app.start() resolves, so on a loaded machine it can trail the first health reply.
    await vi.waitFor(() => expect(stderr()).toContain(`HTTP mode on port ${port} of 127.0.0.1`), {
      timeout: 5_000,
    });

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
    expect(stderr()).toContain("SIGTERM received: stopping");
    expect(stderr()).not.toContain(BOT_TOKEN);
    expect(stderr()).not.toContain(SIGNING_SECRET);
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
