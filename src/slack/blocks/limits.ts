/** Block Kit limits (docs.slack.dev/reference/block-kit) that a message must stay within. */
export const LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  /** A context_actions block: its feedback_buttons and icon_button elements. */
  contextActionsElements: 5,
  buttonText: 75,
  buttonValue: 2000,
  /** What a screen reader reads instead of a button's text. */
  accessibilityLabel: 75,
  /** A table block: rows (the header row included) and cells in a row. */
  tableRows: 100,
  tableColumns: 20,
  /** Slack truncates longer messages; we keep the fallback text well below it. */
  fallbackText: 12_000,
} as const;

/** Cuts text to at most `max` characters, ending with "…" when it had to cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Back off to the last whole word, unless the cut already falls between words.
  if (/\s/.test(text.charAt(max - 1))) return `${cut.trimEnd()}…`;
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

// Where to cut a long text, best first: between paragraphs, lines, sentences, words.
const BREAKS = ["\n\n", "\n", ". ", " "] as const;

/**
 * Splits text into pieces of at most `max` characters, cutting at the most natural break that
 * keeps a piece at least half full, so an excerpt never ends mid-word when it can be helped.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const at = cutPoint(rest, max);
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/**
 * Where to cut text to show at most `max` characters of it: the most natural break (paragraph,
 * line, sentence, word) that keeps at least half, as splitText cuts.
 */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const window = text.slice(0, max);
  for (const mark of BREAKS) {
    const at = window.lastIndexOf(mark);
    // A sentence break keeps its full stop on the first piece.
    if (at >= max / 2) return mark === ". " ? at + 1 : at;
  }
  // No natural break: cut hard, but not through an escaped entity such as "&amp;".
  const entity = window.lastIndexOf("&");
  return entity > max - 6 && !window.slice(entity).includes(";") ? entity : max;
}
