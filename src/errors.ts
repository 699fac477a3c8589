/**
 * Every error the app raises on purpose carries one of these codes, so scripts and tests can
 * branch on a stable word rather than on a message (the bolt-js `ErrorCode` pattern). The import
 * codes are also the `code` of a refused file in `lcrb import --json`.
 */
export const ErrorCode = {
  Usage: "usage",
  ConfigInvalid: "config_invalid",
  CorpusDirectoryUnreadable: "corpus_directory_unreadable",
  StoreUnavailable: "store_unavailable",
  SlackStartFailed: "slack_start_failed",
  ImportUnsupportedType: "unsupported_type",
  ImportUnreadable: "unreadable",
  ImportEncrypted: "encrypted",
  ImportEmpty: "empty",
  ImportNoTextLayer: "no_text_layer",
  ImportNotMinutes: "not_minutes",
  ImportAlreadyImported: "already_imported",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error with a code from the closed set above; subclasses narrow `C` to their own codes. */
export class CodedError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
  ) {
    super(message);
  }
}

/** Any thrown value as one line: the first line of its message, never a stack trace. */
export function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? "";
}
