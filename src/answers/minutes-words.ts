import type { Meeting } from "../corpus/model.js";
import { addOrdinaryWords } from "../search/ordinary-words.js";
import type { MinutesSearch } from "../search/types.js";

/**
 * The ordinary words of the minutes: every word they write in lower case or in capitals
 * ("police", "MOPAC"), lower-cased. Names are written in Title Case, so a word the minutes use
 * in lower case is a word, not a name — "police" is not a misspelt "Price".
 */
export function ordinaryWords(
  meetings: readonly Meeting[],
  search?: Pick<MinutesSearch, "ordinaryWords">,
): Set<string> {
  // The index read every title and passage already (and its cache kept what it found).
  const fromIndex = search?.ordinaryWords?.();
  const words = new Set<string>(fromIndex ?? []);
  for (const meeting of meetings) {
    if (!fromIndex) {
      for (const item of meeting.items) {
        addOrdinaryWords(item.title, words);
        for (const passage of item.passages) addOrdinaryWords(passage.text, words);
      }
    }
    for (const action of meeting.actions) {
      for (const word of action.text.match(/\b[a-z]+\b/g) ?? []) words.add(word);
    }
  }
  return words;
}
