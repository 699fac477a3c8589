import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askCommand } from "../../src/cli/ask.js";
import { UsageError } from "../../src/cli/command.js";

async function ask(...argv: string[]) {
  let out = "";
  const code = await askCommand(argv, { out: (text) => (out += text) });
  return { code, out };
}

// A corpus with no minutes but a schedule: enough to test the command without the parser.
const corpus = mkdtempSync(join(tmpdir(), "lcrb-ask-"));
writeFileSync(
  join(corpus, "schedule.yml"),
  "- body: DMG\n  date: 2031-03-04\n  time: '10:00'\n  venue: City Hall\n",
);

describe("lcrb ask", () => {
  it("prints the CONTRACT fields as JSON, with the answer as plain text in text and Slack mrkdwn in mrkdwn", async () => {
    const { code, out } = await ask(
      "--json",
      "--corpus",
      corpus,
      "--today",
      "2030-01-01",
      "when",
      "is",
      "the",
      "next",
      "meeting?",
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["intent", "meeting", "candidates", "results", "upcoming", "text"]),
    );
    expect(json).toMatchObject({
      intent: "next",
      meeting: null,
      candidates: [],
      results: [],
      upcoming: [
        { body: "DMG", date: "2031-03-04", time: "10:00", venue: "City Hall", source: null },
      ],
    });
    // CONTRACT.md (2026-12): `text` is plain text; the Slack form moved to `mrkdwn`.
    expect(json.mrkdwn).toMatch(
      /^\*Next meetings\*\nThe next is the DMG on Tuesday 4 March 2031, 10:00, City Hall\./,
    );
    expect(json.text).toMatch(
      /^Next meetings\nThe next is the DMG on Tuesday 4 March 2031, 10:00, City Hall\./,
    );
  });

  it("answers 'next' from the seed minutes, soonest first across LCRB and DMG, with sources", async () => {
    const { out } = await ask(
      "--json",
      "--corpus",
      "corpus",
      "--today",
      "2020-06-10",
      "when is the next meeting?",
    );
    expect(JSON.parse(out).upcoming).toEqual([
      {
        body: "LCRB",
        date: "2020-07-08",
        time: null,
        venue: null,
        source: { file: "000_bc5123fd089beeb5.txt", line: 62 },
      },
      {
        body: "DMG",
        date: "2020-09-07",
        time: null,
        venue: null,
        source: { file: "000_bc5123fd089beeb5.txt", line: 64 },
      },
    ]);
  });

  it("names the meeting an attendees question is about", async () => {
    const { out } = await ask(
      "--json",
      "--corpus",
      "corpus",
      "who attended the April 2023 meeting?",
    );
    const json = JSON.parse(out);
    expect(json.meeting).toEqual({ id: "lcrb-2023-04-12", date: "2023-04-12", body: "LCRB" });
    expect(json.text).toContain("Joanne Towens");
  });

  it("answers empty text with help", async () => {
    const { out } = await ask("--json", "--corpus", corpus);
    expect(JSON.parse(out).intent).toBe("help");
  });

  it("prints readable text without --json", async () => {
    const { out } = await ask("--corpus", corpus, "--today", "2032-01-01", "next");
    expect(out).toMatch(/^No upcoming meeting known\n/);
  });

  it.each([["2023-13-01"], ["12/04/2023"], ["tomorrow"]])(
    "rejects --today %s as bad usage",
    async (today) => {
      await expect(ask("--corpus", corpus, "--today", today, "next")).rejects.toBeInstanceOf(
        UsageError,
      );
    },
  );

  it("reads '/lcrb next', the form the help answer shows, as 'next'", async () => {
    const typed = await ask("--json", "--corpus", "corpus", "--today", "2020-06-10", "/lcrb next");
    const plain = await ask("--json", "--corpus", "corpus", "--today", "2020-06-10", "next");
    expect(JSON.parse(typed.out).intent).toBe("next");
    expect(JSON.parse(typed.out)).toEqual(JSON.parse(plain.out));
  });

  it("rejects a negative --offset as bad usage", async () => {
    await expect(ask("--corpus", corpus, "--offset", "-1", "fraud")).rejects.toBeInstanceOf(
      UsageError,
    );
  });
});
