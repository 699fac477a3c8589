import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerContext } from "../../src/answers/context.js";
import { askCommand } from "../../src/cli/ask.js";
import { corpusCommand } from "../../src/cli/corpus.js";
import { searchCommand } from "../../src/cli/search.js";
import { createMinutesServer } from "../../src/mcp/server.js";

// The MCP face is driven here through the SDK's own client over its in-memory transport, with
// questions about the five real corpus minutes. tests/mcp/stdio.test.ts runs the built command.

const CORPUS = "corpus";

/** What a CLI command prints with --json, parsed: the shapes the MCP tools must return. */
async function cliJson(command: typeof corpusCommand, ...argv: string[]) {
  let out = "";
  await command([...argv, "--json", "--corpus", CORPUS], { out: (text) => (out += text) });
  return JSON.parse(out);
}

let client: Client;

beforeAll(async () => {
  const context = await createAnswerContext({ corpusDir: CORPUS, cacheDir: null });
  const server = createMinutesServer({ corpusDir: CORPUS, current: () => context });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = new Client({ name: "lcrb-test", version: "1.0.0" });
  await client.connect(clientSide);
});

afterAll(async () => {
  await client.close();
});

async function call(name: string, args: Record<string, unknown>) {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

function textOf(result: CallToolResult): string {
  return result.content.map((part) => (part.type === "text" ? part.text : "")).join("\n");
}

/** A successful call's structuredContent; fails the test with the tool's message otherwise. */
async function structured(name: string, args: Record<string, unknown>) {
  const result = await call(name, args);
  expect(result.isError, textOf(result)).toBeFalsy();
  // biome-ignore lint/suspicious/noExplicitAny: the test reads fields of a JSON document
  return { data: result.structuredContent as any, text: textOf(result) };
}

describe("lcrb mcp: the protocol", () => {
  it("initializes as the lcrb server, offering tools and resources", () => {
    expect(client.getServerVersion()?.name).toBe("lcrb");
    const capabilities = client.getServerCapabilities();
    expect(capabilities?.tools).toBeDefined();
    expect(capabilities?.resources).toBeDefined();
  });

  it("lists the five tools, each described for a model and with input and output schemas", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(
      ["ask", "get_meeting", "list_meetings", "next_meetings", "search_minutes"].sort(),
    );
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(80);
      expect(tool.inputSchema.type).toBe("object");
      expect(tool.outputSchema?.type, tool.name).toBe("object");
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    }
    const search = tools.find((tool) => tool.name === "search_minutes");
    expect(search?.inputSchema.required).toEqual(["query"]);
    expect(Object.keys(search?.inputSchema.properties ?? {}).sort()).toEqual(
      ["body", "from", "limit", "query", "to"].sort(),
    );
  });
});

describe("search_minutes", () => {
  it("finds the Casey Review item of April 2023 with the same JSON as `lcrb search --json`", async () => {
    const { data, text } = await structured("search_minutes", { query: "casey review" });
    expect(data).toEqual(await cliJson(searchCommand, "casey review"));
    const [best] = data.results;
    expect(best).toMatchObject({
      meetingId: "lcrb-2023-04-12",
      body: "LCRB",
      item: { number: "2", title: "Casey Review" },
      source: { file: "002_0368bc6123038781.txt" },
    });
    const [start, end] = best.highlights[0];
    expect(best.excerpt.slice(start, end)).toMatch(/casey|review/i);
    expect(text).toContain(`002_0368bc6123038781.txt:${best.source.line}`);
  });

  it("applies body, date range and limit: fraud at the Board in 2022 is item 6 of April", async () => {
    const { data } = await structured("search_minutes", {
      query: "fraud",
      body: "LCRB",
      from: "2022-01-01",
      to: "2022-12-31",
      limit: 1,
    });
    expect(data.results).toHaveLength(1);
    expect(data.results[0]).toMatchObject({
      meetingId: "lcrb-2022-04-27",
      item: { number: "6", title: "Tackling fraud" },
      source: { file: "003_0417dfde59a34df8.txt", line: 87 },
    });
    expect(data.results[0].excerpt).toMatch(/nationally coordinated response/);
  });

  it("keeps to the DMG when asked: COVID-19 is item 3 of its June 2020 meeting", async () => {
    const { data } = await structured("search_minutes", { query: "covid", body: "DMG" });
    expect(data.results.length).toBeGreaterThan(0);
    expect(data.results.every((r: { body: string }) => r.body === "DMG")).toBe(true);
    expect(data.results[0]).toMatchObject({
      meetingId: "dmg-2020-06-08",
      item: { number: "3", title: "COVID-19: Impact on Delivery" },
    });
  });

  it("answers a query of only common words with no results and says why, not an error", async () => {
    const { data, text } = await structured("search_minutes", { query: "the and of" });
    expect(data.results).toEqual([]);
    expect(text.length).toBeGreaterThan(0);
    expect(text).toBe(data.note);
  });
});

describe("ask", () => {
  it("answers who attended April 2023 with the same Answer as `lcrb ask --json`", async () => {
    const question = "who attended the April 2023 meeting?";
    const { data, text } = await structured("ask", { question });
    expect(data).toEqual(await cliJson(askCommand, question));
    expect(data.intent).toBe("attendees");
    expect(data.meeting).toEqual({ id: "lcrb-2023-04-12", date: "2023-04-12", body: "LCRB" });
    expect(text).toContain("Sadiq Khan");
  });

  it("lists the meetings that discussed a subject, their ids in the order shown", async () => {
    const question = "which meetings discussed the police and crime plan?";
    const { data, text } = await structured("ask", { question });
    expect(data).toEqual(await cliJson(askCommand, question));
    expect(data.meetings).toEqual(["dmg-2020-06-08", "lcrb-2021-02-02", "lcrb-2022-04-27"]);
    const { file, line } = data.sections[0].citation;
    expect(file).toBe("000_bc5123fd089beeb5.txt");
    expect(text).toContain(`${file}:${line}`);
    expect(text).not.toMatch(/\*/);
  });

  it("answers 'when is the next meeting?' as of a given day, with the minutes line that set it", async () => {
    const { data } = await structured("ask", {
      question: "when is the next meeting?",
      today: "2015-04-01",
    });
    expect(data.intent).toBe("next");
    expect(data.upcoming[0]).toEqual({
      body: "LCRB",
      date: "2015-06-09",
      time: "12:00",
      venue: "City Hall",
      source: { file: "004_17215f53eb22288e.txt", line: 73 },
    });
  });
});

describe("list_meetings and get_meeting", () => {
  it("lists every meeting, oldest first, as the rows of `lcrb corpus --json`", async () => {
    const { data, text } = await structured("list_meetings", {});
    const cli = await cliJson(corpusCommand);
    expect(data.meetings).toEqual(cli.meetings);
    expect(data.meetings.map((m: { id: string }) => m.id)).toEqual([
      "lcrb-2015-03-10",
      "dmg-2020-06-08",
      "lcrb-2021-02-02",
      "lcrb-2022-04-27",
      "lcrb-2023-04-12",
    ]);
    expect(text).toContain("lcrb-2023-04-12");
  });

  it("filters by body and by date range", async () => {
    const dmg = await structured("list_meetings", { body: "DMG" });
    expect(dmg.data.meetings.map((m: { id: string }) => m.id)).toEqual(["dmg-2020-06-08"]);
    const between = await structured("list_meetings", { from: "2021-01-01", to: "2022-12-31" });
    expect(between.data.meetings.map((m: { id: string }) => m.id)).toEqual([
      "lcrb-2021-02-02",
      "lcrb-2022-04-27",
    ]);
  });

  it("gets one meeting's row: March 2015 had 20 attendees and 2 actions", async () => {
    const { data, text } = await structured("get_meeting", { id: "lcrb-2015-03-10" });
    const cli = await cliJson(corpusCommand);
    expect(data).toEqual(cli.meetings.find((m: { id: string }) => m.id === "lcrb-2015-03-10"));
    expect(data.file).toBe("004_17215f53eb22288e.txt");
    expect(data.attendees).toHaveLength(20);
    expect(data.actions).toHaveLength(2);
    expect(text).toContain("lcrb://minutes/lcrb-2015-03-10");
    expect(text).toContain(`${data.decisions.length} decision`);
  });
});

describe("next_meetings", () => {
  it("gives the meetings after a day, with the minutes line that announced each", async () => {
    const { data } = await structured("next_meetings", { today: "2015-04-01" });
    expect(data.upcoming).toEqual([
      {
        body: "LCRB",
        date: "2015-06-09",
        time: "12:00",
        venue: "City Hall",
        source: { file: "004_17215f53eb22288e.txt", line: 73 },
      },
    ]);
  });

  it("keeps to one body: after June 2020 the DMG next met on 7 September", async () => {
    const { data } = await structured("next_meetings", { today: "2020-06-10", body: "DMG" });
    expect(data.upcoming).toEqual([
      {
        body: "DMG",
        date: "2020-09-07",
        time: null,
        venue: null,
        source: { file: "000_bc5123fd089beeb5.txt", line: 64 },
      },
    ]);
  });

  it("says so when no meeting is known after the day", async () => {
    const { data, text } = await structured("next_meetings", { today: "2030-01-01" });
    expect(data.upcoming).toEqual([]);
    expect(text).toMatch(/no .*meeting.* known/i);
  });
});

describe("minutes resources", () => {
  it("lists one minutes resource per meeting", async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(
      [
        "lcrb://minutes/dmg-2020-06-08",
        "lcrb://minutes/lcrb-2015-03-10",
        "lcrb://minutes/lcrb-2021-02-02",
        "lcrb://minutes/lcrb-2022-04-27",
        "lcrb://minutes/lcrb-2023-04-12",
      ].sort(),
    );
    expect(resources.every((r) => r.mimeType === "text/plain")).toBe(true);
  });

  it("reads a meeting's minutes as the file's text, so a cited line opens where it says", async () => {
    const { contents } = await client.readResource({ uri: "lcrb://minutes/lcrb-2023-04-12" });
    const text = contents[0] && "text" in contents[0] ? contents[0].text : "";
    expect(text).toBe(readFileSync("corpus/002_0368bc6123038781.txt", "utf8"));
    const { data } = await structured("search_minutes", { query: "casey review", limit: 1 });
    const cited = text.split("\n")[data.results[0].source.line - 1];
    expect(cited).toContain(data.results[0].excerpt.split(" ").slice(0, 4).join(" "));
  });

  it("refuses an unknown meeting id with a clear error", async () => {
    await expect(client.readResource({ uri: "lcrb://minutes/lcrb-1999-01-01" })).rejects.toThrow(
      /lcrb-1999-01-01/,
    );
  });
});

describe("bad input is a tool error, and the server keeps serving", () => {
  it("an unknown meeting id names the id and points to list_meetings", async () => {
    const result = await call("get_meeting", { id: "lcrb-1999-01-01" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/lcrb-1999-01-01/);
    expect(textOf(result)).toMatch(/list_meetings/);
  });

  it("a mistyped meeting id suggests the nearest one", async () => {
    const result = await call("get_meeting", { id: "lcrb-2023-04-21" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/lcrb-2023-04-12/);
  });

  it("an empty or missing query, a missing question or id", async () => {
    for (const [name, args, word] of [
      ["search_minutes", { query: "   " }, "query"],
      ["search_minutes", {}, "query"],
      ["ask", {}, "question"],
      ["ask", { question: "" }, "question"],
      ["get_meeting", {}, "id"],
    ] as const) {
      const result = await call(name, args);
      expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(textOf(result)).toMatch(new RegExp(word));
    }
  });

  it("a malformed date, a range that ends before it starts, an unknown body, a bad limit", async () => {
    for (const [name, args] of [
      ["list_meetings", { from: "2021-13-45" }],
      ["search_minutes", { query: "fraud", from: "April 2022" }],
      ["list_meetings", { from: "2023-01-01", to: "2021-01-01" }],
      ["search_minutes", { query: "fraud", from: "2023-01-01", to: "2021-01-01" }],
      ["next_meetings", { body: "Cabinet" }],
      ["ask", { question: "when is the next meeting?", today: "tomorrow" }],
      ["search_minutes", { query: "fraud", limit: 0 }],
    ] as const) {
      const result = await call(name, args);
      expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(textOf(result).length).toBeGreaterThan(0);
    }
    const { data } = await structured("search_minutes", { query: "casey review" });
    expect(data.results[0].meetingId).toBe("lcrb-2023-04-12");
  });
});
