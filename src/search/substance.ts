/**
 * Whether a paragraph of the minutes says something, or only names it. Minutes open items with
 * sub-headings ("1. ***MPS response to the Casey Review…***") and list what was raised as stubs
 * ("3. Estate strategy"): a search for the subject matches those best, being short, but an excerpt
 * of them tells the reader nothing that the item title did not.
 */
export type PassageShape = "prose" | "heading" | "list-item";

// "1.", "2)", "(a)", "iv.", "•", "-" before the words of a list entry.
const LIST_MARKER = /^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[•▪◦‣·*-])\s+/i;
// Prose ends a sentence; a heading or a stub does not (a trailing colon introduces a list).
const SENTENCE_END = /[.!?;]["'”’)\]]*\s*$/;
/** A heading is short: a line this long says something even without a full stop. */
const MAX_HEADING_WORDS = 14;
/** A numbered entry with no full stop may run longer ("2. Ways for partners to support …"). */
const MAX_LIST_ENTRY_WORDS = 24;

/** How a paragraph reads: prose, a heading, or an entry of a list. */
export function passageShape(text: string): PassageShape {
  const plain = text.replace(/\*+/g, "").trim();
  const words = plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (SENTENCE_END.test(plain) && words > 3) return "prose";
  if (LIST_MARKER.test(plain)) return words > MAX_LIST_ENTRY_WORDS ? "prose" : "list-item";
  return words > MAX_HEADING_WORDS ? "prose" : "heading";
}

/** Whether a paragraph ends by introducing a list ("…supporting the MPS with:"). */
export function introducesList(text: string): boolean {
  return /:\s*$/.test(text.replace(/\*+/g, "").trim());
}
