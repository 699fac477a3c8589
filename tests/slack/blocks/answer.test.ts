import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../../src/slack/blocks/answer.js";
import { ACTION_IDS, decodeAskRequest } from "../../../src/slack/blocks/ask-request.js";
import { LIMITS } from "../../../src/slack/blocks/limits.js";
import type { Block } from "../../../src/slack/blocks/message.js";
import { renderSharedAnswer } from "../../../src/slack/blocks/shared-answer.js";
import { searchAnswer, section } from "./fixtures.js";

const PRIVATE = { share: { question: "casey review", offset: 0 }, interactive: true };

/** Every piece of text in a message, for checks that must hold everywhere. */
function allText(blocks: Block[]): string[] {
  return (JSON.stringify(blocks).match(/"text":"(?:[^"\\]|\\.)*"/g) ?? []).map(
    (field) => JSON.parse(field.slice(7)) as string,
  );
}

const citationsOf = (blocks: Block[]) =>
  blocks.filter((block) => block.type === "context" && /\.txt:\d+`/.test(JSON.stringify(block)));

function buttons(blocks: Block[]) {
  return blocks.flatMap((block) => (block.type === "actions" ? block.elements : []));
}

describe("renderAnswer", () => {
  it("opens with the title as a plain_text header and keeps the summary under it", () => {
    const { blocks } = renderAnswer(searchAnswer(), PRIVATE);
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "What the minutes say about “casey review”", emoji: true },
    });
    expect(blocks[1]).toMatchObject({
      type: "section",
      text: { text: "2 agenda items mention it." },
    });
  });

  it("keeps the bold matches and cites body · date · item · file:line in a context block", () => {
    const { blocks } = renderAnswer(searchAnswer(), PRIVATE);
    expect(blocks[2]).toMatchObject({
      type: "section",
      text: {
        type: "mrkdwn",
        text: "*LCRB 2023-04-12 · 2 Casey Review*\nThe Commissioner updated the Board on the Met's response to the *Casey* *Review*.",
      },
    });
    expect(blocks[3]).toEqual({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "LCRB · 12 April 2023 · 2 Casey Review · `002_0368bc6123038781.txt:42`",
        },
      ],
    });
  });

  it("offers More results with the next offset, Share with the question asked, and follow-ups", () => {
    const found = buttons(renderAnswer(searchAnswer(), PRIVATE).blocks);
    expect(found.map((button) => button.action_id)).toEqual([
      ACTION_IDS.more,
      ACTION_IDS.share,
      `${ACTION_IDS.followUp}_0`,
    ]);
    const values = found.map((button) => decodeAskRequest((button as { value?: string }).value));
    expect(values).toEqual([
      { question: "casey review", offset: 5 },
      { question: "casey review", offset: 0 },
      { question: "who attended the LCRB meeting in April 2023?", offset: 0 },
    ]);
  });

  it("has no buttons at all on a copy for the channel", () => {
    const { blocks } = renderAnswer(searchAnswer(), { share: null, interactive: false });
    expect(buttons(blocks)).toEqual([]);
  });

  it("always sends a text fallback with the answer and its citations", () => {
    const { text } = renderAnswer(searchAnswer(), PRIVATE);
    expect(text).toContain("*What the minutes say about “casey review”*");
    expect(text).toContain("response to the *Casey* *Review*");
    expect(text).toContain("002_0368bc6123038781.txt:42");
  });

  it("escapes &, < and > from the minutes and the question so no broadcast goes out live", () => {
    const hostile = searchAnswer({
      question: "<!channel> budget & <!subteam^S123|@leads>",
      title: "What the minutes say about <!here> & <!everyone>",
      summary: "Costs <£5m & > £1m",
      sections: [section("Risk <@U123>", "Fraud & <!channel> <https://evil.example|click>", 7)],
      followUps: ["<!here> who attended?"],
    });
    const message = renderAnswer(hostile, PRIVATE);
    const texts = [...allText(message.blocks), message.text];
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) {
      expect(text).not.toMatch(/<!(channel|here|everyone|subteam)/);
      expect(text).not.toMatch(/<@|<https?:/);
    }
    expect(message.text).toContain("Fraud &amp; &lt;!channel&gt;");
    const shared = renderSharedAnswer(hostile, "U0ASKER");
    expect(shared.text).toContain(
      "<@U0ASKER> asked: “&lt;!channel&gt; budget &amp; &lt;!subteam^S123|@leads&gt;”",
    );
  });

  it("cuts a long title to the 150-character header limit", () => {
    const { blocks } = renderAnswer(
      searchAnswer({ title: "Disproportionality ".repeat(20) }),
      PRIVATE,
    );
    const header = blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    expect(header.text.text.endsWith("…")).toBe(true);
  });

  it("splits a passage longer than 3,000 characters into several sections at sentence breaks", () => {
    const sentence =
      "The Board noted the progress made on the Violence Against Women and Girls strategy. ";
    const long = sentence.repeat(80);
    // Shown whole where there is no "More" to click: the copy shared with the channel.
    const { blocks } = renderAnswer(searchAnswer({ sections: [section(null, long, 60)] }), {
      share: null,
      interactive: false,
    });
    const sections = blocks.filter((block) => block.type === "section").slice(1);
    expect(sections.length).toBeGreaterThan(1);
    for (const block of sections) {
      const text = (block as { text: { text: string } }).text.text;
      expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect(text.endsWith("strategy.")).toBe(true);
    }
    const rejoined = sections.map((block) => (block as { text: { text: string } }).text.text);
    expect(rejoined.join(" ")).toBe(long.trim());
  });

  it("stays within 50 blocks and says how many sections it left out", () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      section(`Item ${i + 1}`, "The Board agreed the minutes of the previous meeting.", i + 10),
    );
    const { blocks } = renderAnswer(searchAnswer({ sections: many }), PRIVATE);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(blocks.at(-1)?.type).toBe("actions");
    const note = blocks.at(-2) as { type: string; elements: { text: string }[] };
    expect(note.type).toBe("context");
    expect(note.elements[0]?.text).toMatch(/^…and \d+ more not shown here/);
    const shown = blocks.filter((block) => block.type === "context").length - 1;
    expect(note.elements[0]?.text).toContain(`and ${40 - shown} more`);
  });

  it("renders bullets (attendees) one per line", () => {
    const attendees = searchAnswer({
      intent: "attendees",
      title: "Who attended the LCRB on 2023-04-12",
      summary: null,
      sections: [
        {
          heading: "Present",
          text: null,
          bullets: ["Sadiq Khan, Mayor of London (Chair)", "Sophie Linden, DMPC"],
          citation: null,
        },
      ],
      more: null,
      followUps: [],
    });
    const { blocks } = renderAnswer(attendees, { share: null, interactive: true });
    expect(blocks).toEqual([
      expect.objectContaining({ type: "header" }),
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "*Present*\n• Sadiq Khan, Mayor of London (Chair)\n• Sophie Linden, DMPC",
        },
      },
    ]);
  });

  it("keeps button labels within 75 characters", () => {
    const longFollowUp = `what was said about ${"the Mayor's Office for Policing and Crime ".repeat(4)}?`;
    const found = buttons(
      renderAnswer(searchAnswer({ followUps: [longFollowUp] }), PRIVATE).blocks,
    );
    for (const button of found) {
      expect((button as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(
        LIMITS.buttonText,
      );
    }
  });
});

describe("renderSharedAnswer", () => {
  it("says who asked what above the answer", () => {
    const { blocks, text } = renderSharedAnswer(searchAnswer(), "U0ASKER");
    expect(blocks[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "<@U0ASKER> asked: “casey review”" }],
    });
    expect(blocks[1]?.type).toBe("header");
    expect(text.startsWith("<@U0ASKER> asked: “casey review”\n")).toBe(true);
  });

  it("trims an excerpt to about 300 characters at a sentence, bold matches kept, with More for the rest", () => {
    // Line 59 of 004_17215f53eb22288e.txt (LCRB, 10 March 2015), item 4.
    const paragraph =
      "6. The criminal justice work and reoffending was discussed. The CPS wants to get people to court more quickly and are committed to working with partners but the system is stretched. Reoffending rates are higher as are ineffective trial rates. The initial part of the process, led by the police, is currently the quickest part. The CJS system is the area that is experiencing problems. Devolution is a potential means of setting objectives and encouraging a whole system approach.";
    const at = (word: string): [number, number] => {
      const start = paragraph.indexOf(word);
      return [start, start + word.length];
    };
    const cjs = {
      ...section("Public Service Reform", paragraph, 59),
      highlights: [at("reoffending"), at("Devolution")],
    };
    const { blocks } = renderAnswer(searchAnswer({ sections: [cjs] }), PRIVATE);
    const trimmed = blocks.find((block) => block.type === "section" && block.accessory);
    expect(trimmed).toBeDefined();
    if (trimmed?.type !== "section") return;
    const shown = trimmed.text?.text ?? "";
    expect(shown).toMatch(
      /^\*Public Service Reform\*\n6\. The criminal justice work and \*reoffending\* was discussed\./,
    );
    expect(shown.endsWith("ineffective trial rates. …")).toBe(true);
    expect(shown).not.toContain("quickest part");
    expect(trimmed.accessory).toMatchObject({
      type: "button",
      action_id: ACTION_IDS.passage,
      text: { text: "More" },
      value: JSON.stringify({ f: "002_0368bc6123038781.txt", l: 59 }),
    });
  });

  it("shows everyone an attendance answer lists as one table, with bullets as the plainer form", () => {
    // Lines 21, 23 and 70 of 002_0368bc6123038781.txt (LCRB, 12 April 2023).
    const present = [
      {
        name: "Sadiq Khan",
        status: "present",
        honorific: null,
        role: "Mayor of London (Chair)",
        organisation: null,
        line: 21,
      },
      {
        name: "Sophie Linden",
        status: "present",
        honorific: null,
        role: "DMPC",
        organisation: null,
        line: 23,
      },
    ] as const;
    const apologies = [
      {
        name: "Kenny Bowie",
        status: "apologies",
        honorific: null,
        role: null,
        organisation: "MOPAC",
        line: 70,
      },
    ] as const;
    const attendees = searchAnswer({
      intent: "attendees",
      title: "Who attended the LCRB meeting on Wednesday 12 April 2023",
      sections: [
        {
          ...section("Present (2)", null, 21),
          bullets: ["Sadiq Khan: Mayor of London (Chair)", "Sophie Linden: DMPC"],
          people: [...present],
        },
        {
          ...section("Apologies (1)", null, 70),
          bullets: ["Kenny Bowie: MOPAC"],
          people: [...apologies],
        },
      ],
      more: null,
    });
    const message = renderAnswer(attendees, PRIVATE);
    const tables = message.blocks.filter((block) => block.type === "table");
    expect(tables).toHaveLength(1);
    const rows = tables[0]?.type === "table" ? tables[0].rows : [];
    expect(rows.map((row) => row.map((cell) => ("text" in cell ? cell.text : "")))).toEqual([
      ["Name", "Role", "Organisation", "Status"],
      ["Sadiq Khan", "Mayor of London (Chair)", "—", "Present"],
      ["Sophie Linden", "DMPC", "—", "Present"],
      ["Kenny Bowie", "—", "MOPAC", "Apologies"],
    ]);
    expect(citationsOf(message.blocks)).toHaveLength(2);
    const plainer = JSON.stringify(message.plainerBlocks);
    expect(plainer).not.toContain('"table"');
    expect(plainer).toContain("• Kenny Bowie: MOPAC");
    expect(message.text).toContain("Kenny Bowie");
  });
});
