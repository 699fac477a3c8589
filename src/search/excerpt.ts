import type { AnalysedToken } from "./analyse.js";

/** Excerpts stay readable in a chat message: a sentence or two, about this many characters. */
export const MAX_EXCERPT_LENGTH = 320;
const SHORT_SENTENCE = 160;
/** Fewer words than this is a fragment ("Item 2."), not a sentence that says something. */
const MIN_SENTENCE_WORDS = 4;

// A sentence ends at . ! ? followed by space and what can start the next one.
const SENTENCE_END = /(?<=[.!?])\s+(?=["'“‘([]?[\p{Lu}\p{N}])/u;

/** Where the matched words are in an excerpt: [start, end) character offsets into its text. */
export type Highlight = [start: number, end: number];

/** A passage cut to its best sentence or two, as plain text, with the matched words marked. */
export interface Excerpt {
  text: string;
  highlights: Highlight[];
}

interface Sentence {
  text: string;
  hits: number;
  distinct: number;
  substantive: boolean;
}

/** The source's own markup (bold asterisks) and runs of white space, gone. */
export function plainPassage(text: string): string {
  return text.replace(/\*+/g, "").replace(/\s+/g, " ").trim();
}

/**
 * The best sentence or two of a passage for the matched terms, cut at word boundaries: the one
 * holding the most distinct matched terms, a real sentence before a fragment, then the most
 * matches. Plain text: each face marks the highlights its own way.
 */
export function excerptOf(
  text: string,
  matched: ReadonlySet<string>,
  analyse: (text: string) => AnalysedToken[],
): Excerpt {
  const clean = plainPassage(text);
  const sentences: Sentence[] = clean.split(SENTENCE_END).map((sentence) => {
    const analysed = analyse(sentence);
    const hitTerms = analysed.flatMap((entry) => entry.terms.filter((term) => matched.has(term)));
    return {
      text: sentence,
      hits: hitTerms.length,
      distinct: new Set(hitTerms).size,
      substantive: analysed.length >= MIN_SENTENCE_WORDS,
    };
  });
  let best = 0;
  for (const [i, sentence] of sentences.entries()) {
    if (better(sentence, sentences[best] as Sentence)) best = i;
  }
  let excerpt = sentences[best]?.text ?? clean;
  const before = sentences[best - 1];
  const after = sentences[best + 1];
  if (excerpt.length < SHORT_SENTENCE) {
    const neighbour = after && (!before || after.hits >= before.hits) ? after : before;
    if (neighbour && excerpt.length + neighbour.text.length < MAX_EXCERPT_LENGTH)
      excerpt = neighbour === after ? `${excerpt} ${after.text}` : `${neighbour.text} ${excerpt}`;
  }
  const cut = cutAround(excerpt, matched, analyse);
  return { text: cut, highlights: highlightsOf(cut, matched, analyse) };
}

function better(sentence: Sentence, current: Sentence): boolean {
  if (sentence.distinct !== current.distinct) return sentence.distinct > current.distinct;
  if (sentence.substantive !== current.substantive) return sentence.substantive;
  return sentence.hits > current.hits;
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

/**
 * The matched words of a text as ranges; runs of matched words separated only by spaces become
 * one range ("Police and Crime Plan" when all four matched).
 */
export function highlightsOf(
  text: string,
  matched: ReadonlySet<string>,
  analyse: (text: string) => AnalysedToken[],
): Highlight[] {
  const spans: Highlight[] = [];
  for (const { token, terms } of analyse(text)) {
    if (!terms.some((term) => matched.has(term))) continue;
    const previous = spans[spans.length - 1];
    if (previous && /^ +$/.test(text.slice(previous[1], token.start))) previous[1] = token.end;
    else spans.push([token.start, token.end]);
  }
  return spans;
}
