import type { ChildProcess } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slashCommandBody } from "../support/fake-slack/requests.js";
import { FakeSlack } from "../support/fake-slack/web-api.js";
import { freePort } from "../support/free-port.js";
import { postForm, startMainProcess, waitForHealth } from "./harness.js";

const LCRB_2015 = "004_17215f53eb22288e.txt";
const LCRB_2022 = "003_0417dfde59a34df8.txt";

interface Health {
  ok: boolean;
  meetings: number;
  corpus: string;
}

describe("the running app picks up new minutes without a restart (node dist/main.js)", () => {
  const fake = new FakeSlack();
  let child: ChildProcess;
  let stderr: () => string;
  let port: number;
  let dir: string;
  let cacheDir: string;

  beforeAll(async () => {
    await fake.start();
    port = await freePort();
    dir = await mkdtemp(join(tmpdir(), "lcrb-e2e-live-"));
    cacheDir = await mkdtemp(join(tmpdir(), "lcrb-e2e-live-cache-"));
    await copyFile(join("corpus", LCRB_2015), join(dir, LCRB_2015));
    ({ child, stderr } = startMainProcess(fake, port, {
      LCRB_CORPUS_DIR: dir,
      LCRB_CACHE_DIR: cacheDir,
    }));
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    await fake.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  const health = async (): Promise<Health> =>
    (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as Health;

  it("reports the new meeting count and corpus hash on /healthz, and answers from the new file", async () => {
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
    const before = await health();
    expect(before).toEqual({
      ok: true,
      meetings: 1,
      corpus: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(stderr()).toContain("watching it for new minutes");

    await copyFile(join("corpus", LCRB_2022), join(dir, LCRB_2022));
    let after = before;
    const deadline = Date.now() + 15_000;
    while (after.meetings === 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await health();
    }
    expect(after.meetings).toBe(2);
    expect(after.corpus).not.toBe(before.corpus);
    expect(stderr()).toContain("minutes reloaded: 1 added, 0 changed, 0 removed; 2 meetings");

    const ack = await postForm(
      `http://127.0.0.1:${port}`,
      slashCommandBody({ text: "fraud roundtable", responseUrl: fake.responseUrl("live") }),
    );
    expect(ack.status).toBe(200);
    const reply = await fake.waitFor((call) => call.responseId === "live");
    expect(JSON.stringify(reply.body.blocks)).toContain(`${LCRB_2022}:`);
  }, 40_000);
});
