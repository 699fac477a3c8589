/**
 * A sentence's words as the decision reader reads them: runs of letters, digits, apostrophes and
 * hyphens, and each , ; : on its own (`/[\p{L}\p{N}'’-]+|[,;:]/gu`). Only where each word starts
 * and ends is found up front; a word's text is cut out of the sentence when a rule asks for it. A
 * sentence has some twenty words and the reader asks about a handful (the decision verbs and the
 * few before each): cutting every one out, as `match` does, cost more than the reading itself.
 */
export class SentenceTokens {
  /** How many words the sentence has. */
  readonly length: number;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lowers: (string | undefined)[] = [];

  constructor(readonly sentence: string) {
    const n = sentence.length;
    let i = 0;
    while (i < n) {
      const code = sentence.charCodeAt(i);
      let width = wordCharWidth(sentence, i, code);
      if (width === 0) {
        if (code === 0x2c || code === 0x3b || code === 0x3a) {
          this.starts.push(i);
          this.ends.push(i + 1);
        }
        i++;
        continue;
      }
      const start = i;
      while (width > 0) {
        i += width;
        if (i >= n) break;
        width = wordCharWidth(sentence, i, sentence.charCodeAt(i));
      }
      this.starts.push(start);
      this.ends.push(i);
    }
    this.length = this.starts.length;
  }

  /** The word at `j` as written; "" outside the sentence. */
  text(j: number): string {
    if (j < 0 || j >= this.length) return "";
    return this.sentence.slice(this.starts[j], this.ends[j]);
  }

  /** The word at `j` in lower case; "" outside the sentence. */
  lower(j: number): string {
    if (j < 0 || j >= this.length) return "";
    let lower = this.lowers[j];
    if (lower === undefined) {
      lower = this.text(j).toLowerCase();
      this.lowers[j] = lower;
    }
    return lower;
  }

  /** How many characters the word at `j` has as written. */
  width(j: number): number {
    return (this.ends[j] ?? 0) - (this.starts[j] ?? 0);
  }

  /** The character code the word at `j` starts with. */
  firstCode(j: number): number {
    return this.sentence.charCodeAt(this.starts[j] ?? -1);
  }

  /** Whether the word at `j` is the punctuation mark , ; or : given by its character code. */
  isMark(j: number, code: number): boolean {
    return this.width(j) === 1 && this.firstCode(j) === code;
  }

  /** How many words start before `offset`: the words of the sentence's first `offset` characters. */
  countBefore(offset: number): number {
    let count = 0;
    while (count < this.length && (this.starts[count] ?? offset) < offset) count++;
    return count;
  }
}

// A letter or digit outside ASCII, as \p{L} and \p{N} read it (a letter beyond the basic plane is
// a surrogate pair, read whole).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// How many code units the word character at `i` takes (1, or 2 for a surrogate pair); 0 when the
// character there is not part of a word.
function wordCharWidth(text: string, i: number, code: number): number {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x27 ||
      code === 0x2d
      ? 1
      : 0;
  if (code === 0x2019) return 1;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return LETTER_OR_DIGIT.test(text[i] ?? "") ? 1 : 0;
}
