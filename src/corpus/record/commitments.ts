import { MONTH_NAMES } from "../calendar.js";
import { allMatches } from "../matches.js";
import type { Body, CommitmentKind } from "../model.js";
import { readDue } from "./due.js";
import { sentencesOf } from "./sentences.js";
import {
  isAgent,
  isPronoun,
  leadingNounPhrase,
  ownerName,
  wholeNounPhrase,
  wordAfterNounPhrase,
} from "./subjects.js";
import { DEFERRAL_WORDS, MODAL_WORDS, TO_WORD, triggersOf, UNDERTAKING_WORDS } from "./triggers.js";

/** A commitment found in a passage, before it is placed under its item and line. */
export interface FoundCommitment {
  text: string;
  kind: CommitmentKind;
  owner: string | null;
  due: string | null;
  dueBody: Body | null;
}

/** The meeting a passage belongs to: "in July" is read in its year, "the next meeting" is its body's. */
export interface MeetingDate {
  date: string;
  body: Body;
}

// "will", "shall" and, in reported speech, "would", then the verb: "MOPAC will update partners",
// "an update will be provided", "stating that they would provide".
const FUTURE =
  /\b(will|shall|would)\s+(not\s+|no\s+longer\s+)?(?:also\s+|now\s+|then\s+|continue\s+to\s+)?(be\s+)?([a-z]+)/gi;
// "would" promises only inside what someone said or agreed ("It was agreed that MOPAC would …");
// elsewhere it describes ("This would be separate to the LCRB").
const REPORTED =
  /\b(?:agreed|stated|stating|said|confirmed|undertook|committed|indicated|explained|promised|assured|advised|reported|noted)\s+that\s+$/i;
// "Partners agreed to share data", "MOPAC was asked to circulate", "MOPAC's intention to set up".
const UNDERTAKING =
  /\b(?:(has|have|had)\s+)?(agreed|undertook|undertaken|offered|volunteered|promised|committed|asked|tasked|requested|intention|undertaking)\s+to\s+(?!the\b|a\b|an\b)([a-z]+)/gi;
const POSSESSOR = /((?:[A-Z][\w&-]*\s+)*[A-Z][\w&-]*)['’]s?\s+$/;
// Verbs after "will" that predict or describe rather than promise ("they will require", "this
// will improve", "crime will fall").
const STATIVE = new Set([
  "be",
  "require",
  "need",
  "have",
  "mean",
  "improve",
  "fall",
  "rise",
  "increase",
  "decrease",
  "cover",
  "help",
  "benefit",
  "allow",
  "enable",
  "facilitate",
  "affect",
  "cost",
  "depend",
  "remain",
  "see",
  "come",
  "become",
  "result",
  "include",
  "take",
  "make",
  "lead",
  "last",
  "apply",
  "involve",
]);
// "will lead on this" is a promise; "will lead to" a prediction.
const PROMISING_LEAD = /^lead\s+(?:on|the|a|this|work)\b/i;
// Participles after "will be" that describe rather than promise ("will be needed").
const STATIVE_PARTICIPLES = new Set([
  "needed",
  "required",
  "expected",
  "affected",
  "based",
  "involved",
  "able",
  "available",
  "responsible",
  "necessary",
  "important",
  "seen",
]);
const PARTICIPLE =
  /^(?:\w+ed|\w+en|made|done|brought|sought|held|put|set|sent|read|met|run|kept|led)$/i;
// Deferred to a later meeting, in the passive ("was deferred to the next meeting") or by
// bringing it back ("will be discussed again at the next LCRB in July").
const DEFERRED =
  /\b(?:was|were|is|are|has been|have been|be)\s+(?:(?!not\b)\w+\s+)?(?:deferred|postponed|carried\s+(?:forward|over)|held\s+over|put\s+back)\b/i;
const GOES_TO_MEETING =
  /^(?:go|come|return|be\s+brought|be\s+taken)\s+(?:back\s+)?to\s+(?:the\s+)?(?:next\s+|\w+\s+)?(?:LCRB|DMG|Board|Group|meeting)\b/i;
const MEETING_NAMED = new RegExp(
  `\\b(?:next|${MONTH_NAMES.join("|")})\\s+(?:LCRB|DMG|Board|Group|meeting)\\b`,
);
const BROUGHT_BACK =
  /^(?:discussed|considered|revisited|reviewed|returned|brought|taken|picked|raised|looked|proposed|presented|tabled|submitted)$/i;
const REPORT_BACK =
  /\breport(?:s|ing)?\s+back\b|\breport(?:s|ing)?\s+to\s+(?:the\s+)?(?:next\b|LCRB\b|DMG\b|Board\b|Group\b|meeting\b)|\bfeed(?:ing)?\s+back\b/i;
// The clause of a commitment starts after the last of these before its verb.
const CLAUSE_BREAK = /(?:[,;:]\s*|\bthat\s+|\bwhich\s+|\bwho\s+|\bwhereby\s+)/gi;

/** The commitments a passage records: what someone will do, to, report back on, or put off. */
export function readCommitments(passage: string, meeting: MeetingDate): FoundCommitment[] {
  return commitmentsIn(sentencesOf(passage), meeting);
}

/**
 * readCommitments for a passage already split into sentences (sentencesOf), with the trigger words
 * of each (triggersOf) when they have been found already.
 */
export function commitmentsIn(
  sentences: readonly string[],
  meeting: MeetingDate,
  triggers: readonly number[] = sentences.map(triggersOf),
): FoundCommitment[] {
  const found: FoundCommitment[] = [];
  const add = (commitments: readonly FoundCommitment[]) => {
    for (const commitment of commitments)
      if (!found.some((f) => f.text === commitment.text && f.kind === commitment.kind))
        found.push(commitment);
  };
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] ?? "";
    // Each reader needs its words: one without them in the sentence is not asked.
    const words = triggers[i] ?? 0;
    if (words & MODAL_WORDS) add(futureCommitments(sentence, meeting));
    if (words & (TO_WORD | UNDERTAKING_WORDS)) add(undertakings(sentence, meeting, words));
    if (words & DEFERRAL_WORDS) add(deferrals(sentence, meeting));
  }
  return found;
}

const THAT_ALONE = /^that\s+$/i;

function futureCommitments(sentence: string, meeting: MeetingDate): FoundCommitment[] {
  const found: FoundCommitment[] = [];
  for (const match of allMatches(FUTURE, sentence)) {
    const [, modal = "", negated, passive, verb = ""] = match;
    if (negated) continue;
    const before = sentence.slice(0, match.index);
    // The clause the verb is in, and what leads into it (the words up to its opening "that").
    const clause = clauseOf(before);
    const lead = before.slice(0, before.length - clause.length);
    // A numbered "that MOPAC would …" continues a list of what was agreed.
    if (modal.toLowerCase() === "would" && !REPORTED.test(lead) && !THAT_ALONE.test(lead)) continue;
    const rest = sentence.slice(match.index + match[0].length - verb.length);
    const subject = subjectOf(clause, sentence);
    if (subject === "negative") continue;
    let owner: string | null;
    if (passive) {
      if (STATIVE_PARTICIPLES.has(verb.toLowerCase()) || !PARTICIPLE.test(verb)) continue;
      // "There will be …" is no promise; "The next meeting will be held …" is a date, not a task.
      if (/^there$|\bmeetings?\b/i.test(clause.trim())) continue;
      owner = byAgent(rest);
    } else {
      const promising = PROMISING_LEAD.test(rest) || GOES_TO_MEETING.test(rest);
      if (STATIVE.has(verb.toLowerCase()) && !promising) continue;
      if (!subject && !GOES_TO_MEETING.test(rest)) continue;
      owner = subject ?? null;
    }
    // "the July LCRB would consider …": the subject is a later meeting, which gives the due date.
    const subjectMeeting = !passive && MEETING_NAMED.test(clause);
    const due = readDue(subjectMeeting ? `${clause} ${rest}` : rest, meeting.date, meeting.body);
    // "court recovery would go to the LCRB": a subject put to a later meeting, by no one in particular.
    const goesToMeeting = (!passive && GOES_TO_MEETING.test(rest)) || subjectMeeting;
    const kind: CommitmentKind = REPORT_BACK.test(rest)
      ? "report_back"
      : goesToMeeting || (passive && BROUGHT_BACK.test(verb) && due.due !== null)
        ? "deferred"
        : "will";
    found.push({
      text: sentence,
      kind,
      owner: goesToMeeting ? null : owner,
      due: due.due,
      dueBody: due.body,
    });
  }
  return found;
}

function undertakings(sentence: string, meeting: MeetingDate, words: number): FoundCommitment[] {
  const found: FoundCommitment[] = [];
  // "MOPAC to update partners …": an action written as a sentence with no finite verb. Its subject
  // is every word before "to", so "to" is the first word that cannot stand in a subject: a sentence
  // where it is not is passed over before the pattern is tried.
  const opening =
    words & TO_WORD && wordAfterNounPhrase(sentence) === "to"
      ? /^(.+?)\s+to\s+([a-z]+)\b/.exec(sentence)
      : null;
  const phrase = opening?.[1] ? wholeNounPhrase(opening[1]) : null;
  if (opening && phrase && isAgent(phrase, true)) {
    const rest = sentence.slice(opening[0].length - (opening[2]?.length ?? 0));
    found.push(commitment(sentence, rest, ownerName(phrase), meeting, "to"));
  }
  if (!(words & UNDERTAKING_WORDS)) return found;
  for (const match of allMatches(UNDERTAKING, sentence)) {
    const before = sentence.slice(0, match.index);
    if (/\b(?:not|never|no)\s+$/i.test(before) || /\bdid\s+not\s+$/i.test(before)) continue;
    // "MOPAC's intention to …": the owner is whoever the intention belongs to.
    const possessor = /^(?:intention|undertaking)$/i.test(match[2] ?? "")
      ? POSSESSOR.exec(before)?.[1]
      : undefined;
    const subject = possessor ?? subjectOf(clauseOf(before), sentence);
    if (subject === "negative") continue;
    // "it was agreed to continue …": the meeting agreed it, and names no one.
    const impersonal = /\bit\s+(?:was|has\s+been)\s+$/i.test(before);
    if (!subject && !impersonal) continue;
    const rest = sentence.slice((match.index ?? 0) + match[0].length - (match[3]?.length ?? 0));
    found.push(commitment(sentence, rest, subject, meeting, "to"));
  }
  return found;
}

function deferrals(sentence: string, meeting: MeetingDate): FoundCommitment[] {
  const match = DEFERRED.exec(sentence);
  if (!match) return [];
  const rest = sentence.slice(match.index + match[0].length);
  const due = readDue(rest, meeting.date, meeting.body);
  return [{ text: sentence, kind: "deferred", owner: null, due: due.due, dueBody: due.body }];
}

function commitment(
  sentence: string,
  rest: string,
  owner: string | null,
  meeting: MeetingDate,
  form: CommitmentKind,
): FoundCommitment {
  const due = readDue(rest, meeting.date, meeting.body);
  const kind = REPORT_BACK.test(rest) ? "report_back" : form;
  return { text: sentence, kind, owner, due: due.due, dueBody: due.body };
}

/** The text of the clause that ends at the end of `before`. */
function clauseOf(before: string): string {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m !== null; m = CLAUSE_BREAK.exec(before))
    start = m.index + m[0].length;
  return before.slice(start);
}

const AUXILIARY_AT_END = /\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)$/i;
const NEGATIVE_SUBJECT = /^(?:no|none|nobody|neither)\b/i;
const ANY_SPACE = /\s/;

/**
 * The owner named by the words of a clause before its verb (clauseOf): the clause's subject if it is an agent, the
 * sentence's subject when the clause has none ("MOPAC are … and will update partners") or a
 * pronoun ("stating that they would provide"). "negative" for "no one", "none".
 */
function subjectOf(clauseBefore: string, sentence: string): string | null | "negative" {
  // "Partners were asked to …": the subject stands before the auxiliary.
  const clause = clauseBefore.trim().replace(AUXILIARY_AT_END, "");
  if (NEGATIVE_SUBJECT.test(clause)) return "negative";
  const atStart = clause.length > 0 && sentence.startsWith(clause);
  const whole = clause.length > 0 ? wholeNounPhrase(clause) : null;
  if (whole) return isAgent(whole, atStart) ? ownerName(whole) : null;
  // A pronoun is the whole clause: one word, so the clause holds no space (it is trimmed).
  if (!ANY_SPACE.test(clause) && isPronoun([clause])) return sentenceSubject(sentence);
  const and = ` ${clause} `.lastIndexOf(" and ");
  const afterAnd = and >= 0 ? ` ${clause} `.slice(and + 5).trim() : null;
  if (clause.length === 0 || afterAnd === "") return sentenceSubject(sentence);
  const phrase = afterAnd ? wholeNounPhrase(afterAnd) : null;
  if (phrase) {
    if (isPronoun(phrase)) return sentenceSubject(sentence);
    return isAgent(phrase, false) ? ownerName(phrase) : null;
  }
  return null;
}

function sentenceSubject(sentence: string): string | null {
  const phrase = leadingNounPhrase(sentence);
  return phrase && isAgent(phrase, true) ? ownerName(phrase) : null;
}

// "will be co-chaired by the DMPC": the agent after "by".
function byAgent(rest: string): string | null {
  const by = /\bby\s+((?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w'’&-]*)*)/.exec(
    rest,
  );
  if (!by?.[1]) return null;
  const phrase = leadingNounPhrase(by[1]);
  return phrase && isAgent(phrase, false) ? ownerName(phrase) : null;
}
