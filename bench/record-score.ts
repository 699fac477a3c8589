import type { GoldPassage } from "./data/record-gold.js";
import type { RecordQuestion } from "./data/record-questions.js";

/** What an extractor found in one passage, in the shape the gold set labels. */
export interface FoundEntry {
  text: string;
  kind: string;
  owner?: string | null;
  due?: string | null;
}

export interface ListScore {
  found: number;
  right: number;
  gold: number;
  /** Of the right ones, how many had the gold kind / owner / due (where the gold gives one). */
  kindRight: number;
  ownerRight: number;
  ownerGold: number;
  dueRight: number;
  dueGold: number;
  wrong: string[];
  missed: string[];
}

const squash = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();

const contains = (text: string, fragment: string) => squash(text).includes(squash(fragment));

const sameOwner = (a: string | null | undefined, b: string | null | undefined) =>
  squash(a ?? "").replace(/^the /, "") === squash(b ?? "").replace(/^the /, "");

/**
 * Scores one list (decisions or commitments) of an extractor over the gold passages: an entry is
 * right when its text holds a gold fragment of that list, ignored when it holds an `unsure` one,
 * wrong otherwise; a gold entry no found entry holds is missed.
 */
export function scoreList(
  gold: GoldPassage[],
  list: "decisions" | "commitments",
  extract: (passage: GoldPassage) => FoundEntry[],
): ListScore {
  const score: ListScore = {
    found: 0,
    right: 0,
    gold: 0,
    kindRight: 0,
    ownerRight: 0,
    ownerGold: 0,
    dueRight: 0,
    dueGold: 0,
    wrong: [],
    missed: [],
  };
  for (const passage of gold) {
    const expected: Array<{
      fragment: string;
      kind: string;
      owner?: string | null;
      due?: string | null;
    }> = passage[list];
    const found = extract(passage);
    score.gold += expected.length;
    for (const entry of found) {
      const match = expected.find((g) => contains(entry.text, g.fragment));
      if (!match) {
        if ((passage.unsure ?? []).some((u) => contains(entry.text, u))) continue;
        score.found++;
        score.wrong.push(`${passage.source}: [${entry.kind}] ${entry.text}`);
        continue;
      }
      score.found++;
      score.right++;
      if (entry.kind === match.kind) score.kindRight++;
      if (match.owner !== undefined) {
        score.ownerGold++;
        if (sameOwner(entry.owner, match.owner)) score.ownerRight++;
      }
      if (match.due !== undefined) {
        score.dueGold++;
        if ((entry.due ?? null) === match.due) score.dueRight++;
      }
    }
    for (const g of expected)
      if (!found.some((entry) => contains(entry.text, g.fragment)))
        score.missed.push(`${passage.source}: ${g.fragment}`);
  }
  return score;
}

export function precision(score: ListScore): number {
  return score.found === 0 ? 0 : score.right / score.found;
}

export function recall(score: ListScore): number {
  return score.gold === 0 ? 0 : (score.gold - score.missed.length) / score.gold;
}

/** Whether an answer's text answers a question: every expected fragment and citation, no forbidden one. */
export function answerPasses(question: RecordQuestion, text: string): boolean {
  const flat = text.replace(/`/g, "");
  return (
    question.expect.every((fragment) => contains(flat, fragment)) &&
    (question.cite ?? []).every((citation) => flat.includes(citation)) &&
    !(question.forbid ?? []).some((fragment) => contains(flat, fragment))
  );
}
