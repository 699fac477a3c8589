/**
 * Splits text into words the same way for minutes and for questions, so both sides of the index
 * agree: lower case, accents folded, curly quotes and dashes read as straight ones, possessives
 * dropped ("MOPAC's" → "mopac", "victims'" → "victims") and hyphenated words kept as parts.
 */
export interface WordToken {
  /** The word as written, for bolding in excerpts. */
  surface: string;
  /** Character offsets of `surface` in the text. */
  start: number;
  end: number;
  /** Normalised parts: "Weekes-Bernard" → ["weekes", "bernard"]; most words have one part. */
  parts: string[];
  /** Whether each part was written in capitals ("MPS", "CT"), which marks it as an acronym. */
  capitals: readonly boolean[];
  /** Whether each part began with a capital letter ("Met" the police, not "met" the verb). */
  capitalised: readonly boolean[];
}

/**
 * The words of a text flat, without an object per word: the index reads every word of the
 * minutes this way (readWords), where tokenize's tokens cost more than reading them.
 */
export interface WordParts {
  /** The normalised parts of every word, in order. */
  parts: string[];
  /** Per part: CAPITALS when written in capitals, CAPITALISED when it began with a capital. */
  flags: number[];
  /** Per word: the index in `parts` after its last part. */
  ends: number[];
}

export const CAPITALS = 1;
export const CAPITALISED = 2;

const HYPHEN = /[-‐‑‒–—]/;
const APOSTROPHES = /['’‘ʼ]/g;
const POSSESSIVE = /['’ʼ]s?$/i;
const COMBINING_MARKS = /\p{M}/gu;
const PLAIN_ASCII = /^[A-Za-z0-9]*$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// The flags of a one-part word, shared by every such token: the minutes have a million words.
const YES: readonly boolean[] = Object.freeze([true]);
const NO: readonly boolean[] = Object.freeze([false]);

/** Lower case, accents folded, apostrophes removed: the spelling both sides compare. */
export function normaliseWord(word: string): string {
  // Most words are plain ASCII letters, which need no Unicode folding.
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return word.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(APOSTROPHES, "");
}

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  scanWords(text, (start, end, plain) => {
    const surface = text.slice(start, end);
    // Most words are plain ASCII letters and digits: no possessive, hyphen or accent to undo, and
    // their case read from character codes. Reading every passage costs a third less this way.
    if (plain) {
      tokens.push({
        surface,
        start,
        end,
        parts: [surface.toLowerCase()],
        capitals: surface.length > 1 && inCapitals(surface) ? YES : NO,
        capitalised: isCapital(surface.charCodeAt(0)) ? YES : NO,
      });
      return;
    }
    const parts: string[] = [];
    const capitals: boolean[] = [];
    const capitalised: boolean[] = [];
    splitWord(surface, (part, flags) => {
      parts.push(part);
      capitals.push((flags & CAPITALS) !== 0);
      capitalised.push((flags & CAPITALISED) !== 0);
    });
    if (parts.length > 0) tokens.push({ surface, start, end, parts, capitals, capitalised });
  });
  return tokens;
}

/** Adds the words of `text` to `words`, read as tokenize reads them. */
export function readWords(text: string, words: WordParts): void {
  const { parts, flags, ends } = words;
  scanWords(text, (start, end, plain) => {
    const surface = text.slice(start, end);
    if (plain) {
      parts.push(surface.toLowerCase());
      flags.push(
        (end - start > 1 && inCapitals(surface) ? CAPITALS : 0) |
          (isCapital(surface.charCodeAt(0)) ? CAPITALISED : 0),
      );
      ends.push(parts.length);
      return;
    }
    const before = parts.length;
    splitWord(surface, (part, flag) => {
      parts.push(part);
      flags.push(flag);
    });
    if (parts.length > before) ends.push(parts.length);
  });
}

// The parts of a word that is not plain ASCII, with their flags: the possessive dropped, split at
// hyphens, each part normalised (a part that normalises to nothing is left out).
function splitWord(surface: string, part: (normalised: string, flags: number) => void): void {
  for (const raw of surface.replace(POSSESSIVE, "").split(HYPHEN)) {
    if (raw.length === 0) continue;
    const normalised = normaliseWord(raw);
    if (normalised.length === 0) continue;
    const capitals = raw.length > 1 && /\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw);
    part(normalised, (capitals ? CAPITALS : 0) | (/^\p{Lu}/u.test(raw) ? CAPITALISED : 0));
  }
}

/**
 * Finds the words of a text, telling each one's offsets and whether it is plain ASCII letters and
 * digits. A word is what /[\p{L}\p{N}]+(?:['’‘ʼ\-‐‑‒–—][\p{L}\p{N}]+)*['’ʼ]?/gu matches: letters
 * or digits, joined by apostrophes or hyphen-like marks inside it, with a trailing apostrophe
 * for plural possessives ("victims'"). Read character by character: the pattern's match arrays
 * were a good part of the garbage of an index build.
 */
function scanWords(text: string, word: (start: number, end: number, plain: boolean) => void) {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let size = letterAt(text, i);
    if (size === 0) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    do {
      if (size > 1 || text.charCodeAt(i) >= 0x80) plain = false;
      i += size;
      size = letterAt(text, i);
    } while (size > 0);
    while (i < length && isJoiner(text.charCodeAt(i)) && letterAt(text, i + 1) > 0) {
      plain = false;
      i++;
      for (size = letterAt(text, i); size > 0; size = letterAt(text, i)) i += size;
    }
    if (i < length && isTrailingApostrophe(text.charCodeAt(i))) {
      plain = false;
      i++;
    }
    word(start, i, plain);
  }
}

// The length (1, or 2 for a surrogate pair) of the letter or digit at `i`, or 0 when there is none.
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  // General punctuation (curly quotes, dashes, spaces) holds no letter: the commonest non-ASCII.
  if (code >= 0x2000 && code <= 0x206f) return 0;
  const point = text.codePointAt(i) as number;
  if (!LETTER_OR_DIGIT.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

// ' ’ ‘ ʼ and the hyphen-like marks - ‐ ‑ ‒ – —, which join the parts of one word.
function isJoiner(code: number): boolean {
  return (
    code === 39 ||
    code === 45 ||
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0x02bc ||
    (code >= 0x2010 && code <= 0x2014)
  );
}

// ' ’ ʼ (not ‘, which opens a quotation).
function isTrailingApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x02bc;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether an ASCII word has a capital letter and no small one ("MPS", "CT", "COVID19"). */
function inCapitals(word: string): boolean {
  let capital = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (isCapital(code)) capital = true;
  }
  return capital;
}
