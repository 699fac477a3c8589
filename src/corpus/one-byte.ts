/**
 * Strings held one byte a character. A JavaScript engine keeps a text with a single character
 * beyond Latin-1 (a curly quote, a dash) two bytes a character, and every piece cut from it too;
 * its patterns, lower-casing and hashing run markedly slower on such strings. Pieces without such
 * a character are worth copying into strings of one byte a character before they are read often.
 */

/** A character beyond Latin-1. */
export const WIDE = /[\u0100-\uffff]/;

// The bytes copies are made from, kept for the next text: a buffer allocated for every file cost
// as much as the copies themselves. Only ever read straight after it is written.
let scratch = Buffer.allocUnsafe(0);

/**
 * The text one byte a character (Latin-1 keeps the low byte of each character: exact for every
 * piece with no character beyond it), for `oneByteSlice`. Valid until the next call.
 */
export function latin1Bytes(text: string): Buffer {
  if (scratch.length < text.length)
    scratch = Buffer.allocUnsafe(Math.max(text.length, 2 * scratch.length));
  scratch.write(text, 0, "latin1");
  return scratch;
}

/** The characters from `start` to `end` of the text latin1Bytes was given, one byte a character. */
export function oneByteSlice(bytes: Buffer, start: number, end: number): string {
  return bytes.toString("latin1", start, end);
}

/**
 * `text` itself, or, when it holds no character beyond Latin-1 but may be held two bytes a
 * character (it was cut from a text that has one), the same characters one byte a character.
 */
export function narrowed(text: string): string {
  return WIDE.test(text) ? text : oneByteSlice(latin1Bytes(text), 0, text.length);
}
