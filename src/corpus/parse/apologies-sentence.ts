import { HONORIFIC_WORDS } from "../lexicon.js";
import { withoutAttendanceNotes } from "./attendance-notes.js";
import { type Person, readPerson } from "./people.js";

// Titles written short before a name, whose full stop ends no sentence: "Cllr.", "Supt.", "Det.
// Insp.", "Dr.". The short words of the lexicon's honorifics (a long one, "the Commissioner.", can
// end a sentence), with the forms of address.
const SHORT_TITLES = [
  ...new Set([...HONORIFIC_WORDS].filter((word) => word.length <= 4 && word !== "the")),
  ..."dr mr mrs ms mx prof rev st".split(" "),
].join("|");

// The sentence ends at a full stop that is not an initial's or a title's ("Cllr A. Smith", "Dr.
// Patel"), or with the text. A pattern's source, for the patterns of sentences naming people.
export const SENTENCE_END = `(?<!(?:^|\\s)(?:\\p{Lu}|${SHORT_TITLES}))\\.(?:\\s|$)|$`;

const APOLOGIES_SENTENCE = new RegExp(
  `\\bapologies(?:\\s+for\\s+absence)?\\s+(?:were|was|have\\s+been|had\\s+been)?\\s*(?:received|given|noted|sent|submitted|tendered)?\\s*(?:from|by)\\s+(.+?)(?:${SENTENCE_END})`,
  "iu",
);

// The same pattern, global so that it can be started at an index.
const FROM_THE_WORD = new RegExp(APOLOGIES_SENTENCE.source, `${APOLOGIES_SENTENCE.flags}g`);

const APOLOGIES_WORD = /apologies/i;
const APOLOGIES_FROM = /apologie[sſ]/i;

/**
 * The names in "Apologies were received from Councillor Athwal and Councillor Rodwell." — people
 * the minutes mention in prose rather than list. Empty for any other sentence.
 */
export function readApologiesSentence(text: string): Person[] {
  // The full pattern is costly to try at every word; a passage without the word cannot match,
  // and a sentence cannot start before the first "apologies" ("ſ" folds to "s" under /iu), so the
  // pattern is tried from there.
  if (!APOLOGIES_WORD.test(text)) return [];
  FROM_THE_WORD.lastIndex = text.search(APOLOGIES_FROM);
  const m = FROM_THE_WORD.exec(text);
  return m?.[1] ? readPeopleInProse(m[1]) : [];
}

// A comma, semicolon, "and" or "&" between two people, not inside a bracket about one of them
// ("Perpetua Lindqvist-Achebe (Deputy Mayor for Policing and Crime)").
const BETWEEN_PEOPLE = /\s*(?:,|;|\band\b|&)\s*(?![^()]*\))/;

/**
 * The people a sentence names in a list, "A (Body), B and C": each part a name, with its
 * description in brackets after it; a clause about someone ("who was represented by …") is none.
 */
export function readPeopleInProse(list: string): Person[] {
  // "… from A, who was represented by B, and from C": a clause about someone is not a name, and
  // "from" may be repeated before each name.
  return withoutAttendanceNotes(list)
    .split(BETWEEN_PEOPLE)
    .filter((part) => !/^(?:who|whom|whose|which|represented|deputised|substituted)\b/i.test(part))
    .map((part) => part.replace(/^(?:from|by)\s+/i, ""))
    .map((part) => {
      const bracket = part.match(/^(.*?)\s*\(([^)]*)\)\s*$/);
      return bracket ? readPerson(bracket[1] ?? "", bracket[2] ?? "") : readPerson(part, "");
    })
    .filter((p): p is Person => p !== null);
}
