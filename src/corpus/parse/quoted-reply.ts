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

// What shows the text is a message: a reply's "On …, … wrote:", a forward's "Original Message"
// rule, or an envelope, which is several fields: "From:" with "Sent:", "To:" or "Subject:".
// "Date:" alone is the minutes' own header. Without one, quoted lines are a quotation inside the
// minutes, however long (a letter read out).
const ATTRIBUTION = /\bwrote:\s*$|^-+\s*(?:original|forwarded)\s+message\s*-+$/i;
const ENVELOPE_FROM = /^from\s*:\s*\S/i;
const ENVELOPE_FIELD = /^(?:sent|to|subject|cc)\s*:\s*\S/i;

// ">" is a quote mark before a space, another mark or the line's end, as mail clients write it,
// and before words (">text", an older client's); before a figure or a sign (">90%", ">£1m",
// ">=") it is the line's own "more than".
function isQuoteMark(next: number): boolean {
  if (Number.isNaN(next)) return true;
  const c = String.fromCharCode(next);
  return !/[0-9£$€=.,%+-]/.test(c);
}

/**
 * The quote marks of `raws`, or null when no line opens with one. When the lines quoted at one
 * depth outnumber the written lines at every other depth, the unquoted ones included, and a line
 * less deep shows a message (an envelope's "From:" with "Sent:"/"To:"/"Subject:", "… wrote:"), the file is a reply quoting the
 * minutes: the lines at other depths are the messages around them.
 */
export function readQuoteMarks(raws: readonly string[]): QuoteMarks | null {
  const cut: number[] = new Array(raws.length);
  const depth: number[] = new Array(raws.length);
  const written: number[] = [];
  // The shallowest depth at which a line shows the text is a message.
  let message = Number.POSITIVE_INFINITY;
  // The depths holding an envelope's "From:", and those holding its other fields.
  const from = new Set<number>();
  const fields = new Set<number>();
  let quoted = false;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as string;
    let at = 0;
    let marks = 0;
    while (raw.charCodeAt(at) === GREATER_THAN && isQuoteMark(raw.charCodeAt(at + 1))) {
      marks++;
      at++;
      if (raw.charCodeAt(at) === SPACE) at++;
    }
    cut[i] = at;
    depth[i] = marks;
    if (marks > 0) quoted = true;
    if (raw.trim().length > at) {
      written[marks] = (written[marks] ?? 0) + 1;
      const words = raw.slice(at).trim();
      if (marks < message && ATTRIBUTION.test(words)) message = marks;
      if (ENVELOPE_FROM.test(words)) from.add(marks);
      else if (ENVELOPE_FIELD.test(words)) fields.add(marks);
    }
  }
  if (!quoted) return null;
  for (const d of from) if (fields.has(d) && d < message) message = d;
  let minutes = 0;
  for (let d = 1; d < written.length; d++)
    if ((written[d] ?? 0) > (written[minutes] ?? 0)) minutes = d;
  // The minutes are quoted in a message only when the message shows itself above them.
  if (message >= minutes) minutes = 0;
  const aside = depth.map((d) => minutes > 0 && d !== minutes);
  return { cut, aside };
}
