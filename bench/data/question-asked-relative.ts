import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * The kinds of question reading the seventh sweep found failing, asked again with other facts and
 * other words: (1) dates relative to the case's own `today` as chat writes them ("1 wk ago", "last
 * wed's", "tuesday's", "earlier in the week", "in april" when only one April is past), including a
 * meeting known only because earlier minutes name its date ahead; (2) the asker's filler and
 * frames, which carry no subject ("cropped up at all", "come across", "ok" for approved, "w" for
 * with, "going by the 2023 minutes", "what'd", "who'll", "what're"); (3) people asked by post or
 * presence ("the probation lady", "the youth justice person", "X - there for the Y update?", "is X
 * cps or hmcts?", "the DC"), and several people named in one question; (4) a meeting named in
 * shorthand by its subject ("the disorder dmg", "the VAWG board", "the reoffending board"); and
 * (5) a count of one meeting's actions. Written on 2026-12-06 by the helper asks7 by reading the
 * five minutes in corpus/, before any change to src/ for it; every expectation was checked against
 * the minutes (and each `today`'s weekday with `date`), not against the bot's answers, and the sets
 * in bench/data were grepped so no phrasing of the seventh sweep is reused.
 * Scored with `npm run build:bench && node .bench-build/bench/questions.js --failures`:
 *   01a6981 (no change to src/ made for it): 11/33: topic-meeting 4/6, across 1/2, compare 1/1,
 *     relative 3/10, narrow 2/13, follow-up 0/1;
 *   83ef4d0 (days named from today): 18/33, relative 10/10;
 *   327c88f (chat's filler and frames no subject): 23/33;
 *   eab7837 (people by a word of their post and a word for someone): 26/33;
 *   1d34d73 (presence as chat asks it: "there for", "X or Y?", "send anyone", a titled list):
 *     31/33, and so at every later commit of the session. Left: "is the MPS working w the home
 *     office on recruitment?" (the passage is found; a yes drawn from it is the passage
 *     choice's) and "who'll the contest board report to?" (the CT item is found; its sentence
 *     "It would report back to LCRB" is not the one shown).
 * Not in any test.
 */
export const ASKED_RELATIVE_SET: readonly QuestionCase[] = [
  // Dates relative to today.
  {
    ...one("relative", "what did the board cover 1 wk ago?", { meeting: M22 }),
    today: "2022-05-04",
  },
  {
    ...one("relative", "last wed's board - who came for probation?", {
      meeting: M23,
      says: ["Kilvinder Vigurs"],
    }),
    today: "2023-04-18",
  },
  {
    ...one("relative", "tuesday's board - was the NHS there?", {
      meeting: M15,
      lead: ["Yes"],
      says: ["Joanne Murfitt"],
    }),
    today: "2015-03-12",
  },
  {
    ...one("relative", "who chaired the board earlier in the week?", {
      meeting: M21,
      says: ["Sadiq Khan"],
    }),
    today: "2021-02-05",
  },
  {
    // Only the March 2015 minutes know it: "Date of next LCRB meeting: 9 June 2015".
    ...one("relative", "did the lcrb meet on tues?", { says: ["9 June 2015"] }),
    today: "2015-06-12",
  },
  {
    // Only the June 2020 DMG's minutes know it: "LCRB meeting: 8 July 2020".
    ...one("relative", "was there a board meeting on wednesday?", { says: ["8 July 2020"] }),
    today: "2020-07-10",
  },
  {
    ...one("relative", "which deputy commissioner came to the board in april?", {
      meeting: M22,
      says: ["Helen Ball"],
    }),
    today: "2022-10-03",
  },
  {
    ...one("relative", "last month's dmg - who came from the cps?", {
      meeting: M20,
      says: ["Barry Hughes"],
    }),
    today: "2020-07-02",
  },
  {
    ...one("relative", "the board 3 wks ago - any apols from hmcts?", {
      meeting: M23,
      says: ["Joanne Towens"],
    }),
    today: "2023-05-03",
  },
  {
    ...one("relative", "who from hmcts was at the board earlier this month?", {
      meeting: M21,
      says: ["Damien McCleave"],
    }),
    today: "2021-02-20",
  },
  // The asker's filler and frames.
  one("across", "youth violence - has it cropped up at all?", { meetingsInclude: [M22] }),
  one("across", "where've we come across play space?", { meetings: [M21] }),
  one("narrow", "did the board ok the terms of reference?", {
    meetingsInclude: [M22],
    lead: ["Yes"],
  }),
  one("narrow", "is the MPS working w the home office on recruitment? (feb 21)", {
    meetingsInclude: [M21],
    lead: ["Yes"],
    says: ["College of Policing"],
  }),
  one("narrow", "what's mopac doing on court backlogs, going by the 2023 minutes", {
    meetingsInclude: [M23],
    says: ["capacity and demand"],
  }),
  one("narrow", "what'd the dmg say re hospitality?", {
    meetingsInclude: [M20],
    says: ["night time economy"],
  }),
  one("narrow", "who'll the contest board report to?", {
    meetingsInclude: [M15],
    says: ["report back to LCRB"],
  }),
  chat(
    [
      "disproportionality in the CJS - what're the four working groups?",
      { meetingsInclude: [M23], says: ["pre-charge and charge"] },
    ],
    ["and what'd the cps set up?", { says: ["scrutiny panel"] }],
  ),
  // People asked by post or presence.
  one("topic-meeting", "was the probation lady at the casey mtg?", {
    meeting: M23,
    lead: ["Yes"],
    says: ["Kilvinder Vigurs"],
  }),
  one("narrow", "the youth justice person at the dmg - who was it?", {
    meeting: M20,
    says: ["Colin Allars"],
  }),
  one("narrow", "lib peck - there for the vru update in feb 21?", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one("topic-meeting", "did kenny bowie make it to the casey review discussion?", {
    meeting: M23,
    lead: ["No"],
    says: ["apologies"],
  }),
  one("narrow", "is barry hughes cps or hmcts?", { meetingsInclude: [M23], says: ["CPS"] }),
  one("narrow", "kenny bowie - mopac or met?", { meetingsInclude: [M22], says: ["MOPAC"] }),
  one("narrow", "the DC at the dmg?", { meeting: M20, says: ["Stephen House"] }),
  one("narrow", "mopac's ceo at the 2022 board?", { meeting: M22, says: ["Diana Luchford"] }),
  one("narrow", "cllrs robathan, roberts and athwal - at the feb 21 board?", {
    meeting: M21,
    lead: ["Yes"],
    says: ["Robathan", "Roberts", "Athwal"],
  }),
  one("topic-meeting", "the mayor's private office people at the action plan mtg?", {
    meeting: M21,
    says: ["Nick Bowes", "Sasha Salmon"],
  }),
  // A meeting named in shorthand by its subject.
  one("compare", "the reoffending board v the youth action plan board - who chaired each?", {
    meetings: [M15, M21],
    says: ["Boris Johnson", "Sadiq Khan"],
  }),
  one("topic-meeting", "the disorder dmg - was the cps there?", {
    meeting: M20,
    lead: ["Yes"],
    says: ["Barry Hughes"],
  }),
  one("topic-meeting", "the VAWG board - anyone from the yjb?", {
    meeting: M22,
    says: ["Claudia Strut"],
  }),
  one("topic-meeting", "the corruption lcrb - who came from nhs england?", {
    meeting: M15,
    says: ["Joanne Murfitt"],
  }),
  // Actions counted at one meeting.
  one("narrow", "how many actions came out of the 2015 board?", { meeting: M15, lead: ["2"] }),
];
