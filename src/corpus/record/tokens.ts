/**
 * The words of a sentence as its decisions are read: runs of letters, digits, apostrophes and
 * hyphens, and each , ; : on its own (the pattern /[\p{L}\p{N}'’-]+|[,;:]/gu). Read by character
 * code, Unicode classes asked only beyond ASCII: the pattern's matching cost most of a decision's
 * reading.
 */
export function tokensOf(sentence: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < sentence.length) {
    const width = wordCharWidth(sentence, i);
    if (width === 0) {
      const code = sentence.charCodeAt(i);
      if (code === 0x2c || code === 0x3b || code === 0x3a) tokens.push(sentence.charAt(i));
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (let next = wordCharWidth(sentence, i); next > 0; next = wordCharWidth(sentence, i))
      i += next;
    tokens.push(sentence.slice(start, i));
  }
  return tokens;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// How many code units the word character at `i` takes: 0 when it is none, 2 for a letter outside
// the basic plane (a surrogate pair; a lone half is no letter).
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
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
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text.charAt(i)) ? 1 : 0;
}
