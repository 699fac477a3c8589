import { NUMBER_WORDS } from "../corpus/lexicon.js";

/**
 * "Which six boroughs got challenge fund money": the minutes say "grants … covering six London
 * boroughs" and stop there. When a question asks which ones of a counted group, and the passage
 * that answers it counts that group without naming its members, the answer says so rather than
 * leave the reader to look for names that are not there.
 */
// Two or more, in figures or words ("one" is as often "one of the").
const WORDS_BY_VALUE = new Map([...NUMBER_WORDS].map(([word, value]) => [value, word]));
const COUNT = `\\d+|${[...NUMBER_WORDS.keys()].filter((word) => word !== "one").join("|")}`;

// "which six boroughs", "what were the three projects", "name the 4 agencies".
const WHICH_COUNTED = new RegExp(
  `\\b(?:which|what|name|list)(?: (?:are|were|was|is))?(?: the)? (${COUNT}) ([a-z]+?)(?:e?s)?\\b`,
);

// What follows a counted group that names its members: a colon, a bracket, a dash, "namely".
const NAMES_FOLLOW = /^\s*(?:[:(–—]|-\s|namely\b|including\b|such as\b|were\b|are\b)/i;

/** The sentence saying the minutes count the group without naming it; null otherwise. */
export function unnamedMembers(question: string, passage: string): string | null {
  const asked = WHICH_COUNTED.exec(question);
  if (!asked) return null;
  const [, count = "", noun = ""] = asked;
  // The count as the question wrote it and in the other form: "six" and "6".
  const other = /^\d+$/.test(count)
    ? WORDS_BY_VALUE.get(Number(count))
    : String(NUMBER_WORDS.get(count) ?? "");
  const forms = [count, other].filter(Boolean).join("|");
  // The count, up to three words of description, then the noun: "six London boroughs".
  const counted = new RegExp(
    `\\b(?:${forms})(?:\\s+[\\p{L}'-]+){0,3}?\\s+${noun}\\p{L}*`,
    "iu",
  ).exec(passage);
  if (!counted) return null;
  const after = passage.slice(counted.index + counted[0].length);
  // "… discussed 6 areas/asks for partners … with:" introduces them, as a list after it.
  const sentence = after.split(/(?<=[.!?])\s/)[0] ?? "";
  if (NAMES_FOLLOW.test(after) || sentence.includes(":")) return null;
  return `The minutes do not name them: they say only “${counted[0]}”.`;
}
