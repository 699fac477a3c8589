import { type Aggregation, isEmptySelector, type MeetingSelector, type Target } from "./query.js";
import { subjectWords } from "./subject-words.js";

// "Fraud v corruption - which mtgs?", "stalking or the night time economy - where do they come
// up?": two subjects set against each other, each looked for by itself; a meeting need not hold
// both words, as it must for one subject ("night time economy").
const SET_AGAINST = /\b(?:vs\.?|v\.?|versus|or)\b/;
// "Which meetings discussed both fraud and corruption", "between 2020 and 2022": those on both
// sides, or a stretch of time, not two subjects each by itself.
const TOGETHER = /\b(?:both|between)\b/;
// Subjects looked for across the meetings: which, how many, the first or the last.
const ACROSS: ReadonlySet<Aggregation> = new Set(["list", "count", "first", "last"]);

/**
 * The words of each of two subjects a question across meetings sets side by side, when neither
 * side names a meeting (two meetings compared are read in read-comparison.ts); else null.
 */
export function subjectSides(
  text: string,
  reading: { target: Target; aggregation: Aggregation },
  sidesOf: () => [string, string] | null,
  select: (phrase: string) => MeetingSelector,
): [string[], string[]] | null {
  if (reading.target !== "passages" || !ACROSS.has(reading.aggregation)) return null;
  if (!SET_AGAINST.test(text) || TOGETHER.test(text)) return null;
  const sides = sidesOf();
  if (!sides || sides.some((side) => !isEmptySelector(select(side)))) return null;
  const [first, second] = sides.map(subjectWords);
  return first && second && first.length > 0 && second.length > 0 ? [first, second] : null;
}
