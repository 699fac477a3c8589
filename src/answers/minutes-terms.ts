import type { MinutesSearch } from "../search/types.js";
import { isQuestionStopWord } from "./asked-of.js";

/**
 * The topic words of a question with the words that the reader dropped as filler put back where
 * they make a term of the minutes with a topic word beside them: "information sharing" keeps
 * "information", "the new London Policing Board" keeps "board", "the night time economy" keeps
 * "time". A filler word beside no topic word ("information about fraud") stays out.
 */
export function withMinutesTerms(
  text: string,
  topic: readonly string[],
  search: Pick<MinutesSearch, "holdsPhrase">,
): string[] {
  const holdsPhrase = search.holdsPhrase?.bind(search);
  if (!holdsPhrase || topic.length === 0) return [...topic];
  // The question's words in order, marked where the topic words fall (in the same order).
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}&'-]+/u)
    .filter((word) => word.length > 0);
  const kept = words.map(() => false);
  let next = 0;
  for (const [i, word] of words.entries()) {
    if (next < topic.length && word === topic[next]) {
      kept[i] = true;
      next++;
    }
  }
  if (next < topic.length) return [...topic];
  // Each pass may join one more word to a term ("night" + "time", then "time" + "economy").
  for (let changed = true; changed; ) {
    changed = false;
    for (const [i, word] of words.entries()) {
      // "What did the mayor raise": the minutes write "the Mayor raised", but a word the question
      // asks of its subject never joins it.
      if (kept[i] || isQuestionStopWord(word)) continue;
      const before = kept[i - 1] && holdsPhrase(`${words[i - 1]} ${word}`);
      const after = kept[i + 1] && holdsPhrase(`${word} ${words[i + 1]}`);
      if (before || after) {
        kept[i] = true;
        changed = true;
      }
    }
  }
  return words.filter((_, i) => kept[i]);
}
