import { readAttendanceHeading } from "./attendance-headings.js";
import {
  bareTitle,
  type HeadingStyle,
  isContentsHeading,
  type NumberedHeading,
  readNumberedHeading,
} from "./items.js";
import { comparable, type TextLine } from "./lines.js";

/** A table of contents at the top of the minutes: its lines are not items, but its titles are. */
export interface Contents {
  /** Lines of the contents block, heading included; none of them is content. */
  lines: ReadonlySet<number>;
  /** Each entry's title, comparable and without numbering. One entry when the list is run together. */
  titles: readonly string[];
  /** How the entries number the items ("Item 1 - …" in corpus/002), when they do. */
  style: HeadingStyle | null;
  /** A list run together on one line, with a space at each end for finding a run of its words. */
  runTogether: string | null;
  /** The titles again, as a set: every line of the minutes may be looked up in it. */
  titleSet: ReadonlySet<string>;
  /** The length of the longest title, or of the list run together. */
  longest: number;
  /**
   * The first character of each title, by its code: a line whose comparable form starts with none
   * of them is no title, and is not made comparable to be looked up.
   */
  firsts: ReadonlySet<number>;
}

export const NO_CONTENTS: Contents = {
  lines: new Set(),
  titles: [],
  style: null,
  runTogether: null,
  titleSet: new Set(),
  longest: 0,
  firsts: new Set(),
};

const LINK_LINE = /^\s*\[[^\]]+\]\([^)]*\)\s*$/;
// "1. Welcome and apologies ........ 1": dot leaders and page numbers, no part of a title.
const DOT_LEADER = /\s*(?:\.{3,}|…+|\t)\s*\d*\s*$/u;
const PAGE_NUMBER = /\s+\d{1,3}$/;
const ENDS_SENTENCE = /[.;]$/;

/**
 * Finds the contents block: a "Contents" (or "Agenda") line, then titles one per line (corpus/001), run together on
 * one line (corpus/003) or as "[Item 1 - …](#)" links (corpus/002). The block ends where the
 * document itself begins: at a title seen before (the first section repeated), at plain text after
 * links, or at a line that is not a title.
 */
export function findContents(lines: readonly TextLine[]): Contents {
  const start = lines.findIndex((l) => !l.furniture && isContentsHeading(l.text));
  if (start < 0) return NO_CONTENTS;
  const found = new Set<number>([lines[start]?.line ?? 0]);
  const titles: string[] = [];
  let links = false;
  let style: HeadingStyle | null = null;
  let prose = false;
  for (const l of lines.slice(start + 1)) {
    if (!l.text || l.furniture) continue;
    const isLink = LINK_LINE.test(l.raw);
    // "1. Welcome and apologies ........ 1": dot leaders and page numbers are not part of the title.
    const entry = l.text.replace(DOT_LEADER, "").replace(PAGE_NUMBER, "");
    const title = bareTitle(entry);
    if (titles.length === 0) {
      if (ENDS_SENTENCE.test(entry)) break;
      links = isLink;
    } else if (
      (links && !isLink) ||
      repeatsEntry(title, titles) ||
      (readAttendanceHeading(l.text) !== null && !isLink)
    ) {
      break;
    } else if (ENDS_SENTENCE.test(entry) || l.text.length > 120) {
      prose = true;
      break;
    }
    titles.push(title);
    found.add(l.line);
    style ??= readNumberedHeading(entry)?.style ?? null;
  }
  // "Agenda" | "1. Welcome and apologies" | "The Chair welcomed members …": one entry with prose
  // straight under it is the minutes' first item and its text, not a list of the items (review C3).
  // A list names two items or more before the minutes begin, or runs them together on one line,
  // which the first item's heading (not prose) then repeats (corpus/003).
  if (titles.length === 0 || (titles.length === 1 && prose)) return NO_CONTENTS;
  const runTogether = titles.length === 1 ? ` ${titles[0]} ` : null;
  let longest = runTogether?.length ?? 0;
  for (const title of titles) longest = Math.max(longest, title.length);
  const firsts = new Set(titles.map((t) => t.charCodeAt(0)));
  return { lines: found, titles, style, runTogether, titleSet: new Set(titles), longest, firsts };
}

// The first section repeated after the list, whole or (for a list run together on one line) as its
// opening words.
function repeatsEntry(title: string, titles: readonly string[]): boolean {
  const first = titles[0] ?? "";
  return titles.includes(title) || (first.startsWith(`${title} `) && title.length > 0);
}

/**
 * True when the heading's title is one of the contents entries, or (for a run-together list) a
 * whole run of words within it. `heading` is the line's numbering when the caller has read it.
 */
export function inContents(
  contents: Contents,
  text: string,
  heading: NumberedHeading | null = readNumberedHeading(text),
): boolean {
  if (contents.titles.length === 0) return false;
  // Most lines asked are prose, far longer than any entry: comparable() keeps every ASCII letter
  // and digit, so a text with more of them than the longest entry (or the list run together) holds
  // can match none, and is not made comparable.
  const longest = contents.longest;
  const asked = heading ? heading.title : text;
  // Most attendance lines and titles asked start unlike every entry ("Sadiq Khan, …" under "Board
  // and advisors"): told by the first letter comparable() would give them, they are not made
  // comparable. A list run together is searched for a run of words, which may start anywhere.
  const first = firstComparableCode(asked);
  if (first === NO_WORD) return false;
  if (
    (first === UNTOLD || contents.runTogether !== null || contents.firsts.has(first)) &&
    hasAtMostWordCharacters(asked, longest)
  ) {
    const title = comparable(asked);
    if (!title) return false;
    if (contents.titleSet.has(title)) return true;
    if (contents.runTogether !== null && holdsWords(contents.runTogether, title)) return true;
  }
  // A numbered line may be listed with its number.
  if (heading === null) return false;
  const numbered = firstComparableCode(text);
  return (
    (numbered < 0 || contents.firsts.has(numbered)) &&
    hasAtMostWordCharacters(text, longest) &&
    contents.titleSet.has(comparable(text))
  );
}

// What firstComparableCode cannot tell: a character beyond ASCII comes first; and a text that is
// ASCII with no letter or digit, which comparable() makes empty.
const UNTOLD = -1;
const NO_WORD = -2;

// The first character comparable() gives the text, by its code: its first ASCII letter or digit in
// lower case (`| 32`; a digit's code has that bit already), when every character before it is
// ASCII (comparable() makes those a space it trims, or drops them).
function firstComparableCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return UNTOLD;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))
      return c | 32;
  }
  return NO_WORD;
}

// At most `limit` ASCII letters and digits in the text.
function hasAtMostWordCharacters(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
      count++;
      if (count > limit) return false;
    }
  }
  return true;
}

// `list.includes(` ${words} `)`, without making that string for every line asked: an occurrence
// of the words with a space on each side (the list has one at each end).
function holdsWords(list: string, words: string): boolean {
  for (let at = list.indexOf(words, 1); at >= 0; at = list.indexOf(words, at + 1))
    if (list.charCodeAt(at - 1) === 32 && list.charCodeAt(at + words.length) === 32) return true;
  return false;
}
