import type { SearchResult } from "../search/types.js";
import { PURPOSE_SAID, REASON_SAID } from "./asked-excerpt.js";
import { askedKind } from "./asked-kind.js";
import type { AnswerContext } from "./context.js";
import { closestPassageText } from "./result-passage.js";

/**
 * The sentence saying the minutes give no reason, when the question asks why ("why was the
 * assessment centre problematic?") and the closest passage, read whole, gives none ("…
 * particularly the assessment centre on day one which was problematic": that it was, not why);
 * null otherwise. A passage giving a reason as the minutes give one ("stemmed from a concern
 * that …", "has meant that …") answers it, and so does one giving what the thing is for: "why
 * did MOPAC set up a roundtable?" is answered by "a roundtable in which partners would be invited
 * to discuss the issue of fraud".
 */
export function untoldReason(
  text: string,
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  if (askedKind(text)?.kind !== "reason") return null;
  const passage = closestPassageText(results, context);
  if (passage === null || REASON_SAID.test(passage) || PURPOSE_SAID.test(passage)) return null;
  if (PURPOSE_RELATIVE.test(passage)) return null;
  return "The minutes do not say why: the closest passage gives no reason.";
}

// What a thing is for, said of it in a relative clause: "a roundtable in which partners would be
// invited to discuss …", "a forum where boroughs could share …".
const PURPOSE_RELATIVE =
  /\b(?:in which|through which|at which|where)\b[^.;]*?\b(?:would|will|could|can)\b/i;
