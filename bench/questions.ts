import { createAnswerContext } from "../src/answers/context.js";
import { answerQuestion, InMemoryConversationStore } from "../src/answers/index.js";
import { readCliSettings } from "../src/config.js";
import { ASKED_8_SET } from "./data/question-asked-8.js";
import { ASKED_9_SET } from "./data/question-asked-9.js";
import { ASKED_KINDS_SET } from "./data/question-asked-kinds.js";
import { ASKED_RELATIVE_SET } from "./data/question-asked-relative.js";
import { COMPARE_SHORTHAND_SET } from "./data/question-compare-shorthand.js";
import { EVERYDAY_VERBS_SET } from "./data/question-everyday-verbs.js";
import { EXCERPTS_8_SET } from "./data/question-excerpts-8.js";
import { EXCERPTS_9_SET } from "./data/question-excerpts-9.js";
import { EXCERPTS_FOLLOWUPS_SET } from "./data/question-excerpts-followups.js";
import { EXCERPTS_SILENCE_SET } from "./data/question-excerpts-silence.js";
import { FOLLOWUPS_NARROW_SET } from "./data/question-followups-narrow.js";
import { GROUPS_SET } from "./data/question-groups.js";
import { HOLDOUT_SET } from "./data/question-holdout.js";
import { MEETING_BY_SUBJECT_SET } from "./data/question-meeting-by-subject.js";
import { MEETINGS_ASKED_SET } from "./data/question-meetings-asked.js";
import { NAMED_ITEM_SET } from "./data/question-named-item.js";
import { PEOPLE_ASKED_SET } from "./data/question-people-asked.js";
import { PHRASINGS_SET } from "./data/question-phrasings.js";
import { REVIEW_LEFTOVERS_SET } from "./data/question-review-leftovers.js";
import {
  QUESTION_CLASSES,
  QUESTION_SET,
  QUESTION_SET_TODAY,
  type QuestionCase,
} from "./data/question-set.js";
import { SPOKEN_ON_SET } from "./data/question-spoken-on.js";
import { SWEEP_SET } from "./data/question-sweep.js";
import { SWEEP2_SET } from "./data/question-sweep2.js";
import { SWEEP3_SET } from "./data/question-sweep3.js";
import { SWEEP4_SET } from "./data/question-sweep4.js";
import { SWEEP5_SET } from "./data/question-sweep5.js";
import { SWEEP6_SET } from "./data/question-sweep6.js";
import { SWEEP7_SET } from "./data/question-sweep7.js";
import { SWEEP8_SET } from "./data/question-sweep8.js";
import { SWEEP9_SET } from "./data/question-sweep9.js";
import { SWEEP10_SET } from "./data/question-sweep10.js";
import { SWEEP11_SET } from "./data/question-sweep11.js";
import { SWEEP12_SET } from "./data/question-sweep12.js";
import { VARIANT_SET } from "./data/question-variants.js";
import { VARIANTS_10A_SET } from "./data/question-variants-10a.js";
import { VARIANTS_10B_SET } from "./data/question-variants-10b.js";
import { VARIANTS_11A_SET } from "./data/question-variants-11a.js";
import { VARIANTS_11B_SET } from "./data/question-variants-11b.js";
import { VARIANTS_11B2_SET } from "./data/question-variants-11b2.js";
import { onDay, scoreQuestionSet } from "./questions-score.js";

/**
 * `npm run bench:questions`: the question set of issue 9 and the held-out set written after the
 * first build, against the real corpus, with the score of each class, every failure when run with `--failures`, and how long composed questions take
 * once the corpus is loaded.
 */
const COMPOSED = [
  "who sent apologies for the meeting where they discussed the night safety charter",
  "compare attendance between the april 2022 and april 2023 meetings",
  "timeline of the police and crime plan",
];
const TARGET_MS = 30;
const RUNS = 50;

const { corpusDir, cacheDir } = readCliSettings(undefined);
const context = await createAnswerContext({ corpusDir, cacheDir, today: QUESTION_SET_TODAY });
const store = new InMemoryConversationStore();

/** Prints the score of each class of a set; with `--failures`, every failure and why. */
function report(title: string, set: readonly QuestionCase[]): void {
  const scores = scoreQuestionSet(set, (question, id, today) =>
    answerQuestion(question, onDay(context, today), {
      conversation: { id: `${title}:${id}`, store },
    }),
  );
  console.log(title);
  let passed = 0;
  let total = 0;
  for (const name of QUESTION_CLASSES) {
    const score = scores[name];
    passed += score.passed;
    total += score.total;
    console.log(`  ${name.padEnd(14)} ${score.passed}/${score.total}`);
    if (process.argv.includes("--failures"))
      for (const failure of score.failures) console.log(`      ✗ ${failure}`);
  }
  console.log(`  ${"all".padEnd(14)} ${passed}/${total} (${Math.round((100 * passed) / total)}%)`);
}

report("question set", QUESTION_SET);
report("held-out set", HOLDOUT_SET);
report("phrasings set", PHRASINGS_SET);
report("sweep set", SWEEP_SET);
report("variant set", VARIANT_SET);
report("second sweep", SWEEP2_SET);
report("several people and absence", GROUPS_SET);
report("third sweep", SWEEP3_SET);
report("fourth sweep", SWEEP4_SET);
report("fifth sweep", SWEEP5_SET);
report("sixth sweep", SWEEP6_SET);
report("seventh sweep", SWEEP7_SET);
report("eighth sweep", SWEEP8_SET);
report("ninth sweep", SWEEP9_SET);
report("tenth sweep", SWEEP10_SET);
report("the tenth sweep's follow-ups, narrow and silence, other facts", VARIANTS_10B_SET);
report("eleventh sweep", SWEEP11_SET);
report("twelfth sweep", SWEEP12_SET);
report("people asked", PEOPLE_ASKED_SET);
report("comparisons in shorthand", COMPARE_SHORTHAND_SET);
report("everyday verbs and silence", EVERYDAY_VERBS_SET);
report("item named by its title", NAMED_ITEM_SET);
report("meetings asked after", MEETINGS_ASKED_SET);
report("someone on a subject", SPOKEN_ON_SET);
report("excerpts and follow-ups", EXCERPTS_FOLLOWUPS_SET);
report("meeting named by subject", MEETING_BY_SUBJECT_SET);
report("review leftovers", REVIEW_LEFTOVERS_SET);
report("asked as the sixth sweep asks", ASKED_KINDS_SET);
report("follow-ups and narrow facts", FOLLOWUPS_NARROW_SET);
report("asked by date, filler, post and shorthand", ASKED_RELATIVE_SET);
report("excerpts and silence", EXCERPTS_SILENCE_SET);
report("excerpts, yes/no and silence (8)", EXCERPTS_8_SET);
report("comparisons and silence (9)", EXCERPTS_9_SET);
report("asked as the eighth sweep asks", ASKED_8_SET);
report("asked as the ninth sweep asks", ASKED_9_SET);
report("the tenth sweep's kinds on other facts (10a)", VARIANTS_10A_SET);
report("the eleventh sweep's kinds on other facts (11a)", VARIANTS_11A_SET);
report(
  "the eleventh sweep's narrow, follow-up and silence kinds on other facts (11b)",
  VARIANTS_11B_SET,
);
report(
  "the eleventh sweep's narrow, follow-up and silence kinds, second batch (11b2)",
  VARIANTS_11B2_SET,
);

for (const question of COMPOSED) {
  answerQuestion(question, context);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    answerQuestion(question, context);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(RUNS * 0.95)] ?? 0;
  console.log(
    `composed “${question}”: median ${times[RUNS >> 1]?.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (target ≤ ${TARGET_MS} ms)`,
  );
}
