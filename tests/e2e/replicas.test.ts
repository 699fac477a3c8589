import { type ChildProcess, execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack, type RecordedCall } from "../support/fake-slack/web-api.js";
import { freePort } from "../support/free-port.js";
import { type RedisServer, redisServerMissing, startRedisServer } from "../support/redis-server.js";
import {
  BOT_TOKEN,
  freshDataDir,
  postEvent,
  SIGNING_SECRET,
  startMainProcess,
  waitForHealth,
} from "./harness.js";
import { appMention, eventCallback } from "./payloads.js";

const missing = redisServerMissing();
if (missing) console.warn(`skipping the Redis replica tests: ${missing}`);

interface Replica {
  url: string;
  child: ChildProcess;
  stderr: () => string;
}

/** `npm start` in HTTP mode as its own process, sharing Redis (and the fake Slack) with the others. */
async function startReplica(fake: FakeSlack, redisUrl: string): Promise<Replica> {
  const port = await freePort();
  const { child, stderr } = startMainProcess(fake, port, {
    LCRB_CORPUS_DIR: "corpus",
    LCRB_DATA_DIR: freshDataDir(),
    LCRB_WATCH: "false",
    REDIS_URL: redisUrl,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/healthz`, child, 40_000);
  return { url, child, stderr };
}

const postsTo = (fake: FakeSlack, channel: string) =>
  fake.callsTo("chat.postMessage").filter((call: RecordedCall) => call.body.channel === channel);

describe.skipIf(missing !== null)("two replicas sharing one Redis", () => {
  const fake = new FakeSlack();
  let redis: RedisServer;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    await fake.start();
    redis = await startRedisServer();
    replicas.push(
      ...(await Promise.all([startReplica(fake, redis.url), startReplica(fake, redis.url)])),
    );
  }, 90_000);

  afterAll(async () => {
    for (const { child } of replicas) if (child.exitCode === null) child.kill("SIGKILL");
    await redis?.stop();
    await fake.stop();
  });

  /**
   * Mentions the bot in a fresh channel through one replica and waits for its answer. A replica
   * answers in the order requests reach it, so once this is posted, anything it still owed for
   * an earlier request would have been posted first.
   */
  async function drain(replica: Replica, channel: string): Promise<void> {
    await postEvent(replica.url, eventCallback(appMention("casey review", { channel })));
    await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === channel,
      20_000,
    );
  }

  it("answers an event delivered to both (a retry routed to the other) exactly once", async () => {
    const [first, second] = replicas as [Replica, Replica];
    const event = eventCallback(
      appMention("who attended the April 2023 meeting?", { channel: "C0TWICE" }),
      "Ev0SHARED01",
    );
    expect((await postEvent(first.url, event)).status).toBe(200);
    expect(
      (
        await postEvent(second.url, event, {
          headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
        })
      ).status,
    ).toBe(200);
    await fake.waitFor(
      (call) => call.method === "chat.postMessage" && call.body.channel === "C0TWICE",
      20_000,
    );
    await drain(first, "C0DRAIN1");
    await drain(second, "C0DRAIN2");
    expect(postsTo(fake, "C0TWICE")).toHaveLength(1);
    // Bolt acknowledges an event before middleware claims it, so either delivery may win the
    // claim: exactly one replica answers and exactly one says it dropped the other delivery.
    const dropped = [first, second].filter((replica) =>
      /event Ev0SHARED01 was already received( \(retry 1\))?; not answering it twice/.test(
        replica.stderr(),
      ),
    );
    expect(dropped).toHaveLength(1);
  }, 60_000);

  it("refuses to start, in one line, when REDIS_URL cannot be reached", async () => {
    const closed = await freePort();
    const run = promisify(execFile)(process.execPath, ["dist/main.js"], {
      env: {
        PATH: process.env.PATH,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_APP_TOKEN: "",
        SLACK_API_URL: fake.apiUrl,
        LCRB_CORPUS_DIR: "corpus",
        LCRB_DATA_DIR: freshDataDir(),
        LCRB_WATCH: "false",
        REDIS_URL: `redis://127.0.0.1:${closed}`,
      },
    });
    const failure = (await run.catch((error: unknown) => error)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split("\n").at(-1)).toMatch(
      /^lcrb-bot: cannot reach Redis at REDIS_URL for event dedupe: .*ECONNREFUSED/,
    );
  }, 60_000);
});
