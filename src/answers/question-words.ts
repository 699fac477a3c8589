import { isQuestionStopWord } from "./asked-of.js";
import { SEASON_WORDS } from "./dates.js";
import { allowedEdits, editDistance } from "./similarity.js";

// The words that give a question its shape. A typo in one of them ("wich meetings", "who
// atended") would hide the question from the readers, which match these words exactly.
const QUESTION_WORDS = [
  "which",
  "what",
  "when",
  "where",
  "many",
  "often",
  "meeting",
  "meetings",
  "attend",
  "attended",
  "attending",
  "attendance",
  "attendees",
  "apologies",
  "chaired",
  "discuss",
  "discussed",
  "mentioned",
  "raised",
  "compare",
  // Spelt right, not a typo of "compare": "the fraud meeting compared with the casey meeting".
  "compared",
  "between",
  "before",
  "after",
  "first",
  "latest",
  "previous",
  "timeline",
  "since",
  "joined",
  // Spelt right, not a typo of "joined": "who were the joint chairs".
  "joint",
  "summarise",
  "summary",
  "agenda",
  "actions",
  // "happend" is as near "happen" as "happened": the first written wins a tie.
  "happened",
  "happen",
  "decided",
  "decisions",
  "decision",
  "agreed",
  "chair",
  "next",
];
const SHAPE = new Set(QUESTION_WORDS);

// "Chairs", "chaired": a question word with its ending, spelt right ("who chairs the board").
function inflects(word: string): boolean {
  return QUESTION_WORDS.some((base) => {
    if (!word.startsWith(base)) return false;
    const ending = word.slice(base.length);
    // "Decided" is "decide" + "d"; "happend" is no form of "happen".
    return /^(?:s|es|ed|ing)$/.test(ending) || (ending === "d" && base.endsWith("e"));
  });
}

/**
 * Rewrites misspelt question words to their spelling ("wich" → "which", "apologys" →
 * "apologies"). A word is left alone when it is short, already one of them, a stop word, a word
 * of a date ("late 2022" is not "latest", "summer" not "summary") or a word the minutes
 * themselves use (`known`), so "went" stays "went" and never becomes "when".
 */
export function correctQuestionWords(text: string, known: ReadonlySet<string>): string {
  return text.replace(/\b[a-z]{4,}\b/g, (word) => {
    if (
      SHAPE.has(word) ||
      known.has(word) ||
      isQuestionStopWord(word) ||
      SEASON_WORDS.has(word) ||
      inflects(word)
    )
      return word;
    let best: string | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of QUESTION_WORDS) {
      if (candidate[0] !== word[0]) continue;
      const distance = editDistance(word, candidate);
      if (distance <= allowedEdits(word, candidate) && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best ?? word;
  });
}
