import { plural } from "../answers/format.js";
import { openLiveContext } from "../answers/live-context.js";
import { readCliSettings } from "../config.js";
import { createMinutesServer } from "../mcp/server.js";
import { serveStdio } from "../mcp/stdio.js";
import { COMMON_OPTIONS, type Command, parseCommandArgs, UsageError } from "./command.js";

export const MCP_USAGE = "lcrb mcp [--corpus DIR]";

// stdout belongs to the protocol: everything a person should see goes to stderr.
const log = (line: string) => process.stderr.write(`lcrb mcp: ${line}\n`);

/**
 * `lcrb mcp`: the minutes as a Model Context Protocol server on stdio, until stdin closes. Like
 * the bot, it watches the corpus (unless LCRB_WATCH=false) and answers from minutes added while
 * it runs; clients are told the list of minutes resources changed.
 */
export const mcpCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, COMMON_OPTIONS);
  if (values.help) {
    io.out(`usage: ${MCP_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`mcp takes no arguments (got "${positionals[0]}")`);
  const { corpusDir, cacheDir, watch } = readCliSettings(values.corpus);
  const live = await openLiveContext({ corpusDir, cacheDir, watch, log });
  const watching = watch ? "; watching it for new minutes" : "";
  log(
    `${plural(live.current().meetings.length, "meeting")} loaded from ${corpusDir}${watching}; serving MCP on stdio`,
  );
  const server = createMinutesServer({ corpusDir, current: live.current });
  const unsubscribe = live.subscribe(() => server.sendResourceListChanged());
  try {
    await serveStdio(server, log);
  } finally {
    unsubscribe();
    await live.close();
  }
  return 0;
};
