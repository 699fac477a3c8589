import type { AnalysedToken } from "./analyse.js";

/** Excerpts stay readable in a chat message: a sentence or two, about this many characters. */
export const MAX_EXCERPT_LENGTH = 320;
const SHORT_SENTENCE = 160;

// A sentence ends at . ! ? followed by space and what can start the next one.
const SENTENCE_END = /(?<=[.!?])\s+(?=["'“‘([]?[\p{Lu}\p{N}])/u;

interface Sentence {
  text: string;
  hits: number;
  distinct: number;
}

/**
 * The best sentence or two of a passage for the matched terms, cut at word boundaries, with the
 * matched words in Slack bold. Asterisks from the source are dropped so bold stays unambiguous.
 */
export function excerptOf(
  text: string,
  matched: ReadonlySet<string>,
  analyse: (text: string) => AnalysedToken[],
): string {
  const clean = text.replace(/\*+/g, "").replace(/\s+/g, " ").trim();
  const sentences: Sentence[] = clean.split(SENTENCE_END).map((sentence) => {
    const hitTerms = analyse(sentence).flatMap((entry) =>
      entry.terms.filter((term) => matched.has(term)),
    );
    return { text: sentence, hits: hitTerms.length, distinct: new Set(hitTerms).size };
  });
  let best = 0;
  for (const [i, sentence] of sentences.entries()) {
    const current = sentences[best] as Sentence;
    if (
      sentence.distinct > current.distinct ||
      (sentence.distinct === current.distinct && sentence.hits > current.hits)
    )
      best = i;
  }
  let excerpt = sentences[best]?.text ?? clean;
  const before = sentences[best - 1];
  const after = sentences[best + 1];
  if (excerpt.length < SHORT_SENTENCE) {
    const neighbour = after && (!before || after.hits >= before.hits) ? after : before;
    if (neighbour && excerpt.length + neighbour.text.length < MAX_EXCERPT_LENGTH)
      excerpt = neighbour === after ? `${excerpt} ${after.text}` : `${neighbour.text} ${excerpt}`;
  }
  return embolden(cutAround(excerpt, matched, analyse), matched, analyse);
}

/** Cuts text longer than the limit to a window around its first matched word, at word boundaries. */
function cutAround(
  text: string,
  matched: ReadonlySet<string>,
  analyse: (text: string) => AnalysedToken[],
): string {
  if (text.length <= MAX_EXCERPT_LENGTH) return text;
  const first = analyse(text).find((entry) => entry.terms.some((term) => matched.has(term)));
  const anchor = first ? first.token.start : 0;
  let start = Math.max(
    0,
    Math.min(anchor - MAX_EXCERPT_LENGTH / 4, text.length - MAX_EXCERPT_LENGTH),
  );
  let end = Math.min(text.length, start + MAX_EXCERPT_LENGTH);
  if (start > 0) start = wordStartAfter(text, start);
  if (end < text.length) end = wordEndBefore(text, end);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

function wordStartAfter(text: string, at: number): number {
  const space = text.indexOf(" ", at);
  return space === -1 ? at : space + 1;
}

function wordEndBefore(text: string, at: number): number {
  const space = text.lastIndexOf(" ", at);
  return space <= 0 ? at : space;
}

function embolden(
  text: string,
  matched: ReadonlySet<string>,
  analyse: (text: string) => AnalysedToken[],
): string {
  // Runs of matched words separated only by spaces become one bold span: "*Police and Crime Plan*".
  const spans: Array<[number, number]> = [];
  for (const { token, terms } of analyse(text)) {
    if (!terms.some((term) => matched.has(term))) continue;
    const previous = spans[spans.length - 1];
    if (previous && /^ +$/.test(text.slice(previous[1], token.start))) previous[1] = token.end;
    else spans.push([token.start, token.end]);
  }
  let out = "";
  let last = 0;
  for (const [start, end] of spans) {
    out += `${text.slice(last, start)}*${text.slice(start, end)}*`;
    last = end;
  }
  return out + text.slice(last);
}
