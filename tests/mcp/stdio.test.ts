import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";

// The built `lcrb mcp` (npm test builds dist/ first), spawned the way an MCP client spawns it.

describe("lcrb mcp over stdio", () => {
  it("serves the SDK's stdio client: initialize, list tools, search, read the cited minutes", async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ["dist/cli.js", "mcp", "--corpus", "corpus"],
      env: { PATH: process.env.PATH ?? "", LCRB_CACHE_DIR: ".lcrb-cache" },
      stderr: "pipe",
    });
    let stderr = "";
    transport.stderr?.on("data", (chunk) => (stderr += String(chunk)));
    const client = new Client({ name: "lcrb-stdio-test", version: "1.0.0" });
    await client.connect(transport);
    try {
      expect(client.getServerVersion()?.name).toBe("lcrb");
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(5);
      const result = (await client.callTool({
        name: "search_minutes",
        arguments: { query: "tackling fraud", limit: 1 },
      })) as CallToolResult;
      expect(result.structuredContent).toMatchObject({
        results: [{ meetingId: "lcrb-2022-04-27", source: { line: 87 } }],
      });
      const { contents } = await client.readResource({ uri: "lcrb://minutes/lcrb-2022-04-27" });
      const text = contents[0] && "text" in contents[0] ? contents[0].text : "";
      expect(text.split("\n")[87 - 1]).toMatch(/tackling fraud/i);
    } finally {
      await client.close();
    }
    // Logs go to stderr, never stdout, where they would break the protocol.
    expect(stderr).toMatch(/5 meetings/);
  });

  it("writes only protocol messages on stdout, survives a line that is not JSON, and exits at end of input", async () => {
    const child = spawn(process.execPath, ["dist/cli.js", "mcp", "--corpus", "corpus"], {
      env: { PATH: process.env.PATH ?? "", LCRB_CACHE_DIR: ".lcrb-cache" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const send = (line: string) => child.stdin.write(`${line}\n`);
    const initialize = {
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: {},
        clientInfo: { name: "raw", version: "1" },
      },
    };
    send("this is not JSON");
    send("{ half an object");
    send(JSON.stringify(initialize));
    send(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }));
    send(JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }));
    await waitFor(() => stdout.split("\n").filter(Boolean).length >= 2);
    child.stdin.end();
    expect(await exited).toBe(0);
    const messages = stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    expect(messages.map((m) => m.id)).toEqual([1, 2]);
    expect(messages[0].result.serverInfo.name).toBe("lcrb");
    expect(messages[1].result.tools).toHaveLength(5);
    expect(stderr).toMatch(/not a JSON-RPC message/);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting for the server");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
