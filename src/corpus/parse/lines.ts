import { latin1Bytes, oneByteSlice } from "../one-byte.js";
import { withoutAddresses } from "./address-lines.js";
import { englishOfBilingual } from "./bilingual.js";
import { joinCellLines } from "./cell-lines.js";
import { withoutChatFurniture } from "./chat-copy.js";
import { csvCells } from "./csv-row.js";
import { withoutDocComments } from "./doc-comments.js";
import { endsWithOneOf, isAsciiCapitalAt } from "./edge-characters.js";
import { withoutFillInRules } from "./fill-in-fields.js";
import { joinGridTables } from "./grid-table.js";
import { decodeEntities } from "./html-entities.js";
import { isSpace, startsLower } from "./letters.js";
import { cutLineGutter } from "./line-gutter.js";
import { withoutLookupIds } from "./lookup-ids.js";
import { decodeMailSource } from "./mail-source.js";
import { joinMarginTitles } from "./margin-titles.js";
import { repairMojibake } from "./mojibake.js";
import { readQuoteMarks } from "./quoted-reply.js";

/** One line of a minutes file, as the layout rules see it. */
export interface TextLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line as written, without its line ending (and without a reply's quote marks, quoted-reply.ts). */
  raw: string;
  /** The line trimmed, with markdown markup (#, **, [..](..)) removed and spaces collapsed. */
  text: string;
  /** Page furniture: running headers, page numbers, publication boilerplate. Never content. */
  furniture: boolean;
  /**
   * The line as written holds markdown characters or white space other than single spaces (tabs,
   * wide gaps): `text` had more to undo than trimming, and columns may be set apart.
   */
  untidy: boolean;
}

// Text copied out of PDFs keeps typographic ligatures ("Oﬃcers") and the Symbol font's bullet,
// which sits in the Private Use Area (U+F0B7 and its neighbours). Every later rule expects plain
// letters and "•", so they are undone once here, for every line.
const LIGATURES: Readonly<Record<string, string>> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};
const PDF_BULLETS = /[\uF0A7\uF0B7\uF076\uF0D8\uF0FC]/g;

// Word writes a hyphen that must not break a line as U+2011 ("Abernethy‑Lowe") and a place a long
// word may break as a soft hyphen, U+00AD, invisible unless it does ("resolu­tions"): read, they
// are a hyphen and nothing. Listed one by one, for the scan that looks for each (scanLines).
const ODD_CHARACTER_LIST: readonly string[] = [
  ...Object.keys(LIGATURES),
  "\uF0A7",
  "\uF0B7",
  "\uF076",
  "\uF0D8",
  "\uF0FC",
  "\f",
  "\v",
  "\u00A0",
  "\u2007",
  "\u202F",
  "\u2011",
  "\u00AD",
];
const ODD_CHARACTERS = new RegExp(`[${ODD_CHARACTER_LIST.join("")}]`);

/**
 * A line as later rules expect it: ligatures spelled out, PDF bullets as "•", odd spaces as spaces,
 * non-breaking hyphens as hyphens, soft hyphens gone.
 */
export function normaliseLine(raw: string): string {
  if (!ODD_CHARACTERS.test(raw)) return raw;
  return raw
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
    .replace(PDF_BULLETS, "•")
    .replace(/[\f\v\u00A0\u2007\u202F]/g, " ")
    .replace(/\u2011/g, "-")
    .replace(/\u00AD/g, "");
}

/**
 * Splits file text into lines numbered from 1. Carriage returns, form feeds (page breaks),
 * non-breaking spaces and a byte-order mark are treated as the white space they stand for, and
 * HTML entities as the characters they stand for.
 */
export function toTextLines(written: string): TextLine[] {
  // A web page saved as text: its entities are the characters every rule below expects.
  // A Google Docs export: its comments' markers and threads are no part of the minutes.
  // A chat copied out as text: its authors, clocks and emoji are no part of the minutes either.
  // A list item's lookup ids (lookup-ids.ts) are no part of what the fields say.
  // Before all of them, the text is read as its writer wrote it: an e-mail's raw source decoded
  // (mail-source.ts), UTF-8 read in another encoding read again (mojibake.ts).
  const decoded = repairMojibake(decodeMailSource(written));
  // Labels and values written in two languages are read in English (bilingual.ts); people pasted
  // from a message's address lines without their addresses (address-lines.ts).
  // A form's fill-in rules (fill-in-fields.ts) are no part of the words written on them.
  const text = withoutFillInRules(
    withoutAddresses(
      englishOfBilingual(
        withoutLookupIds(withoutChatFurniture(withoutDocComments(decodeEntities(decoded)))),
      ),
    ),
  );
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let clean = text;
  let from = bom;
  let scan = scanLines(text, from);
  if (scan === null) {
    // Normalising never adds or removes a line break, so the whole text is normalised in one pass,
    // and then read again: nothing it leaves stops the scan.
    const normal = normaliseLine(bom ? text.slice(1) : text);
    clean = normal.includes("\r") ? normal.replace(/\r\n?/g, "\n") : normal;
    from = 0;
    scan = scanLines(clean, from) as LineScan;
  }
  const { ends, facts, wide } = scan;
  // A text with one curly quote or dash in it is held two bytes a character, and so is every line
  // cut from it; the engine's patterns, lower-casing and hashing run markedly slower on such
  // strings (the seed minutes with one "–" parsed about a third slower than the same minutes with
  // "-"). So, in such a text, each line that is all Latin-1 is made again one byte a character
  // (one-byte.ts): the same characters, read faster by every rule after this.
  const bytes = wide ? latin1Bytes(clean) : null;
  const lines: TextLine[] = new Array(ends.length);
  let start = from;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    const fact = facts[i] as number;
    const raw =
      bytes !== null && !(fact & WIDE_LINE) && end > start
        ? oneByteSlice(bytes, start, end)
        : clean.slice(start, end);
    lines[i] = textLine(i + 1, raw, (fact & UNTIDY_LINE) !== 0);
    start = end + 1;
  }
  // Line numbers in a gutter (line-gutter.ts) before any rule reads a line's start or its columns.
  const cut = cutLineGutter(lines.map((l) => l.raw));
  if (cut !== null)
    for (let i = 0; i < lines.length; i++) lines[i] = textLine(i + 1, cut[i] as string, true);
  // Only a text with a line opening with ">" is asked how its lines are quoted.
  if (clean.charCodeAt(from) === 0x3e || clean.indexOf("\n>", from) >= 0) unquote(lines);
  // A grid table's rule holds "+-" or "+=": a text with neither has none.
  if (clean.includes("+-") || clean.includes("+=")) joinGridTables(lines);
  // Before furniture is marked: a cell repeated down a column ("Present") is no running header.
  joinCellLines(lines);
  // Titles in a margin beside their text (margin-titles.ts): asked only of lines with wide gaps.
  joinMarginTitles(lines);
  markFurniture(lines);
  return lines;
}

function textLine(line: number, raw: string, messy: boolean): TextLine {
  // A row of comma-separated values, quoted (csv-row.ts), is a table's row: its cells parted by tabs.
  const cells = raw.charCodeAt(0) === 0x22 ? csvCells(raw) : null;
  return cells
    ? { line, raw: cells.join("\t"), text: cells.join(" "), furniture: false, untidy: true }
    : { line, raw, text: messy ? plainText(raw) : raw.trim(), furniture: false, untidy: messy };
}

// A reply's quote marks taken off its quoted lines (quoted-reply.ts); when the quoted lines are the
// minutes, the messages around them count as blank, as page furniture does.
function unquote(lines: TextLine[]): void {
  const marks = readQuoteMarks(lines.map((l) => l.raw));
  if (marks === null) return;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TextLine;
    const cut = marks.cut[i] as number;
    if (cut > 0) lines[i] = textLine(l.line, l.raw.slice(cut), true);
    if (marks.aside[i]) (lines[i] as TextLine).furniture = true;
  }
}

// What the scan of a text finds: where each line ends (at its "\n", or the text's
// end for the last), and for each line whether it is untidy (`TextLine.untidy`) or holds a
// character beyond Latin-1.
interface LineScan {
  ends: number[];
  facts: number[];
  /** Some line holds a character beyond Latin-1. */
  wide: boolean;
}
const UNTIDY_LINE = 1;
const WIDE_LINE = 2;

// What plainText does beyond trimming starts at a markdown character (or a mention's "@") or at
// white space other than a space (or at two spaces together): a line with one is untidy. The scan
// searches for them by kind: the markdown characters, "@" and the tab by themselves, the white
// space beyond Latin-1 by one pattern, which a text held one byte a character cannot match (the
// engine does not search it at all), two spaces as a string. Carriage returns, form feeds and other odd spaces are undone
// (normaliseLine) before the scan that counts.
const UNTIDY_LOW: readonly string[] = ["[", "#", "*", "_", "@", "\t"];
const UNTIDY_WIDE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

// What stops the scan, each character searched for by itself: a carriage return or a character
// normaliseLine changes.
const TO_NORMALISE: readonly string[] = ["\r", ...ODD_CHARACTER_LIST];
// A character beyond Latin-1: its line is held two bytes a character (toTextLines).
const WIDE_ANYWHERE = /[\u0100-\uffff]/g;

/**
 * The lines of `text` from `from` on; null when it holds a character normaliseLine changes. Two
 * spaces together make a line untidy too: most lines have neither, and are only trimmed. Every
 * question is a native search of the whole text (indexOf, or a pattern of characters beyond
 * Latin-1), several times faster than a loop over the character codes.
 */
function scanLines(text: string, from: number): LineScan | null {
  for (const character of TO_NORMALISE) if (text.indexOf(character, from) >= 0) return null;
  const ends: number[] = [];
  const facts: number[] = [];
  for (let i = text.indexOf("\n", from); i >= 0; i = text.indexOf("\n", i + 1)) {
    ends.push(i);
    facts.push(0);
  }
  ends.push(text.length);
  facts.push(0);
  markLinesHolding("  ", text, from, ends, facts);
  for (const character of UNTIDY_LOW) markLinesHolding(character, text, from, ends, facts);
  markLinesMatching(UNTIDY_WIDE, text, from, ends, facts, UNTIDY_LINE);
  const wide = markLinesMatching(WIDE_ANYWHERE, text, from, ends, facts, WIDE_LINE);
  return { ends, facts, wide };
}

// Makes each line holding `search` untidy, the search going on from the next line.
function markLinesHolding(
  search: string,
  text: string,
  from: number,
  ends: readonly number[],
  facts: number[],
): void {
  let line = 0;
  for (
    let i = text.indexOf(search, from);
    i >= 0;
    i = text.indexOf(search, (ends[line] as number) + 1)
  ) {
    while ((ends[line] as number) < i) line++;
    facts[line] = (facts[line] as number) | UNTIDY_LINE;
  }
}

// Adds `fact` to each line holding a character of the global one-character pattern, the search
// going on from the next line; true when any does. test(), not exec(): the match is the one
// character before lastIndex, and no array is made for it.
function markLinesMatching(
  pattern: RegExp,
  text: string,
  from: number,
  ends: readonly number[],
  facts: number[],
  fact: number,
): boolean {
  let found = false;
  let line = 0;
  pattern.lastIndex = from;
  while (pattern.test(text)) {
    const at = pattern.lastIndex - 1;
    while ((ends[line] as number) < at) line++;
    facts[line] = (facts[line] as number) | fact;
    found = true;
    pattern.lastIndex = (ends[line] as number) + 1;
  }
  return found;
}

// Two white-space characters together, or one that is no space: the spaces need collapsing.
const NEEDS_COLLAPSING = /\s\s|[^\S ]/;
const WHITE_SPACE_RUNS = /\s+/g;

/** The words of a line without markdown: headings, emphasis, links and table-of-contents debris. */
export function plainText(raw: string): string {
  const text = unmarked(raw);
  // Only tabs, odd spaces and runs of spaces need collapsing; most lines have none.
  return NEEDS_COLLAPSING.test(text) ? text.replace(WHITE_SPACE_RUNS, " ").trim() : text;
}

// The characters every markdown rule below starts from; a line without them has nothing to strip.
const MARKDOWN = /[[#*_@]/;
// "@Rashid Qureshi (MPS)": a wiki or chat mentions a person with "@" before the name. Only before
// a name's words, a capitalised word then another after a space, and not inside a word:
// "secretariat@londoncouncils.gov.uk" is an address, and "follow @MOPACLondon" a handle, one word,
// kept as written (review C21).
const MENTION = /(?<![\p{L}\p{N}._%+-])@(?=\p{Lu}[\p{Ll}'’-]*\s+\p{Lu})/gu;

// Markdown's links, heading marks, emphasis, and stars left at a line's ends (unmarked).
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;
const HEADING_MARKS = /^\s{0,3}#{1,6}\s+/;
const EMPHASIS = /(\*{1,3}|_{2,3})(\S(?:.*?\S)?)\1/g;
const STARS_AT_ENDS = /^\*{2,3}|\*{2,3}$/g;

/**
 * The line without markdown, its inner white space kept: tabs and wide gaps between columns still
 * say where one cell ends and the next begins.
 */
export function unmarked(raw: string): string {
  if (!MARKDOWN.test(raw)) return raw.trim();
  return raw
    .replace(MARKDOWN_LINK, "$1")
    .replace(HEADING_MARKS, "")
    .replace(EMPHASIS, "$2")
    .replace(STARS_AT_ENDS, "")
    .replace(MENTION, "")
    .trim();
}

// List markers before an entry, including "o" and "" that word processors and PDFs leave for
// their bullet glyphs.
const BULLET =
  /^(?:[•·●▪◦‣∙○■□►➢✓*+\uF0A7\uF0B7]|o(?=\s)|[-–—](?=\s)|\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\))\s+/u;

/** True for a line that opens a list entry ("• …", "- …", "o …"). */
export function isBulleted(text: string): boolean {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  return !isAsciiCapitalAt(text, start) && BULLET.test(text.trim());
}

/** The text without the list marker it starts with, if any. */
export function withoutBullet(text: string): string {
  return isAsciiCapitalAt(text, 0) ? text : text.replace(BULLET, "");
}

/** True when the line is a markdown heading ("## 3. Casey Review"). */
export function isMarkdownHeading(raw: string): boolean {
  return /^\s{0,3}#{1,6}\s+\S/.test(raw);
}

/** True when the whole line is bold ("**Item 2 - Casey Review**"). */
export function isBoldLine(raw: string): boolean {
  return /^\s*(\*\*|__)[^*_].*\1\s*$/.test(raw);
}

/**
 * True when the line reads as prose: it ends like a sentence, or it is long and a good share of its
 * words are lower case, or it is a bulleted point that reads as a phrase ("• purity has risen",
 * "• Vacancy rates are above twenty per cent.", "• Landlords will be written to": it starts in lower
 * case, or most of its words are). A long run of names and bodies ("Ian Bickers (IB) London Prisons
 * Sinead Dervin (SD) NHS England …") is long too, but nearly every word is capitalised; a bulleted
 * name ("• Jane Smith, MOPAC") starts with a capital, ends bare and has no lower-case words.
 */
export function readsAsProse(line: TextLine): boolean {
  const text = line.text;
  if (endsWithOneOf(text, ".!?:")) return true;
  const { words, lower } = countWords(text);
  if (isBulleted(line.raw)) {
    const body = withoutBullet(text);
    if (startsLower(body)) return true;
    // The bullet itself is one of the words counted.
    if (words >= 5 && lower * 2 >= words - 1) return true;
  }
  return words > 12 && lower >= words * 0.3;
}

// The words of a line whose spaces are collapsed, and how many start in lower case: counted from
// space to space, without splitting the line into an array of words.
function countWords(text: string): { words: number; lower: number } {
  let words = 1;
  let lower = startsLowerAt(text, 0) ? 1 : 0;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) {
    words++;
    if (startsLowerAt(text, i + 1)) lower++;
  }
  return { words, lower };
}

// The word at `i` starts in lower case; only a word that is not ASCII is cut out to be asked.
function startsLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 97 && c <= 122 : startsLower(text.slice(i, i + 2));
}

/** How many words `text` has, white space of any kind between them (`split(/\s+/)` without empties). */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** More words than a title has. */
export function writtenLong(text: string): boolean {
  let spaces = 0;
  for (let i = text.indexOf(" "); i >= 0 && spaces <= 12; i = text.indexOf(" ", i + 1)) spaces++;
  return spaces >= 12;
}

// Boilerplate of the GLA web pages the minutes are copied from, page numbers, protective markings
// and rules drawn with a character repeated. Every seed from the website starts with "MAYOR OF LONDONLONDON ASSEMBLY" run together.
const FURNITURE_LINES: readonly RegExp[] = [
  /^MAYOR OF LONDON\s*(?:LONDON\s*ASSEMBLY)?$/i,
  /^LONDON\s*ASSEMBLY$/i,
  /^Key information$/i,
  /^Publication type:/i,
  /^Publication date:/i,
  /^Back to (?:the )?(?:table of contents|contents|top)$/i,
  /^Page \d+(?:\s+of\s+\d+)?$/i,
  // A slide deck exported to text numbers its slides as a document its pages: "Slide 4", "Slide 2 of
  // 7", "--- Slide 3 ---".
  /^(?:[-=]{2,}\s*)?Slide \d+(?:\s+of\s+\d+)?(?:\s*[-=]{2,})?$/i,
  /^-?\s*\d{1,3}\s*-?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(?:OFFICIAL(?:[-\s]SENSITIVE)?|NOT PROTECTIVELY MARKED|PROTECT|RESTRICTED)$/i,
  // A rule under a heading ("Present" | "-------", a page saved as text) or between sections.
  /^(?:={3,}|-{3,}|_{3,})$/,
];
// Every line is tried against all of them: one pattern, compiled once, tries them together.
const FURNITURE = new RegExp(FURNITURE_LINES.map((p) => `(?:${p.source})`).join("|"), "i");

const PUBLICATION_FIELD = /^Publication (?:date|type):/i;

/** Publication details look like furniture but the header still reads them for a fallback date. */
export function isPublicationLine(text: string): boolean {
  return PUBLICATION_FIELD.test(text);
}

/** How many written lines at the top of a file can hold its own heading. */
const HEADING_LINES = 6;

// Marks page furniture in place: the lines are the ones toTextLines has just made.
function markFurniture(lines: TextLine[]): void {
  // Only short lines that do not read as sentences can be running headers: only those are counted
  // (the others are never hashed).
  const counts = new Map<string, number>();
  for (const l of lines)
    if (mayBeRunningHeader(l.text)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  // Only a line written more than once can be a running header: only those are remembered.
  const seen = new Set<string>();
  let written = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TextLine;
    if (!l.text) continue;
    written += 1;
    const count = mayBeRunningHeader(l.text) ? (counts.get(l.text) ?? 0) : 0;
    let repeatedHeader = false;
    if (count >= 2) {
      // The first copy of a running header is the document's own heading only when it stands at
      // the top; one first met at the foot of page 1 (a footer) goes like the rest.
      repeatedHeader =
        (seen.has(l.text) || written > HEADING_LINES) && isRunningHeader(l.text, count);
      seen.add(l.text);
    }
    if (repeatedHeader || (FURNITURE.test(l.text) && !numbersTitleBelow(lines, i)))
      l.furniture = true;
  }
}

// "" | "3" | "Reducing reoffending" | "Ravinder Sandhu set out …": a table's number cell copied one
// cell a line stands apart above, its title cell straight under it and that cell's text under the
// title. A page number sits between pages, not hard on top of a short title with text under it.
function numbersTitleBelow(lines: readonly TextLine[], i: number): boolean {
  const l = lines[i] as TextLine;
  if (!isAsciiDigits(l.text) || (i > 0 && lines[i - 1]?.text)) return false;
  const title = lines[i + 1]?.text ?? "";
  return (
    title.length > 0 &&
    /^\p{Lu}/u.test(title) &&
    !/[.,;:!?]$/.test(title) &&
    wordCount(title) <= 8 &&
    Boolean(lines[i + 2]?.text)
  );
}

function isAsciiDigits(text: string): boolean {
  if (text.length === 0 || text.length > 2) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The longest line that can be a running header. */
const HEADER_LENGTH = 80;

// What isRunningHeader turns away whatever the count, told by the first and last characters: an
// empty or long line, one opening with a digit, one ending like a sentence.
function mayBeRunningHeader(text: string): boolean {
  if (text.length === 0 || text.length > HEADER_LENGTH) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return !(first >= 48 && first <= 57) && last !== 46 && last !== 33 && last !== 63;
}

// A running header is printed on every page: a short line that is not a sentence or a numbered
// heading and recurs three times or more, or twice when it names the body or the minutes with a
// year (as page headers do). A contents entry repeating its heading ("Item 1 - Welcome, minutes
// and previous actions", corpus/002) is not one. The first appearance is kept: the header of the
// minutes is read from it.
function isRunningHeader(text: string, count: number): boolean {
  if (
    /^(?:\d|item\b|agenda item\b)/i.test(text) ||
    /[.!?]$/.test(text) ||
    text.length > HEADER_LENGTH
  )
    return false;
  if (count >= 3) return true;
  return (
    count >= 2 &&
    /\b(?:19|20)\d\d\b/.test(text) &&
    /\b(?:minutes|London Crime Reduction Board|LCRB|Delivery Management Group|DMG)\b/i.test(text)
  );
}

/** Lower case, dashes unified, punctuation dropped: for comparing titles written two ways. */
export function comparable(text: string): string {
  // Most names and titles are ASCII words with one space between them ("Sophie Linden"), which
  // need only lower-casing: the native copy is cheaper than building the string a character at
  // a time.
  if (isPlainWords(text)) return text.toLowerCase();
  // Other plain ASCII: one pass over the characters, without a Unicode pattern, gathering its runs
  // of letters and digits (a string a run, not a character), lower-cased once at the end. Anything
  // else goes through the Unicode classes.
  let result = "";
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0x80) return comparableUnicode(text);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      result = result === "" ? text.slice(start, i) : `${result} ${text.slice(start, i)}`;
      start = -1;
    }
  }
  return result.toLowerCase();
}

// ASCII letters and digits in words parted by single spaces, with nothing before or after them.
function isPlainWords(text: string): boolean {
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) space = false;
    else return false;
  }
  return !space || text.length === 0;
}

function comparableUnicode(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
