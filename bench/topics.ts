import { readCliSettings } from "../src/config.js";
import { loadCorpus } from "../src/corpus/load.js";
import { buildSearch } from "../src/search/index.js";
import { EVAL_SET } from "./data/eval-set.js";
import { ABSENT_TOPICS, APART_TOPICS, PRESENT_TOPICS, TOGETHER_TOPICS } from "./data/topic-set.js";
import { evaluate, evaluateApart, evaluateSilence, type RankedItem } from "./evaluate.js";

/**
 * `npm run bench:topics`: whether search stays silent on subjects the seed minutes never mention
 * (false-hit rate) while still finding the ones they do (recall@3), and the older EVAL_SET score.
 */
async function main(): Promise<void> {
  const { corpusDir } = readCliSettings(undefined);
  const meetings = (await loadCorpus(corpusDir)).meetings;
  const search = buildSearch(meetings);
  const ranked = (question: string): RankedItem[] =>
    search
      .search(question, { limit: 10 })
      .results.map((result) => ({ file: result.source.file, title: result.item.title }));
  const silence = evaluateSilence(
    ABSENT_TOPICS.map((topic) => topic.query),
    ranked,
  );
  const present = evaluate(PRESENT_TOPICS, ranked);
  const old = evaluate(EVAL_SET, ranked);
  const asked = [
    ...APART_TOPICS.map((topic) => ({ query: topic.query, apart: true })),
    ...TOGETHER_TOPICS.map((topic) => ({ query: topic.query, apart: false })),
  ];
  const apart = evaluateApart(asked, (question) => search.search(question));
  const lines = [
    `absent topics: ${ABSENT_TOPICS.length} queries, false-hit rate ${silence.falseHitRate.toFixed(3)}`,
    ...silence.falseHits.map(
      (hit) => `  answered: ${hit.question} → ${hit.got.map((r) => r.title).join(" | ")}`,
    ),
    `present topics: ${PRESENT_TOPICS.length} queries, recall@3 ${present.recallAt3.toFixed(3)}, MRR ${present.mrr.toFixed(3)}`,
    ...present.misses.map(
      (miss) =>
        `  missed: ${miss.question} → ${miss.got.map((r) => r.title).join(" | ") || "nothing"}`,
    ),
    `evaluation questions: ${EVAL_SET.length}, recall@3 ${old.recallAt3.toFixed(3)}, MRR ${old.mrr.toFixed(3)}`,
    ...old.misses.map(
      (miss) =>
        `  missed: ${miss.question} → ${miss.got.map((r) => r.title).join(" | ") || "nothing"}`,
    ),
    `words apart or together: ${apart.right}/${asked.length} right (${APART_TOPICS.length} apart, ${TOGETHER_TOPICS.length} together)`,
    ...apart.wrong.map(
      (miss) => `  wrong: ${miss.question} → ${miss.results} results, note: ${miss.note ?? "none"}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
