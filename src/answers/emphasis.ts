import type { Highlight } from "../search/types.js";

/**
 * Bullets that each lead with a label ("14 March 2015: Board meeting"), the labels marked for
 * emphasis, as an AnswerSection holds them.
 */
export function labelledBullets(entries: readonly (readonly [label: string, text: string])[]): {
  bullets: string[];
  bulletHighlights: Highlight[][];
} {
  return {
    bullets: entries.map(([label, text]) => `${label}: ${text}`),
    bulletHighlights: entries.map(([label]) => [[0, label.length]]),
  };
}

/** A stretch of text, emphasised or not. */
export interface Run {
  text: string;
  emphasised: boolean;
}

/**
 * Text cut into runs at its highlights (offsets into the text, as search returns them), so each
 * face marks emphasis its own way: Slack bold, terminal bold, nothing in JSON. Ranges out of order,
 * overlapping or outside the text are clipped rather than trusted.
 */
export function emphasisRuns(text: string, highlights: readonly Highlight[] = []): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const [from, to] of [...highlights].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(from, text.length));
    const end = Math.max(start, Math.min(to, text.length));
    if (end === start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), emphasised: false });
    runs.push({ text: text.slice(start, end), emphasised: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), emphasised: false });
  return runs;
}
