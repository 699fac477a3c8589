import { describe, expect, it } from "vitest";
import { pick, seededRandom } from "../../../bench/random.js";
import { commitmentsIn } from "../../../src/corpus/record/commitments.js";
import { decisionsIn } from "../../../src/corpus/record/decisions.js";
import { sentencesOf, splitSentences } from "../../../src/corpus/record/sentences.js";
import {
  DECISION_WORDS,
  DEFERRAL_WORDS,
  MODAL_WORDS,
  TO_WORD,
  triggersOf,
  triggersOfSentences,
  UNDERTAKING_WORDS,
} from "../../../src/corpus/record/triggers.js";
import { seedPassages } from "../../support/seed-passages.js";

// Every family set: each reader asked of every sentence, as before the trigger words were looked for.
const EVERY_FAMILY = -1;
const APRIL_2023 = { date: "2023-04-12", body: "LCRB" } as const;

// Sentences built from the readers' own words, names, auxiliaries and stops, in every case: half
// of them shaped as a subject, a verb group and a rest, so that the readers find something.
function generatedSentences(count: number): string[] {
  const random = seededRandom(2026);
  const words = (
    "agreed decided approved accepted noted decision decisions will shall would not no also to be " +
    "been was were is are has have had undertook undertaken offered asked tasked requested intention " +
    "undertaking deferred postponed carried forward over held put back the a an this that it there " +
    "and of by MOPAC LCRB DMG Board Members Partners Chair London Councils officers they none next " +
    "meeting July 30th 2023 update share report come return discussed AGREED Will TO To Noted " +
    "MOPAC's agreed_ will2 heldover"
  ).split(" ");
  const subjects = [
    "MOPAC",
    "The Board",
    "Members",
    "Partners",
    "It",
    "They",
    "London Councils and MOPAC",
    "The item",
    "No one",
    "The MPS officers",
    "The Chair",
  ];
  const verbs = [
    "will",
    "would",
    "shall not",
    "will be",
    "agreed to",
    "were asked to",
    "was deferred",
    "was carried over",
    "to",
    "has undertaken to",
    "noted and approved",
    "were agreed",
    "decided",
    "intention to",
    "will not",
  ];
  const rests = [
    "update partners",
    "report back to the next meeting",
    "come back to the LCRB in July",
    "be discussed at the next DMG",
    "share data by 30 June 2023",
    "the plan",
    "consider it in March",
    "lead on this",
    "be provided",
  ];
  const joins = [" ", " ", " ", " ", ", ", "; ", "-", "’s "];
  return Array.from({ length: count }, (_, n) => {
    if (n % 2 === 0)
      return `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, rests)} ${pick(random, words)} ${pick(random, rests)}.`;
    let sentence = "";
    const length = 2 + Math.floor(random() * 16);
    for (let i = 0; i < length; i++) sentence += pick(random, words) + pick(random, joins);
    return `${sentence.trim()}.`;
  });
}

describe("triggersOf", () => {
  it.each([
    // Real lines from the seed minutes.
    ["Members noted the action from the previous meeting.", DECISION_WORDS],
    ["London Councils and MOPAC will lead on this.", MODAL_WORDS],
    [
      "In respect of court backlogs, MOPAC has now started work with partners to develop a model of capacity and demand across the CJS and partners have agreed to share data.",
      DECISION_WORDS | UNDERTAKING_WORDS | TO_WORD,
    ],
    ["The issue of court backlogs will be discussed again at the next LCRB in July.", MODAL_WORDS],
    [
      "Discussion of the estate strategy was deferred to the next LCRB meeting.",
      DEFERRAL_WORDS | TO_WORD,
    ],
    [
      "Since publishing the Youth Justice Criminal Action Plan in Autumn 2019, MOPAC's Disproportionality Challenge Fund was launched in June 2022.",
      0,
    ],
  ])("finds the families of %j", (sentence, families) => {
    expect(triggersOf(sentence)).toBe(families);
  });

  it("finds a word in any case, and only as a whole word", () => {
    expect(triggersOf("AGREED. Will the Chair?")).toBe(
      DECISION_WORDS | UNDERTAKING_WORDS | MODAL_WORDS,
    );
    expect(triggersOf("Notedly, the willow was putative and today's reputed")).toBe(0);
    expect(triggersOf("pre-agreed (put)")).toBe(
      DECISION_WORDS | UNDERTAKING_WORDS | DEFERRAL_WORDS,
    );
  });

  const sentences = [...seedPassages().flatMap(sentencesOf), ...generatedSentences(20_000)];

  it("leaves the commitments found as they are when every reader reads every sentence", () => {
    const commitments = commitmentsIn(sentences, APRIL_2023);
    // The comparison means something only if the readers find plenty.
    expect(commitments.length).toBeGreaterThan(1000);
    expect(commitments).toEqual(
      commitmentsIn(
        sentences,
        APRIL_2023,
        sentences.map(() => EVERY_FAMILY),
      ),
    );
  });

  it("passes to the decision reader the sentences the pattern it replaced did", () => {
    // The pattern decisionKind asked first, before the trigger words replaced it.
    const hint =
      /\b(?:agreed|decided|approved|accepted|adopted|ratified|endorsed|noted|decisions?)\b/i;
    const asked = sentences.filter((s) => triggersOf(s) & DECISION_WORDS);
    expect(asked.length).toBeGreaterThan(1000);
    expect(asked).toEqual(sentences.filter((s) => hint.test(s)));
    expect(decisionsIn(sentences).length).toBeGreaterThan(1000);
  });

  it("finds in one search of a passage the families each of its sentences holds", () => {
    // Seed passages, then sentences of generated words run together into passages with stops,
    // markup and paragraph numbers, which the split takes out.
    const generated = generatedSentences(4_000);
    const passages = [
      ...seedPassages(),
      ...Array.from(
        { length: 400 },
        (_, n) =>
          `${n % 3 === 0 ? "9. " : ""}${generated.slice(n * 10, n * 10 + 10).join(n % 2 ? " " : "  ** ")}`,
      ),
    ];
    let found = 0;
    for (const passage of passages) {
      const split = splitSentences(passage);
      const expected = split.sentences.map(triggersOf);
      expect(triggersOfSentences(split)).toEqual(expected);
      found += expected.filter(Boolean).length;
    }
    expect(found).toBeGreaterThan(1000);
  });
});
