#!/usr/bin/env node
import { type Command, UsageError } from "./cli/command.js";
import { describe } from "./errors.js";

interface CommandModule {
  command: Command;
  usage: string;
}

// Each command is loaded only when it runs (or for --help), so `lcrb ask` does not load the PDF
// and Word readers, the MCP SDK, SQLite or the calendar library that other commands need.
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  corpus: async () => {
    const m = await import("./cli/corpus.js");
    return { command: m.corpusCommand, usage: m.CORPUS_USAGE };
  },
  search: async () => {
    const m = await import("./cli/search.js");
    return { command: m.searchCommand, usage: m.SEARCH_USAGE };
  },
  ask: async () => {
    const m = await import("./cli/ask.js");
    return { command: m.askCommand, usage: m.ASK_USAGE };
  },
  chat: async () => {
    const m = await import("./cli/chat.js");
    return { command: m.chatCommand, usage: m.CHAT_USAGE };
  },
  import: async () => {
    const m = await import("./cli/import.js");
    return { command: m.importCommand, usage: m.IMPORT_USAGE };
  },
  calendar: async () => {
    const m = await import("./cli/calendar.js");
    return { command: m.calendarCommand, usage: m.CALENDAR_USAGE };
  },
  feedback: async () => {
    const m = await import("./cli/feedback.js");
    return { command: m.feedbackCommand, usage: m.FEEDBACK_USAGE };
  },
  mcp: async () => {
    const m = await import("./cli/mcp.js");
    return { command: m.mcpCommand, usage: m.MCP_USAGE };
  },
};

async function usage(): Promise<string> {
  const modules = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  return ["usage:", ...modules.map((module) => `  ${module.usage}`)].join("\n");
}

// "corpus, search, ask, chat, import, calendar or mcp": every command, for the usage errors.
const NAMES = Object.keys(COMMANDS);
const EXPECTED = `${NAMES.slice(0, -1).join(", ")} or ${NAMES.at(-1)}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${await usage()}\n`);
    return 0;
  }
  if (!name)
    throw new UsageError(`no command given (expected ${EXPECTED}; lcrb --help lists them)`);
  const load = COMMANDS[name];
  if (!load) throw new UsageError(`unknown command "${name}" (expected ${EXPECTED})`);
  const { command } = await load();
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
