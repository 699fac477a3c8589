import type { SentenceSplit } from "./sentences.js";

/**
 * The words each reader of the record starts from, found in one pass over a sentence's characters.
 * Most sentences of minutes hold none of them; a reader whose words a sentence lacks cannot match
 * it, so its patterns are not tried there. A family found is only a hint: the reader's own patterns
 * still decide.
 */

/** "agreed", "approved", "noted", "decision" …: the verbs and nouns a decision is recorded with. */
export const DECISION_WORDS = 1;
/** "will", "shall", "would": a promise in the future tense. */
export const MODAL_WORDS = 2;
/** "agreed", "undertook", "asked", "intention" …: a promise made "to" do something. */
export const UNDERTAKING_WORDS = 4;
/** "deferred", "postponed", "carried", "held", "put": an item put off to a later meeting. */
export const DEFERRAL_WORDS = 8;
/** "to": an action written without a verb of its own ("MOPAC to update partners"). */
export const TO_WORD = 16;

// Each word with the families it can start.
const FAMILIES: ReadonlyMap<string, number> = new Map([
  ["agreed", DECISION_WORDS | UNDERTAKING_WORDS],
  ["decided", DECISION_WORDS],
  ["approved", DECISION_WORDS],
  ["accepted", DECISION_WORDS],
  ["adopted", DECISION_WORDS],
  ["ratified", DECISION_WORDS],
  ["endorsed", DECISION_WORDS],
  ["noted", DECISION_WORDS],
  ["decision", DECISION_WORDS],
  ["decisions", DECISION_WORDS],
  ["will", MODAL_WORDS],
  ["shall", MODAL_WORDS],
  ["would", MODAL_WORDS],
  ["undertook", UNDERTAKING_WORDS],
  ["undertaken", UNDERTAKING_WORDS],
  ["offered", UNDERTAKING_WORDS],
  ["volunteered", UNDERTAKING_WORDS],
  ["promised", UNDERTAKING_WORDS],
  ["committed", UNDERTAKING_WORDS],
  ["asked", UNDERTAKING_WORDS],
  ["tasked", UNDERTAKING_WORDS],
  ["requested", UNDERTAKING_WORDS],
  ["intention", UNDERTAKING_WORDS],
  ["undertaking", UNDERTAKING_WORDS],
  ["deferred", DEFERRAL_WORDS],
  ["postponed", DEFERRAL_WORDS],
  ["carried", DEFERRAL_WORDS],
  ["held", DEFERRAL_WORDS],
  ["put", DEFERRAL_WORDS],
  ["to", TO_WORD],
]);
// Every pattern the families stand for finds its word between word boundaries and in any case
// (no unicode flag: ASCII letters), as this one does. One pattern, not a loop over characters:
// the regular expression engine walks a sentence several times faster than JavaScript can.
const TRIGGER = new RegExp(`\\b(?:${[...FAMILIES.keys()].join("|")})\\b`, "gi");

/** The families (a bit set of the constants above) whose words `sentence` holds. */
export function triggersOf(sentence: string): number {
  let found = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(sentence); m !== null; m = TRIGGER.exec(sentence))
    found |= familiesOf(m[0]);
  return found;
}

/**
 * triggersOf for each sentence of a passage (splitSentences), found in one search of the text
 * they were cut from: a word cannot cross from one sentence into the next, since sentences are
 * parted by a stop and white space, and a word boundary reads the same at either.
 */
export function triggersOfSentences(split: SentenceSplit): number[] {
  const { clean, starts } = split;
  const found: number[] = starts.map(() => 0);
  let sentence = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(clean); m !== null; m = TRIGGER.exec(clean)) {
    while (sentence + 1 < starts.length && (starts[sentence + 1] ?? 0) <= m.index) sentence++;
    found[sentence] = (found[sentence] ?? 0) | familiesOf(m[0]);
  }
  return found;
}

// Most trigger words are written in lower case: those are looked up without a lower-cased copy.
function familiesOf(word: string): number {
  return FAMILIES.get(word) ?? FAMILIES.get(word.toLowerCase()) ?? 0;
}
