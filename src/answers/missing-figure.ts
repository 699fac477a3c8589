import { stemWord } from "../search/stem.js";
import type { SearchResult } from "../search/types.js";
import type { AnswerContext } from "./context.js";
import { closestPassageText, passageText } from "./result-passage.js";
import { unnamedMembers } from "./unnamed-members.js";

// "How much money did the fund award", "how many officers were recruited", "whats the youth action
// plan budget": a figure the minutes
// may not give. Only questions that reach the search ask it; counts of attendees, apologies,
// items and meetings have their own answers.
// "How much is going into the hubs?", "how much was put towards it?": money put into a thing.
const AMOUNT_ASKED =
  /\bhow much\b.*\b(?:money|funding|funds?|cash|budget|cost|costs|spent|spend|paid|pay|award\w*|grant\w*|worth|invest\w*)\b|\bhow much\b(?! of\b).*\b(?:go(?:ing|es|ne)?|went|put|poured|sunk|allocated|earmarked|set aside) (?:into|towards?|on)\b|\bwhat(?:'s|s| was| is| were| are) the (?:[a-z'-]+ ){0,4}(?:cost|budget|amount|value|sum)\b|^(?:what|which) (?:budget|funding|amount|sum|money)\b/;
// "How many …", "what was the ineffective trial rate", "what is the percentage of …", "what % of …";
// a target, which is a figure to reach ("what's the target for female officers?", "how big is the
// met's BAME recruitment target?"), when the word ends what is named: "the target audience",
// "the target of the VRU's work" are who or what is aimed at, no figure.
const NUMBER_ASKED =
  /\bhow many\b|^what(?:'s|s| was| is| were| are) the (?:[a-z'-]+ ){0,4}(?:rates?|percentages?|proportions?|figures?|totals?|numbers?|levels?|(?:targets?|quotas?)(?=\s*(?:$|[?,.!]|(?:for|set|by|in|this|that|now|then|is|was|were|are)\b)))\b|\bwhat (?:%|per ?cent(?:age)?|proportion|share|fraction) of\b|\bhow (?:big|large|high|ambitious)\b.*\b(?:targets?|quotas?)\b/;
// £2m, 60 million, 3,000 pounds.
const AMOUNT =
  /[£$€]\s?\d|\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand|pounds?)\b|\b(?:million|billion|thousand) pounds\b/i;
// Any count but a year ("since 2019"): digits or a number written out ("one" is as often "day
// one" or "one of the").
const NUMBER =
  /\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|million)\b/i;

const PARAGRAPH_NUMBER = /^\s*\d+(?:\.\d+)*[.)]\s+/;

// "How much of the £60m goes on perpetrator work?": a part of an amount the question names, which
// a passage giving that amount whole does not answer. An amount has its currency sign or its
// unit: "how much of the 2021 plan" names a year, not money.
const SHARE_ASKED =
  /\bhow much of (?:the |that |this |its |their )?(?:[£$€]\s?(\d[\d,.]*)|(\d[\d,.]*)\s?(?:k|m|bn|million|billion|thousand|pounds?)\b)/;
// Amounts as a passage writes them: "£60 million", "£2m", "3,000 pounds"; the number alone.
const AMOUNT_NUMBERS =
  /[£$€]\s?(\d[\d,.]*)|\b(\d[\d,.]*)\s?(?:k|m|bn|million|billion|thousand|pounds?)\b/gi;
// A part said otherwise than as an amount.
const PART = /%|\bper ?cent\b|\b(?:half|third|quarter|proportion|share|split)\b/i;

/**
 * The sentence saying the minutes give no share of an amount named in the question, when the
 * closest passage gives that amount only whole; null when it gives another amount or a part, or
 * no share is asked.
 */
function untoldShare(text: string, prose: string): string | null {
  const asked = SHARE_ASKED.exec(text);
  const named = asked?.[1] ?? asked?.[2];
  if (!named) return null;
  const others = [...prose.matchAll(AMOUNT_NUMBERS)]
    .map((match) => match[1] ?? match[2])
    .filter((number) => number !== named);
  if (others.length > 0 || PART.test(prose)) return null;
  return "The minutes do not record how it is split: the closest passage gives the amount only whole.";
}

// "How many responses did …", "how many new BAME officers were …": the words of what is counted,
// up to the verb or preposition that ends them.
const COUNTED =
  /\bhow many ((?:(?!(?:were|was|did|do|does|are|is|have|has|had|got|get|took|take|in|at|on|from|of|for|to|by|with)\b)[a-z'-]+ ?){1,4})/;
const NUMBER_WORD = new RegExp(`^(?:${NUMBER.source})$`, "i");
const MONTH_WORD = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^may$/;
// How far after a number the thing it counts may stand: "three projects", "17 priority boroughs",
// "6 areas/asks".
const COUNTED_WITHIN = 3;

/**
 * Whether the passage gives the figure asked for: for "how many X", a number with X (by stem)
 * within a few words after it ("grants … awarded to three projects"), not a date's day ("a meeting
 * on 25 January") nor a count of something else ("6 areas/asks" for "how many responses"); for a
 * rate or a share, any number.
 */
function countsAsked(text: string, prose: string): boolean {
  const counted = COUNTED.exec(text)?.[1]?.trim().split(/\s+/).map(stemWord);
  if (!counted || counted.length === 0) return NUMBER.test(prose);
  const words = prose.toLowerCase().match(/[a-z0-9][a-z0-9,.'-]*/g) ?? [];
  return words.some((word, at) => {
    const bare = word.replace(/[,.]+$/, "");
    if (!NUMBER_WORD.test(bare) || MONTH_WORD.test(words[at + 1] ?? "")) return false;
    return words
      .slice(at + 1, at + 1 + COUNTED_WITHIN)
      .flatMap((next) => next.split(/[/-]/))
      .some((next) => counted.includes(stemWord(next.replace(/[^a-z]/g, ""))));
  });
}

/**
 * The sentence saying the minutes give no figure, when the question asks for one (an amount or a
 * number) and the closest passage (the first result's, read whole, not only its excerpt) holds
 * none; null otherwise. Later results match the question less, so a figure in them is no answer.
 */
export function missingFigure(
  text: string,
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  const amount = AMOUNT_ASKED.test(text);
  const share = SHARE_ASKED.test(text);
  if (!amount && !share && !NUMBER_ASKED.test(text)) return null;
  const passage = closestPassageText(results, context);
  if (passage === null) return null;
  // "6. The criminal justice work …": a paragraph's own number is no figure.
  const prose = passage.replace(PARAGRAPH_NUMBER, "");
  if (share) return untoldShare(text, prose);
  if (amount ? AMOUNT.test(prose) : countsAsked(text, prose)) return null;
  return amount
    ? "The minutes do not record an amount for this: the closest passage gives none."
    : "The minutes do not give a number for this: the closest passage has none.";
}

/**
 * The closest passage counts what the question asks to be named, and names none of them, nor does
 * any other passage shown.
 */
export function unnamedInClosest(
  text: string,
  results: readonly SearchResult[],
  context: AnswerContext,
): string | null {
  const passage = closestPassageText(results, context);
  if (passage === null) return null;
  const others = () => results.slice(1).map((result) => passageText(result, context));
  return unnamedMembers(text, passage, others);
}
