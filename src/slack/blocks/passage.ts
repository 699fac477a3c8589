import { citeLine } from "../../answers/format.js";
import type { Meeting, Passage } from "../../corpus/model.js";
import { citationText } from "./citation.js";
import { escapeMrkdwn } from "./escape.js";
import { LIMITS, splitText, truncate } from "./limits.js";
import { contextLine, mrkdwnSection, type SlackMessage } from "./message.js";
import type { PassageRequest } from "./passage-request.js";

/**
 * The passage a citation points at: in the meeting whose file it names, the paragraph starting
 * at its line, else the paragraph that line falls in (an excerpt may quote a later sentence).
 */
export function findPassage(
  meetings: readonly Meeting[],
  request: PassageRequest,
): { meeting: Meeting; passage: Passage } | null {
  const meeting = meetings.find((m) => m.file === request.file);
  if (!meeting) return null;
  const before = meeting.items
    .flatMap((item) => item.passages)
    .filter((passage) => passage.line <= request.line)
    .sort((a, b) => b.line - a.line);
  const passage = before[0];
  return passage ? { meeting, passage } : null;
}

/** A whole passage, split within the section limit, under its citation. */
export function renderPassage(meeting: Meeting, passage: Passage): SlackMessage {
  const text = escapeMrkdwn(passage.text);
  const citation = citationText(citeLine(meeting, passage.line));
  const sections = splitText(text, LIMITS.sectionText)
    .slice(0, LIMITS.messageBlocks - 1)
    .map(mrkdwnSection);
  return {
    blocks: [...sections, contextLine(citation)],
    text: truncate(`${text}\n${citation}`, LIMITS.fallbackText),
  };
}
