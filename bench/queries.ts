import type { Meeting } from "../src/corpus/model.js";
import { EVAL_SET } from "./data/eval-set.js";
import { between, pick, seededRandom } from "./random.js";

/** How many queries the start bench times. */
export const QUERY_COUNT = 200;

/**
 * Varied queries for timing: the evaluation questions (whole questions in people's words), then
 * words of the minutes one to three at a time, one in ten misspelt and one in ten wrapped in a
 * question, up to QUERY_COUNT. Seeded, so every run times the same queries.
 */
export function timingQueries(meetings: Meeting[], seed: number): string[] {
  const random = seededRandom(seed);
  const words = meetings
    .flatMap((m) => m.items.flatMap((i) => i.passages.flatMap((p) => p.text.split(/\s+/))))
    .map((word) => word.replace(/[^\p{L}]/gu, "").toLowerCase())
    .filter((word) => word.length >= 4);
  const misspell = (word: string) => {
    const i = between(random, 1, word.length - 2);
    return word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
  };
  const queries = EVAL_SET.map((q) => q.question).slice(0, QUERY_COUNT);
  while (queries.length < QUERY_COUNT) {
    const chosen = Array.from({ length: between(random, 1, 3) }, () => pick(random, words));
    const roll = random();
    if (roll < 0.1) queries.push(`what did the board say about ${chosen.join(" ")}?`);
    else if (roll < 0.2) queries.push(chosen.map(misspell).join(" "));
    else queries.push(chosen.join(" "));
  }
  return queries;
}
