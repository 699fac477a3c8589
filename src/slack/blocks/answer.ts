import type { types } from "@slack/bolt";
import type { Answer, AnswerSection } from "../../answers/answer.js";
import { ACTION_IDS, type AskRequest, encodeAskRequest } from "./ask-request.js";
import { citationText } from "./citation.js";
import { escapeMrkdwn, plainText } from "./escape.js";
import { LIMITS, splitText, truncate } from "./limits.js";
import { type Block, contextLine, mrkdwnSection, type SlackMessage } from "./message.js";
import { answerToMrkdwn, sectionTextMrkdwn } from "./mrkdwn.js";

export interface AnswerBlockOptions {
  /** The request this answer came from, to offer "Share in channel" (only on private answers). */
  share: AskRequest | null;
  /** Offer "More results" and follow-up questions (not on a copy shared with the channel). */
  interactive: boolean;
  /** A context line above the answer (mrkdwn, already escaped), such as who asked. */
  preface?: string;
}

const MAX_FOLLOW_UPS = 3;

/** Renders an Answer as a Block Kit message within Slack's limits, with a text fallback. */
export function renderAnswer(answer: Answer, options: AnswerBlockOptions): SlackMessage {
  const head: Block[] = [
    ...(options.preface ? [contextLine(options.preface)] : []),
    { type: "header", text: { type: "plain_text", text: headerText(answer.title), emoji: true } },
  ];
  if (answer.summary) head.push(...sectionsOf(escapeMrkdwn(answer.summary)));

  const buttons = answerButtons(answer, options);
  const tail: Block[] = buttons.length > 0 ? [{ type: "actions", elements: buttons }] : [];

  // Keep whole sections while they fit; say how many were left out rather than cutting one.
  const room = LIMITS.messageBlocks - head.length - tail.length - 1;
  const body: Block[] = [];
  let shown = 0;
  for (const section of answer.sections) {
    const blocks = sectionBlocks(section);
    if (body.length + blocks.length > room) break;
    body.push(...blocks);
    shown += 1;
  }
  const hidden = answer.sections.length - shown;
  if (hidden > 0) {
    body.push(
      contextLine(`…and ${hidden} more not shown here. Ask a narrower question to see them.`),
    );
  }
  // The whole answer as escaped mrkdwn: what notifications and screen readers get.
  const text = truncate(answerToMrkdwn(answer), LIMITS.fallbackText);
  return { blocks: [...head, ...body, ...tail], text };
}

function headerText(title: string): string {
  return truncate(plainText(title), LIMITS.headerText);
}

function sectionsOf(mrkdwn: string): Block[] {
  return splitText(mrkdwn, LIMITS.sectionText).map(mrkdwnSection);
}

/** A section's heading, text and bullets as mrkdwn section blocks, then its citation. */
function sectionBlocks(section: AnswerSection): Block[] {
  const lines = [
    section.heading ? `*${escapeMrkdwn(section.heading)}*` : null,
    section.text ? sectionTextMrkdwn(section) : null,
    ...section.bullets.map((bullet) => `• ${escapeMrkdwn(bullet)}`),
  ].filter((line): line is string => line !== null && line !== "");
  const blocks = lines.length > 0 ? sectionsOf(lines.join("\n")) : [];
  if (section.citation) blocks.push(contextLine(citationText(section.citation)));
  return blocks;
}

function answerButtons(answer: Answer, options: AnswerBlockOptions): types.Button[] {
  const buttons: types.Button[] = [];
  if (options.interactive && answer.more) {
    buttons.push(
      button("More results", ACTION_IDS.more, {
        question: answer.more.query,
        offset: answer.more.offset,
      }),
    );
  }
  if (options.share) {
    buttons.push({
      ...button("Share in channel", ACTION_IDS.share, options.share),
      style: "primary",
    });
  }
  if (options.interactive) {
    answer.followUps.slice(0, MAX_FOLLOW_UPS).forEach((question, index) => {
      // action_id must be unique within a block, so each follow-up gets its own suffix.
      buttons.push(button(question, `${ACTION_IDS.followUp}_${index}`, { question, offset: 0 }));
    });
  }
  return buttons;
}

function button(label: string, actionId: string, request: AskRequest): types.Button {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: truncate(plainText(label), LIMITS.buttonText) },
    value: encodeAskRequest(request),
  };
}
