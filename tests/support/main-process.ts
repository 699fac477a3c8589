import { type ChildProcess, spawn } from "node:child_process";
import type { FakeSlack } from "./fake-slack/web-api.js";

export interface MainProcess {
  child: ChildProcess;
  stderr: () => string;
}

export interface MainProcessOptions {
  fake: FakeSlack;
  port: number;
  botToken: string;
  signingSecret: string;
  /** Adds to or overrides the environment: corpus, cache, data, Redis, LOG_LEVEL. */
  env?: Record<string, string>;
}

/**
 * Starts `node dist/main.js` in HTTP mode on 127.0.0.1:port against the fake Slack, as `npm start`
 * does: the e2e tests and `npm run bench:slack` start the app this one way. Only PATH is taken
 * from this process, and SLACK_APP_TOKEN is set but empty, so a developer's environment or .env
 * cannot switch the run to Socket Mode or to another corpus. stderr is kept for the caller.
 */
export function startMainProcess(options: MainProcessOptions): MainProcess {
  let stderr = "";
  const child = spawn(process.execPath, ["dist/main.js"], {
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: options.botToken,
      SLACK_SIGNING_SECRET: options.signingSecret,
      SLACK_APP_TOKEN: "",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      SLACK_API_URL: options.fake.apiUrl,
      LOG_LEVEL: "info",
      ...options.env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { child, stderr: () => stderr };
}

/** Polls an app started as a child process until /healthz answers; fails if the app exits first. */
export async function waitForHealth(
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
