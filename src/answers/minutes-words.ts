import type { Meeting } from "../corpus/model.js";

/**
 * The ordinary words of the minutes: every word they write in lower case or in capitals
 * ("police", "MOPAC"), lower-cased. Names are written in Title Case, so a word the minutes use
 * in lower case is a word, not a name — "police" is not a misspelt "Price".
 */
export function ordinaryWords(meetings: readonly Meeting[]): Set<string> {
  const words = new Set<string>();
  for (const meeting of meetings) {
    for (const item of meeting.items) {
      for (const text of [item.title, ...item.passages.map((p) => p.text)]) {
        for (const word of text.match(/[A-Za-z]+/g) ?? []) {
          if (word === word.toLowerCase() || (word.length > 1 && word === word.toUpperCase()))
            words.add(word.toLowerCase());
        }
      }
    }
    for (const action of meeting.actions) {
      for (const word of action.text.match(/\b[a-z]+\b/g) ?? []) words.add(word);
    }
  }
  return words;
}
