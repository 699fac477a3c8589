import { MONTH_NAMES } from "../corpus/calendar.js";
import { sentencesOf } from "../corpus/record/sentences.js";
import type { SearchResult } from "../search/types.js";
import type { AnswerContext } from "./context.js";
import { resultPassage } from "./result-passage.js";

// "When are court backlogs back on the agenda", "when will the plan be published": a question
// after a time, which the sentence naming one answers.
const WHEN_ASKED = /^when\b/;
// A time as the minutes write one: a month, a year, a season, the next meeting, "in due course".
const TIME = new RegExp(
  `\\b(?:${MONTH_NAMES.join("|")}|(?:19|20)\\d\\d|spring|summer|autumn|winter|next (?:meeting|LCRB|DMG|Board|Group|year|month)|in due course)\\b`,
  "i",
);
/** A sentence added to an excerpt keeps a chat message short: at most this many characters. */
const MAX_ADDED = 240;

/**
 * A "when" question's results, each excerpt that names no time followed by the sentence of its
 * passage that does and that speaks of the subject ("The issue of court backlogs will be
 * discussed again at the next LCRB in July"): the search picked the sentence with most of the
 * subject's words, which need not be the one that says when.
 */
export function withTimeSentence(
  asked: string,
  subject: readonly string[],
  results: readonly SearchResult[],
  context: AnswerContext,
): SearchResult[] {
  if (!WHEN_ASKED.test(asked) || subject.length === 0) return [...results];
  const speaksOf = (sentence: string) => {
    const lower = sentence.toLowerCase();
    return subject.some((word) => new RegExp(`\\b${word.replace(/\W/g, "")}`).test(lower));
  };
  return results.map((result) => {
    if (TIME.test(result.excerpt)) return result;
    const found = resultPassage(result, context);
    const passage = found?.passages[found.at]?.text;
    if (!passage) return result;
    const sentence = sentencesOf(passage).find(
      (s) => TIME.test(s) && speaksOf(s) && !result.excerpt.includes(s),
    );
    if (!sentence || sentence.length > MAX_ADDED) return result;
    return { ...result, excerpt: `${result.excerpt} ${sentence}` };
  });
}
