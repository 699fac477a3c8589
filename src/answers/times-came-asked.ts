import { NUMBER_WORDS } from "../corpus/lexicon.js";

/**
 * How many meetings a yes-or-no question about someone's whole record asks they came to: "ever
 * actually turned up?", "ever made it to a board?" ask for one; "did she come to more than one
 * board?" for two, "at least three meetings" for three. The person's record answers it yes or
 * no by the meetings they attended (apologies are not coming). Null for a question asking no such
 * thing ("how many meetings has she been to" wants the count itself, "was she at the 2022 board"
 * one meeting, "has she ever been absent?" the apologies). The body is the one the counted words
 * name ("more than one board" counts LCRB meetings, "at least two dmgs" the DMG's), null for any.
 */
export function timesCameAsked(
  text: string,
): { count: number; body: "LCRB" | "DMG" | null } | null {
  if (ASKS_WHICH.test(text) || ABSENCE.test(text)) return null;
  const more = MORE_THAN.exec(text);
  const least = more ? null : (AT_LEAST.exec(text) ?? OR_MORE.exec(text));
  const ever = more || least ? null : EVER_CAME.exec(text);
  const found = more ?? least ?? ever;
  if (!found) return null;
  const counted = more?.[1] ?? least?.[1];
  const number = counted === undefined ? 1 : countOf(counted);
  if (number === null) return null;
  // The meetings counted are named after the coming: "came to more than one board".
  const kind = MEETING_KIND.exec(text.slice(found.index))?.[1];
  return { count: more ? number + 1 : number, body: kind ? bodyOfMeetingWord(kind) : null };
}

/** The body a word for a meeting names: a board is the LCRB, the group the DMG; null for any. */
export function bodyOfMeetingWord(word: string): "LCRB" | "DMG" | null {
  if (/^(?:lcrbs?|boards?)$/.test(word)) return "LCRB";
  if (/^(?:dmgs?|groups?)$/.test(word)) return "DMG";
  return null;
}

// A word for a meeting of one body or of any.
const MEETING_KIND = /\b(lcrbs?|boards?|dmgs?|groups?|meetings?|mtgs?)\b/;

// Not coming: "has she ever been absent?", "ever missed one?" ask after the apologies.
const ABSENCE = /\b(?:absent|away|miss(?:ed|es|ing)?|apologi[sz]\w*|no[- ]show)\b/;

// "How many …", "which meetings …", "who …" ask for the record itself, not whether it holds.
const ASKS_WHICH = /^(?:how|which|what|who|when|where)\b/;

// Coming, as people say it of a meeting: the words that, with "ever", ask whether it happened.
// "Been" is coming only when it goes to a meeting or is counted ("been to one", "been more than
// once", "ever been?"), not "ever been chair".
const CAME =
  "(?:c[ao]me|attend(?:ed|s)?|turn(?:ed|s)? up|show(?:ed|n|s)? up|ma(?:d|k)e it|been(?= (?:to|at|more|over|\\d+|once|twice|one|two|three)\\b|\\W*$)|go(?:ne)?|went|appear(?:ed)?)";

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
