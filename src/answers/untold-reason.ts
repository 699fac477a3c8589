import type { SearchResult } from "../search/types.js";
import { REASON_SAID } from "./asked-excerpt.js";
import { askedKind } from "./asked-kind.js";
import type { AnswerContext } from "./context.js";
import { closestPassageText } from "./result-passage.js";

/**
 * The sentence saying the minutes give no reason, when the question asks why ("why was the
 * assessment centre problematic?") and the closest passage, read whole, gives none ("…
 * particularly the assessment centre on day one which was problematic": that it was, not why);
 * null otherwise. A passage giving a reason as the minutes give one ("stemmed from a concern
 * that …", "has meant that …") answers it.
 */
export function untoldReason(
  text: string,
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  if (askedKind(text)?.kind !== "reason") return null;
  const passage = closestPassageText(results, context);
  if (passage === null || REASON_SAID.test(passage)) return null;
  return "The minutes do not say why: the closest passage gives no reason.";
}
