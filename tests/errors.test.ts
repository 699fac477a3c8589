import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCommandArgs, UsageError } from "../src/cli/command.js";
import { ConfigError, parseConfig } from "../src/config.js";
import { CorpusDirectoryError, loadCorpus } from "../src/corpus/load.js";
import * as errors from "../src/errors.js";
import { ImportError } from "../src/import/problem.js";
import { SlackStartError } from "../src/slack/bot-identity.js";
import { openSqliteStore, StoreError } from "../src/store/sqlite.js";

const scratch = mkdtempSync(join(tmpdir(), "lcrb-errors-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Whatever `run` throws or rejects with. */
async function caught(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected it to throw");
}

describe("describe", () => {
  it.each([
    [
      "an error's one-line message",
      new Error("SLACK_BOT_TOKEN is missing"),
      "SLACK_BOT_TOKEN is missing",
    ],
    [
      "only the first line of a longer message",
      new Error("bad YAML\n  at line 2\n  ^"),
      "bad YAML",
    ],
    [
      "a coded error's message without its code",
      new StoreError("cannot open the store"),
      "cannot open the store",
    ],
    ["a thrown string", "socket hang up\nretrying", "socket hang up"],
    ["a thrown value that is not an error", 404, "404"],
    ["an empty message", new Error(""), ""],
  ])("gives %s", (_, error, line) => {
    expect(errors.describe(error)).toBe(line);
  });
});

describe("error codes", () => {
  const blockedStore = join(scratch, "file");
  writeFileSync(blockedStore, "");

  it.each([
    [
      "bad usage",
      () => parseCommandArgs(["--no-such-flag"], {}),
      UsageError,
      errors.ErrorCode.Usage,
    ],
    [
      "a malformed environment",
      () => parseConfig({ SLACK_BOT_TOKEN: "xoxp-1" }),
      ConfigError,
      errors.ErrorCode.ConfigInvalid,
    ],
    [
      "a corpus directory that cannot be read",
      () => loadCorpus(join(scratch, "missing")),
      CorpusDirectoryError,
      errors.ErrorCode.CorpusDirectoryUnreadable,
    ],
    [
      "a store that cannot be opened",
      () => openSqliteStore(join(blockedStore, "data")),
      StoreError,
      errors.ErrorCode.StoreUnavailable,
    ],
  ])("codes %s", async (_, run, type, code) => {
    const error = await caught(run);
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(errors.CodedError);
    expect(error).toMatchObject({ code });
  });

  it("gives the Slack start-up failure and each import problem their own code", () => {
    expect(new SlackStartError("Slack rejected SLACK_BOT_TOKEN").code).toBe("slack_start_failed");
    const refused = new ImportError(errors.ErrorCode.ImportEncrypted, "the PDF is encrypted");
    expect(refused).toBeInstanceOf(errors.CodedError);
    expect(refused.code).toBe("encrypted");
  });

  it("keeps the codes distinct", () => {
    const codes = Object.values(errors.ErrorCode);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
