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

// "Which boroughs is the VRU doing Play Space work with", "what issues were raised", "name the
// boroughs": a group whose members are asked for, by its plural alone. "What are the boroughs
// asking for" asks what the group does, not who is in it, so a verb between "what" and the plural
// is no such question.
const WHICH_GROUP = /\b(?:(?:which|what) ([a-z]+s) [a-z]|(?:name|list) (?:all )?the ([a-z]+s)\b)/;
// The group spoken of as a whole, not named: "with the boroughs", "all the boroughs", "each
// London borough".
const AS_A_WHOLE = "(?:the|these|those|all(?: the)?|each|every|some|several|many|other)";

/**
 * Whether a passage lists members of the group: the plural, then in the same sentence "including",
 * "such as", "namely" or a colon ("Several issues were highlighted including: the work around Play
 * Space …").
 */
function listsMembers(plural: RegExp, passage: string): boolean {
  return passage.split(/(?<=[.!?])\s/).some((sentence) => {
    const at = sentence.search(plural);
    return at >= 0 && /\b(?:including|such as|namely)\b|:/i.test(sentence.slice(at));
  });
}

/**
 * "Which boroughs …" when the passage speaks of the group only as a whole ("the work around Play
 * Space with the boroughs"): the sentence saying the minutes do not name them; null otherwise.
 */
function unnamedGroup(
  question: string,
  passage: string,
  others: () => readonly string[],
): string | null {
  const asked = WHICH_GROUP.exec(question);
  const noun = asked?.[1] ?? asked?.[2];
  if (!noun || noun.length < 4) return null;
  // The plural as asked only: "the issue of fraud" is one issue, not the group asked about.
  const spoken = new RegExp(`\\b${AS_A_WHOLE}(?:\\s+[\\p{L}'-]+){0,3}?\\s+${noun}\\b`, "iu").exec(
    passage,
  );
  if (!spoken) return null;
  const after = passage.slice(spoken.index + spoken[0].length);
  const sentence = after.split(/(?<=[.!?])\s/)[0] ?? "";
  if (NAMES_FOLLOW.test(after) || sentence.includes(":")) return null;
  // A passage shown with it that lists them answers the question, so the minutes do name them.
  // The noun is the question's, so its pattern is built once a question, not kept.
  const plural = new RegExp(`\\b${noun}\\b`, "i");
  if ([passage, ...others()].some((text) => listsMembers(plural, text))) return null;
  return `The minutes do not name them: they say only “${spoken[0]}”.`;
}

/**
 * The sentence saying the minutes count the group without naming it; null otherwise. The others are
 * the further passages shown with the closest one, read only when the silence would be said.
 */
export function unnamedMembers(
  question: string,
  passage: string,
  others: () => readonly string[] = () => [],
): string | null {
  const asked = WHICH_COUNTED.exec(question);
  if (!asked) return unnamedGroup(question, passage, others);
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
