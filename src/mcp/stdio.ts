import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ZodError } from "zod";
import { describe } from "../errors.js";

/**
 * Serves `server` on this process's stdin and stdout (one JSON-RPC message a line) until the
 * client closes stdin. stdout carries protocol messages only; `log` takes everything else.
 */
export async function serveStdio(server: McpServer, log: (line: string) => void): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
  });
  // The transport drops a line it cannot read and carries on; say so, since the client will
  // never get an answer to it.
  server.server.onerror = (error) => {
    const unreadable = error instanceof SyntaxError || error instanceof ZodError;
    log(
      unreadable
        ? `ignored a line that is not a JSON-RPC message (${describe(error)})`
        : describe(error),
    );
  };
  await server.connect(new StdioServerTransport());
  process.stdin.once("end", () => void server.close());
  await closed;
}
