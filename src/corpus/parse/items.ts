import { COMMON_SECTIONS } from "../lexicon.js";
import { endsWithOneOf } from "./edge-characters.js";
import { LETTERED_HEADING, readHeadingShape } from "./heading-readers.js";
import { TIME_FIRST } from "./heading-time-first.js";
import { comparable, wordCount } from "./lines.js";
import { cleanTitle, isTitle, type NumberedHeading } from "./titles.js";

export type { HeadingStyle, NumberedHeading } from "./titles.js";

// Every heading numbering opens with a digit, a bracket (a time's "[14:10]" too), the word
// "agenda" or "item" (in any case, as heading-item-word.ts reads them), "minute", a roman numeral
// and its stop ("IV." or "iv)", as heading-roman.ts reads it) or a body's code before a minute
// reference ("LCRB/24/31"): most lines are turned away on their first character, and those opening
// with "A" or "I" ("A further update …", "It was agreed …") on their first word ("Minute",
// "Section" and "Topic" too, as many lines start with those letters).
const HEADING_START =
  /^(?:[\d([]|[aA][gG][eE][nN][dD][aA]\s|[iI][tT][eE][mM][\s:]|[IVX]{1,6}[.)]|[ivx]{1,6}[.)]|[mM]inute\s|[sS]ection\s|[tT]opic\s|SECTION\s|TOPIC\s|[A-Z]{2,6}\/\d)/;

/** Reads the number and title from a line shaped like an agenda heading, or null. */
export function readNumberedHeading(text: string): NumberedHeading | null {
  return HEADING_START.test(text) ? readHeadingShape(text) : null;
}

/**
 * Reads a lettered heading's letter and title, or null. The shape alone says little (letters also
 * mark lists): the caller decides from the lines around it.
 */
export function readLetteredHeading(text: string): NumberedHeading | null {
  return LETTERED_HEADING.read(text)?.heading ?? null;
}

/** True for a line that stands as a heading by its look: a short title with no closing punctuation. */
export function looksLikeHeading(text: string): boolean {
  // The cheap tests first: most lines are sentences, turned away before they are split into words.
  if (text.length === 0 || text.length > 80) return false;
  if (!startsLikeTitle(text) || endsWithOneOf(text, ".,;:!?")) return false;
  // Opening with a capital, it has a word.
  return wordCount(text) <= 10 && isTitle(text, "none");
}

// A capital or an opening quote (`/^[\p{Lu}"'“‘]/u`), the Unicode class asked only beyond ASCII.
function startsLikeTitle(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return (code >= 65 && code <= 90) || code === 0x22 || code === 0x27;
  return /^[\p{Lu}“‘]/u.test(text);
}

/**
 * "14:10  Knife crime: the winter picture": the title after the time of a timed agenda that does
 * not number its items, or null. Only the title's shape is read here; whether the line heads an
 * item is the walk's to judge (document.ts).
 */
export function readTimedTitle(text: string): string | null {
  const code = text.charCodeAt(0);
  if (!((code >= 48 && code <= 57) || code === 0x28)) return null;
  const m = TIME_FIRST.exec(text);
  const title = m ? text.slice(m[0].length) : "";
  return title && looksLikeHeading(title) && !COMING_OR_GOING.test(title) ? title : null;
}

// "14:25  Helen Ball left the meeting", "14:40  Claire Waxman joined the meeting", "15:10  The
// meeting resumed": a timed record of someone coming or going, or of the meeting stopping, is a
// note inside an item, not an item of a timed agenda (review C8). A title names business, and
// tells no such deed in the past tense after its subject ("Closed session" opens with the word).
const COMING_OR_GOING =
  /\s(?:left|joined|rejoined|arrived|departed|returned|opened|closed|resumed|adjourned|reconvened)\b/i;

/** "Any other business", "Welcome and apologies": headings wherever they stand after the header. */
export function isCommonSection(text: string): boolean {
  const title = cleanTitle(text);
  return COMMON_SECTIONS.some((p) => p.test(title));
}

/**
 * "Contents", "Table of contents", and "Agenda" over the list of items the minutes then take up
 * one by one (unseen-minutes-6/51): the list names the items, as a contents list does.
 */
export function isContentsHeading(text: string): boolean {
  return CONTENTS_HEADING.test(text.trim());
}

// "Hi all - monthly DMG. Agenda:", "Afternoon all, agenda below." (an invitation's message,
// unseen-minutes-9/73, layout-variants-9b/93): the agenda named at the end of a line's last
// sentence or clause introduces the list under it as well.
const CONTENTS_HEADING =
  /^(?:(?:table of )?contents|agenda(?: items)?):?$|[.!?,]\s+(?:the\s+)?agenda(?:\s+below|\s+as\s+follows)?\s*[.:]$/i;

/** The title without any numbering, for matching a heading against a contents entry. */
export function bareTitle(text: string): string {
  const heading = readNumberedHeading(text);
  return comparable(heading ? heading.title : text);
}
