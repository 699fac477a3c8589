import { NUMBER_WORDS } from "../corpus/lexicon.js";

/**
 * How many meetings a yes-or-no question about someone's whole record asks they came to: "ever
 * actually turned up?", "ever made it to a board?" ask for one; "did she come to more than one
 * board?" for two, "at least three meetings" for three. The person's record answers it yes or
 * no by the meetings they attended (apologies are not coming). Null for a question asking no such
 * thing ("how many meetings has she been to" wants the count itself, "was she at the 2022 board"
 * one meeting).
 */
export function timesCameAsked(text: string): number | null {
  if (ASKS_WHICH.test(text)) return null;
  const more = MORE_THAN.exec(text);
  if (more?.[1]) {
    const count = countOf(more[1]);
    return count === null ? null : count + 1;
  }
  const least = AT_LEAST.exec(text) ?? OR_MORE.exec(text);
  if (least?.[1]) return countOf(least[1]);
  return EVER_CAME.test(text) ? 1 : null;
}

// "How many …", "which meetings …", "who …" ask for the record itself, not whether it holds.
const ASKS_WHICH = /^(?:how|which|what|who|when|where)\b/;

// Coming, as people say it of a meeting: the words that, with "ever", ask whether it happened.
const CAME =
  "(?:c[ao]me|attend(?:ed|s)?|turn(?:ed|s)? up|show(?:ed|n|s)? up|ma(?:d|k)e it|been|go(?:ne)?|went|appear(?:ed)?)";

const EVER_CAME = new RegExp(`\\bever (?:actually |really |once )?${CAME}\\b`);

// "Once" and "twice" count times, as "one" and "two" count meetings.
const TIMES: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return TIMES[word] ?? NUMBER_WORDS.get(word) ?? null;
}

const COUNTED = "(\\d+|once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten)";
// What is counted, when anything is: meetings or times (a bare "more than once" counts too).
const OF_MEETINGS = "(?= (?:\\w+ )?(?:meetings?|mtgs?|boards?|lcrbs?|dmgs?|ones?|times?)\\b|\\W*$)";
const MORE_THAN = new RegExp(`\\b${CAME}\\b.*\\b(?:more than|over) ${COUNTED}\\b${OF_MEETINGS}`);
const AT_LEAST = new RegExp(`\\b${CAME}\\b.*\\bat least ${COUNTED}\\b${OF_MEETINGS}`);
const OR_MORE = new RegExp(`\\b${CAME}\\b.*\\b${COUNTED} or more\\b`);
