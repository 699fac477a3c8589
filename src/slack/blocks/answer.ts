import type { types } from "@slack/bolt";
import type { Answer, AnswerSection } from "../../answers/answer.js";
import type { AttendanceStatus } from "../../corpus/model.js";
import { ACTION_IDS, type AskRequest, encodeAskRequest } from "./ask-request.js";
import { citationText } from "./citation.js";
import { escapeMrkdwn } from "./escape.js";
import { cutPoint, LIMITS, splitText, truncate } from "./limits.js";
import { type Block, contextLine, mrkdwnSection, type SlackMessage } from "./message.js";
import { answerToMrkdwn, bulletsMrkdwn, sectionTextMrkdwn } from "./mrkdwn.js";
import { encodePassageRequest } from "./passage-request.js";

export interface AnswerBlockOptions {
  /** The request this answer came from, to offer "Share in channel" (only on private answers). */
  share: AskRequest | null;
  /** Offer "More results" and follow-up questions (not on a copy shared with the channel). */
  interactive: boolean;
  /** A context line above the answer (mrkdwn, already escaped), such as who asked. */
  preface?: string;
}

const MAX_FOLLOW_UPS = 3;
/** About how much of an excerpt an answer shows; "More" shows the rest. */
const EXCERPT_LENGTH = 300;

/** Renders an Answer as a Block Kit message within Slack's limits, with a text fallback. */
export function renderAnswer(answer: Answer, options: AnswerBlockOptions): SlackMessage {
  const head: Block[] = [
    ...(options.preface ? [contextLine(options.preface)] : []),
    { type: "header", text: { type: "plain_text", text: headerText(answer.title), emoji: true } },
  ];
  if (answer.summary) head.push(...sectionsOf(escapeMrkdwn(answer.summary)));

  const buttons = answerButtons(answer, options);
  const tail: Block[] = buttons.length > 0 ? [{ type: "actions", elements: buttons }] : [];
  const room = LIMITS.messageBlocks - head.length - tail.length - 1;
  // An excerpt is trimmed only where its "More" button can show the rest.
  const trim = options.interactive;
  const sections = bodyBlocks(answer.sections, room, { trim, table: false });
  // The whole answer as escaped mrkdwn: what notifications and screen readers get.
  const text = truncate(answerToMrkdwn(answer), LIMITS.fallbackText);
  if (!tabulates(answer.sections)) return { blocks: [...head, ...sections, ...tail], text };
  return {
    blocks: [...head, ...bodyBlocks(answer.sections, room, { trim, table: true }), ...tail],
    // A workspace that rejects the table gets the same people as bullets.
    plainerBlocks: [...head, ...sections, ...tail],
    text,
  };
}

function headerText(title: string): string {
  return truncate(escapeMrkdwn(title), LIMITS.headerText);
}

function sectionsOf(mrkdwn: string): Block[] {
  return splitText(mrkdwn, LIMITS.sectionText).map(mrkdwnSection);
}

interface BodyForm {
  /** Trim long excerpts, with "More" for the rest. */
  trim: boolean;
  /** Show the people of the sections that list them as one table. */
  table: boolean;
}

/** Whole sections while they fit in `room` blocks, then a line saying how many were left out. */
function bodyBlocks(sections: readonly AnswerSection[], room: number, form: BodyForm): Block[] {
  const body: Block[] = [];
  let shown = 0;
  let tabled = false;
  for (const section of sections) {
    const inTable = form.table && (section.people?.length ?? 0) > 0;
    // Every section listing people goes into the one table (Slack allows one per message),
    // which stands where the first of them did; each keeps its citation.
    const blocks = inTable
      ? [
          ...(tabled ? [] : [attendanceTable(sections)]),
          ...(section.citation ? [contextLine(citationText(section.citation))] : []),
        ]
      : sectionBlocks(section, form.trim);
    if (body.length + blocks.length > room) break;
    body.push(...blocks);
    tabled ||= inTable;
    shown += 1;
  }
  const hidden = sections.length - shown;
  if (hidden > 0) {
    body.push(
      contextLine(`…and ${hidden} more not shown here. Ask a narrower question to see them.`),
    );
  }
  return body;
}

/** A section's heading, text and bullets as mrkdwn section blocks, then its citation. */
function sectionBlocks(section: AnswerSection, trim: boolean): Block[] {
  const heading = section.heading ? `*${escapeMrkdwn(section.heading)}*` : null;
  const bullets = bulletsMrkdwn(section);
  const excerpt = section.text && trim ? trimmedExcerpt(section) : null;
  const blocks: Block[] = [];
  if (excerpt) {
    blocks.push({
      ...mrkdwnSection([heading, excerpt.shown].filter(Boolean).join("\n")),
      accessory: excerpt.more,
    });
    if (bullets.length > 0) blocks.push(...sectionsOf(bullets.join("\n")));
  } else {
    const lines = [heading, section.text ? sectionTextMrkdwn(section) : null, ...bullets].filter(
      (line): line is string => line !== null && line !== "",
    );
    if (lines.length > 0) blocks.push(...sectionsOf(lines.join("\n")));
  }
  if (section.citation) blocks.push(contextLine(citationText(section.citation)));
  return blocks;
}

/**
 * An excerpt longer than EXCERPT_LENGTH cut at a natural break, its highlights kept up to the
 * cut, with a "More" button for the whole passage; null when it is short enough to show whole.
 */
function trimmedExcerpt(section: AnswerSection): { shown: string; more: types.Button } | null {
  const text = section.text ?? "";
  if (text.length <= EXCERPT_LENGTH || !section.citation) return null;
  const cut = cutPoint(text, EXCERPT_LENGTH);
  const highlights = (section.highlights ?? [])
    .filter(([start]) => start < cut)
    .map(([start, end]): [number, number] => [start, Math.min(end, cut)]);
  const shown = `${sectionTextMrkdwn({ text: text.slice(0, cut).trimEnd(), highlights })} …`;
  return {
    shown,
    more: {
      type: "button",
      action_id: ACTION_IDS.passage,
      text: { type: "plain_text", text: "More" },
      value: encodePassageRequest({ file: section.citation.file, line: section.citation.line }),
    },
  };
}

const STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: "Present",
  in_attendance: "In attendance",
  apologies: "Apologies",
};

/** Whether the sections' people fit one table: someone to show, and within its row limit. */
function tabulates(sections: readonly AnswerSection[]): boolean {
  const people = sections.reduce((count, section) => count + (section.people?.length ?? 0), 0);
  return people > 0 && people < LIMITS.tableRows;
}

/** Name, role, organisation and status of everyone the sections list, under a header row. */
function attendanceTable(sections: readonly AnswerSection[]): types.TableBlock {
  const cell = (text: string | null): types.RawTextElement => ({
    type: "raw_text",
    // A cell must hold at least one character.
    text: text && text.trim() !== "" ? text : "—",
  });
  const rows = sections
    .flatMap((section) => section.people ?? [])
    .map((person) =>
      [
        person.honorific ? `${person.honorific} ${person.name}` : person.name,
        person.role,
        person.organisation,
        STATUS_LABELS[person.status],
      ].map(cell),
    );
  return {
    type: "table",
    column_settings: [{ is_wrapped: true }, { is_wrapped: true }, { is_wrapped: true }],
    rows: [["Name", "Role", "Organisation", "Status"].map(cell), ...rows],
  };
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
    text: { type: "plain_text", text: truncate(escapeMrkdwn(label), LIMITS.buttonText) },
    value: encodeAskRequest(request),
  };
}
