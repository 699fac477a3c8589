import { type Aggregation, isEmptySelector, type MeetingSelector, type Target } from "./query.js";
import { withoutAskedAfter } from "./read-selector.js";
import { subjectWords } from "./subject-words.js";

// "Fraud v corruption - which mtgs?", "stalking or the night time economy - where do they come
// up?": two subjects set against each other, each looked for by itself; a meeting need not hold
// both words, as it must for one subject ("night time economy").
// The sides are cut at the word read here, and nowhere else: "violence against women v fraud"
// holds "against" inside a subject, which a comparison of meetings reads as setting two apart.
// "V" and its spellings say it more surely than "or", which may join words of one subject.
const SET_AGAINST: readonly RegExp[] = [/\s(?:vs\.?|v\.?|versus)\s/, /\sor\s/];
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
  select: (phrase: string) => MeetingSelector,
): [string[], string[]] | null {
  if (reading.target !== "passages" || !ACROSS.has(reading.aggregation)) return null;
  if (TOGETHER.test(text)) return null;
  const sides = sidesSetAgainst(text);
  if (!sides || sides.some((side) => !isEmptySelector(select(side)))) return null;
  const [first, second] = sides.map(subjectWords);
  return first && second && first.length > 0 && second.length > 0 ? [first, second] : null;
}

/** The text before and after the first word that sets two subjects against each other, or null. */
function sidesSetAgainst(text: string): [string, string] | null {
  for (const word of SET_AGAINST) {
    const match = word.exec(text);
    if (match)
      return [
        text.slice(0, match.index),
        withoutAskedAfter(text.slice(match.index + match[0].length)),
      ];
  }
  return null;
}
