import type { Passage } from "../corpus/model.js";
import type { SearchResult } from "../search/types.js";
import type { AnswerContext } from "./context.js";

/** A result's passage: its item's passages and where it stands among them; null if none. */
export function resultPassage(
  result: SearchResult,
  context: AnswerContext,
): { passages: readonly Passage[]; at: number } | null {
  const meeting = context.meetings.find((m) => m.id === result.meetingId);
  for (const item of meeting?.items ?? []) {
    const at = item.passages.findIndex((p) => p.line === result.source.line);
    if (at >= 0) return { passages: item.passages, at };
  }
  return null;
}

/** A result's whole passage, or its excerpt when the passage is not found. */
export function passageText(result: SearchResult, context: AnswerContext): string {
  const found = resultPassage(result, context);
  return found?.passages[found.at]?.text ?? result.excerpt;
}

/** The text of the closest passage (the first result's, read whole), or null with no results. */
export function closestPassageText(
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  const [closest] = results;
  return closest ? passageText(closest, context) : null;
}

/** The text of the passage at a line of a meeting's minutes, or null if none starts there. */
export function passageAt(meetingId: string, line: number, context: AnswerContext): string | null {
  const meeting = context.meetings.find((m) => m.id === meetingId);
  for (const item of meeting?.items ?? []) {
    const passage = item.passages.find((p) => p.line === line);
    if (passage) return passage.text;
  }
  return null;
}
