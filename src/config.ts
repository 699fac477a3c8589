import { config as loadDotenv } from "dotenv";
import { z } from "zod";

export const LogLevel = z.enum(["debug", "info", "warn", "error"]);
export type LogLevel = z.infer<typeof LogLevel>;

export type SlackMode =
  | { kind: "console" }
  | { kind: "socket"; botToken: string; appToken: string; signingSecret: string | null }
  | { kind: "http"; botToken: string; signingSecret: string; port: number };

export interface Config {
  corpusDir: string;
  logLevel: LogLevel;
  /** Web API base URL ending in /api/, or null for Slack's own. */
  slackApiUrl: string | null;
  slack: SlackMode;
}

/** Raised when the environment is missing or malformed; the message is one line naming the variable. */
export class ConfigError extends Error {
  readonly code = "config_invalid";
}

// A copied .env.example leaves variables present but empty: treat "" as unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  );

const Env = z.object({
  SLACK_BOT_TOKEN: optional(
    z.string().startsWith("xox", "must be a bot token starting with xoxb-"),
  ),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, "looks too short for a signing secret")),
  SLACK_APP_TOKEN: optional(
    z.string().startsWith("xapp-", "must be an app-level token starting with xapp-"),
  ),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  SLACK_API_URL: optional(
    z
      .url()
      .refine((u) => u.endsWith("/api/"), "must end in /api/ (for example https://slack.com/api/)"),
  ),
  LCRB_CORPUS_DIR: optional(z.string()),
  LOG_LEVEL: optional(z.preprocess((v) => (typeof v === "string" ? v.toLowerCase() : v), LogLevel)),
});

/**
 * Turns an environment into a Config. Pure: pass `process.env` (see readConfig) or a test table.
 * With no Slack variables at all the bot runs as a local console.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new ConfigError(`${name} ${issue?.message ?? "is malformed"}`);
  }
  const e = parsed.data;
  return {
    corpusDir: e.LCRB_CORPUS_DIR ?? "corpus",
    logLevel: e.LOG_LEVEL ?? "info",
    slackApiUrl: e.SLACK_API_URL ?? null,
    slack: slackMode(e),
  };
}

function slackMode(e: z.infer<typeof Env>): SlackMode {
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

/** The corpus directory for CLI commands: --corpus, else LCRB_CORPUS_DIR, else ./corpus. */
export function readCorpusDir(flag: string | undefined): string {
  if (flag) return flag;
  loadDotenv({ quiet: true });
  const dir = process.env.LCRB_CORPUS_DIR;
  return dir && dir.trim() !== "" ? dir : "corpus";
}
