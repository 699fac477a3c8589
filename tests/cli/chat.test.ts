import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { chatCommand } from "../../src/cli/chat.js";
import { UsageError } from "../../src/cli/command.js";

async function chat(lines: string[], ...argv: string[]) {
  const input = new PassThrough();
  input.end(`${lines.join("\n")}\n`);
  let out = "";
  const code = await chatCommand(argv, { out: (text) => (out += text), input });
  return { code, out };
}

describe("lcrb chat", () => {
  it("answers each line of stdin in one conversation, one JSON document a line", async () => {
    const { code, out } = await chat(
      ["who attended the fraud meeting?", "", "and who sent apologies?", "the one before?"],
      "--json",
      "--corpus",
      "corpus",
      "--today",
      "2026-12-05",
    );
    expect(code).toBe(0);
    const answers = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers).toHaveLength(3);
    expect(answers.map((a) => a.meeting?.id)).toEqual([
      "lcrb-2022-04-27",
      "lcrb-2022-04-27",
      "lcrb-2021-02-02",
    ]);
    expect(answers[1].query).toMatchObject({ target: "apologies" });
    expect(answers[1].text).toMatch(
      /^Apologies for the LCRB meeting on 27 April 2022\n2 sent apologies: Cllr Jas Athwal, Cllr Darren Rodwell\./,
    );
    expect(answers[1].mrkdwn).toMatch(/^\*Apologies for the LCRB meeting on 27 April 2022\*/);
    expect(answers[2].text).toContain("Apologies for the LCRB meeting on 2 February 2021");
  });

  it("prints readable text, each answer under its question, without --json", async () => {
    const { out } = await chat(
      ["when was vawg first raised", "who attended that meeting?"],
      "--corpus",
      "corpus",
    );
    expect(out).toContain("> when was vawg first raised\nFirst discussed on 27 April 2022 (LCRB)");
    expect(out).toContain(
      "> who attended that meeting?\nWho attended the LCRB meeting on Wednesday 27 April 2022",
    );
  });

  it("rejects a question on the command line: questions come from stdin", async () => {
    await expect(chat([], "--corpus", "corpus", "who attended?")).rejects.toBeInstanceOf(
      UsageError,
    );
  });
});
