import type { SearchResult } from "../search/types.js";
import type { AnswerSection } from "./answer.js";
import type { AnswerContext } from "./context.js";
import { textMentions } from "./query/mentions.js";
import { resultPassage } from "./result-passage.js";

// The most passages of one item added under its best one.
const MOST_ADDED = 3;

/**
 * "What did they say about disproportionality there?": search gives each item once, by its best
 * passage, but at one meeting the question is what that meeting's minutes say. Each found item's
 * other passages that mention every subject word follow its section, each cited at its line.
 */
export function withOtherPassages(
  sections: readonly AnswerSection[],
  results: readonly SearchResult[],
  subject: readonly string[],
  context: AnswerContext,
): AnswerSection[] {
  if (subject.length === 0) return [...sections];
  return sections.flatMap((section, i) => {
    const result = results[i];
    const found = result ? resultPassage(result, context) : null;
    if (!result || !found) return [section];
    // Not the passage the section shows: the result's own, or the one its excerpt moved to (a
    // "when" answered by the item's passage that says when).
    const others = found.passages
      .filter(
        (passage, at) =>
          at !== found.at &&
          passage.line !== section.citation?.line &&
          textMentions(passage.text, subject),
      )
      .slice(0, MOST_ADDED);
    return [
      section,
      ...others.map(
        (passage): AnswerSection => ({
          heading: null,
          text: passage.text,
          bullets: [],
          citation: section.citation && { ...section.citation, line: passage.line },
        }),
      ),
    ];
  });
}
