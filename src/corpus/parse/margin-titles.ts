import type { TextLine } from "./lines.js";

/**
 * A council's minutes through pdftotext -layout put each item's title in a left margin, wrapped over
 * two or three lines, beside the minute's text:
 *
 *      1.   WELCOME AND            The Chair welcomed members, and in particular
 *           APOLOGIES              Superintendent Okonjo-Farrow, attending for the
 *                                  first time. Apologies are listed in Annex A.
 *
 * Read line by line, the title's words run into the text's. Here, before any rule reads a line, the
 * title is put whole on its number's line ("1. WELCOME AND APOLOGIES") and the text beside it on the
 * lines under it, each line keeping its number: the text of the number's line goes with the next
 * line's (they are one wrapped paragraph), a line that held only a title's words is left blank.
 *
 * A margin is recognised by its layout alone: two or more numbered lines whose title (a capital
 * first, no wide gap in it) stands apart from text starting at one column, a title wrapped inside
 * the margin, text of five words or more beside two titles, and a line under one of them holding
 * text alone at that column. A table's numbered rows (cells parted by more gaps) and one
 * numbered line with a gap in it are left as they were.
 */
export function joinMarginTitles(lines: TextLine[]): void {
  const heads: MarginHead[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TextLine;
    // Only an untidy line (wide gaps) opening with a figure can be one: most are turned away here.
    if (!l.untidy || !startsWithFigure(l.raw)) continue;
    const head = readMarginHead(l.raw, i);
    if (head) heads.push(head);
  }
  if (heads.length < 2) return;
  const column = marginColumn(heads, lines);
  if (column === null) return;
  for (const head of heads) if (head.bodyAt === column) placeTitle(lines, head);
}

interface MarginHead {
  index: number;
  number: string;
  titleAt: number;
  title: string;
  bodyAt: number;
  body: string;
}

// " 1.   WELCOME AND            The Chair welcomed …": a number, a title with no wide gap in it, a
// gap of three spaces or more, and text with no wide gap in it.
const MARGIN_HEAD =
  /^(\s{0,8})(\d{1,2}[.)]?)(\s+)(\p{Lu}\S*(?: {1,2}\S+)*)( {3,})(\S+(?: {1,2}\S+)*)\s*$/u;
// A line beside a title: the title's words at its column, a wide gap, and maybe text.
const BESIDE = /^(\s*)(\S+(?: {1,2}\S+)*)(?:( {2,})(\S.*?))?\s*$/;

function startsWithFigure(raw: string): boolean {
  for (let i = 0; i < raw.length && i < 9; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x20) continue;
    return code >= 48 && code <= 57;
  }
  return false;
}

function readMarginHead(raw: string, index: number): MarginHead | null {
  const m = MARGIN_HEAD.exec(raw);
  if (!m) return null;
  const [, indent = "", number = "", space = "", title = "", gap = "", body = ""] = m;
  const titleAt = indent.length + number.length + space.length;
  return { index, number, titleAt, title, bodyAt: titleAt + title.length + gap.length, body };
}

// The column the text starts at beside two or more titles, where a line under a title holds text
// alone, starting there; null when there is none.
function marginColumn(heads: readonly MarginHead[], lines: readonly TextLine[]): number | null {
  const counts = new Map<number, number>();
  for (const h of heads) counts.set(h.bodyAt, (counts.get(h.bodyAt) ?? 0) + 1);
  for (const [column, count] of counts) {
    if (count < 2) continue;
    const beside = heads.filter((h) => h.bodyAt === column);
    const alone = beside.some((h) => {
      const below = lines[h.index + 1]?.raw ?? "";
      return textAloneAt(below, column) || textAloneAt(lines[h.index + 2]?.raw ?? "", column);
    });
    // A margin's titles wrap inside it, and the text beside them runs on as prose: a numbered list
    // in columns (people and their posts, "2.   Dr Lavinia Osterberg       Director of Strategy
    // and") has neither a wrapped first column nor sentences beside it.
    const wrapped = beside.some((h) => titleGoesOn(lines[h.index + 1]?.raw ?? "", h));
    const running = beside.filter((h) => wordCount(h.body) >= 5).length >= 2;
    if (alone && wrapped && running) return column;
  }
  return null;
}

// The line under a title holds more of it, at the title's column, with a wide gap after it or not.
function titleGoesOn(raw: string, head: MarginHead): boolean {
  const m = BESIDE.exec(raw);
  return m?.[2] !== undefined && (m[1] ?? "").length === head.titleAt;
}

function wordCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) count++;
  return count;
}

function textAloneAt(raw: string, column: number): boolean {
  return (
    raw.length > column && raw.slice(0, column).trim() === "" && raw.charCodeAt(column) !== 0x20
  );
}

function placeTitle(lines: TextLine[], head: MarginHead): void {
  const title = [head.title];
  const bodies: string[] = [];
  let i = head.index + 1;
  for (; i < lines.length; i++) {
    const raw = (lines[i] as TextLine).raw;
    if (raw.trim() === "" || textAloneAt(raw, head.bodyAt)) break;
    const m = BESIDE.exec(raw);
    const left = m?.[2];
    if (!m || !left || (m[1] ?? "").length !== head.titleAt) break;
    const rest = m[4] ?? "";
    if (rest && (m[1] ?? "").length + left.length + (m[3] ?? "").length !== head.bodyAt) break;
    title.push(left);
    bodies.push(rest);
  }
  const heading = `${head.number} ${title.join(" ")}`;
  if (bodies.length > 0) {
    setText(lines, head.index, heading);
    // The text beside the number's line goes on the next line, with that line's own.
    bodies[0] = bodies[0] ? `${head.body} ${bodies[0]}` : head.body;
    for (let k = 0; k < bodies.length; k++) setText(lines, head.index + 1 + k, bodies[k] as string);
    return;
  }
  // A title of one line: its text goes on the next line, when that holds text alone or nothing.
  const next = lines[head.index + 1];
  if (!next || (next.text !== "" && !textAloneAt(next.raw, head.bodyAt))) return;
  setText(lines, head.index, heading);
  setText(lines, head.index + 1, next.text ? `${head.body} ${next.text}` : head.body);
}

function setText(lines: TextLine[], index: number, text: string): void {
  const l = lines[index] as TextLine;
  lines[index] = { line: l.line, raw: text, text, furniture: l.furniture, untidy: false };
}
