import { sentencesOf } from "../corpus/record/sentences.js";
import { JUSTICE_ACRONYMS } from "../search/acronyms.js";
import { stemWord, wordStems } from "../search/stem.js";
import { isStopWord } from "../search/stopwords.js";
import { EQUIVALENTS, VERB_EQUIVALENTS } from "../search/synonyms.js";
import { normaliseWord } from "../search/tokenize.js";
import { askedClause, asksYesOrNo } from "./question.js";

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

// "Is extremism just a borough problem?": whether it is all there is, which a passage saying it
// is one does not answer.
const ONLY = /\b(?:just|only|solely|merely|purely|exclusively)\b/;

// How the minutes say no: "does not have", "There was no plan", "has not been a problem". Not
// "not least the Mayor" or "not only", which add to what is said.
const NEGATION =
  /\b(?:not(?! (?:least|only|just)\b)|no(?! (?:doubt|less)\b)|none|never|nor|neither|cannot|[a-z]+n't)\b/i;
// Where a clause ends, kept in the split so the word opening the next is known: a negation says
// nothing of the words in another clause ("There was a need to understand the level of threat and
// this was not always available": the need is not denied).
const CLAUSE_END =
  /([;:,]|\b(?:and|but|however|which|who|whom|whose|where|that|because|although|though|whereas|while)\b)/i;
// A clause opened by these says something of a noun before it, not of what was asked ("… an open
// approach to … corruption which you would not find in America").
const RELATIVE = /^(?:which|who|whom|whose|where)$/i;
// A "not" after these states an aim, not a fact: "ensure that communities do not feel
// over-policed", "in order not to duplicate", "so that … not".
const AIM_BEFORE =
  /\b(?:ensur(?:e|es|ed|ing)|make sure|making sure|in order|so as|to avoid|avoid(?:s|ed|ing)?|aim(?:s|ed|ing)? to|seek(?:s|ing)? to|intend(?:s|ed)? to|so)\s*$/i;
const AIM_WITHIN =
  /\b(?:ensur(?:e|es|ed|ing)|make sure|making sure|in order|so as|to avoid|aim(?:s|ed|ing)? to|seek(?:s|ing)? to|intend(?:s|ed)? to)\b/i;
// "can be published", "would be reviewed", "will have been": the deed as a possibility, a plan or
// a deadline, which says nothing of whether it was done.
const MODAL = new Set(["can", "could", "would", "will", "should", "may", "might", "must", "shall"]);
// A question asking what is to be ("will the CONTEST board be run separately?", "would it report
// to the LCRB?") is answered by the plan a modal states: will/would/shall. A possibility, a duty
// or a deadline ("the latest the PCP can be published") says no more of what will be than of
// what was.
const MODAL_OF_DOUBT = new Set(["can", "could", "should", "may", "might", "must"]);
const ASKS_PLAN = /^(?:will|would|shall|is it going to|are they going to|is .+ going to)\b/;

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

// Each acronym's names and expansions with their stems, worked out once, not for every verdict.
const ACRONYM_STEMS = JUSTICE_ACRONYMS.map((entry) => {
  const names = [entry.acronym, ...(entry.aliases ?? [])];
  return {
    names,
    expansions: entry.expansions.map((expansion) => expansion.toLowerCase()),
    expansionStems: entry.expansions.flatMap((expansion) => wordStems(expansion)),
    nameStems: names.flatMap((name) => wordStems(name)),
  };
});

/**
 * The stems of the names a text gives by acronym or spelt out, the other way: "the MPS" holds
 * "police" ("has police reluctance … been a problem?"), "Crown Prosecution Service" holds "cps".
 * Acronyms as written (capitals), so "HO" is not "ho".
 */
function namedOtherwise(text: string): string[] {
  const words = new Set(text.match(/[\p{L}&]+/gu) ?? []);
  const lower = text.toLowerCase();
  return ACRONYM_STEMS.flatMap((entry) => {
    if (entry.names.some((name) => words.has(name))) return entry.expansionStems;
    if (entry.expansions.some((expansion) => lower.includes(expansion))) return entry.nameStems;
    return [];
  });
}

/**
 * The stems a word says the same as: its own and the everyday equivalents (search/synonyms.ts
 * EQUIVALENTS, and VERB_EQUIVALENTS, which the search does not use), not the related words the
 * search finds a passage by.
 */
function stemsFor(word: string): string[] {
  const stem = stemWord(normaliseWord(word));
  return [stem, ...(EQUIVALENTS[stem] ?? []), ...(VERB_EQUIVALENTS[stem] ?? [])];
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a word of `stems` stands in `tokens` under a modal ("can be published", "would meet"). */
function underModal(
  tokens: readonly string[],
  stems: ReadonlySet<string>,
  modals: ReadonlySet<string> = MODAL,
): boolean {
  return tokens.some((token, i) => {
    if (!stems.has(stemWord(normaliseWord(token)))) return false;
    const [one = "", two = "", three = ""] = [tokens[i - 1], tokens[i - 2], tokens[i - 3]];
    const aux = (word: string) =>
      word === "be" || word === "been" || word === "have" || word === "not";
    return modals.has(one) || (aux(one) && (modals.has(two) || (aux(two) && modals.has(three))));
  });
}

/**
 * Whether a word of `stems` stands in an aim of `sentence` ("… ensure that communities do not feel
 * over-policed" of "do communities feel over-policed?"): what was meant, not what is so.
 */
function underAim(sentence: string, stems: ReadonlySet<string>): boolean {
  const aim = AIM_WITHIN.exec(sentence);
  return aim !== null && wordStems(sentence.slice(aim.index)).some((stem) => stems.has(stem));
}

/**
 * Whether `excerpt` answers the yes-or-no question `asked` about `subject`, and how. The words
 * asked now (not those a follow-up carries over) must stand in one sentence of the excerpt (or
 * two running on), by
 * stem or by an everyday equivalent, for a yes. A word no passage of the minutes holds
 * (`unknown`: "was the youth action plan ditched?") is as often the very deed asked, which the
 * minutes then never say: no yes, though a clause denying the other words still says no ("does
 * the Prevent board oversee all of CONTEST?": "it does not have comprehensive oversight of … the
 * Contest strategy"). Null when the question asks no yes or no, asks whether something is all
 * there is ("just a borough problem?": a passage saying boroughs does not say "only"), the
 * excerpt is about something else (a word asked and missing), or gives the deed under a modal
 * ("the latest the PCP can be published was March 2022" says nothing of whether it was).
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
  const content = [
    ...new Set(
      subject
        .flatMap((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        .filter((word) => word && !isStopWord(word) && !EXTENT.has(word))
        .filter((word) => askedNow.has(stemWord(normaliseWord(word)))),
    ),
  ];
  const said = new Set([...wordStems(excerpt), ...namedOtherwise(excerpt)]);
  const holds = (heard: ReadonlySet<string>) => (word: string) =>
    stemsFor(word).some((stem) => heard.has(stem));
  // A word no passage holds may be said in the minutes' own word for it ("were grants handed
  // out?": "grants have now been awarded"): held so, it is asked like any other.
  const words = content.filter((word) => !unknown.has(word) || holds(said)(word));
  if (words.length === 0) return null;
  if (!words.every(holds(said))) return null;
  const denial = denyingSentence(excerpt, words);
  if (denial) return { verdict: false, denial };
  if (words.length < content.length) return null;
  const stems = new Set(words.flatMap(stemsFor));
  // One sentence, or two running on ("The criminal justice work … was discussed. The CPS …
  // but the system is stretched."): not words gathered from across the excerpt.
  const sentences = sentencesOf(excerpt);
  const spans = [...sentences, ...sentences.slice(1).map((s, i) => `${sentences[i]} ${s}`)];
  const saying = spans.find((span) =>
    words.every(holds(new Set([...wordStems(span), ...namedOtherwise(span)]))),
  );
  // "Will the board be run separately?" asks of a plan, which "This would be separate" answers.
  const ofPlan = ASKS_PLAN.test(clause);
  const guarded = ofPlan ? MODAL_OF_DOUBT : MODAL;
  if (!saying || underModal(wordsOf(saying), stems, guarded) || underAim(saying, stems))
    return null;
  return { verdict: true, denial: null };
}

/**
 * The first sentence of `text` that says no of `words` ("There was no other business" of
 * "business"): a "not" or "no" with one of them after it in its own clause. Not a "not" of a
 * relative clause ("which you would not find in America") or of an aim ("ensure that communities
 * do not feel over-policed"). Null when none does.
 */
export function denyingSentence(text: string, words: readonly string[]): string | null {
  const stems = new Set(words.flatMap(stemsFor));
  for (const sentence of sentencesOf(text)) {
    const parts = sentence.split(CLAUSE_END);
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i] ?? "";
      const negation = NEGATION.exec(part);
      if (!negation) continue;
      const opener = (parts[i - 1] ?? "").trim();
      if (RELATIVE.test(opener)) continue;
      const before = part.slice(0, negation.index);
      if (AIM_WITHIN.test(before)) continue;
      if (opener.toLowerCase() === "that" && AIM_BEFORE.test(parts[i - 2] ?? "")) continue;
      const after = part.slice(negation.index);
      if (wordStems(after).some((stem) => stems.has(stem))) return sentence;
    }
  }
  return null;
}

// "There was no other business", "nothing on the estate", "none of the actions": the thing itself
// was not there. "Knife crime was not discussed": it did not come up.
const ABSENT_BEFORE =
  /^(?:no|nothing (?:on|about|of)|none of(?: the)?)(?: (?:other|further|new|more|major|outstanding|specific))?$/;
const NOT_RAISED =
  /^(?:(?:was|were|had|has|have) (?:not|never)(?: been)? (?:raised|discussed|mentioned|covered|considered|tabled|reported|received))/;

/**
 * Whether `sentence` says `subject` was not there or did not come up ("There was no other
 * business.", "The estate was not discussed."), not merely a "not" beside it: "did America come
 * up?" is answered yes by "… which you would not find in America".
 */
export function saysAbsent(sentence: string, subject: readonly string[]): boolean {
  return absenceOf(subject)(sentence);
}

/** saysAbsent for one subject over many sentences, its stems worked out once. */
export function absenceOf(subject: readonly string[]): (sentence: string) => boolean {
  const stems = new Set(subject.flatMap((word) => wordStems(word)));
  const held = (token: string) => stems.has(stemWord(normaliseWord(token)));
  return (sentence) => {
    const tokens = wordsOf(sentence);
    return tokens.some((token, i) => {
      if (!held(token)) return false;
      const before = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
      for (let from = 0; from < before.length; from++)
        if (ABSENT_BEFORE.test(before.slice(from).filter(Boolean).join(" "))) return true;
      let end = i;
      while (end + 1 < tokens.length && held(tokens[end + 1] ?? "")) end++;
      return NOT_RAISED.test(tokens.slice(end + 1, end + 5).join(" "));
    });
  };
}
