/**
 * The words a text writes in lower case or in capitals ("police", "MOPAC"), lower-cased: names
 * are written in Title Case, so a word written in lower case is a word, not a name. The index
 * gathers them from every title and passage it reads, so the answers need not read the minutes
 * again (see answers/minutes-words.ts).
 */
const LOWER = 1;
const UPPER = 2;

/**
 * Adds the runs of ASCII letters in `text` written all in lower case, or in capitals when longer
 * than one letter, lower-cased. Read letter by letter: matching every word with a regular
 * expression and comparing it with its lower- and upper-case copies made three strings a word,
 * and this runs over every word of the minutes when the first question comes.
 */
export function addOrdinaryWords(text: string, words: Set<string>): void {
  let start = -1;
  let cases = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const letter = code >= 97 && code <= 122 ? LOWER : code >= 65 && code <= 90 ? UPPER : 0;
    if (letter !== 0) {
      if (start < 0) {
        start = i;
        cases = 0;
      }
      cases |= letter;
      continue;
    }
    if (start < 0) continue;
    if (cases === LOWER) words.add(text.slice(start, i));
    else if (cases === UPPER && i - start > 1) words.add(text.slice(start, i).toLowerCase());
    start = -1;
  }
}
