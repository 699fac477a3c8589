import { M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * The tenth sweep's kinds "topic-meeting", "across" and "compare" asked again on other facts of
 * the corpus, so that a rule made for the sweep is measured on questions it was not made from:
 * (1) a meeting named by what it discussed, in shorthand ("thru", "abt", "n", "any1", "mtg"), by
 * a verb the minutes do not use ("signed off" for approved, "went thru"), a compound written
 * another way ("counter-terrorism", "pre charge n charge") or a synonym a clerk would accept
 * ("coronavirus" for COVID), asked of someone's presence; (2) a subject across meetings by the
 * words an acronym stands for ("violence against women n girls"), with "n" for "and", by a
 * clipped word ("info", "tech") or a compound; (3) comparisons of a person's organisation or post
 * at two meetings, of the meetings' venues ("venue" as the asked word) and "… - same as …?",
 * which wants its yes or no first. Written on 2026-12-07 by the helper sweep10a by reading the
 * five minutes in corpus/ before any change to src/ for the tenth sweep; every expectation was
 * checked against the minutes, not the bot's answers: Martin Esom (2015), Claire Waxman (CW,
 * 2022), Colin Allars (YJB, 2021), Lionel Idan (CPS South, 2023), Sinead Dervin (NHSE, June
 * 2020), Lib Peck (VRU, 2021), Jas Athwal (2021), Baljit Ubhey (2015), Clive Grimshaw (June 2020)
 * are each listed as present at the meeting asked of; the 2022 board's venue is not recorded.
 * Scored with `npm run build:bench && node .bench-build/bench/questions.js --failures`:
 *   3e2d1f9 (main at 03:38 UTC, no change to src/ made for it): 15/27: topic-meeting 5/10,
 *     across 8/8, compare 2/9; the tenth sweep 30/50 and the other sets 1243/1286 (1273/1336 with the
 *     tenth sweep) in the same run.
 *   8652a1d (this branch, the rules for the tenth sweep's three kinds made): 27/27; then a second
 *     batch of 14 (below the first) written from the minutes before it was scored: 12/14
 *     (topic-meeting 5/6, across 3/3, compare 4/5), 39/41 in all. Failing: "the chair of the june
 *     2020 dmg - same as feb 21?" ("chair of the june" read as a role's "Chair of the …", so the
 *     meetings were compared whole) and "which mtg agreed the lcrb agenda for july - …" (the July
 *     board is the other meeting whose agenda the DMG agreed, and the April 2023 minutes also
 *     speak of "the next LCRB in July").
 * Not in any test.
 */
export const VARIANTS_10A_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "the mtg where counter-terrorism came up - was martin esom there?", {
    meeting: M15,
    lead: ["Yes"],
  }),
  one(
    "topic-meeting",
    "the board that signed off the terms of reference - was claire waxman there?",
    {
      meeting: M22,
      lead: ["Yes"],
    },
  ),
  one("topic-meeting", "the board that went thru the youth action plan - any1 from the yjb?", {
    meeting: M21,
    says: ["Colin Allars"],
  }),
  one(
    "topic-meeting",
    "the board that talked abt the pre charge n charge working group - was lionel idan there?",
    { meeting: M23, lead: ["Yes"] },
  ),
  one("topic-meeting", "the mtg on coronavirus recovery - any1 from the nhs?", {
    meeting: M20,
    says: ["Sinead Dervin"],
  }),
  one("topic-meeting", "the mtg that went thru the vrap stuff - was lib peck there?", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the board where governance reforms came up - was jas athwal there?", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the board where rasso came up - was lionel idan there?", {
    meeting: M22,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the mtg where the secure estate budget came up - was baljit ubhey there?", {
    meeting: M15,
    lead: ["Yes"],
  }),
  one("topic-meeting", "which mtg signed off the detailed notes - was clive grimshaw there?", {
    meeting: M20,
    lead: ["Yes"],
  }),
  // A subject across meetings.
  one("across", "counter-terrorism - which mtgs?", { meetings: [M15] }),
  one("across", "violence against women n girls - which mtgs?", { meetings: [M22] }),
  one("across", "rape n sexual offences - where do they come up", { meetings: [M20, M22] }),
  one("across", "info sharing - which mtgs?", {
    meetingsInclude: [M15],
    meetingsExclude: [M20, M21],
  }),
  one("across", "tech - which mtgs bring it up", { meetings: [M20, M21] }),
  one("across", "domestic abuse - any mtg?", { meetings: [M21] }),
  one("across", "mental health - how many mtgs mention it", { meetings: [M15], lead: ["1"] }),
  one("across", "backlogs - which mtgs", { meetings: [M20, M23] }),
  // Comparisons.
  one("compare", "kilvinder vigurs' org feb 21 vs apr 23", { says: ["NPS", "Probation"] }),
  one("compare", "lionel idan's org apr 22 v apr 23", { says: ["CPS South"] }),
  one("compare", "barry hughes' post: june 2020 dmg v apr 22 board", {
    says: ["Chief Crown Prosecutor"],
  }),
  one("compare", "venue: 2015 board v apr 22", { meetings: [M15, M22], says: ["City Hall"] }),
  one("compare", "venues - june 2020 dmg vs feb 21 board", {
    meetings: [M20, M21],
    says: ["Teams"],
  }),
  one("compare", "london councils ppl at the apr 22 board - same as at the casey one?", {
    lead: ["No"],
    says: ["Gareth Roberts"],
  }),
  one("compare", "the chair in apr 22 - same as apr 23?", { lead: ["Yes"], says: ["Sadiq Khan"] }),
  one("compare", "cps reps apr 22 - same as apr 23?", {
    lead: ["Yes"],
    says: ["Barry Hughes", "Lionel Idan"],
  }),
  one("compare", "the 2015 chair - same as feb 21?", {
    lead: ["No"],
    says: ["Boris Johnson", "Sadiq Khan"],
  }),
  // A second batch, written after the rules above had landed and before it was scored (see the
  // note at the top): the same kinds on yet other facts and in other words.
  one(
    "topic-meeting",
    "the board that went thru the pcp outcomes framework - was kenny bowie there?",
    {
      meeting: M22,
      lead: ["Yes"],
    },
  ),
  one("topic-meeting", "which mtg agreed the lcrb agenda for july - n was barry hughes there?", {
    meeting: M20,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the board w the fraud roundtable stuff - any1 from the cps?", {
    meeting: M22,
    says: ["Barry Hughes", "Lionel Idan"],
  }),
  one("topic-meeting", "the mtg that talked abt resettlement teams - who came from probation?", {
    meeting: M23,
    says: ["Kilvinder Vigurs"],
  }),
  one("topic-meeting", "which board went over the buddy scheme - n who chaired?", {
    meeting: M21,
    says: ["Sadiq Khan"],
  }),
  one(
    "topic-meeting",
    "the mtg where they went thru the shared intelligence hubs - was kilvinder vigurs there?",
    { meeting: M22, lead: ["Yes"] },
  ),
  one("across", "young black women - where do they come up", { meetings: [M22] }),
  one("across", "night-time economy - which mtgs?", { meetings: [M20, M22] }),
  one("across", "bame candidates - where have they been raised?", { meetings: [M21] }),
  one("compare", "mopac ppl at the 2022 board - same as 2023?", { lead: ["No"] }),
  one("compare", "the chair of the june 2020 dmg - same as feb 21?", {
    lead: ["No"],
    says: ["Sophie Linden", "Sadiq Khan"],
  }),
  one("compare", "colin allars' org: june 2020 dmg v feb 21", { says: ["Youth Justice Board"] }),
  one("compare", "london councils at the 2022 board vs the casey one", {
    says: ["Gareth Roberts", "Ali Griffin"],
  }),
  one("compare", "venues: 2015 board vs 2023", { meetings: [M15, M23], says: ["City Hall"] }),
];
