import type { DecisionKind } from "../model.js";
import { sentencesOf } from "./sentences.js";
import { leadingNounPhrase } from "./subjects.js";
import { SentenceTokens } from "./tokens.js";
import { DECISION_WORDS, triggersOf } from "./triggers.js";

/** A decision found in a passage, before it is placed under its item and line. */
export interface FoundDecision {
  text: string;
  kind: DecisionKind;
}

// The verbs minutes record decisions with, by the kind each stands for. A Map, so that a word such
// as "constructor" finds nothing.
const DECISION_VERBS: ReadonlyMap<string, DecisionKind> = new Map([
  ["agreed", "agreed"],
  ["decided", "agreed"],
  ["approved", "approved"],
  ["accepted", "approved"],
  ["adopted", "approved"],
  ["ratified", "approved"],
  ["endorsed", "endorsed"],
  ["noted", "noted"],
]);
// The shortest and longest of DECISION_VERBS.
const VERB_LENGTH = {
  min: Math.min(...[...DECISION_VERBS.keys()].map((verb) => verb.length)),
  max: Math.max(...[...DECISION_VERBS.keys()].map((verb) => verb.length)),
};
// The letters the decision verbs start with, lower case, by character code: a word starting with
// any other is not one.
const VERB_FIRST_LETTERS: ReadonlySet<number> = new Set(
  [...DECISION_VERBS.keys()].map((verb) => verb.charCodeAt(0)),
);
// "Members noted and approved …" is an approval: the strongest verb of a sentence gives its kind.
const STRENGTH: DecisionKind[] = ["noted", "agreed", "endorsed", "approved"];
// "Noted" and "accepted" are decisions only when the meeting does them ("Members noted …"); when a
// person does, they are remarks ("Dame Lynne noted that …").
const COLLECTIVE_ONLY = new Set(["noted", "accepted"]);
const COLLECTIVE_NOUNS =
  /^(?:members|board|group|partners|meeting|committee|attendees|all|everyone|lcrb|dmg|panel)$/i;

const PASSIVE_AUX = new Set(["was", "were", "is", "are", "been"]);
const PERFECT_AUX = new Set(["has", "have", "had"]);
// Before the verb these make it no decision taken at this meeting: a negation, a future or modal
// ("to be agreed", "will be approved"), an adjective ("the agreed plan"), a reference to an
// earlier decision ("as agreed", "the plan that was agreed").
const NEGATIONS = new Set(["not", "never", "no", "neither", "nor", "cannot", "unable"]);
const NOT_NOW = new Set([
  "to",
  "be",
  "being",
  "will",
  "would",
  "should",
  "must",
  "can",
  "could",
  "may",
  "might",
  "shall",
  "the",
  "a",
  "an",
  "this",
  "these",
  "those",
  "as",
  "previously",
  "already",
  "its",
  "their",
  "his",
  "her",
  "our",
  "that",
  "which",
  "who",
]);
const RELATIVES = new Set(["that", "which", "who", "what"]);
// Adverbs that may stand between subject or auxiliary and verb ("were all closed", "duly noted").
const ADVERB =
  /^(?:also|formally|unanimously|duly|then|both|all|fully|broadly|jointly|subsequently|\w+ly)$/;
// Verbs a decision verb can be joined to ("received and noted", "raised and noted").
const PAST_FORM = /^(?:\w+ed|read|seen|heard|made|given|taken)$/;
// "No changes were agreed", "None of the proposals were approved".
const NEGATIVE_SUBJECT = /^(?:no|none|nothing|neither)$/;
// The clause marks among a sentence's words (SentenceTokens), by character code.
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const COLON = 0x3a;
// "A decision was taken to …"; "no decision was taken" is caught by the negative subject.
const DECISION_TAKEN = /\bdecisions?\s+(?:was|were)\s+(?:taken|made|reached)\b/i;
// "This was agreed by the Board." says what was agreed only with the sentence before it.
const ANAPHORIC =
  /^(?:this|that|these|it|which|the above)\s+(?:was|were|has been|have been)\s+\w+(?:\s+by\s+the\s+[\w ]+)?\.?$/i;

/** The decisions a passage records, one per sentence, each with the kind of its strongest verb. */
export function readDecisions(passage: string): FoundDecision[] {
  return decisionsIn(sentencesOf(passage));
}

/**
 * readDecisions for a passage already split into sentences (sentencesOf), with the trigger words of
 * each (triggersOf) when they have been found already.
 */
export function decisionsIn(
  sentences: readonly string[],
  triggers: readonly number[] = sentences.map(triggersOf),
): FoundDecision[] {
  const found: FoundDecision[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] ?? "";
    // Every decision is found through one of its words: a sentence without any is passed over
    // before it is split into words.
    if (!((triggers[i] ?? 0) & DECISION_WORDS)) continue;
    const kind = decisionKind(sentence);
    if (!kind) continue;
    const before = sentences[i - 1];
    const text = ANAPHORIC.test(sentence) && before ? `${before} ${sentence}` : sentence;
    found.push({ text, kind });
  }
  return found;
}

function decisionKind(sentence: string): DecisionKind | null {
  const tokens = new SentenceTokens(sentence);
  let kind: DecisionKind | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // Most words are too short or too long to be a decision verb, or start with a letter none of
    // them does, and are not lower-cased and looked up.
    const width = tokens.width(i);
    if (width < VERB_LENGTH.min || width > VERB_LENGTH.max) continue;
    if (!VERB_FIRST_LETTERS.has(tokens.firstCode(i) | 0x20)) continue;
    const word = tokens.lower(i);
    const verbKind = DECISION_VERBS.get(word);
    if (!verbKind) continue;
    const reading = readVerb(tokens, i);
    if (reading === "none") continue;
    if (reading === "active" && COLLECTIVE_ONLY.has(word) && !collectiveSubject(tokens, i))
      continue;
    kind = stronger(kind, verbKind);
  }
  const taken = DECISION_TAKEN.exec(sentence);
  if (taken && !NEGATIVE_SUBJECT.test(tokens.lower(tokens.countBefore(taken.index) - 1)))
    kind = stronger(kind, "agreed");
  return kind;
}

function stronger(kind: DecisionKind | null, other: DecisionKind): DecisionKind {
  return !kind || STRENGTH.indexOf(other) > STRENGTH.indexOf(kind) ? other : kind;
}

// How a decision verb at `i` is used: "passive" (the minutes were agreed), "active" (Members
// approved), or "none" (negated, future, adjectival, or a reference to an earlier decision).
function readVerb(tokens: SentenceTokens, i: number): "passive" | "active" | "none" {
  let j = i - 1;
  const skipAdverbs = () => {
    while (j >= 0 && ADVERB.test(tokens.lower(j)) && !NOT_NOW.has(tokens.lower(j))) j--;
  };
  skipAdverbs();
  while (
    j >= 1 &&
    (tokens.lower(j) === "and" || tokens.isMark(j, COMMA)) &&
    PAST_FORM.test(tokens.lower(j - 1))
  ) {
    j -= 2;
    skipAdverbs();
  }
  const previous = tokens.lower(j);
  if (NEGATIONS.has(previous) || NOT_NOW.has(previous)) return "none";
  if (subjectIsNegative(tokens, j) || subjectIsApologies(tokens, j)) return "none";
  if (PASSIVE_AUX.has(previous)) {
    const auxStart = previous === "been" && PERFECT_AUX.has(tokens.lower(j - 1)) ? j - 1 : j;
    return RELATIVES.has(tokens.lower(auxStart - 1)) ? "none" : "passive";
  }
  if (j < 0) return "none";
  return "active";
}

// The clause's first word is "no", "none" … ("No changes were agreed").
function subjectIsNegative(tokens: SentenceTokens, j: number): boolean {
  let start = j;
  while (
    start > 0 &&
    !tokens.isMark(start - 1, COMMA) &&
    !tokens.isMark(start - 1, SEMICOLON) &&
    !tokens.isMark(start - 1, COLON)
  )
    start--;
  return NEGATIVE_SUBJECT.test(tokens.lower(start));
}

// "Apologies were noted" records who was absent, not a decision.
function subjectIsApologies(tokens: SentenceTokens, j: number): boolean {
  return (
    tokens.lower(j - 1) === "apologies" ||
    (tokens.lower(j - 2) === "apologies" && tokens.lower(j - 1) === "were")
  );
}

function collectiveSubject(tokens: SentenceTokens, i: number): boolean {
  let start = i;
  while (start > 0 && !tokens.isMark(start - 1, SEMICOLON) && !tokens.isMark(start - 1, COLON))
    start--;
  const words: string[] = [];
  for (let j = start; j < i; j++) words.push(tokens.text(j));
  const phrase = leadingNounPhrase(words.join(" "));
  return (phrase ?? []).some((word) => COLLECTIVE_NOUNS.test(word));
}
