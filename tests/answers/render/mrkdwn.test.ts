import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answers/answer.js";
import { answerToMrkdwn, escapeMrkdwn } from "../../../src/answers/render/mrkdwn.js";

const answer: Answer = {
  intent: "search",
  kind: "summary",
  query: null,
  meetings: [],
  question: "fraud",
  meeting: null,
  candidates: [],
  results: [],
  upcoming: [],
  title: "What the minutes say about “fraud & <scams>”",
  summary: "1 agenda item matches.",
  sections: [
    {
      heading: "LCRB, 27 April 2022: 6 Tackling fraud",
      text: "tackling *fraud* of this nature required a <!channel> response & more",
      bullets: ["@here first", "<!subteam^S012|@policy> second"],
      citation: {
        body: "LCRB",
        date: "2022-04-27",
        item: "6 Tackling fraud",
        file: "003_0417dfde59a34df8.txt",
        line: 87,
      },
    },
  ],
  followUps: ["what happened at the LCRB meeting on 27 April 2022?"],
  more: { query: "fraud", offset: 3 },
};

describe("escapeMrkdwn", () => {
  it.each([
    ["a & b", "a &amp; b"],
    ["<!channel>", "&lt;!channel&gt;"],
    ["<!here|here>", "&lt;!here|here&gt;"],
    ["<!everyone>", "&lt;!everyone&gt;"],
    ["<!subteam^S012>", "&lt;!subteam^S012&gt;"],
    ["ping @channel now", "ping @\u2060channel now"],
    ["@Everyone", "@\u2060Everyone"],
    ["*bold* stays", "*bold* stays"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});

describe("answerToMrkdwn", () => {
  const text = answerToMrkdwn(answer);

  it("escapes &, < and > everywhere and keeps *bold*", () => {
    expect(text).toContain("*What the minutes say about “fraud &amp; &lt;scams&gt;”*");
    expect(text).toContain(
      "tackling *fraud* of this nature required a &lt;!channel&gt; response &amp; more",
    );
    expect(text).not.toMatch(/<[!@#]/);
  });

  it("neutralises broadcasts in bullets", () => {
    expect(text).toContain("• @\u2060here first");
    expect(text).toContain("• &lt;!subteam^S012|@policy&gt; second");
  });

  it("cites body, date, item, file and line", () => {
    expect(text).toContain(
      "Source: LCRB, 27 April 2022, item 6 Tackling fraud `003_0417dfde59a34df8.txt:87`",
    );
  });

  it("ends with the follow-ups and says more results exist", () => {
    expect(text).toContain("More results are available.");
    expect(text.split("\n").at(-1)).toBe(
      "Try: “what happened at the LCRB meeting on 27 April 2022?”",
    );
  });
});
