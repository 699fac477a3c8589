import { isSpace } from "./letters.js";
import { wordCount } from "./lines.js";

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

// A title in quotation marks, whole.
const QUOTED_WHOLE = /^["'“‘](.*)["'”’]$/u;

/** The title as it should be shown: no trailing full stop or colon, no markup. */
export function cleanTitle(text: string): string {
  // The edges are stripped by index: a pattern ending in `[…]+$` is tried again at every space.
  let start = 0;
  let end = text.length;
  while (start < end && (isSpace(text.charCodeAt(start)) || LEADING.includes(text[start] ?? "")))
    start++;
  while (
    end > start &&
    (isSpace(text.charCodeAt(end - 1)) || TRAILING.includes(text[end - 1] ?? ""))
  )
    end--;
  const title = text.slice(start, end).replace(QUOTED_WHOLE, "$1").trim();
  // Only a title closing a bracket can end in a reference to its place on the agenda.
  return title.endsWith(")") ? title.replace(AGENDA_REFERENCE, "") : title;
}

// "PUBLIC QUESTION TIME (Agenda Item 4)", "… (Paper LCRB 24-16)": a council's minutes say after
// each title which agenda item or paper it took up; that is where the title came from, not part of it.
const AGENDA_REFERENCE =
  /\s*\((?:agenda\s+item|item|paper)\s+[\w./-]{1,12}(?:\s+[\w./-]{1,12})?\)$/i;

// What a title does not start or end with, besides white space.
const LEADING = ":.-–—";
const TRAILING = ":;,.-–—";

// A capital, a figure, an opening quote or bracket (`/^[\p{Lu}\d"'“‘(]/u`); the Unicode class is
// asked only beyond ASCII.
function opensTitle(title: string): boolean {
  const code = title.charCodeAt(0);
  if (code < 0x80)
    return (
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 0x22 ||
      code === 0x27 ||
      code === 0x28
    );
  return /^[\p{Lu}“‘]/u.test(title);
}

const MONTH_START =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

// A stop, white space and a capital: one sentence ends and another begins.
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

/**
 * True when the text reads as a title, not a sentence: short, starting with a capital, without a
 * sentence break. Item-word headings may end with a full stop ("ITEM 4 – Public Service Reform."),
 * since the word "Item" already says what they are; a bare "1. …" line ending with one is a
 * numbered paragraph (corpus/004).
 */
export function isTitle(title: string, style: HeadingStyle | "none"): boolean {
  // The cheap tests first; a title that opens with a capital has at least one word.
  if (title.length > 120) return false;
  if (!opensTitle(title)) return false;
  if (SENTENCE_BREAK.test(title)) return false;
  if (style === "number" && MONTH_START.test(title)) return false;
  const limit = style === "item-word" ? 16 : 14;
  return wordCount(title) <= limit;
}

/**
 * "1) shop theft over xmas": notes typed in haste write their items' titles in lower case. Shaped as
 * a title would be with a capital (the part before a remark, see `remarkAfterDash`); whether the
 * line heads an item the walk judges more strictly (document.ts `fitsNumberStyle`).
 */
export function isLowerCaseTitle(title: string): boolean {
  if (!opensLowerCase(title)) return false;
  const head = remarkAfterDash(title)?.title ?? title;
  return isTitle(`${head[0]?.toUpperCase()}${head.slice(1)}`, "number");
}

/** A title that opens in lower case ("shop theft over xmas"). */
export function opensLowerCase(title: string): boolean {
  const code = title.charCodeAt(0);
  return code >= 97 && code <= 122;
}

/**
 * "Minutes and actions of 25 March: agreed; A26/14 and A26/15 closed", "Any other business: none"
 * (a decisions log's list of what was noted, unseen-minutes-10/83): the title and, after its colon,
 * what became of the item, opening with a word of the record's outcome (a closed class). "Knife
 * crime: summer preparations" is a title with its subject.
 */
export function outcomeAfterColon(title: string): { title: string; remark: string } | null {
  const colon = title.indexOf(": ");
  if (colon < 0) return null;
  const remark = title.slice(colon + 2).trim();
  if (!OUTCOME.test(remark)) return null;
  return { title: title.slice(0, colon).trim(), remark };
}

// The outcome's word stands alone or before what it was done as or by: "approved premises" (in
// "Probation: approved premises capacity") is a subject.
const OUTCOME =
  /^(?:(?:agreed|approved|accepted|adopted|endorsed|noted|none|nil|nothing|closed|deferred|withdrawn|carried forward|taken as read)(?:\s+(?:raised|received|reported|as|by|with|without|and)\b|\s*(?:[;,.]|$))|no (?:other )?business\b|all (?:\p{L}+ )?(?:closed|complete|completed|agreed|done)\s*(?:[;,.]|$))/iu;

/**
 * "actions from nov - all done apart from the ASB case review data, carried fwd": in notes typed in
 * lower case, a short title and, after a dash, what was said of it. Only a remark of eight words or
 * more after a title of six or fewer: "probation - early release tranche 2" is a title with its
 * subject.
 */
export function remarkAfterDash(title: string): { title: string; remark: string } | null {
  const dash = title.indexOf(" - ");
  if (dash < 0) return null;
  const head = title.slice(0, dash).trim();
  const remark = title.slice(dash + 3).trim();
  if (wordCount(head) > 6 || wordCount(remark) < 8) return null;
  return { title: head, remark };
}
