import { isStopWord } from "../search/stopwords.js";
import type { MinutesSearch } from "../search/types.js";
import { isAskingWord } from "./asking-words.js";

/**
 * What a question asks of its subject ("what does MOPAC stand for", "what changed", "was it
 * raised", "what was agreed", "what was proposed", "how did she respond", "how'd they describe
 * the current pcp?"): never the subject itself ("standing item" is
 * not "stand for"). Plain search looks for these words (`lcrb search proposed`); questions do not.
 */
export const ASKED_OF_SUBJECT: ReadonlySet<string> = new Set(
  "stand stands mean means meant listed changed raise raises raised covered decided agree agreed proposed respond responded react reacted reply replied describe describes described describing characterise characterised characterize characterized".split(
    " ",
  ),
);

/**
 * Whether a word of a question carries no subject: a stop word, a word asked of the subject, or a
 * word chat wraps a question in (asking-words.ts).
 */
export function isQuestionStopWord(word: string): boolean {
  return isStopWord(word) || ASKED_OF_SUBJECT.has(word) || isAskingWord(word);
}

/** The index as questions search it: never for the words they ask of their subject. */
export function questionSearch(search: MinutesSearch): MinutesSearch {
  return {
    search: (query, options) => search.search(query, { ...options, unsearched: ASKED_OF_SUBJECT }),
    holdsPhrase: search.holdsPhrase?.bind(search),
    ordinaryWords: search.ordinaryWords?.bind(search),
  };
}
