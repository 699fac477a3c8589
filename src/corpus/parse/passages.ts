import type { Passage } from "../model.js";
import { startsAction } from "./actions.js";
import type { TextLine } from "./lines.js";

/** A line that opens a list entry or numbered paragraph: "1.", "2)", "(a)", "a.", "•", "-". */
const LIST_MARKER =
  /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z][.)]|\(\d{1,2}\)|[•·●▪◦‣∙○■□►➢*+]|[-–—](?=\s))\s/u;

// Words a sentence does not end on: a paragraph ending with one was cut by a page break (corpus/000
// "…Work was underway to" | "build police confidence…"; corpus/004 "(chaired by" | "Martin Esom).").
const CONTINUING_WORDS = new Set(
  "a an the to of by for with from in on at as and or but that which who was were is are be been will would has have had its their our this these than into onto via per including such".split(
    " ",
  ),
);

/**
 * Builds whole paragraphs from the content lines of one section. Lines next to each other join
 * (hard wraps) unless the next opens a list entry; a paragraph left mid-sentence at a blank line or
 * page break joins the next. Each passage keeps the line it starts on.
 */
export function buildPassages(lines: readonly TextLine[]): Passage[] {
  const paragraphs: { line: number; parts: string[]; last: number }[] = [];
  for (const l of lines) {
    const text = l.text;
    if (!text) continue;
    const current = paragraphs.at(-1);
    const adjacent = current !== undefined && l.line === current.last + 1;
    const opens = LIST_MARKER.test(text) || startsAction(text);
    if (current && adjacent && !opens && !endsFullParagraph(current.parts)) {
      current.parts.push(text);
      current.last = l.line;
    } else if (current && !adjacent && continuesAcrossBreak(current.parts.join(" "), text)) {
      current.parts.push(text);
      current.last = l.line;
    } else {
      paragraphs.push({ line: l.line, parts: [text], last: l.line });
    }
  }
  return paragraphs.map((p) => ({ text: p.parts.join(" ").replace(/\s+/g, " "), line: p.line }));
}

// One paragraph per line is a layout too: a long line that ends a sentence is a whole paragraph.
function endsFullParagraph(parts: readonly string[]): boolean {
  const last = parts.at(-1) ?? "";
  return last.length > 100 && /[.!?:]["”’)]?$/.test(last);
}

/** True when `before` stops mid-sentence and `after` carries the sentence on. */
export function continuesAcrossBreak(before: string, after: string): boolean {
  if (/[.!?:;]["”’)]?$/.test(before) || LIST_MARKER.test(after) || startsAction(after))
    return false;
  const lastWord = (before.match(/(\S+)$/)?.[1] ?? "").replace(/^\(/, "").toLowerCase();
  const openBracket = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
  return /^\p{Ll}/u.test(after) || CONTINUING_WORDS.has(lastWord) || openBracket;
}
