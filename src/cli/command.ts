import { type ParseArgsConfig, parseArgs } from "node:util";
import { CodedError, describe, ErrorCode } from "../errors.js";

/** Where a command writes; the CLI passes the process streams, tests pass buffers. */
export interface CommandIO {
  out(text: string): void;
  /** Where `lcrb chat` reads questions from (the process's stdin, or a test's stream). */
  input?: NodeJS.ReadableStream;
}

/** A command returns its exit code; only src/cli.ts exits the process. */
export type Command = (argv: string[], io: CommandIO) => Promise<number>;

/** Bad usage: the CLI prints the message on one line and exits 2. */
export class UsageError extends CodedError<"usage"> {
  constructor(message: string) {
    super(ErrorCode.Usage, message);
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Flags every command takes (CONTRACT.md). */
export const COMMON_OPTIONS = {
  corpus: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies Options;

/** parseArgs with our error style: unknown flags and missing values become a UsageError. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describe(error));
  }
}
