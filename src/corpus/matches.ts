/**
 * Every match of a global pattern in `text`, in order, as `text.matchAll(pattern)` gives them.
 * `matchAll` copies the pattern (a new RegExp) on every call; the parser asks the same patterns of
 * every line and sentence, so it reads them with `exec` on the one compiled pattern instead. The
 * matches are all gathered before any is returned, so the caller may use the pattern again while
 * reading them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (m[0] === "")
      pattern.lastIndex = m.index + (pattern.unicode && isPairAt(text, m.index) ? 2 : 1);
  }
  return found;
}

function isPairAt(text: string, index: number): boolean {
  return (text.codePointAt(index) ?? 0) > 0xffff;
}
