/**
 * Strings held one byte a character. A JavaScript engine keeps a text with a single character
 * beyond Latin-1 (a curly quote, a dash) two bytes a character, and every piece cut from it too;
 * its patterns, lower-casing and hashing run markedly slower on such strings. Pieces without such
 * a character are worth copying into strings of one byte a character before they are read often.
 */

/** A character beyond Latin-1. */
export const WIDE = /[\u0100-\uffff]/;

/**
 * `text` itself, or, when it holds no character beyond Latin-1 but may be held two bytes a
 * character (its `whole` does hold one), the same characters one byte a character.
 */
export function narrowed(text: string): string {
  return WIDE.test(text) ? text : Buffer.from(text, "latin1").toString("latin1");
}
