// Minutes sent round in an e-mail thread are often read from a reply: the notes quoted with "> "
// (unseen-minutes-8/63), or two deep, ">> " or "> > ", under a forward (layout-variants-8a/01).
// Every rule after the lines stage reads a line's own characters: a quote mark before them hides
// each heading, bullet and label. So the marks are taken off once, here, and the line keeps its
// number, so a citation still points at the line as written. A quoted block is a quotation in
// markdown too; inside minutes, its words are content like any other.

/** How each line of a text is quoted: the marks' length and how deep, for lines that have them. */
export interface QuoteMarks {
  /** Characters of quote marks (and the one space after each) before the line's words. */
  readonly cut: readonly number[];
  /**
   * The line belongs to the messages around quoted minutes (the reply, a forward's note and its
   * envelope, "On …, … wrote:"), not to the minutes.
   */
  readonly aside: readonly boolean[];
}

const GREATER_THAN = 62;
const SPACE = 32;

// What shows the text is a message: its envelope's sender, or a reply's "On …, … wrote:". Without
// one, quoted lines are a quotation inside the minutes, however long (a letter read out).
const MESSAGE_LINE = /^(?:from|sent|date)\s*:\s*\S|\bwrote:\s*$/i;

/**
 * The quote marks of `raws`, or null when no line opens with one. When the lines quoted at one
 * depth outnumber the written lines at every other depth, the unquoted ones included, and a line
 * less deep shows a message (an envelope's "From:", "… wrote:"), the file is a reply quoting the
 * minutes: the lines at other depths are the messages around them.
 */
export function readQuoteMarks(raws: readonly string[]): QuoteMarks | null {
  const cut: number[] = new Array(raws.length);
  const depth: number[] = new Array(raws.length);
  const written: number[] = [];
  // The shallowest depth at which a line shows the text is a message.
  let message = Number.POSITIVE_INFINITY;
  let quoted = false;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as string;
    let at = 0;
    let marks = 0;
    while (raw.charCodeAt(at) === GREATER_THAN) {
      marks++;
      at++;
      if (raw.charCodeAt(at) === SPACE) at++;
    }
    cut[i] = at;
    depth[i] = marks;
    if (marks > 0) quoted = true;
    if (raw.trim().length > at) {
      written[marks] = (written[marks] ?? 0) + 1;
      if (marks < message && MESSAGE_LINE.test(raw.slice(at).trim())) message = marks;
    }
  }
  if (!quoted) return null;
  let minutes = 0;
  for (let d = 1; d < written.length; d++)
    if ((written[d] ?? 0) > (written[minutes] ?? 0)) minutes = d;
  // The minutes are quoted in a message only when the message shows itself above them.
  if (message >= minutes) minutes = 0;
  const aside = depth.map((d) => minutes > 0 && d !== minutes);
  return { cut, aside };
}
