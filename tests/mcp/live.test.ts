import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import {
  type CallToolResult,
  ResourceListChangedNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type LiveContext, openLiveContext } from "../../src/answers/live-context.js";
import { createMinutesServer } from "../../src/mcp/server.js";

// Minutes written while the server runs (a blind-batch fixture, not one of the corpus files).
const ADDED = "tests/fixtures/minutes/dmg-2018-09-27-table.txt";

describe("lcrb mcp over a live corpus", () => {
  let dir: string;
  let live: LiveContext;
  let client: Client;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lcrb-mcp-live-"));
    for (const file of await readdir("corpus"))
      await copyFile(join("corpus", file), join(dir, file));
    live = await openLiveContext({
      corpusDir: dir,
      cacheDir: null,
      watch: true,
      debounceMs: 50,
      log: () => {},
    });
    const server = createMinutesServer({ corpusDir: dir, current: live.current });
    live.subscribe(() => server.sendResourceListChanged());
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    client = new Client({ name: "lcrb-live-test", version: "1.0.0" });
    await client.connect(clientSide);
  });

  afterEach(async () => {
    await client.close();
    await live.close();
    await rm(dir, { recursive: true, force: true });
  });

  const meetingIds = async () => {
    const result = (await client.callTool({
      name: "list_meetings",
      arguments: {},
    })) as CallToolResult;
    return (result.structuredContent as { meetings: { id: string }[] }).meetings.map((m) => m.id);
  };

  it("answers from minutes added while it runs, and tells the client the resource list changed", async () => {
    expect(await meetingIds()).not.toContain("dmg-2018-09-27");
    const listChanged = new Promise<void>((resolve) =>
      client.setNotificationHandler(ResourceListChangedNotificationSchema, () => resolve()),
    );

    await copyFile(ADDED, join(dir, "dmg-2018-09-27-table.txt"));
    await listChanged;

    expect(await meetingIds()).toContain("dmg-2018-09-27");
    const search = (await client.callTool({
      name: "search_minutes",
      arguments: { query: "accommodation on release", body: "DMG" },
    })) as CallToolResult;
    expect(search.structuredContent).toMatchObject({
      results: [{ meetingId: "dmg-2018-09-27", source: { file: "dmg-2018-09-27-table.txt" } }],
    });
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain("lcrb://minutes/dmg-2018-09-27");
    const { contents } = await client.readResource({ uri: "lcrb://minutes/dmg-2018-09-27" });
    expect(contents[0] && "text" in contents[0] ? contents[0].text : "").toMatch(
      /^Delivery Management Group \(DMG\)/,
    );
  });
});
