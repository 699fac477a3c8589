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
 * A set of lower-case words, asked about words as written: `has(word)` is
 * `words.has(word.toLowerCase())`. Names and headings are asked of every word, and most are ASCII
 * written in lower case or capitalised ("Welcome"): those are looked up as they are, against the
 * words and their capitalised forms, without a lower-cased copy made of each.
 */
export class LowerCaseWords {
  private readonly capitalised: ReadonlySet<string>;

  constructor(private readonly words: ReadonlySet<string>) {
    const capitalised = new Set<string>();
    for (const word of words)
      if (isAsciiLower(word.charCodeAt(0)))
        capitalised.add(String.fromCharCode(word.charCodeAt(0) - 32) + word.slice(1));
    this.capitalised = capitalised;
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
