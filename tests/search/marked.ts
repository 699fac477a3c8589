import type { Highlight } from "../../src/search/types.js";

/** An excerpt with its highlights wrapped in *…*, so a test can state both in one string. */
export function marked(result: { text: string; highlights: readonly Highlight[] }): string {
  let out = "";
  let at = 0;
  for (const [start, end] of result.highlights) {
    out += `${result.text.slice(at, start)}*${result.text.slice(start, end)}*`;
    at = end;
  }
  return out + result.text.slice(at);
}

/** A search result's excerpt, marked. */
export const markedExcerpt = (result: { excerpt: string; highlights: readonly Highlight[] }) =>
  marked({ text: result.excerpt, highlights: result.highlights });
