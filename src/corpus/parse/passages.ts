import type { Passage } from "../model.js";
import { startsAction } from "./actions.js";
import { isSpace } from "./letters.js";
import type { TextLine } from "./lines.js";

/**
 * A line that opens a list entry or numbered paragraph: "1.", "2)", "(a)", "a.", "•", "-", and a
 * paragraph numbered under its minute without a stop, "3.2   KBH to circulate …" (a sentence
 * follows it, so a figure opening a wrapped line, "2.5 million", is not one), and a task's checkbox,
 * "☐ Caspar Nyquist-Ellery: Share …" (a meeting recap's follow-up tasks, one a line).
 */
const LIST_MARKER =
  /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+(?=\s+\p{Lu})|\(?[a-z][.)]|\(\d{1,2}\)|[•·●▪◦‣∙○■□►➢*+☐☑☒]|[-–—](?=\s))\s/u;

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
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const l of lines) {
    const text = l.text;
    if (!text) continue;
    const adjacent = current !== undefined && l.line === current.last + 1;
    const opens = LIST_MARKER.test(text) || startsAction(text);
    if (current && adjacent && !opens && !endsFullParagraph(current.lastPart)) {
      extend(current, text, l.line);
    } else if (current && !adjacent && continuesAcrossBreak(current.text, text)) {
      extend(current, text, l.line);
    } else {
      current = { line: l.line, text, lastPart: text, last: l.line };
      paragraphs.push(current);
    }
  }
  // Each line's text is trimmed with its spaces collapsed (TextLine), so joined with one space the
  // paragraph is too.
  return paragraphs.map((p) => ({ text: p.text, line: p.line }));
}

/** A paragraph being gathered: its text so far, its last line and that line's text. */
interface Paragraph {
  line: number;
  text: string;
  lastPart: string;
  last: number;
}

function extend(paragraph: Paragraph, text: string, line: number): void {
  paragraph.text = `${paragraph.text} ${text}`;
  paragraph.lastPart = text;
  paragraph.last = line;
}

// One paragraph per line is a layout too: a long line that ends a sentence is a whole paragraph.
function endsFullParagraph(last: string): boolean {
  return last.length > 100 && /[.!?:]["”’)]?$/.test(last);
}

// A sentence's or clause's stop at the end, a closing quote or bracket after it.
const STOPPED = /[.!?:;]["”’)]?$/;
const OPEN_BRACKET_FIRST = /^\(/;
const LOWER_FIRST = /^\p{Ll}/u;

/** True when `before` stops mid-sentence and `after` carries the sentence on. */
export function continuesAcrossBreak(before: string, after: string): boolean {
  if (STOPPED.test(before) || LIST_MARKER.test(after) || startsAction(after)) return false;
  const lastWord = lastWordOf(before).replace(OPEN_BRACKET_FIRST, "").toLowerCase();
  const openBracket = count(before, "(") > count(before, ")");
  return LOWER_FIRST.test(after) || CONTINUING_WORDS.has(lastWord) || openBracket;
}

// The word the text ends on (`text.match(/(\S+)$/)?.[1] ?? ""`): read back from the end to the
// white space before it, not matched at every word of a paragraph. Empty when the text ends with
// white space.
function lastWordOf(text: string): string {
  let start = text.length;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return start === text.length ? "" : text.slice(start);
}

// How many times the character occurs in the text.
function count(text: string, character: string): number {
  let found = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) found++;
  return found;
}
