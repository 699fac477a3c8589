import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answers/answer.js";
import { answerQuestion } from "../../src/answers/index.js";
import { answerToTerminal } from "../../src/console/terminal.js";
import { publishedSourceContext } from "../answers/fixtures.js";

const answer: Answer = {
  intent: "attendees",
  kind: "summary",
  query: null,
  meetings: [],
  question: "who attended in April 2023",
  meeting: { id: "lcrb-2023-04-12", date: "2023-04-12", body: "LCRB" },
  candidates: [],
  results: [],
  upcoming: [],
  title: "Who attended the LCRB meeting on Wednesday 12 April 2023",
  summary: "London Crime Reduction Board: 27 present.",
  sections: [
    {
      heading: "Apologies (1)",
      text: null,
      bullets: ["Claire Waxman: MOPAC\u001b[31m"],
      bulletHighlights: [[[0, 13]]],
      citation: {
        body: "LCRB",
        date: "2023-04-12",
        item: null,
        file: "002_0368bc6123038781.txt",
        line: 80,
      },
    },
  ],
  followUps: ["when is the next meeting?"],
  more: null,
};

describe("answerToTerminal", () => {
  it("prints plain text without colour: no escape codes", () => {
    expect(answerToTerminal(answer, { color: false })).toBe(
      [
        "Who attended the LCRB meeting on Wednesday 12 April 2023",
        "London Crime Reduction Board: 27 present.",
        "",
        "Apologies (1)",
        "  • Claire Waxman: MOPAC[31m",
        "  [LCRB, 12 April 2023 · 002_0368bc6123038781.txt:80]",
        "",
        "Try: “when is the next meeting?”",
        "",
      ].join("\n"),
    );
  });

  it("styles bold, headings and citations with ANSI codes when colour is on", () => {
    const text = answerToTerminal(answer, { color: true });
    expect(text).toContain("  • \u001b[1mClaire Waxman\u001b[22m: MOPAC");
    expect(text).toContain("\u001b[1;36mApologies (1)");
    expect(text).toContain("\u001b[2m  [LCRB, 12 April 2023");
  });

  it("shows asterisks from the minutes as written: answers carry no markup", () => {
    const starred: Answer = {
      ...answer,
      sections: [
        {
          heading: null,
          // A footnoted figure, as minutes write them: the asterisks are text, not emphasis.
          text: "Knife crime offences fell by 4%* and robbery by 2%*",
          bullets: [],
          citation: null,
        },
      ],
    };
    expect(answerToTerminal(starred, { color: true })).toContain(
      "  Knife crime offences fell by 4%* and robbery by 2%*",
    );
  });

  it("shows a search excerpt's highlights in bold, and plainly without colour", () => {
    const excerpt: Answer = {
      ...answer,
      sections: [
        {
          heading: null,
          // 003_0417dfde59a34df8.txt, line 87.
          text: "It was recommended that tackling fraud of this nature required",
          highlights: [[33, 38]],
          bullets: [],
          citation: null,
        },
      ],
    };
    expect(answerToTerminal(excerpt, { color: true })).toContain(
      "  It was recommended that tackling \u001b[1mfraud\u001b[22m of this nature required",
    );
    expect(answerToTerminal(excerpt, { color: false })).toContain(
      "  It was recommended that tackling fraud of this nature required",
    );
  });
});

const context = publishedSourceContext();

describe("citations of a meeting with a published source, in the terminal", () => {
  it("print the URL after file:line in the terminal", () => {
    const text = answerToTerminal(answerQuestion("casey review", context), { color: false });
    expect(text).toMatch(/· 002_0368bc6123038781\.txt:\d+ · https:\/\/www\.london\.gov\.uk\//);
  });
});
