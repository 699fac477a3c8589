import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import { createAnswerContext } from "../../src/answers/context.js";
import type { Config } from "../../src/config.js";
import { createSlackApp, type SlackApp, type SlackAppOptions } from "../../src/slack/app.js";
import { createLogger } from "../../src/slack/logger.js";
import { slackSignatureHeaders } from "../support/fake-slack/signing.js";
import type { FakeSlack } from "../support/fake-slack/web-api.js";
import { type MainProcess, startMainProcess as startApp } from "../support/main-process.js";

export { waitForHealth } from "../support/main-process.js";

export const SIGNING_SECRET = "8f14e45fceea167a5a36dedd4bea2543";
export const BOT_TOKEN = "xoxb-1111-2222-e2eTestToken";
export const APP_TOKEN = "xapp-1-A0LCRB-3333-e2eTestAppToken";
/** A day before the newest "next meeting" lines in the seed minutes, so upcoming meetings exist. */
export const TODAY = "2015-01-01";

let shared: Promise<AnswerContext> | null = null;

/** The real answer context over the seed corpus, built once per test file. */
export function seedContext(): Promise<AnswerContext> {
  shared ??= createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: TODAY });
  return shared;
}

/** Collected log lines, so tests can check what was logged (and that no token was). */
export class LogLines {
  readonly lines: string[] = [];
  readonly logger = createLogger("debug", {
    sink: { write: (line: string) => this.lines.push(line) },
    secrets: [SIGNING_SECRET, BOT_TOKEN, APP_TOKEN],
  });
}

/** Settings an app under test may be started with; each app gets its own store unless told. */
export type AppSettings = Partial<Pick<Config, "dataDir" | "publicUrl" | "redisUrl">>;

/** A fresh, empty data directory for one app's store. */
export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), "lcrb-e2e-data-"));
}

export function startHttpApp(
  fake: FakeSlack,
  context: AnswerContext,
  options: SlackAppOptions = {},
  settings: AppSettings = {},
): Promise<{ slack: SlackApp; url: string }> {
  return startHttpAppOn(fake, { current: () => context }, options, settings);
}

/** An app served over HTTP for the tests of one describe block; `url` is set once it listens. */
export interface SuiteApp {
  readonly url: string;
  readonly slack: SlackApp;
}

/**
 * The setup every HTTP e2e suite shares: starts `fake` and the app against it (over the seed
 * corpus, logging into `logs`) before the block's tests, and stops both after them.
 */
export function useHttpApp(fake: FakeSlack, logs: LogLines, settings: AppSettings = {}): SuiteApp {
  let started: { slack: SlackApp; url: string } | null = null;
  beforeAll(async () => {
    await fake.start();
    started = await startHttpApp(fake, await seedContext(), { logger: logs.logger }, settings);
  });
  afterAll(async () => {
    await started?.slack.stop();
    await fake.stop();
  });
  const app = () => {
    if (!started) throw new Error("the app is used before beforeAll started it");
    return started;
  };
  return {
    get url() {
      return app().url;
    },
    get slack() {
      return app().slack;
    },
  };
}

/** As startHttpApp, answering from a context that may change (a live corpus). */
export async function startHttpAppOn(
  fake: FakeSlack,
  contexts: Parameters<typeof createSlackApp>[1],
  options: SlackAppOptions = {},
  settings: AppSettings = {},
): Promise<{ slack: SlackApp; url: string }> {
  const config: Config & { slack: { kind: "http" } & Config["slack"] } = {
    corpusDir: "corpus",
    cacheDir: ".lcrb-cache",
    watch: false,
    dataDir: settings.dataDir ?? freshDataDir(),
    publicUrl: settings.publicUrl ?? null,
    redisUrl: settings.redisUrl ?? null,
    host: "127.0.0.1",
    logLevel: "debug",
    slackApiUrl: fake.apiUrl,
    slack: { kind: "http", botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0 },
  };
  const slack = await createSlackApp(config, contexts, options);
  const { port } = await slack.start({ port: 0, host: "127.0.0.1" });
  return { slack, url: `http://127.0.0.1:${port}` };
}

export async function startSocketApp(
  fake: FakeSlack,
  context: AnswerContext,
  options: SlackAppOptions = {},
  settings: AppSettings = {},
): Promise<SlackApp> {
  const slack = await createSlackApp(
    {
      corpusDir: "corpus",
      cacheDir: ".lcrb-cache",
      watch: false,
      dataDir: settings.dataDir ?? freshDataDir(),
      publicUrl: settings.publicUrl ?? null,
      redisUrl: settings.redisUrl ?? null,
      host: null,
      logLevel: "debug",
      slackApiUrl: fake.apiUrl,
      slack: { kind: "socket", botToken: BOT_TOKEN, appToken: APP_TOKEN, signingSecret: null },
    },
    { current: () => context },
    options,
  );
  await slack.start();
  return slack;
}

export interface SignedPost {
  /** Signs with this secret instead of the real one (a forgery). */
  secret?: string;
  /** Unix seconds; default now. */
  timestamp?: number;
  headers?: Record<string, string>;
}

/** POSTs a body to /slack/events the way Slack does: signed, with its content type. */
export async function postToSlackEvents(
  baseUrl: string,
  body: string,
  contentType: "application/json" | "application/x-www-form-urlencoded",
  options: SignedPost = {},
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": contentType,
      ...slackSignatureHeaders(options.secret ?? SIGNING_SECRET, body, options.timestamp),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

export const postEvent = (baseUrl: string, envelope: object, options: SignedPost = {}) =>
  postToSlackEvents(baseUrl, JSON.stringify(envelope), "application/json", options);

export const postForm = (baseUrl: string, body: string, options: SignedPost = {}) =>
  postToSlackEvents(baseUrl, body, "application/x-www-form-urlencoded", options);

/** An interactivity payload is form-encoded JSON in a `payload` field. */
export const postInteraction = (baseUrl: string, payload: object, options: SignedPost = {}) =>
  postForm(baseUrl, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), options);

/** `npm start` as its own process: the built app, with the output it wrote to stderr so far. */
/** startMainProcess with the e2e tests' Slack credentials. */
export function startMainProcess(
  fake: FakeSlack,
  port: number,
  env: Record<string, string>,
): MainProcess {
  return startApp({ fake, port, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, env });
}
