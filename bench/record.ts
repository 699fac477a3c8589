import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../src/corpus/load.js";
import type { Meeting } from "../src/corpus/model.js";
import { readCommitments } from "../src/corpus/record/commitments.js";
import { readDecisions } from "../src/corpus/record/decisions.js";
import { type GoldPassage, RECORD_GOLD, RECORD_HELD_OUT } from "./data/record-gold.js";
import { RECORD_QUESTIONS } from "./data/record-questions.js";
import {
  answerPasses,
  type FoundEntry,
  type ListScore,
  precision,
  recall,
  scoreList,
} from "./record-score.js";

/**
 * `npm run bench:record`: decisions and commitments against the hand-labelled gold set (precision,
 * recall, and how often kind, owner and due are right), then the record questions through `lcrb
 * ask`. Seed passages are scored on what the real parser recorded for them, so every sentence of
 * the seed minutes counts: one not in the gold set holds no decision or commitment.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(HERE, "..", "..", "corpus");
// The bench is built into .bench-build/bench/; the lcrb command it drives is the one in dist/.
const CLI = join(HERE, "..", "..", "dist", "cli.js");

// Gold passages of the seeds, plus an empty gold entry for every other seed passage.
function seedPassages(meetings: Meeting[]): GoldPassage[] {
  const gold = RECORD_GOLD.filter((g) => SEED_SOURCE.test(g.source));
  const all = [...gold];
  for (const meeting of meetings)
    for (const item of meeting.items)
      for (const passage of item.passages) {
        const source = `${meeting.file.slice(0, 3)}:${passage.line}`;
        if (!gold.some((g) => g.source === source))
          all.push({
            source,
            body: meeting.body,
            date: meeting.date,
            text: passage.text,
            decisions: [],
            commitments: [],
          });
      }
  return all;
}

function recorded(meetings: Meeting[], list: "decisions" | "commitments") {
  return (passage: GoldPassage): FoundEntry[] => {
    if (!SEED_SOURCE.test(passage.source))
      return list === "decisions"
        ? readDecisions(passage.text)
        : readCommitments(passage.text, passage);
    const [prefix, line] = passage.source.split(":");
    const meeting = meetings.find((m) => m.file.startsWith(prefix ?? ""));
    return (meeting?.[list] ?? []).filter((entry) => entry.line === Number(line));
  };
}

// "004:43": a passage of a seed minutes file, scored on what the parser recorded for it.
const SEED_SOURCE = /^\d{3}:\d+$/;

const percent = (n: number) => `${(100 * n).toFixed(0)}%`;

function report(label: string, score: ListScore): string[] {
  const lines = [
    `${label}: precision ${percent(precision(score))} (${score.right}/${score.found}), recall ${percent(recall(score))} (${score.gold - score.missed.length}/${score.gold}), kind right ${score.kindRight}/${score.right}, owner right ${score.ownerRight}/${score.ownerGold}, due right ${score.dueRight}/${score.dueGold}`,
  ];
  for (const wrong of score.wrong) lines.push(`  wrong  ${wrong}`);
  for (const missed of score.missed) lines.push(`  missed ${missed}`);
  return lines;
}

function askText(question: string, today: string): string {
  const run = spawnSync(
    process.execPath,
    [CLI, "ask", "--json", "--corpus", CORPUS, "--today", today, question],
    { encoding: "utf8" },
  );
  if (run.status !== 0) return "";
  return (JSON.parse(run.stdout) as { text?: string }).text ?? "";
}

async function main(): Promise<void> {
  const { meetings } = await loadCorpus(CORPUS);
  const gold = [...seedPassages(meetings), ...RECORD_GOLD.filter((g) => g.source === "written")];
  const out = [
    ...report("decisions", scoreList(gold, "decisions", recorded(meetings, "decisions"))),
    ...report("commitments", scoreList(gold, "commitments", recorded(meetings, "commitments"))),
    ...report(
      "held-out decisions",
      scoreList(RECORD_HELD_OUT, "decisions", recorded(meetings, "decisions")),
    ),
    ...report(
      "held-out commitments",
      scoreList(RECORD_HELD_OUT, "commitments", recorded(meetings, "commitments")),
    ),
  ];
  let passed = 0;
  const failed: string[] = [];
  for (const question of RECORD_QUESTIONS) {
    if (answerPasses(question, askText(question.question, question.today ?? "2026-12-05")))
      passed++;
    else failed.push(question.question);
  }
  out.push(`questions: ${passed}/${RECORD_QUESTIONS.length} answered`);
  for (const question of failed) out.push(`  failed ${question}`);
  process.stdout.write(`${out.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
