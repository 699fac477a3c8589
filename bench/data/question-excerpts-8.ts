import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * Which sentence answers once the passage is found, whether a yes/no is led (and right when the
 * passage says "not"), and saying when the minutes are silent: the measure for the eighth sweep's
 * excerpt and silence failures, written on 2026-12-06 by the helper excerpts8 before any change to
 * src/ for them. Every expectation was checked against the five minutes in corpus/ (not against
 * the bot), and the sets in bench/data were grepped so no fact is asked again the way an older set
 * asks it, nor as the eighth sweep phrases its work list. Classes:
 * - narrow: the answer is in words the minutes write otherwise ("postponed": "deferral", "under
 *   strain": "stretched", "mostly": "predominately"), a sentence split by a page break ("Work was
 *   underway to" | "build police confidence …"), a question holding "together" or "both" that
 *   compares nothing, and yes/no questions whose passage answers yes, or no by saying "not" /
 *   "no" ("it does not have comprehensive oversight"): the lead must be "Yes" or "No:" as the
 *   passage says, never "Yes" on a "not";
 * - compare: one subject at two meetings with a "what's changed?" after it, to be compared as the
 *   subject, not as attendance;
 * - across: one subject written two ways ("voluntary and community sector": "VCS", "third sector");
 * - cannot-know: a meeting's time the minutes do not give (its date they do), when a body the
 *   minutes only mention meets or met, and a figure they do not give: the answer must say so;
 * - follow-up: 2-turn conversations whose second turn is a yes/no answered by another sentence.
 * Scored at main a1b11b3 (no change made): 6/30: narrow 2/15, compare 2/3, across 0/1,
 * cannot-know 2/7, follow-up 0/4. The eighth sweep at a1b11b3: 26/50; every set together
 * 1060/1135 (this set's 6/30 included).
 * After the session's changes (yes/no from the excerpt, negation-aware; a target as a figure;
 * another board's meetings; a meeting's untold time; four synonyms; a subject set before a
 * comparison; the sentence for a yes/no; "joined-up"; a follow-up's other passage): 23/30
 * (narrow 12/15, compare 2/3, across 0/1, cannot-know 7/7, follow-up 2/4); eighth sweep 35/50;
 * every set 1088/1135. Left failing, by cause: question reading ("which boards mention it" not
 * read as a list of meetings; "how has it moved along" keeping "along"; "did the 2015 board
 * back the idea of …" searching "plan"; two questions in one, "which board would back … and
 * who chairs it?"), a follow-up's name merged with the words asked ("is it looking at violence
 * prevention?" after the Social Recovery Working Group: the whole asked as one name), a
 * phrasal verb ("bring back": "reintroduction") and "build up" read as "build on".
 */
const SILENT = "minutes do not";

export const EXCERPTS_8_SET: readonly QuestionCase[] = [
  // The minutes' own words for the question's.
  one("narrow", "was the mayoral election postponed, per the june 2020 dmg?", {
    meetingsInclude: [M20],
    lead: ["Yes"],
    says: ["deferral of the mayoral election"],
  }),
  one("narrow", "is the criminal justice system under strain, per 2015?", {
    meetingsInclude: [M15],
    lead: ["Yes"],
    says: ["stretched"],
  }),
  one("narrow", "what is met corruption mostly about these days, per 2015?", {
    meetingsInclude: [M15],
    says: ["obtaining of information"],
  }),
  one("narrow", "june 2020 dmg: what made things worse for rape victims?", {
    meetingsInclude: [M20],
    says: ["poor communication"],
  }),
  // A sentence the page break split, and words that compare nothing.
  one("narrow", "june 2020 dmg - what was the work with the met meant to build up?", {
    meetingsInclude: [M20],
    says: ["police confidence"],
  }),
  one("narrow", "which board would back the new prevent framework, and who chairs it?", {
    meetingsInclude: [M15],
    says: ["London Prevent Board", "Martin Esom"],
  }),
  one("narrow", "what did the 2022 board say the cps and the met have been doing together?", {
    meetingsInclude: [M22],
    says: ["RASSO"],
  }),
  // Yes/no, answered yes by the passage shown.
  one("narrow", "were any grants handed out from the disproportionality challenge fund?", {
    meetingsInclude: [M23],
    lead: ["Yes"],
    says: ["three projects"],
  }),
  one("narrow", "did the 2015 board back the idea of a london-wide contest board?", {
    meetingsInclude: [M15],
    lead: ["Yes"],
    says: ["agreed by the Board"],
  }),
  one("narrow", "will the contest board be run separately from the lcrb?", {
    meetingsInclude: [M15],
    lead: ["Yes"],
    says: ["separate to the LCRB"],
  }),
  // Yes/no, answered no by a passage saying "not" or "no".
  one("narrow", "does the london prevent board oversee the whole of contest?", {
    meetingsInclude: [M15],
    lead: ["No:"],
    says: ["comprehensive oversight"],
    saysNot: ["Yes"],
  }),
  one("narrow", "was an interim police and crime plan on the cards in june 2020?", {
    meetingsInclude: [M20],
    lead: ["No:"],
    says: ["no plan to produce an interim PCP"],
    saysNot: ["Yes"],
  }),
  one("narrow", "is the level of threat understood everywhere in london, per 2015?", {
    meetingsInclude: [M15],
    lead: ["No:"],
    says: ["not always available"],
    saysNot: ["Yes"],
  }),
  one("narrow", "has police reluctance to share info been a problem in the west midlands?", {
    meetingsInclude: [M15],
    lead: ["No:"],
    says: ["not been a problem"],
    saysNot: ["Yes"],
  }),
  one("narrow", "was any other business raised at the june 2020 dmg?", {
    meetingsInclude: [M20],
    lead: ["No:"],
    says: ["no other business"],
    saysNot: ["Yes"],
  }),
  // One subject at two meetings, compared as the subject.
  one("compare", "victims: june 2020 dmg v feb 21 board, what's changed?", {
    meetings: [M20, M21],
    says: ["victims' services", "Victims Commissioner"],
  }),
  one("compare", "pcp - june 2020 dmg v apr 22 board, how has it moved along?", {
    meetings: [M20, M22],
    says: ["next PCP", "outcomes framework"],
  }),
  one("compare", "community engagement: june 2020 dmg v feb 21 board, what's different?", {
    meetings: [M20, M21],
    says: ["increase community engagement", "update was provided on community engagement"],
  }),
  // One subject written two ways.
  one("across", "community & voluntary sector - which boards mention it?", {
    meetings: [M21, M23],
  }),
  // Silence.
  one("cannot-know", "what time did the feb 2021 board start?", {
    says: [SILENT, "2 February 2021"],
  }),
  one("cannot-know", "what time is the july 2020 lcrb?", { says: [SILENT, "8 July 2020"] }),
  one("cannot-know", "when did the disproportionality board last meet?", { says: [SILENT] }),
  one("cannot-know", "how often does the efficiency board meet?", { says: [SILENT] }),
  one("cannot-know", "what's the target for female officers?", { says: [SILENT] }),
  one("cannot-know", "how much funding did my ends get?", { says: [SILENT] }),
  one("cannot-know", "when will the london policing board first meet?", { says: [SILENT] }),
  // Conversations: a yes/no answered by another sentence of the item.
  chat(
    [
      "2015: what was said about the through the gate work?",
      { meetingsInclude: [M15], says: ["mental health"] },
    ],
    ["n are boroughs already paying for that?", { lead: ["Yes"], says: ["already spending"] }],
  ),
  chat(
    [
      "june 2020 dmg - what's the social recovery working group doing?",
      { meetingsInclude: [M20], says: ["monitor"] },
    ],
    ["is it looking at violence prevention?", { lead: ["Yes"], says: ["violence prevention"] }],
  ),
  chat(
    [
      "april 2022 board: how did they think fraud should be tackled?",
      { meetingsInclude: [M22], says: ["nationally coordinated"] },
    ],
    ["is mopac setting anything up on it?", { lead: ["Yes"], says: ["roundtable"] }],
  ),
  chat(
    [
      "feb 21 - what did the met do to get more bame recruits?",
      { meetingsInclude: [M21], says: ["recruitment"] },
    ],
    ["did they bring back the residency criteria?", { lead: ["Yes"], says: ["reintroduction"] }],
  ),
];
