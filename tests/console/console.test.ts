import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/console/index.js";
import { fixtureContext } from "../answers/fixtures.js";

async function runPiped(lines: string[], interactive = false): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const done = runConsole({ current: fixtureContext }, input, output, {
    interactive,
    color: false,
  });
  input.end(`${lines.join("\n")}\n`);
  await done;
  return printed;
}

describe("runConsole", () => {
  it("answers each piped line in order and resolves at the end of input", async () => {
    const printed = await runPiped([
      "who attended the April 2023 meeting?",
      "",
      "when is the next meeting?",
    ]);
    expect(printed).toContain("> who attended the April 2023 meeting?");
    expect(printed).toContain("Who attended the LCRB meeting on Wednesday 12 April 2023");
    expect(printed).toContain("Claire Waxman: MOPAC");
    expect(printed).toContain("[LCRB, 12 April 2023 · 002_0368bc6123038781.txt:21]");
    expect(printed.indexOf("Claire Waxman")).toBeLessThan(
      printed.indexOf("> when is the next meeting?"),
    );
    expect(printed).toContain("No upcoming meeting known");
    expect(printed).not.toContain("\u001b[");
  });

  it("answers a follow-up from the answer before: the session is one conversation", async () => {
    const printed = await runPiped([
      "who attended the march 2015 board?",
      "and what actions came out of it?",
    ]);
    const followUp = printed.slice(printed.indexOf("> and what actions came out of it?"));
    expect(followUp).toContain("LCRB meeting on 10 March 2015");
    expect(followUp).toContain("004_17215f53eb22288e.txt:54");
  });

  it("answers 'help' and stops at 'quit'", async () => {
    const printed = await runPiped(["help", "quit", "who attended the April 2023 meeting?"]);
    expect(printed).toContain("What I can tell you about the LCRB and DMG minutes");
    expect(printed).not.toContain("Who attended");
  });

  it("reads the commands help shows as '/lcrb …' as the same words without it", async () => {
    const [typed, plain] = await Promise.all([
      runPiped(["/lcrb attendees April 2023", "/lcrb meetings"]),
      runPiped(["attendees April 2023", "meetings"]),
    ]);
    expect(typed.replaceAll("> /lcrb ", "> ")).toBe(plain);
    expect(plain).toContain("Who attended the LCRB meeting on Wednesday 12 April 2023");
  });

  it("pages a search with 'more'", async () => {
    const printed = await runPiped(["the", "more", "more"]);
    expect(printed).toContain("showing 1–3");
    expect(printed).toContain("showing 4–");
    expect(printed).toContain("There are no more results to show.");
  });

  it("prompts and greets when interactive", async () => {
    const printed = await runPiped(["next"], true);
    expect(printed).toContain("4 meetings loaded");
    expect(printed).toContain("lcrb> ");
  });
});
