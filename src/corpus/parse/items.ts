import { COMMON_SECTIONS } from "../lexicon.js";
import { comparable } from "./lines.js";

/**
 * How a document numbers its agenda items. "item-word" headings say so ("Agenda Item 1:",
 * "ITEM 4 – Title.", "Item 2 - Title", "2. Item 3 - Title"); "number" headings are bare ("1. Title").
 */
export type HeadingStyle = "item-word" | "number";

/** A line that has the shape of a numbered agenda heading. Whether it is one depends on context. */
export interface NumberedHeading {
  /** As the minutes write it, without its punctuation: "3", "4a", "IV". */
  number: string;
  /** Its place in order, for telling a heading from a list: "IV" is 4. */
  value: number;
  title: string;
  style: HeadingStyle;
}

// "2. Item 3 - Disproportionality" (corpus/002): the item's own number is the one after "Item".
const NUMBERED_ITEM_WORD =
  /^\d{1,2}[.)]?\s+(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,2}[a-z]?)\b\s*[:.\-–—)]?\s*(.*)$/iu;
// "Agenda Item 1: Welcome", "Item 2 - Casey Review", "ITEM 1. Welcome", "ITEM 5 Any other business".
const ITEM_WORD = /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,2}[a-z]?)\b\s*[:.\-–—)]?\s*(.*)$/iu;
// "1. Agreement of minutes", "3) Operational update", "(2) Hate crime", "4 Police and Crime Plan",
// "1.0    Welcome" (the first of a section's paragraph numbers). Not "1.1 …", and not a time range
// ("2 – 4pm").
const NUMBERED = /^\(?(\d{1,2})(?:\.0)?(?:[.)]\s*|\s+)(?![\d.])(?![-–—]\s*\d)(\S.*)$/u;
// "IV.\tTransforming Rehabilitation": capital roman numerals, kept as written.
const ROMAN = /^\(?([IVX]{1,6})[.)]\s+(\S.*)$/u;
const HEADING_START = /^[\d(aAiIvVxX]/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** Reads the number and title from a line shaped like an agenda heading, or null. */
export function readNumberedHeading(text: string): NumberedHeading | null {
  // Every shape below opens with a digit, a bracket, "item"/"agenda" or a roman numeral.
  if (!HEADING_START.test(text)) return null;
  const itemWord = text.match(NUMBERED_ITEM_WORD) ?? text.match(ITEM_WORD);
  if (itemWord?.[1]) {
    const title = cleanTitle(itemWord[2] ?? "");
    const number = itemWord[1].toLowerCase();
    return title && isTitle(title, "item-word")
      ? { number, value: Number.parseInt(number, 10), title, style: "item-word" }
      : null;
  }
  const numbered = text.match(NUMBERED);
  const roman = numbered ? null : text.match(ROMAN);
  const value = numbered?.[1] ? Number(numbered[1]) : romanValue(roman?.[1] ?? "");
  if (!value) return null;
  const title = cleanTitle((numbered ?? roman)?.[2] ?? "");
  return title && isTitle(title, "number")
    ? { number: numbered ? String(value) : (roman?.[1] ?? ""), value, title, style: "number" }
    : null;
}

// "a) Hate Incidents", "(b) Online Harms", "c. Road Danger": a lower-case letter as the item's number.
const LETTERED = /^\(?([a-z])[.)]\s+(\S.*)$/u;

/**
 * Reads a lettered heading's letter and title, or null. The shape alone says little (letters also
 * mark lists): the caller decides from the lines around it.
 */
export function readLetteredHeading(text: string): NumberedHeading | null {
  const m = text.match(LETTERED);
  if (!m?.[1]) return null;
  const title = cleanTitle(m[2] ?? "");
  if (!title || !isTitle(title, "number") || /[.;,]$/.test(text)) return null;
  return { number: m[1], value: m[1].charCodeAt(0) - 96, title, style: "number" };
}

// "IV" → 4; 0 for letters that are not a well-formed numeral ("IIV").
function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral.charAt(i)] ?? 0;
    total += v < (ROMAN_VALUES[numeral.charAt(i + 1)] ?? 0) ? -v : v;
  }
  const canonical = /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(numeral);
  return canonical ? total : 0;
}

/** The title as it should be shown: no trailing full stop or colon, no markup. */
function cleanTitle(text: string): string {
  return text
    .replace(/^[\s:.\-–—]+/u, "")
    .replace(/[\s:;,.\-–—]+$/u, "")
    .replace(/^["'“‘](.*)["'”’]$/u, "$1")
    .trim();
}

const MONTH_START =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * True when the text reads as a title, not a sentence: short, starting with a capital, without a
 * sentence break. Item-word headings may end with a full stop ("ITEM 4 – Public Service Reform."),
 * since the word "Item" already says what they are; a bare "1. …" line ending with one is a
 * numbered paragraph (corpus/004).
 */
function isTitle(title: string, style: HeadingStyle | "none"): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length === 0 || title.length > 120) return false;
  if (!/^[\p{Lu}\d"'“‘(]/u.test(title)) return false;
  if (/[.!?]\s+\p{Lu}/u.test(title)) return false;
  if (style === "number" && MONTH_START.test(title)) return false;
  const limit = style === "item-word" ? 16 : 14;
  return words.length <= limit;
}

/** True for a line that stands as a heading by its look: a short title with no closing punctuation. */
export function looksLikeHeading(text: string): boolean {
  // The cheap tests first: most lines are sentences, turned away before they are split into words.
  if (text.length === 0 || text.length > 80) return false;
  if (!/^[\p{Lu}"'“‘]/u.test(text) || /[.,;:!?]$/.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 10 && isTitle(text, "none");
}

/** "Any other business", "Welcome and apologies": headings wherever they stand after the header. */
export function isCommonSection(text: string): boolean {
  const title = cleanTitle(text);
  return COMMON_SECTIONS.some((p) => p.test(title));
}

/** "Contents", "Table of contents". */
export function isContentsHeading(text: string): boolean {
  return /^(?:table of )?contents:?$/i.test(text.trim());
}

/** The title without any numbering, for matching a heading against a contents entry. */
export function bareTitle(text: string): string {
  const heading = readNumberedHeading(text);
  return comparable(heading ? heading.title : text);
}
