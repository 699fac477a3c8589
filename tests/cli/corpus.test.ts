import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/command.js";
import { corpusCommand } from "../../src/cli/corpus.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));

async function run(argv: string[]) {
  let out = "";
  const code = await corpusCommand(argv, { out: (text) => (out += text) });
  return { code, out };
}

describe("lcrb corpus", () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), "lcrb-empty-"));
  });
  afterAll(async () => {
    await rm(empty, { recursive: true, force: true });
  });

  it("prints one JSON document with every meeting and no problems for the seed corpus", async () => {
    const { code, out } = await run(["--corpus", CORPUS, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      meetings: { id: string; file: string; body: string; title: string; date: string }[];
      problems: unknown[];
    };
    expect(json.problems).toEqual([]);
    expect(json.meetings.map((m) => [m.id, m.file, m.body, m.title])).toEqual([
      ["lcrb-2015-03-10", "004_17215f53eb22288e.txt", "LCRB", "London Crime Reduction Board"],
      ["dmg-2020-06-08", "000_bc5123fd089beeb5.txt", "DMG", "Delivery Management Group"],
      ["lcrb-2021-02-02", "001_c2fb2c5d5dd83175.txt", "LCRB", "London Crime Reduction Board"],
      ["lcrb-2022-04-27", "003_0417dfde59a34df8.txt", "LCRB", "London Crime Reduction Board"],
      ["lcrb-2023-04-12", "002_0368bc6123038781.txt", "LCRB", "London Crime Reduction Board"],
    ]);
  });

  it("prints a table with a row per meeting", async () => {
    const { code, out } = await run(["--corpus", CORPUS]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(
      /^file\s+date\s+body\s+attendees\s+apologies\s+items\s+actions\s+problems$/,
    );
    expect(lines[1]?.split(/\s+/)).toEqual([
      "004_17215f53eb22288e.txt",
      "2015-03-10",
      "LCRB",
      "20",
      "0",
      "5",
      "2",
      "0",
    ]);
    expect(lines[5]?.split(/\s+/)).toEqual([
      "002_0368bc6123038781.txt",
      "2023-04-12",
      "LCRB",
      "24",
      "12",
      "3",
      "0",
      "0",
    ]);
    expect(out).toContain("5 meetings loaded");
  });

  it("gives each problem its code, in the JSON and in the table", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lcrb-problems-"));
    try {
      await copyFile(join(CORPUS, "002_0368bc6123038781.txt"), join(dir, "lcrb.txt"));
      // 002_0368bc6123038781.txt's heading and attendance lines with the date taken out of the heading.
      await writeFile(
        join(dir, "undated.txt"),
        "London Crime Reduction Board - Minutes\n\n1. Attendees and apologies\n\nSadiq Khan, Mayor of London (Chair)\n\nSophie Linden, DMPC\n",
      );
      await writeFile(join(dir, "scan.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0xe2, 0xe3, 0]));
      const json = JSON.parse((await run(["--corpus", dir, "--json"])).out) as {
        problems: { file: string; line: number | null; code: string; message: string }[];
      };
      expect(json.problems.map((p) => [p.file, p.code])).toEqual([
        ["scan.txt", "not_text"],
        ["undated.txt", "no_date"],
      ]);
      const table = await run(["--corpus", dir]);
      expect(table.code).toBe(0);
      expect(table.out).toMatch(/^ {2}scan\.txt: \[not_text\] /m);
      expect(table.out).toMatch(/^ {2}undated\.txt:1: \[no_date\] /m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("exits 1 when no meeting loads", async () => {
    expect((await run(["--corpus", empty, "--json"])).code).toBe(1);
    const table = await run(["--corpus", empty]);
    expect(table.code).toBe(1);
    expect(table.out).toContain("0 meetings loaded");
  });

  it("refuses arguments as bad usage", async () => {
    await expect(run(["--corpus", CORPUS, "extra"])).rejects.toBeInstanceOf(UsageError);
  });
});
