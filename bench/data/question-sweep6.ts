import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A sixth fresh sweep, held out, to measure how well the question reading generalises: nobody
 * tunes against it in the session it was written, and its failures are the point. Written on
 * 2026-12-06 by the helper heldout6 by reading the five minutes in corpus/ in full, and kept
 * outside the repository until it was scored at the end of the session; every expectation was
 * checked against the minutes (not against the bot's answers), and every set in bench/data and the
 * tests under tests/answers were grepped so no phrasing or near-paraphrase, nor the same fact asked
 * the same way, is reused. Questions as a borough community-safety officer, MOPAC policy officer,
 * police officer, probation or CPS manager or councillor would type them into Slack, with typos,
 * abbreviations, shorthand and yes/no: a meeting named by what it discussed (9), a subject across
 * meetings (8), comparisons (7), dates relative to the case's own `today` (5), one-meeting facts
 * (10), conversations of 2–3 turns with pronouns and ellipsis (5 chats, 11 turns) and things the
 * minutes are silent on (6: the answer must say so, not invent). Expectations hold what a careful
 * clerk's answer must contain (the meeting, names, a lead yes/no or number, "minutes do not" for
 * silence), not its wording.
 * Scored on main with no change to src/ made for it (`npm run build:bench && node
 * .bench-build/bench/questions.js --failures`):
 *   55138db (14:13 UTC), as first written: 17/50: topic-meeting 2/9, across 6/8, compare 2/7,
 *     relative 1/5, narrow 4/10, follow-up 0/5, cannot-know 2/6 (5480be6, 14:17 UTC, the same);
 *   the set as it stands (after the replacements and mends below) on the same 55138db, built
 *     from an archive of that commit at 15:32 UTC: 17/50: topic-meeting 3/9, across 6/8,
 *     compare 1/7, relative 1/5, narrow 4/10, follow-up 0/5, cannot-know 2/6;
 *   40319ae (15:31 UTC): 20/50: topic-meeting 5/9, across 5/8, compare 3/7, relative 1/5,
 *     narrow 4/10, follow-up 0/5, cannot-know 2/6;
 *   627b35b (16:05 UTC, final, when it was added): 20/50: topic-meeting 5/9, across 5/8,
 *     compare 3/7, relative 1/5, narrow 4/10, follow-up 0/5, cannot-know 2/6. Between the first
 *     and the final score four cases came right ("officials in attendance at the mtg where MOPAC
 *     thanked the CPS", "HMPPS rep at the mtg where the Safer Streets Board was raised?", "london
 *     councils apols for the meeting that mentioned HMICFRS", "cllrs feb 21 v apr 23") and two
 *     went wrong ("new legislation - which meetings?" now lists only 2023; "where's info sharing
 *     between the CRC, councils & probation written down" now cuts the excerpt before "contract").
 * What fails at 627b35b (30), by cause:
 * - a meeting named by a subject the reading does not find, or finds wrongly (5): "communities
 *   feeling over policed" and "a supt per borough" give no meeting; "the Deputy Commissioner's
 *   delivery group" is read as the Delivery Management Group; "the youth action plan partners
 *   mtg in jan 21" (read as a meeting on "youth action plan partners") and "the
 *   disproportionality actions the DMG picked up" (a DMG on "picked") find none;
 * - a question whose own filler or paraphrase words the minutes lack is refused though the
 *   passage is there (4): "tech … per" (the PCP's championing of BWV), "kind" (Prevent, "a
 *   tactical board"), "ex-offenders" (the 2015 boroughs' spending on offenders), "dep commish"
 *   (the follow-up "who was dep commish then?");
 * - the right meeting or passage, but not what was asked of it (6): the venue of the "ineffective
 *   trial rates" meeting; the agreed agenda of the board "next week" (only its date); Naomi
 *   Sterling's post; an excerpt cut before the sentence that answers ("Reoffending rates are
 *   higher", "spelt out in the contract"); "and what's the cps done on it?" leaves the 2023
 *   meeting and its subject for the CPS anywhere;
 * - people asked by post or organisation read as a subject the minutes do not mention (4): "who
 *   was wandsworth's chief exec at the 2015 board" (Paul Martin, "CEO LB Wandsworth"), and the
 *   comparisons "LC numbers", "officers listed … overlap", "lionel idan's org"; and agenda sizes
 *   counted as items of business (3 v 2) with no count in the lead (1);
 * - a subject across meetings by a plural or a pair of words (3): "action plans" read as "plans"
 *   (2 of the 4 meetings), "new legislation" (2021's "legislative change" missed), "voluntary /
 *   third sector" (VCS in 2021, "third sector" in 2023) found nowhere;
 * - dates relative to today (3): "today's board" read as a subject word, "earlier this yr" not
 *   read as a period; "ToR … signed off … last month" finds April 2022 but reads "tor signed" as
 *   the subject and leads "No decision";
 * - silence not said where nearby passages exist (4): arrests in the 2020 disorder (answered with
 *   the DMG's attendance), the Youth Action Plan's budget, responses to the Turnaround plan
 *   consultation, the share of Met officers who are BAME.
 * Six questions were replaced, before any mend, because sets landed while this one was written
 * (question-excerpts-followups at 5480be6, question-meeting-by-subject at 5704e99) or an earlier
 * one was missed in the grep ask the same facts: "was any1 from hmcts at the mtg where the MPS
 * pushed for legislative change?" (its "HMCTS people at the meeting where the assessment centre on
 * day one came up?"), "YJB apols for the meeting that mentioned the Disproportionality Board" (its
 * "the mtg on the disproportionality challenge fund - any YJB apologies?"), "which country did the
 * DC say you wouldnt find the Met's open approach to corruption" (its "which country did the Deputy
 * Commissioner compare the Met's approach to corruption with?"), "has the CRC boss been round the
 * prisons yet?" (its "who has visited all the prisons recently?"), the chat "why is the met
 * reluctant to share CT info, per the 2015 board?" / "has that been an issue elsewhere?" (its
 * "which part of the country has had no problem with the MPS sharing information?") and the chat
 * opening "who's leading the met's CJ work on disproportionality?" (question-sweep4's "whos leading
 * the met's cj work on disproportionallity").
 * Mended after reading the answers (none because an expectation was wrong about the minutes):
 * - too strict: "mopac ceo: same person at the 2020 dmg and the apr 22 board?" wanted a lead
 *   "Yes", but an answer whose "At both" names Diana Luchford (MOPAC) answers it, as
 *   question-sweep5's "prisons rep: 2022 v 2023 - same person?" was judged; it now wants her and
 *   the two meetings.
 * - too lax: "more agenda items in feb 21 or apr 23?" wanted "5" and "3" anywhere in the answer
 *   and passed on the "5" inside a citation's file name (001_c2fb2c5d5dd…); the counts (5 and 3
 *   items on the two agendas) are now wanted in the lead. The same accident could pass "LC
 *   numbers at the DMG v the Casey board" (2 and 7), so its counts are wanted in the lead too, and
 *   "which LCRB were they from?" (the DMG's "January 14 LCRB") and "does it cover all of london?"
 *   (Prevent's "17 priority boroughs") want a word beside their number; none of these three
 *   changed a score.
 * Not in any test.
 */
const SILENT = "minutes do not";

export const SWEEP6_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "HMPPS rep at the mtg where the Safer Streets Board was raised?", {
    meeting: M21,
    says: ["Ian Bickers"],
  }),
  one("topic-meeting", "NHS rep at the mtg about the Deputy Commissioner's delivery group?", {
    meeting: M22,
    says: ["Sinead Dervin"],
  }),
  one("topic-meeting", "where was the mtg held that talked about ineffective trial rates", {
    meeting: M15,
    says: ["City Hall"],
  }),
  one("topic-meeting", "was a cllr from barnet at the meeting on the CRC?", {
    meeting: M15,
    lead: ["Yes"],
    says: ["Cornelius"],
  }),
  one("topic-meeting", "how many from london councils at the VCOP review mtg", {
    meeting: M21,
    lead: ["10"],
  }),
  one(
    "topic-meeting",
    "officials in attendance at the mtg where MOPAC thanked the CPS re victimisation",
    {
      meeting: M22,
      says: ["Doug Flight", "Garvan", "Tina Price", "Naomi Sterling"],
    },
  ),
  one("topic-meeting", "london councils apols for the meeting that mentioned HMICFRS", {
    meeting: M23,
    says: ["Ali Griffin", "Fiona Taylor", "Darren Rodwell", "Jas Athwal"],
  }),
  one("topic-meeting", "who from MOPAC was at the mtg about communities feeling over policed", {
    meeting: M20,
    says: ["Diana Luchford", "Paul Wylie", "Andy Davis", "Tony Hawker"],
  }),
  one(
    "topic-meeting",
    "was the victims commish at the mtg where they talked about a supt per borough?",
    {
      meeting: M23,
      lead: ["No"],
      says: ["Claire Waxman"],
    },
  ),
  // A subject across meetings.
  one("across", "female officers - has that come up?", {
    meetings: [M21],
    says: ["2 February 2021"],
  }),
  one("across", "which mtgs got into finances", { meetingsInclude: [M15, M20] }),
  one("across", "new legislation - which meetings?", { meetings: [M21, M23] }),
  one("across", "any surveys mentioned in the minutes?", { meetings: [M21] }),
  one("across", "oversight - every mtg its come up pls", { meetingsInclude: [M15, M23] }),
  one("across", "when did we last hear from the CPS at board?", {
    meetingsInclude: [M23],
    says: ["12 April 2023"],
  }),
  one("across", "action plans - which meetings covered one?", {
    meetings: [M20, M21, M22, M23],
  }),
  one("across", "voluntary / third sector - where's it come up", { meetings: [M21, M23] }),
  // Comparisons.
  one("compare", "mopac ceo: same person at the 2020 dmg and the apr 22 board?", {
    meetings: [M20, M22],
    says: ["Diana Luchford"],
  }),
  one("compare", "cllrs feb 21 v apr 23", {
    meetings: [M21, M23],
    says: ["Robathan", "Gareth Roberts", "Ian Edwards", "Nesil Caliskan"],
  }),
  one("compare", "MoJ: 2015 vs 2021 reps", {
    meetings: [M15, M21],
    says: ["Lucy Bogue", "Phil Douglas"],
  }),
  one("compare", "LC numbers at the DMG v the Casey board", {
    meetings: [M20, M23],
    lead: ["2", "7"],
  }),
  one("compare", "more agenda items in feb 21 or apr 23?", {
    meetings: [M21, M23],
    lead: ["5", "3"],
  }),
  one("compare", "officers listed at the 2015 board vs the dmg - any overlap?", {
    meetings: [M15, M20],
    says: ["Tony Hawker"],
  }),
  one("compare", "lionel idan's org 2021 v 2023?", {
    meetingsInclude: [M21, M23],
    says: ["CPS South"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "did the ToR get signed off at the board last month?", {
      meeting: M22,
      lead: ["Yes"],
    }),
    today: "2022-05-09",
  },
  {
    ...one("relative", "who was at the DMG a couple of weeks ago", {
      meeting: M20,
      says: ["Carina Heckroodt", "Andy Davis"],
    }),
    today: "2020-06-22",
  },
  {
    ...one("relative", "what got agreed at today's board", { meeting: M15, says: ["CONTEST"] }),
    today: "2015-03-10",
  },
  {
    ...one("relative", "whats on at the board next week?", {
      says: ["8 July 2020", "race equality"],
    }),
    today: "2020-07-01",
  },
  {
    ...one("relative", "earlier this yr - did the board hear from Dame Lynne?", {
      meeting: M23,
      lead: ["Yes"],
    }),
    today: "2023-06-15",
  },
  // One meeting, one fact.
  one("narrow", "when did the youth justice criminal action plan come out", {
    meetingsInclude: [M23],
    says: ["Autumn 2019"],
  }),
  one("narrow", "who convened the youth action plan partners mtg in jan 21?", {
    meetingsInclude: [M21],
    says: ["Deputy Mayor"],
  }),
  one("narrow", "where's info sharing between the CRC, councils & probation written down", {
    meetingsInclude: [M15],
    says: ["contract"],
  }),
  one("narrow", "will balakrishnan's title at the apr 22 board?", {
    meetingsInclude: [M22],
    says: ["C&P"],
  }),
  one("narrow", "naomi sterling - whats her job", { says: ["Senior Advisor"] }),
  one("narrow", "disproportionality actions the DMG picked up - which LCRB were they from?", {
    meetingsInclude: [M20],
    says: ["January", "14"],
  }),
  one("narrow", "what's the Met collating from the Casey report?", {
    meetingsInclude: [M23],
    says: ["formal recommendations"],
  }),
  one("narrow", "jade appleton - which org?", { says: ["London Councils"] }),
  one("narrow", "who was wandsworth's chief exec at the 2015 board", {
    meeting: M15,
    says: ["Paul Martin"],
  }),
  one("narrow", "reoffending in 2015 - going up or down?", {
    meetingsInclude: [M15],
    says: ["higher"],
  }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "how many ppl got arrested in the 2020 disorder", { says: [SILENT] }),
  one("cannot-know", "whats the youth action plan budget", { says: [SILENT] }),
  one("cannot-know", "who won the mayoral election", { says: [SILENT] }),
  one("cannot-know", "how many responses did the turnaround plan consultation get", {
    says: [SILENT],
  }),
  one("cannot-know", "what % of Met officers are BAME", { says: [SILENT] }),
  one("cannot-know", "what did the court capacity & demand model show", { says: [SILENT] }),
  // Conversations.
  chat(
    [
      "did the 2023 board hear about disproportionality in out of court disposals?",
      { meeting: M23, lead: ["Yes"], says: ["Nick John"] },
    ],
    ["and what's the cps done on it?", { says: ["scrutiny panel"] }],
  ),
  chat(
    [
      "what did the met say on professional standards in apr 22",
      { meeting: M22, says: ["unacceptable behaviour"] },
    ],
    ["who was dep commish then?", { says: ["Helen Ball"] }],
  ),
  chat(
    [
      "2015 board - what was said about council spend on ex-offenders?",
      { meeting: M15, says: ["disparity"] },
    ],
    ["could it be pooled with anything?", { says: ["secure estate"] }],
  ),
  chat(
    ["what tech did the PCP champion, per the feb 21 board?", { meeting: M21, says: ["BWV"] }],
    ["and what's it delivered?", { says: ["transparency and accountability"] }],
  ),
  chat(
    ["what kind of board is prevent?", { meetingsInclude: [M15], says: ["tactical"] }],
    ["who commissions it?", { says: ["centre"] }],
    ["does it cover all of london?", { says: ["17", "priority boroughs"] }],
  ),
];
