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
