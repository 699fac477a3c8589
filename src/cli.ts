#!/usr/bin/env node
import { ASK_USAGE, askCommand } from "./cli/ask.js";
import { CALENDAR_USAGE, calendarCommand } from "./cli/calendar.js";
import { CHAT_USAGE, chatCommand } from "./cli/chat.js";
import { type Command, UsageError } from "./cli/command.js";
import { CORPUS_USAGE, corpusCommand } from "./cli/corpus.js";
import { FEEDBACK_USAGE, feedbackCommand } from "./cli/feedback.js";
import { IMPORT_USAGE, importCommand } from "./cli/import.js";
import { MCP_USAGE, mcpCommand } from "./cli/mcp.js";
import { SEARCH_USAGE, searchCommand } from "./cli/search.js";
import { describe } from "./errors.js";

const COMMANDS: Record<string, Command> = {
  corpus: corpusCommand,
  search: searchCommand,
  ask: askCommand,
  chat: chatCommand,
  import: importCommand,
  calendar: calendarCommand,
  feedback: feedbackCommand,
  mcp: mcpCommand,
};

const USAGE = [
  "usage:",
  `  ${CORPUS_USAGE}`,
  `  ${SEARCH_USAGE}`,
  `  ${ASK_USAGE}`,
  `  ${CHAT_USAGE}`,
  `  ${IMPORT_USAGE}`,
  `  ${CALENDAR_USAGE}`,
  `  ${FEEDBACK_USAGE}`,
  `  ${MCP_USAGE}`,
].join("\n");

// "corpus, search, ask, chat, import, calendar or mcp": every command, for the usage errors.
const NAMES = Object.keys(COMMANDS);
const EXPECTED = `${NAMES.slice(0, -1).join(", ")} or ${NAMES.at(-1)}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!name)
    throw new UsageError(`no command given (expected ${EXPECTED}; lcrb --help lists them)`);
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}" (expected ${EXPECTED})`);
  return command(rest, { out: (text) => process.stdout.write(text), input: process.stdin });
}

// A reader that stops early (`lcrb corpus | head`) closes the pipe: stop quietly, as Unix tools
// do. Any other write failure is one line, like every other error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") {
    process.stderr.write(`lcrb: cannot write the output: ${describe(error)}\n`);
    process.exitCode = 1;
  }
});

// Errors become one line on stderr, never a stack trace: 2 for bad usage, 1 for anything else.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lcrb: ${describe(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
