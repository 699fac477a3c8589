import { config as loadDotenv } from "dotenv";
import * as z from "zod";
import { CodedError, ErrorCode } from "./errors.js";

export const LogLevel = z.enum(["debug", "info", "warn", "error"]);
export type LogLevel = z.infer<typeof LogLevel>;

export type SlackMode =
  | { kind: "console" }
  | { kind: "socket"; botToken: string; appToken: string; signingSecret: string | null }
  | { kind: "http"; botToken: string; signingSecret: string; port: number };

/** Where minutes are read from when nothing else is said. */
export const DEFAULT_CORPUS_DIR = "corpus";
/** Where the serialised search index is kept; it is keyed by a hash of the corpus, so sharing is safe. */
export const DEFAULT_CACHE_DIR = ".lcrb-cache";
/** Where the store (follows, sent alerts, feedback) keeps its one SQLite file. */
export const DEFAULT_DATA_DIR = ".lcrb-data";

export interface Config {
  corpusDir: string;
  /** Directory for the search-index cache. */
  cacheDir: string;
  /** Watch the corpus directory and load changed minutes without a restart (LCRB_WATCH). */
  watch: boolean;
  /** Directory of the store's SQLite file. */
  dataDir: string;
  /** Interface the HTTP receiver binds to, or null for all interfaces. */
  host: string | null;
  /** Base URL the app is reached at (no trailing slash), for calendar feed links; null when unset. */
  publicUrl: string | null;
  /** Redis that replicas share to claim event ids, or null to remember them per process. */
  redisUrl: string | null;
  logLevel: LogLevel;
  /** Web API base URL ending in /api/, or null for Slack's own. */
  slackApiUrl: string | null;
  slack: SlackMode;
}

/** Raised when the environment is missing or malformed; the message is one line naming the variable. */
export class ConfigError extends CodedError<"config_invalid"> {
  constructor(message: string) {
    super(ErrorCode.ConfigInvalid, message);
  }
}

// A copied .env.example leaves variables present but empty: treat "" as unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  );

// The variables every face reads. The lcrb commands parse only these, and the bot's whole Env (its
// token, URL and port checks) is built the first time the bot reads its config: building every
// schema cost each `lcrb ask` several milliseconds of a start that reads three variables.
const STORAGE = {
  LCRB_CORPUS_DIR: optional(z.string()),
  LCRB_CACHE_DIR: optional(z.string()),
  LCRB_WATCH: optional(
    z
      .string()
      .transform((v) => v.trim().toLowerCase())
      .pipe(z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], "must be true or false"))
      .transform((v) => ["true", "1", "yes", "on"].includes(v)),
  ),
  LCRB_DATA_DIR: optional(z.string()),
};

const envSchema = () =>
  z.object({
    SLACK_BOT_TOKEN: optional(
      z.string().startsWith("xoxb-", "must be a bot token starting with xoxb-"),
    ),
    SLACK_SIGNING_SECRET: optional(z.string().min(8, "looks too short for a signing secret")),
    SLACK_APP_TOKEN: optional(
      z.string().startsWith("xapp-", "must be an app-level token starting with xapp-"),
    ),
    PORT: optional(z.coerce.number().int().min(1).max(65535)),
    SLACK_API_URL: optional(
      z
        .url()
        .refine(
          (u) => u.endsWith("/api/"),
          "must end in /api/ (for example https://slack.com/api/)",
        ),
    ),
    HOST: optional(z.string()),
    LCRB_CORPUS_DIR: STORAGE.LCRB_CORPUS_DIR,
    LCRB_CACHE_DIR: STORAGE.LCRB_CACHE_DIR,
    LCRB_WATCH: STORAGE.LCRB_WATCH,
    LCRB_DATA_DIR: STORAGE.LCRB_DATA_DIR,
    LCRB_PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
    REDIS_URL: optional(
      z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }),
    ),
    LOG_LEVEL: optional(
      z.preprocess((v) => (typeof v === "string" ? v.toLowerCase() : v), LogLevel),
    ),
  });
type Env = z.infer<ReturnType<typeof envSchema>>;
let env: ReturnType<typeof envSchema> | null = null;

/**
 * Turns an environment into a Config. Pure: pass `process.env` (see readConfig) or a test table.
 * With no Slack variables at all the bot runs as a local console.
 */
export function parseConfig(variables: Record<string, string | undefined>): Config {
  env ??= envSchema();
  const e = parseEnv(env, variables);
  return {
    corpusDir: e.LCRB_CORPUS_DIR ?? DEFAULT_CORPUS_DIR,
    cacheDir: e.LCRB_CACHE_DIR ?? DEFAULT_CACHE_DIR,
    watch: e.LCRB_WATCH ?? true,
    dataDir: e.LCRB_DATA_DIR ?? DEFAULT_DATA_DIR,
    host: e.HOST ?? null,
    publicUrl: e.LCRB_PUBLIC_URL?.replace(/\/+$/, "") ?? null,
    redisUrl: e.REDIS_URL ?? null,
    logLevel: e.LOG_LEVEL ?? "info",
    slackApiUrl: e.SLACK_API_URL ?? null,
    slack: slackMode(e),
  };
}

function slackMode(e: Env): SlackMode {
  const {
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_APP_TOKEN: appToken,
  } = e;
  if (!botToken && !signingSecret && !appToken) return { kind: "console" };
  if (!botToken)
    throw new ConfigError("SLACK_BOT_TOKEN is missing: set it to the app's bot token (xoxb-…)");
  if (appToken) return { kind: "socket", botToken, appToken, signingSecret: signingSecret ?? null };
  if (!signingSecret) {
    throw new ConfigError(
      "SLACK_SIGNING_SECRET is missing: HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  return { kind: "http", botToken, signingSecret, port: e.PORT ?? 3000 };
}

/** Reads .env (if any) into the environment, then parses it. The only reader of process.env. */
export function readConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

/** What the `lcrb` commands need from the environment; unlike the bot, they ignore Slack settings. */
export interface CliSettings {
  corpusDir: string;
  cacheDir: string;
  /** LCRB_WATCH, for the commands that keep running (`lcrb mcp`): reload minutes as they change. */
  watch: boolean;
}

const CliEnv = z.object({
  LCRB_CORPUS_DIR: STORAGE.LCRB_CORPUS_DIR,
  LCRB_CACHE_DIR: STORAGE.LCRB_CACHE_DIR,
  LCRB_WATCH: STORAGE.LCRB_WATCH,
});

/** --corpus, else LCRB_CORPUS_DIR, else ./corpus; the cache dir as for the bot. Pure. */
export function parseCliSettings(
  env: Record<string, string | undefined>,
  corpusFlag: string | undefined,
): CliSettings {
  const e = parseEnv(CliEnv, env);
  return {
    corpusDir: corpusFlag ?? e.LCRB_CORPUS_DIR ?? DEFAULT_CORPUS_DIR,
    cacheDir: e.LCRB_CACHE_DIR ?? DEFAULT_CACHE_DIR,
    watch: e.LCRB_WATCH ?? true,
  };
}

/** Reads .env (if any), then the settings the `lcrb` commands use. */
export function readCliSettings(corpusFlag: string | undefined): CliSettings {
  loadDotenv({ quiet: true });
  return parseCliSettings(process.env, corpusFlag);
}

function parseEnv<T extends z.ZodType>(
  schema: T,
  env: Record<string, string | undefined>,
): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path.join(".") || "environment";
  throw new ConfigError(`${name} ${issue?.message ?? "is malformed"}`);
}

const DataEnv = z.object({ LCRB_DATA_DIR: STORAGE.LCRB_DATA_DIR });

/** LCRB_DATA_DIR, else ./.lcrb-data: where `lcrb feedback` reads the store. Pure. */
export function parseDataDir(env: Record<string, string | undefined>): string {
  return parseEnv(DataEnv, env).LCRB_DATA_DIR ?? DEFAULT_DATA_DIR;
}

/** Reads .env (if any), then the store's directory. */
export function readDataDir(): string {
  loadDotenv({ quiet: true });
  return parseDataDir(process.env);
}
