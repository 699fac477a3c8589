/**
 * Every match of a global pattern in the text, as `[...text.matchAll(pattern)]` gives them.
 * matchAll copies the pattern on each call, which costs more than matching a short attendance
 * line; the pattern's own `lastIndex` is used instead, and left at 0.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // An empty match moves on by one character, as matchAll does, or the search would not end.
    if (m[0] === "") pattern.lastIndex += astral(text, pattern) ? 2 : 1;
    found.push(m);
  }
  return found;
}

// A character outside the Basic Multilingual Plane at the pattern's position, under the u flag.
function astral(text: string, pattern: RegExp): boolean {
  return pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff;
}
