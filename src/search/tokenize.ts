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

// Letters or digits, joined by apostrophes or hyphen-like marks (- ‐ ‑ ‒ – —) inside a word,
// with a trailing apostrophe allowed for plural possessives ("victims'").
const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ\-‐‑‒–—][\p{L}\p{N}]+)*['’ʼ]?/gu;
const HYPHEN = /[-‐‑‒–—]/;
const APOSTROPHES = /['’‘ʼ]/g;
const POSSESSIVE = /['’ʼ]s?$/i;
const COMBINING_MARKS = /\p{M}/gu;
const PLAIN_ASCII = /^[A-Za-z0-9]*$/;

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
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const start = match.index;
    // Most words are plain ASCII letters and digits: no possessive, hyphen or accent to undo, and
    // their case read from character codes. Reading every passage costs a third less this way.
    if (PLAIN_ASCII.test(surface)) {
      tokens.push({
        surface,
        start,
        end: start + surface.length,
        parts: [surface.toLowerCase()],
        capitals: surface.length > 1 && inCapitals(surface) ? YES : NO,
        capitalised: isCapital(surface.charCodeAt(0)) ? YES : NO,
      });
      continue;
    }
    const raw = surface
      .replace(POSSESSIVE, "")
      .split(HYPHEN)
      .filter((part) => part.length > 0);
    const parts: string[] = [];
    const capitals: boolean[] = [];
    const capitalised: boolean[] = [];
    for (const part of raw) {
      const normalised = normaliseWord(part);
      if (normalised.length === 0) continue;
      parts.push(normalised);
      capitals.push(part.length > 1 && /\p{Lu}/u.test(part) && !/\p{Ll}/u.test(part));
      capitalised.push(/^\p{Lu}/u.test(part));
    }
    if (parts.length === 0) continue;
    tokens.push({ surface, start, end: start + surface.length, parts, capitals, capitalised });
  }
  return tokens;
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
