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
    const { blocks } = renderAnswer(searchAnswer({ sections: [section(null, long, 60)] }), PRIVATE);
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
});
