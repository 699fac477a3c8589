import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answers/answer.js";
import { answerQuestion } from "../../../src/answers/index.js";
import { escapeMrkdwn } from "../../../src/slack/blocks/escape.js";
import { answerToMrkdwn, sectionTextMrkdwn } from "../../../src/slack/blocks/mrkdwn.js";
import { fixtureContext, publishedSourceContext } from "../../answers/fixtures.js";

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

// 003_0417dfde59a34df8.txt, line 87, with "fraud" highlighted as search returns it.
const HIGHLIGHTED = "It was recommended that tackling fraud of this nature required <a> & more";
const FRAUD: [number, number] = [33, 38];

describe("sectionTextMrkdwn", () => {
  it("bolds the highlights and escapes the text around and inside them", () => {
    expect(sectionTextMrkdwn({ text: HIGHLIGHTED, highlights: [FRAUD] })).toBe(
      "It was recommended that tackling *fraud* of this nature required &lt;a&gt; &amp; more",
    );
  });
});

const context = publishedSourceContext();

describe("citations of a meeting with a published source, in mrkdwn", () => {
  it("make the meeting and date a Slack link in mrkdwn, with & escaped in the URL", () => {
    const text = answerToMrkdwn(answerQuestion("casey review", context));
    expect(text).toContain(
      "Source: <https://www.london.gov.uk/who-we-are/lcrb-minutes?date=2023-04-12&amp;view=full|LCRB, 12 April 2023, item 2 Casey Review>",
    );
    expect(text).toMatch(/`002_0368bc6123038781\.txt:\d+`/);
  });

  it("stay as they were for a meeting with no source", () => {
    const text = answerToMrkdwn(answerQuestion("casey review", fixtureContext()));
    expect(text).not.toContain("<http");
    expect(text).toContain("Source: LCRB, 12 April 2023");
  });
});

describe("bullets that lead with a label, in mrkdwn", () => {
  it("bold the lead (the meeting's date) while the answer's own bullets stay plain text", () => {
    const answer = answerQuestion("which meetings do you have?", fixtureContext());
    const bullets = answer.sections.flatMap((s) => s.bullets);
    expect(bullets.length).toBeGreaterThan(0);
    for (const bullet of bullets) expect(bullet).not.toContain("*");
    expect(answerToMrkdwn(answer)).toContain("• *12 April 2023*: London Crime Reduction Board");
  });
});
