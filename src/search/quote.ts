import type { AgendaItem, Passage } from "../corpus/model.js";
import type { AnalysedToken } from "./analyse.js";
import { type Excerpt, excerptOf, plainPassage } from "./excerpt.js";
import { introducesList, passageShape } from "./substance.js";

/** What a result quotes, and the line of the minutes the quote starts on. */
export interface Quote {
  excerpt: Excerpt;
  line: number;
}

/**
 * The quote for a matching passage of an item. Prose quotes itself. A list entry ("4. External
 * expertise") is quoted after the sentence that introduces its list ("…asks for partners … to
 * consider supporting the MPS with:"), which says what the list is. A heading, or a list entry
 * with no such sentence, borrows the paragraph after it, which says what was said about it.
 */
export function quoteFor(
  item: AgendaItem,
  passage: Passage | null,
  matched: ReadonlySet<string>,
  analyse: (text: string) => AnalysedToken[],
): Quote {
  if (!passage) return { excerpt: excerptOf(item.title, matched, analyse), line: item.line };
  const shape = passageShape(passage.text);
  if (shape === "prose")
    return { excerpt: excerptOf(passage.text, matched, analyse), line: passage.line };
  const index = item.passages.indexOf(passage);
  if (shape === "list-item") {
    const lead = item.passages
      .slice(0, Math.max(0, index))
      .reverse()
      .find((earlier) => passageShape(earlier.text) !== "list-item");
    if (lead && passageShape(lead.text) === "prose" && introducesList(lead.text)) {
      const introduction = lastSentence(plainPassage(lead.text));
      const text = `${introduction} ${plainPassage(passage.text)}`;
      return { excerpt: excerptOf(text, matched, analyse), line: lead.line };
    }
  }
  const next = item.passages.slice(index + 1).find((later) => passageShape(later.text) === "prose");
  if (next) return { excerpt: excerptOf(next.text, matched, analyse), line: next.line };
  return { excerpt: excerptOf(passage.text, matched, analyse), line: passage.line };
}

// The last sentence of a paragraph: after the last ". " that a capital follows.
function lastSentence(text: string): string {
  const starts = [...text.matchAll(/[.!?]\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu)];
  const last = starts[starts.length - 1];
  return last ? text.slice(last.index + last[0].length) : text;
}
