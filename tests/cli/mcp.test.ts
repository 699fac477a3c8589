import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/command.js";
import { mcpCommand } from "../../src/cli/mcp.js";

// Serving itself is tested through an MCP client in tests/mcp/.
describe("lcrb mcp", () => {
  it("prints its usage for --help without starting a server", async () => {
    let out = "";
    const code = await mcpCommand(["--help"], { out: (text) => (out += text) });
    expect(code).toBe(0);
    expect(out).toBe("usage: lcrb mcp [--corpus DIR]\n");
  });

  it("refuses arguments: the questions come over the protocol", async () => {
    await expect(mcpCommand(["fraud"], { out: () => {} })).rejects.toThrow(UsageError);
  });
});
