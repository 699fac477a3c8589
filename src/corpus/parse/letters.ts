// Attendance lines are read word by word, and the same few questions are asked of every word: is
// it capitalised, lower case, white space? A pattern run per word costs more than the rest of the
// reading; names are nearly all ASCII, so these answer from the character code and leave anything
// else to the Unicode classes, with the same answers.

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The word starts with a capital letter (`/^\p{Lu}/u`). */
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? isAsciiUpper(code) : UPPER.test(word);
}

/** The word starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLower(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? isAsciiLower(code) : LOWER.test(word);
}

/** A capital, then a lower-case letter, as "Jane" starts (`/^\p{Lu}\p{Ll}/u`). */
export function startsCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 0x80 && second < 0x80) return isAsciiUpper(first) && isAsciiLower(second);
  return CAPITALISED.test(word);
}

/** White space as `\s` matches it. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The words of a text, split at runs of white space: `text.split(/\s+/).filter(Boolean)`. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/**
 * Words as written (exact case), asked about a word where it stands in a text: `hasAt(text, start,
 * end)` is `words.has(text.slice(start, end))`. Attendance entries are read word by word against
 * the lexicon and most words are in none of its lists: a word whose length and first two
 * characters no word of the set has is turned away by its codes, without being copied out of the
 * text and hashed.
 */
export class WordSet {
  private readonly shapes: ReadonlySet<number>;

  constructor(private readonly words: ReadonlySet<string>) {
    const shapes = new Set<number>();
    for (const word of words) shapes.add(shapeAt(word, 0, word.length));
    this.shapes = shapes;
  }

  /** False when no word of the set has the length and first two characters of the one given. */
  mayHaveAt(text: string, start: number, end: number): boolean {
    return end > start && this.shapes.has(shapeAt(text, start, end));
  }

  hasAt(text: string, start: number, end: number): boolean {
    return this.mayHaveAt(text, start, end) && this.words.has(text.slice(start, end));
  }
}

// A word's length (up to 31) and first two character codes, as one number.
function shapeAt(text: string, start: number, end: number): number {
  const length = Math.min(end - start, 31);
  const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  return (text.charCodeAt(start) * 0x10000 + second) * 32 + length;
}

/**
 * A set of lower-case words, asked about words as written: `has(word)` is
 * `words.has(word.toLowerCase())`. Names and headings are asked of every word, and most are ASCII
 * written in lower case or capitalised ("Welcome"): those are looked up as they are, against the
 * words and their capitalised forms, without a lower-cased copy made of each.
 */
export class LowerCaseWords {
  private readonly capitalised: ReadonlySet<string>;
  private readonly longest: number;
  private readonly starts: ReadonlySet<number>;

  constructor(private readonly words: ReadonlySet<string>) {
    const capitalised = new Set<string>();
    const starts = new Set<number>();
    let longest = 0;
    for (const word of words) {
      if (isAsciiLower(word.charCodeAt(0)))
        capitalised.add(String.fromCharCode(word.charCodeAt(0) - 32) + word.slice(1));
      starts.add(startOf(word, 0, word.length));
      longest = Math.max(longest, word.length);
    }
    this.capitalised = capitalised;
    this.longest = longest;
    this.starts = starts;
  }

  /**
   * `has(text.slice(start, end))`, the word turned away without being copied out when it is too
   * long for any word of the set or, in ASCII, starts with two letters none of them starts with.
   * Lower-casing never shortens a word, and `| 32` gives an ASCII letter's lower case (and two
   * other characters the same code only when they are the same character, or both letters).
   */
  hasAt(text: string, start: number, end: number): boolean {
    if (end - start > this.longest) return false;
    const first = text.charCodeAt(start);
    const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    if (first < 0x80 && second < 0x80 && !this.starts.has(startOf(text, start, end))) return false;
    return this.has(text.slice(start, end));
  }

  has(word: string): boolean {
    // A capital or a letter that is not ASCII after the first: lower-cased the ordinary way.
    for (let i = 1; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= 0x80 || isAsciiUpper(code)) return this.words.has(word.toLowerCase());
    }
    const first = word.charCodeAt(0);
    if (isAsciiUpper(first)) return this.capitalised.has(word);
    if (first >= 0x80) return this.words.has(word.toLowerCase());
    return this.words.has(word);
  }
}

// The first two characters of a word as one number, `| 32` making ASCII capitals lower case; a
// word of one character is told from every longer word.
function startOf(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start) | 32;
  return end - start > 1 ? first * 0x10000 + (text.charCodeAt(start + 1) | 32) : -first;
}
