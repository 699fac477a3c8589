import { format } from "node:util";
import { type Logger, LogLevel } from "@slack/bolt";
import type { LogLevel as ConfigLogLevel } from "../config.js";

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

// Bot, user and app-level tokens, and a signing secret if a library ever echoes one in an error.
const SECRETS = /\b(xox[abposr]-|xapp-)[A-Za-z0-9-]+/g;

/** Hides anything shaped like a Slack token, so no log line can leak one. */
export function redactSecrets(line: string, extra: readonly string[] = []): string {
  let out = line.replace(SECRETS, "$1[redacted]");
  for (const secret of extra) {
    if (secret.length >= 8) out = out.split(secret).join("[redacted]");
  }
  return out;
}

export interface LogSink {
  write(line: string): unknown;
}

/**
 * A Bolt Logger that writes one line per message to stderr (stdout stays free for the console
 * face), at the configured level, with tokens and the signing secret redacted.
 */
export function createLogger(
  level: ConfigLogLevel,
  options: { sink?: LogSink; secrets?: readonly string[] } = {},
): Logger {
  const sink = options.sink ?? process.stderr;
  const secrets = options.secrets ?? [];
  let threshold = level as LogLevel;
  let name = "lcrb-bot";
  const emit =
    (at: LogLevel) =>
    (...message: unknown[]) => {
      if (SEVERITY[at] < SEVERITY[threshold]) return;
      const line = `${new Date().toISOString()} ${at.toUpperCase()} ${name} ${format(...message)}`;
      sink.write(`${redactSecrets(line, secrets).replace(/\n/g, "\\n")}\n`);
    };
  return {
    debug: emit(LogLevel.DEBUG),
    info: emit(LogLevel.INFO),
    warn: emit(LogLevel.WARN),
    error: emit(LogLevel.ERROR),
    setLevel: (next) => {
      threshold = next;
    },
    getLevel: () => threshold,
    setName: (next) => {
      name = next;
    },
  };
}
