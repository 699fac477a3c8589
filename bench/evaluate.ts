import type { AnsweringItem, EvalQuestion } from "./data/eval-set.js";

/** What an engine returned for a question: the cited item of each result, best first. */
export interface RankedItem {
  file: string;
  title: string;
}

export interface Evaluation {
  /** Share of questions with an answering item among the first three results. */
  recallAt3: number;
  /** Mean of 1/rank of the first answering item (0 when none is returned). */
  mrr: number;
  misses: Array<{ question: string; got: RankedItem[] }>;
}

const simplify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function answers(result: RankedItem, answer: AnsweringItem): boolean {
  return result.file === answer.file && simplify(result.title).includes(simplify(answer.title));
}

/** Scores a search function on the questions: recall@3 and mean reciprocal rank. */
export function evaluate(
  questions: EvalQuestion[],
  search: (question: string) => RankedItem[],
): Evaluation {
  let found = 0;
  let reciprocal = 0;
  const misses: Evaluation["misses"] = [];
  for (const { question, answers: expected } of questions) {
    const got = search(question);
    const rank = got.findIndex((result) => expected.some((answer) => answers(result, answer)));
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (rank >= 0 && rank < 3) found++;
    else misses.push({ question, got: got.slice(0, 3) });
  }
  const count = Math.max(1, questions.length);
  return { recallAt3: found / count, mrr: reciprocal / count, misses };
}

export interface SilenceEvaluation {
  /** Share of absent-topic queries that returned any result. */
  falseHitRate: number;
  falseHits: Array<{ question: string; got: RankedItem[] }>;
}

/** Scores how often a search answers a query about a subject the minutes never mention. */
export function evaluateSilence(
  queries: readonly string[],
  search: (question: string) => RankedItem[],
): SilenceEvaluation {
  const falseHits: SilenceEvaluation["falseHits"] = [];
  for (const question of queries) {
    const got = search(question);
    if (got.length > 0) falseHits.push({ question, got: got.slice(0, 3) });
  }
  return { falseHitRate: falseHits.length / Math.max(1, queries.length), falseHits };
}

export interface ApartEvaluation {
  right: number;
  wrong: Array<{ question: string; note: string | null; results: number }>;
}

/**
 * Whether each answer says its words are apart exactly when they are: `apart` queries must still
 * show results and a note saying no agenda item holds the words together; the others must not say
 * so.
 */
export function evaluateApart(
  queries: ReadonlyArray<{ query: string; apart: boolean }>,
  search: (question: string) => { note: string | null; results: unknown[] },
): ApartEvaluation {
  const wrong: ApartEvaluation["wrong"] = [];
  for (const { query, apart } of queries) {
    const response = search(query);
    const says = response.note !== null && /\btogether\b/i.test(response.note);
    const right = apart ? says && response.results.length > 0 : !says;
    if (!right)
      wrong.push({ question: query, note: response.note, results: response.results.length });
  }
  return { right: queries.length - wrong.length, wrong };
}
