// A pattern ending in `[…]$` is tried at every position of the line before it fails, and asked of
// nearly every line; one anchored at the start fails at the first character, cheaply, but is still
// a call into the engine. The questions below answer from one character code, exactly as the
// patterns they stand for. (A loop over a string of a dozen characters is no cheaper than an
// anchored pattern: the sets here are kept to a few.)

/** The text's last character is one of `characters`: `/[…]$/.test(text)` for a line. */
export function endsWithOneOf(text: string, characters: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  for (let i = 0; i < characters.length; i++) if (characters.charCodeAt(i) === last) return true;
  return false;
}

/** The character at `at` is an ASCII capital: no list marker or bullet is one. */
export function isAsciiCapitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 65 && code <= 90;
}
