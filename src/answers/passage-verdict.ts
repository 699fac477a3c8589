import { sentencesOf } from "../corpus/record/sentences.js";
import { JUSTICE_ACRONYMS } from "../search/acronyms.js";
import { stemWord, wordStems } from "../search/stem.js";
import { isStopWord } from "../search/stopwords.js";
import { SYNONYMS } from "../search/synonyms.js";
import { normaliseWord } from "../search/tokenize.js";
import { askedClause } from "./question.js";

/**
 * "Is the DMG a subgroup of the London Recovery Board?", "does the Prevent board oversee the whole
 * of CONTEST?": a yes-or-no question whose answer is the passage found for it. The passage says
 * yes when it holds what was asked, and no when it says so with "not" or "no" ("it does not have
 * comprehensive oversight of all areas of the Contest strategy"); a passage saying "not" must
 * never give "Yes".
 */
export interface PassageVerdict {
  verdict: boolean;
  /** The sentence saying no, for the answer to quote; null for a yes. */
  denial: string | null;
}

// A question asking yes or no, after "and", "so" or "n" that carry it on from the last one.
const POLAR =
  /^(?:(?:and|so|but|then|n|&)\s+)?(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall)\b/;
// "Is it up or down?", "was it the CPS or the MPS?": a choice, not a yes or no.
const CHOICE = /\bor\b/;
// "Is extremism just a borough problem?": whether it is all there is, which a passage saying it
// is one does not answer.
const ONLY = /\b(?:just|only|solely|merely|purely|exclusively)\b/;

// How the minutes say no: "does not have", "There was no plan", "has not been a problem". Not
// "not least the Mayor" or "not only", which add to what is said.
const NEGATION =
  /\b(?:not(?! (?:least|only|just)\b)|no(?! (?:doubt|less)\b)|none|never|nor|neither|cannot|[a-z]+n't)\b/i;
// Where a clause ends: its negation says nothing of the words in the next ("The Met has an open
// approach to … corruption which you would not find in America" denies nothing asked of the Met).
const CLAUSE_END =
  /[;:]|,\s*(?=but|however|although|though|whereas)|\b(?:but|however|which|because|although|though|whereas)\b/i;

// Words of extent the answer's "not" or "all" speaks to, not subjects a passage must hold: "the
// whole of CONTEST" is answered by "oversight of all areas of the Contest strategy".
const EXTENT = new Set([
  "whole",
  "entire",
  "every",
  "everywhere",
  "everyone",
  "anyone",
  "anything",
  "any",
  "all",
  "some",
  "each",
  "fully",
]);

/**
 * The stems of the names a text gives by acronym or spelt out, the other way: "the MPS" holds
 * "police" ("has police reluctance … been a problem?"), "Crown Prosecution Service" holds "cps".
 * Acronyms as written (capitals), so "HO" is not "ho".
 */
function namedOtherwise(text: string): string[] {
  const words = new Set(text.match(/[\p{L}&]+/gu) ?? []);
  const lower = text.toLowerCase();
  return JUSTICE_ACRONYMS.flatMap((entry) => {
    const names = [entry.acronym, ...(entry.aliases ?? [])];
    if (names.some((name) => words.has(name)))
      return entry.expansions.flatMap((expansion) => wordStems(expansion));
    if (entry.expansions.some((expansion) => lower.includes(expansion.toLowerCase())))
      return names.flatMap((name) => wordStems(name));
    return [];
  });
}

/** Whether a question (its last clause) asks yes or no, not a choice between two. */
export function asksYesOrNo(asked: string): boolean {
  const clause = askedClause(asked).toLowerCase();
  return POLAR.test(clause) && !CHOICE.test(clause);
}

/** The stems a word is matched by: its own and the minutes' words for it (search/synonyms.ts). */
function stemsFor(word: string): string[] {
  const stem = stemWord(normaliseWord(word));
  return [stem, ...(SYNONYMS[stem] ?? [])];
}

/**
 * Whether `excerpt` answers the yes-or-no question `asked` about `subject`, and how. The words
 * asked now (not those a follow-up carries over) must stand in the excerpt, by stem or by the
 * minutes' word for them; words no passage of the minutes holds (`unknown`: "handed out",
 * "postponed") cannot. Null when the question asks no yes or no, asks whether something is all
 * there is ("just a borough problem?": a passage saying boroughs does not say "only"), or the
 * excerpt is about something else: one word asked and missing ("did Lynne Owens say anything
 * about disproportionality?" of a passage naming her on the Casey report) is the subject missed.
 */
export function passageVerdict(
  asked: string,
  subject: readonly string[],
  excerpt: string,
  unknown: ReadonlySet<string>,
): PassageVerdict | null {
  const clause = askedClause(asked).toLowerCase();
  if (!asksYesOrNo(asked) || ONLY.test(clause)) return null;
  const askedNow = new Set(wordStems(clause));
  const words = [
    ...new Set(
      subject
        .flatMap((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        .filter((word) => word && !isStopWord(word) && !EXTENT.has(word) && !unknown.has(word))
        .filter((word) => askedNow.has(stemWord(normaliseWord(word)))),
    ),
  ];
  if (words.length === 0) return null;
  const said = new Set([...wordStems(excerpt), ...namedOtherwise(excerpt)]);
  const holds = (word: string) => stemsFor(word).some((stem) => said.has(stem));
  if (!words.every(holds)) return null;
  const denial = denyingSentence(excerpt, words);
  return denial ? { verdict: false, denial } : { verdict: true, denial: null };
}

/**
 * The first sentence of `text` that says no of `words` ("There was no other business" of
 * "business"): a "not" or "no" in a clause holding one of them. Null when none does.
 */
export function denyingSentence(text: string, words: readonly string[]): string | null {
  const stems = new Set(words.flatMap(stemsFor));
  for (const sentence of sentencesOf(text))
    for (const part of sentence.split(CLAUSE_END))
      if (NEGATION.test(part) && wordStems(part).some((stem) => stems.has(stem))) return sentence;
  return null;
}
