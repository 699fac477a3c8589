/**
 * Word's line numbering, printed in a gutter left of the text and copied with it (a draft sent
 * for comment, through pdftotext): "  9  Members present" | " 10  Baroness Imelda …", the numbers
 * counting the lines of each page and starting again at 1 on the next (unseen-minutes-9/75), or
 * shown on every fifth line only, the others indented as far ("  5" | "     Time: 12 noon …").
 * A line number is no part of its line: "1  DRAFT - SUBJECT TO APPROVAL" is no numbered heading,
 * "23  1. Welcome and apologies" is the item "1.".
 *
 * Recognised by layout alone: numbered lines whose number is the line's place on its page, every
 * line or every fifth (or tenth) one, with nothing left of the number; every written line of the
 * file on such a page; at least four numbered lines. Each page's lines share where the page starts
 * (line minus number), so a page restarting at 1 is a new page, whether or not a form feed marks it.
 */

/** The lines with the gutter cut off, or null when the text has no gutter. */
export function cutLineGutter(raws: readonly string[]): string[] | null {
  const marks: (GutterMark | null)[] = new Array(raws.length);
  let numbered = 0;
  for (let i = 0; i < raws.length; i++) {
    const mark = readMark(raws[i] as string);
    marks[i] = mark;
    if (mark) numbered += 1;
  }
  if (numbered < MIN_NUMBERED) return null;
  // The numbers are right-aligned in the gutter: a figure opening the text further in ("     12
  // noon, Room 3.02" between numbered lines) is the text's own. A page break may add a column.
  const gutterEnd = mostCommon(marks, (mark) => mark.numberEnd);
  if (gutterEnd === null) return null;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    if (mark && (mark.numberEnd < gutterEnd || mark.numberEnd > gutterEnd + 1)) marks[i] = null;
  }
  const pages = readPages(marks);
  if (pages === null) return null;
  const step = stepOf(pages, marks);
  if (step === null) return null;
  const columns = commonColumns(marks);
  if (columns === null) return null;
  const { numberEnd, textAt } = columns;
  const cut: string[] = new Array(raws.length);
  for (let p = 0; p < pages.length; p++) {
    const start = pages[p] as number;
    const end = p + 1 < pages.length ? (pages[p + 1] as number) : raws.length;
    for (let i = start; i < end; i++) {
      const raw = raws[i] as string;
      const mark = marks[i];
      const place = i - start + 1;
      if (place % step === 0) {
        // A numbered place must carry its number; a blank line past the page's end may not.
        if (mark?.number !== place) {
          if (raw.trim() === "" && i > lastNumbered(marks, start, end)) {
            cut[i] = "";
            continue;
          }
          return null;
        }
        cut[i] = cutNumbered(raw, mark, numberEnd, textAt);
      } else {
        if (mark) return null;
        // Between the numbers, text stands at the text's column or further in.
        const indent = raw.length - raw.trimStart().length;
        if (raw.trim() !== "" && indent < textAt - 1) return null;
        cut[i] = raw.slice(Math.min(indent, textAt));
      }
    }
  }
  // Nothing written before the first page.
  for (let i = 0; i < (pages[0] as number); i++) {
    if ((raws[i] as string).trim() !== "") return null;
    cut[i] = "";
  }
  return cut;
}

const MIN_NUMBERED = 4;
// A number of one to three figures, nothing but spaces (or a page break) before it, then spaces
// and the text or nothing.
const GUTTER_MARK = /^([\s\f]*)(\d{1,3})(?:( +)(\S.*)?)?$/;

interface GutterMark {
  number: number;
  /** Where the number ends, in the line as written. */
  numberEnd: number;
  /** Where the text starts, or -1 when the line is the number alone. */
  textAt: number;
}

function readMark(raw: string): GutterMark | null {
  // Most lines open with a letter: only those opening with a figure after spaces are asked.
  let i = 0;
  while (i < raw.length && i < 8 && (raw.charCodeAt(i) === 0x20 || raw.charCodeAt(i) === 0x0c))
    i += 1;
  const code = raw.charCodeAt(i);
  if (!(code >= 48 && code <= 57)) return null;
  const m = GUTTER_MARK.exec(raw);
  if (!m) return null;
  const numberEnd = (m[1] as string).length + (m[2] as string).length;
  const number = Number(m[2]);
  if (number === 0) return null;
  return {
    number,
    numberEnd,
    textAt: m[4] === undefined ? -1 : numberEnd + (m[3] as string).length,
  };
}

// Where each page starts: the line a numbered line's number counts from. The numbered lines of a
// page agree on it, and a new page starts after the last numbered line of the one before.
function readPages(marks: readonly (GutterMark | null)[]): number[] | null {
  const pages: number[] = [];
  let last = -1;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    if (!mark) continue;
    const start = i - mark.number + 1;
    const current = pages.at(-1);
    if (current === undefined || start !== current) {
      if (start <= last || start < 0) return null;
      pages.push(start);
    }
    last = i;
  }
  return pages.length > 0 ? pages : null;
}

// Every line numbered, or every fifth or tenth: the smallest number any page shows first.
function stepOf(pages: readonly number[], marks: readonly (GutterMark | null)[]): number | null {
  let step = Number.POSITIVE_INFINITY;
  for (const mark of marks) if (mark) step = Math.min(step, mark.number);
  return pages.length > 0 && (step === 1 || step === 5 || step === 10) ? step : null;
}

// Where the numbers end (they are right-aligned) and where the text starts after them: the
// columns most numbered lines agree on. A page break before a page's first number may shift it.
function commonColumns(
  marks: readonly (GutterMark | null)[],
): { numberEnd: number; textAt: number } | null {
  const numberEnd = mostCommon(marks, (mark) => mark.numberEnd);
  if (numberEnd === null) return null;
  const textAt = mostCommon(marks, (mark) =>
    mark.textAt < 0 ? null : mark.textAt - (mark.numberEnd - numberEnd),
  );
  return textAt === null ? null : { numberEnd, textAt };
}

// The value more than half the numbered lines giving one agree on.
function mostCommon(
  marks: readonly (GutterMark | null)[],
  read: (mark: GutterMark) => number | null,
): number | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const mark of marks) {
    const value = mark ? read(mark) : null;
    if (value === null) continue;
    total += 1;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  for (const [value, count] of counts) if (count * 2 > total) return value;
  return null;
}

function cutNumbered(raw: string, mark: GutterMark, numberEnd: number, textAt: number): string {
  if (mark.textAt < 0) return "";
  // A page break shifts the whole line; the text keeps any indent beyond the gutter's column.
  return raw.slice(textAt + Math.max(0, mark.numberEnd - numberEnd));
}

function lastNumbered(marks: readonly (GutterMark | null)[], start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (marks[i]) return i;
  return start - 1;
}
