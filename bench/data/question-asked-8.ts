import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * The kinds of question READING the eighth sweep found failing, asked again with other facts and
 * other words: (1) dates relative to the case's own `today` ("last wk", "this wk's", "N days
 * ago", "on the 10th" for a day of the month alone, a month named without a year meaning the next
 * one after today); (2) people asked by a post or organisation the attendance lists write ("the
 * crc london ceo", "the senior advisor from mopac"), by the initials a list gives ("KB", "JG"), by
 * the meeting that planned or signed off another meeting, "is X org?", "X n Y - at both …?" with a
 * lead yes or no, and "X – who's he with?"; (3) a subject left with the asker's filler ("stuff",
 * "mention them", "bring it up", "talk abt them") and acronyms in the plural ("PCPs", "VRAPs");
 * (4) a modifier kept with its subject in a comparison ("interim PCP"), "who'll …" and "who's
 * developing …" of what the minutes say someone will do, and "who runs it?" / "who heads it?" /
 * "who's their ceo?" in a follow-up. Written on 2026-12-06 by the helper asks8 by reading the
 * five minutes in corpus/, before any change to src/ for it; every expectation was checked against
 * the minutes (and each `today`'s weekday with `date`), not against the bot's answers, and the
 * sets in bench/data and tests/answers were grepped so no question of the eighth sweep, nor
 * another set's phrasing, is reused (the corpus is small: some facts are asked elsewhere, here in
 * other words or by another route).
 * Scored with `npm run build:bench && node .bench-build/bench/questions.js --failures`:
 *   a1b11b3 (no change to src/ made for it): 12/32: topic-meeting 0/2, across 3/6, compare 1/3,
 *     relative 3/8, narrow 4/10, follow-up 1/3; the eighth sweep 26/50 in the same run;
 *   b15152e (main at 22:50 UTC, the other helpers' work landed, none of asks8's): 12/32, the same
 *     cases; the eighth sweep 32/50;
 *   with asks8's reading rules (dates from today, filler subjects, posts in any order and by
 *     their other names, initials at a meeting, "is X org?", several people bare, a meeting named
 *     by another its minutes speak of, who runs the last answer's body, a meeting still to come
 *     asked yes or no): 32/32; the eighth sweep 48/50; no case of any set that passed at b15152e
 *     fails.
 * Not in any test.
 */
export const ASKED_8_SET: readonly QuestionCase[] = [
  // Dates relative to today.
  {
    ...one("relative", "what did the dmg go over last wk?", { meeting: M20 }),
    today: "2020-06-15",
  },
  {
    ...one("relative", "this wk's board - who was in the chair?", {
      meeting: M23,
      says: ["Sadiq Khan"],
    }),
    today: "2023-04-14",
  },
  {
    ...one("relative", "the dmg 3 days ago - anyone there from the nps?", {
      meeting: M20,
      lead: ["Yes"],
      says: ["Carina Heckroodt"],
      saysNot: ["Barry Hughes"],
    }),
    today: "2020-06-11",
  },
  {
    ...one("relative", "the board 6 days ago - was anyone from hmpps there?", {
      meeting: M21,
      lead: ["Yes"],
      says: ["Ian Bickers"],
      saysNot: ["Lib Peck"],
    }),
    today: "2021-02-08",
  },
  {
    ...one("relative", "the mtg on the 10th - was the nhs there?", {
      meeting: M15,
      lead: ["Yes"],
      says: ["Joanne Murfitt"],
      saysNot: ["Nick Smart"],
    }),
    today: "2015-03-25",
  },
  {
    ...one("relative", "the board on the 12th - any apols from the yjb?", {
      meeting: M23,
      says: ["Claudia Stuart", "Henry Smithers", "Cheryl De Freitas"],
      saysNot: ["Kenny Bowie"],
    }),
    today: "2023-04-28",
  },
  {
    // Only the June 2020 DMG's minutes know it: "LCRB meeting: 8 July 2020"; the April 2023
    // board's "next LCRB in July" is three years on.
    ...one("relative", "when's the july board?", { says: ["8 July 2020"] }),
    today: "2020-06-20",
  },
  {
    // "DMG meeting: 7 September 2020" (June 2020 DMG).
    ...one("relative", "is there a dmg in september?", {
      lead: ["Yes"],
      says: ["7 September 2020"],
    }),
    today: "2020-07-15",
  },
  // People by post, organisation, initials, or the meeting that planned another.
  one("narrow", "the crc london ceo - what's his name?", { says: ["Nick Smart"] }),
  one("narrow", "whats the met's hq strategy n governance person called", {
    says: ["Garvan"],
  }),
  one("narrow", "who was the senior advisor from mopac in apr 22?", {
    says: ["Naomi Sterling"],
    saysNot: ["Tina Price"],
  }),
  one("topic-meeting", "who from the cps was at the mtg that set the july 8 board's agenda?", {
    meeting: M20,
    says: ["Barry Hughes"],
  }),
  one(
    "topic-meeting",
    "the mtg that signed off the 24 jan 2022 minutes - was claire waxman there?",
    { meeting: M22, lead: ["Yes"] },
  ),
  one("narrow", "KB in the apr 22 list - who's that?", {
    meetingsInclude: [M22],
    says: ["Kenny Bowie"],
    saysNot: ["Helen Ball"],
  }),
  one("narrow", "what's JG's job, per the 2022 attendance?", {
    says: ["HQ Strategy and Governance"],
    saysNot: ["Helen Ball"],
  }),
  one("narrow", "is tom burnham mopac?", { lead: ["Yes"], says: ["2021"] }),
  one("narrow", "is sasha salmon from the private office?", { lead: ["Yes"], says: ["2021"] }),
  one("compare", "bowie n balakrishnan - at both the apr 22 board and the casey one?", {
    lead: ["No"],
    says: ["Kenny Bowie", "Will Balakrishnan"],
  }),
  one("compare", "idan n hughes - at the feb 21 board and the apr 22 one?", {
    lead: ["Yes"],
    says: ["Lionel Idan", "Barry Hughes"],
  }),
  one("narrow", "Phil Douglas – who's he with?", { says: ["Ministry of Justice"] }),
  // A subject left with filler, and plural acronyms.
  one("across", "PCPs - list the mtgs", { meetings: [M20, M21, M22] }),
  one("across", "boroughs - which mtgs mention them", { meetings: [M15, M21, M23] }),
  one("across", "exploitation stuff - which mtgs?", { meetings: [M21] }),
  one("across", "backlogs - which mtgs talk abt them", { meetings: [M20, M23] }),
  one("across", "recruitment - any mtgs bring it up?", { meetings: [M21] }),
  one("across", "VRAPs - list the mtgs", { meetings: [M21] }),
  // A modifier kept in a comparison; what someone will do.
  one("compare", "interim PCP - dmg v the feb 21 board?", {
    meetings: [M20, M21],
    says: ["interim PCP"],
  }),
  one("narrow", "who'll lead the public service reform work?", {
    meetingsInclude: [M15],
    says: ["will lead on this"],
  }),
  one("narrow", "who's developing the london policing board?", {
    meetingsInclude: [M23],
    says: ["process of developing"],
  }),
  // Who runs it, in a follow-up.
  chat(
    ["mopac at the dmg - who came?", { meeting: M20, says: ["Diana Luchford", "Paul Wylie"] }],
    ["who runs it?", { says: ["Diana Luchford"], saysNot: ["Tony Hawker"] }],
  ),
  chat(
    ["apr 22 - what's mopac doing about fraud?", { meetingsInclude: [M22], says: ["roundtable"] }],
    ["who's their ceo?", { says: ["Diana Luchford"] }],
  ),
  chat(
    [
      "apr 22 - what's the deputy commissioner's delivery group working on?",
      { meetingsInclude: [M22], says: ["young Black women in gangs"] },
    ],
    ["who heads it?", { says: ["Helen Ball"] }],
  ),
];
