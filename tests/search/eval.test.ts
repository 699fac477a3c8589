import { beforeAll, describe, expect, it } from "vitest";
import { EVAL_SET } from "../../bench/data/eval-set.js";
import { evaluate } from "../../bench/evaluate.js";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Meeting } from "../../src/corpus/model.js";
import { buildSearch } from "../../src/search/index.js";

const RECALL_AT_3_FLOOR = 0.9;

describe("search on the seed minutes, scored on our evaluation questions", () => {
  let meetings: Meeting[] = [];
  beforeAll(async () => {
    meetings = (await loadCorpus("corpus")).meetings;
  });

  it("has at least 40 questions, each with an answering item that exists in the corpus", () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(40);
    const items = meetings.flatMap((m) =>
      m.items.map((item) => ({ file: m.file, title: item.title })),
    );
    const simplify = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    for (const { question, answers } of EVAL_SET) {
      for (const answer of answers) {
        const exists = items.some(
          (item) =>
            item.file === answer.file && simplify(item.title).includes(simplify(answer.title)),
        );
        expect(exists, `${question}: no item "${answer.title}" in ${answer.file}`).toBe(true);
      }
    }
  });

  it(`finds an answering item in the top 3 for at least ${RECALL_AT_3_FLOOR * 100}% of questions`, () => {
    const search = buildSearch(meetings);
    const evaluation = evaluate(EVAL_SET, (question) =>
      search
        .search(question, { limit: 10 })
        .results.map((result) => ({ file: result.source.file, title: result.item.title })),
    );
    console.log(
      `search eval: ${EVAL_SET.length} questions, recall@3 ${evaluation.recallAt3.toFixed(3)}, MRR ${evaluation.mrr.toFixed(3)}`,
    );
    for (const miss of evaluation.misses) {
      console.log(
        `  missed: ${miss.question} → ${miss.got.map((r) => r.title).join(" | ") || "nothing"}`,
      );
    }
    expect(evaluation.recallAt3).toBeGreaterThanOrEqual(RECALL_AT_3_FLOOR);
  });
});
