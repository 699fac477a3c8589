/** A run of text as a PDF places it: y is the baseline, measured down from the top of the page. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size, in the page's units. */
  size: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

/** Text on one baseline that reads on without a wide gap: a line of a column, or a table cell. */
interface Segment {
  x0: number;
  x1: number;
  /** Its own baseline: two columns' lines a little apart still share a row. */
  y: number;
  text: string;
}

interface Row {
  y: number;
  size: number;
  segments: Segment[];
}

/** Lines of one column (or of the whole page width), top to bottom. */
interface Sequence {
  lines: { y: number; text: string }[];
}

// A gap wider than this many ems between runs on one baseline separates table cells or columns;
// narrower gaps are the spaces between words.
const CELL_GAP_EM = 1.2;
// Running headers and footers sit in this share of the page's height at its top or bottom.
const EDGE_SHARE = 0.2;
// A gap between lines this much wider than the usual line spacing starts a new paragraph.
const PARAGRAPH_GAP = 1.25;

/**
 * Lays a PDF's text out as minutes lines: rows of text in reading order (a two-column page one
 * column after the other, a table row's cells joined by tabs), a blank line between paragraphs and
 * between pages, running headers, footers and page numbers dropped, words broken by a hyphen at a
 * line end joined again.
 */
export function layoutPdfText(pages: readonly PdfPageText[]): string {
  const rows = withoutFurniture(
    pages.map((page) => toRows(page.runs)),
    pages,
  );
  const gutter = findGutter(rows, pages);
  const sequences = rows.flatMap((pageRows, i) =>
    gutter === null ? [wholeWidth(pageRows)] : inColumns(pageRows, gutter * (pages[i]?.width ?? 0)),
  );
  const leading = usualLeading(sequences);
  const lines: string[] = [];
  for (const sequence of sequences) {
    if (sequence.lines.length === 0) continue;
    if (lines.length > 0) lines.push("");
    sequence.lines.forEach((line, i) => {
      const previous = sequence.lines[i - 1];
      if (previous && line.y - previous.y > leading * PARAGRAPH_GAP) lines.push("");
      lines.push(line.text);
    });
  }
  return joinHyphenated(lines).join("\n");
}

/** Runs grouped into rows by baseline, each row split into segments at wide gaps. */
function toRows(runs: readonly PdfTextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: { y: number; size: number; runs: PdfTextRun[] }[] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    // Runs within half an em of a row's baseline share it (a superscript rides a little higher).
    if (row && Math.abs(run.y - row.y) <= 0.5 * Math.max(row.size, run.size)) {
      row.runs.push(run);
      row.size = Math.max(row.size, run.size);
    } else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  return rows.map((row) => ({ y: row.y, size: row.size, segments: toSegments(row.runs) }));
}

function toSegments(runs: PdfTextRun[]): Segment[] {
  const segments: Segment[] = [];
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const text = run.text.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize("NFKC"));
    const last = segments.at(-1);
    const gap = last ? run.x - last.x1 : Number.POSITIVE_INFINITY;
    if (last && gap <= CELL_GAP_EM * run.size) {
      const spaced = gap > 0.15 * run.size && !/\s$/.test(last.text) && !/^\s/.test(text);
      last.text += spaced ? ` ${text}` : text;
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else segments.push({ x0: run.x, x1: run.x + run.width, y: run.y, text });
  }
  return segments
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, " ").trim() }))
    .filter((s) => s.text !== "");
}

function rowText(row: Row): string {
  return row.segments.map((s) => s.text).join(" ");
}

// "3", "Page 3", "Page 3 of 12", "- 3 -", "3/12".
const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/**
 * Drops the rows at the top and bottom of each page that are page numbers, or that repeat (numbers
 * aside) at the same edge of other pages: running headers and footers.
 */
function withoutFurniture(rowsByPage: Row[][], pages: readonly PdfPageText[]): Row[][] {
  // Same words (numbers aside) in the same size: a page-1 title is not its own running header.
  const key = (row: Row) =>
    `${Math.round(row.size)} ${rowText(row).toLowerCase().replace(/\d+/g, "#")}`;
  const edges = (rows: Row[], height: number) => ({
    top: rows.filter((r) => r.y <= height * EDGE_SHARE),
    bottom: rows.filter((r) => r.y >= height * (1 - EDGE_SHARE)),
  });
  const zones = rowsByPage.map((rows, i) => edges(rows, pages[i]?.height ?? 0));
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const repeated = (row: Row, edge: "top" | "bottom") =>
    pages.length > 1 &&
    zones.filter((zone) => zone[edge].some((r) => key(r) === key(row))).length >= needed;
  return rowsByPage.map((rows, i) => {
    const zone = zones[i] ?? { top: [], bottom: [] };
    const furniture = new Set<Row>();
    const mark = (candidates: Row[], edge: "top" | "bottom") => {
      for (const row of candidates) {
        if (!PAGE_NUMBER.test(rowText(row)) && !repeated(row, edge)) break;
        furniture.add(row);
      }
    };
    mark(zone.top, "top");
    mark([...zone.bottom].reverse(), "bottom");
    return rows.filter((row) => !furniture.has(row));
  });
}

/**
 * Where a two-column layout divides its pages, as a share of the page width, or null for pages
 * read in one column. A gutter is a strip down the middle that almost no line crosses, with text on
 * its right, and columns (unlike a table's cells) keep their own baselines, run up close to the
 * strip, or wrap sentences from line to line on both sides.
 */
function findGutter(rowsByPage: Row[][], pages: readonly PdfPageText[]): number | null {
  const rows = rowsByPage.flatMap((pageRows, i) =>
    pageRows.map((row) => ({ row, width: pages[i]?.width ?? 1 })),
  );
  let best: { share: number; crossing: number; right: number; end: number } | null = null;
  for (let share = 0.3; share <= 0.7; share += 0.005) {
    let crossing = 0;
    let right = 0;
    for (const { row, width } of rows) {
      const x = share * width;
      if (row.segments.some((s) => s.x0 < x - 1 && s.x1 > x + 1)) crossing++;
      else if (row.segments.some((s) => s.x0 >= x)) right++;
    }
    if (!best || crossing < best.crossing || (crossing === best.crossing && right > best.right))
      best = { share, crossing, right, end: share };
    // The gutter is the middle of the clear strip, not its edge, where a wide line may end.
    else if (crossing === best.crossing && right === best.right && best.end >= share - 0.0051)
      best.end = share;
  }
  if (!best || best.right < 4 || best.crossing > 0.25 * rows.length) return null;
  const share = (best.share + best.end) / 2;
  const sides = rows.map(({ row, width }) => ({
    left: row.segments.filter((s) => s.x1 <= share * width),
    right: row.segments.filter((s) => s.x0 >= share * width),
    size: row.size,
  }));
  const rightOnly = sides.filter((s) => s.right.length > 0 && s.left.length === 0).length;
  const gaps = sides
    .filter((s) => s.left.length > 0 && s.right.length > 0)
    .map((s) => ((s.right[0]?.x0 ?? 0) - (s.left.at(-1)?.x1 ?? 0)) / s.size)
    .sort((a, b) => a - b);
  const ownBaselines = rightOnly >= Math.max(2, 0.1 * best.right);
  const closeSet = gaps.length >= 4 && (gaps[Math.floor(gaps.length / 2)] ?? 0) <= 2;
  const bothWrap =
    wrapsProse(sides.map((s) => s.left.at(-1)?.text ?? "")) &&
    wrapsProse(sides.map((s) => s.right[0]?.text ?? ""));
  return ownBaselines || closeSet || bothWrap ? share : null;
}

// A sentence running on from one line to the next ("…gave a brief" | "update on…"): the side is
// prose wrapped in a column, where a table's cells each stand alone.
function wrapsProse(lines: string[]): boolean {
  return lines.some((line, i) => /[\p{L},]$/u.test(line) && /^\p{Ll}/u.test(lines[i + 1] ?? ""));
}

function wholeWidth(rows: Row[]): Sequence {
  return { lines: rows.map((row) => line(row.segments)) };
}

/**
 * A page of two columns: lines that span the gutter (a title) stand on their own; between them,
 * the left column is read to its end, then the right.
 */
function inColumns(rows: Row[], gutter: number): Sequence[] {
  const sequences: Sequence[] = [];
  let run: Row[] = [];
  const flush = () => {
    const side = (keep: (s: Segment) => boolean): Sequence => ({
      lines: run.flatMap((row) => {
        const kept = row.segments.filter(keep);
        return kept.length > 0 ? [line(kept)] : [];
      }),
    });
    sequences.push(
      side((s) => s.x1 <= gutter),
      side((s) => s.x1 > gutter),
    );
    run = [];
  };
  for (const row of rows) {
    if (row.segments.some((s) => s.x0 < gutter - 1 && s.x1 > gutter + 1)) {
      flush();
      sequences.push(wholeWidth([row]));
    } else run.push(row);
  }
  flush();
  return sequences;
}

// A row's cells separated by tabs, at the baseline of its first.
function line(segments: Segment[]): { y: number; text: string } {
  return { y: segments[0]?.y ?? 0, text: segments.map((s) => s.text).join("\t") };
}

/** The most common distance between one line's baseline and the next within a column. */
function usualLeading(sequences: Sequence[]): number {
  const counts = new Map<number, number>();
  for (const { lines } of sequences)
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round((lines[i]?.y ?? 0) - (lines[i - 1]?.y ?? 0));
      if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  let best = 0;
  let leading = Number.POSITIVE_INFINITY;
  for (const [gap, count] of counts)
    if (count > best || (count === best && gap < leading)) [best, leading] = [count, gap];
  return leading;
}

/**
 * "informa-" | "tion sharing" → "information" | "sharing": a word broken at a line end (or a page
 * end) is joined on the first line. The hyphen stays when the document writes the word with one
 * elsewhere ("co-" | "produced" where "co-produced" appears), or when the next line does not go on
 * in lower case.
 */
function joinHyphenated(lines: string[]): string[] {
  const whole = lines.join(" ").toLowerCase();
  const result = [...lines];
  for (let i = 0; i < result.length; i++) {
    const line = result[i] ?? "";
    const stem = /(\p{L}+)-$/u.exec(line);
    if (!stem?.[1]) continue;
    let j = i + 1;
    while (j < result.length && result[j] === "" && j - i <= 2) j++;
    const next = result[j] ?? "";
    const word = /^(\p{Ll}[\p{L}'’]*)(\S*)\s*(.*)$/u.exec(next);
    if (!word?.[1]) continue;
    const hyphenated = `${stem[1]}-${word[1]}`.toLowerCase();
    const keep = whole.includes(hyphenated) && !whole.includes(hyphenated.replace("-", ""));
    result[i] = `${line.slice(0, keep ? undefined : -1)}${word[1]}${word[2] ?? ""}`;
    result[j] = word[3] ?? "";
    if (result[j] === "") result.splice(j, 1);
  }
  return result;
}
