import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * An eleventh fresh sweep, held out, to measure how well the question reading generalises: nobody
 * tunes against it in the session it was written, and its failures are the point. Written on
 * 2026-12-07 by the helper heldout11 by reading the five minutes in corpus/ in full, and kept
 * outside the repository until it was scored; every expectation was checked against the minutes
 * (not against the bot's answers). Novelty: every quoted string of two or more words in bench/data
 * and tests/ (10,089) was scored against each question by word overlap (content words, Jaccard),
 * and each fact's own words grepped; a question whose phrasing, or whose fact asked the same way,
 * was there already was replaced before any scoring (so the set never held them): mental health,
 * backlogs, technology, sentencing and the courts across meetings; the VRU's people in February
 * 2021 and April 2022, disproportionality at the DMG and the 2023 board, London Councils' turnout
 * and councillors side by side, the actions of 2015 and of a later meeting by count, Lib Peck's
 * body over time, the boards' sizes in 2022 and 2023; the MOPAC COO of 2015, the London Prevent
 * Board's chair, Ella Watson's, Diana Luchford's and James Bottomley's meetings, the bodies of
 * Althea Loderick, Michelle Chapman and Tina Price, MOPAC's strategy director and the VRU's
 * assistant director by post, Doug Flight at every meeting; the newspaper, the 17 Prevent
 * boroughs, the six boroughs' names, where the London Policing Board will meet and the workshops'
 * numbers as silences; the CONTEST board's co-chairs, the Youth Action Plan's convenor, the July
 * 2020 board's agenda, Lionel Idan and the private office as asked before. What is left asks the
 * less-asked lines (the transition board's DMG and its officers, the pre-handcuffing review's MPS
 * people, the 6 asks, a superintendent for each borough, harassment, delays, the pandemic,
 * neighbourhood policing, the 2015 and 2020 next-meeting dates, Nesil Caliskan, Helen Ball, Craig
 * Mackey, the MOPAC directors of 2015) or a known fact another way (by relative date, by initials
 * "DF" and "NS", by synonym "the pandemic", by yes/no, by two lists side by side, by ellipsis and
 * pronoun in a chat). Questions as a borough community-safety officer, MOPAC policy officer,
 * police officer, probation or CPS manager or councillor would type them into Slack, with shorthand
 * and typos ("mtg", "w", "abt", "n", "any1", "ppl", "apols", "lc", "cllrs", "supt", "tech", "org",
 * "wks", "tues's", "feb 21", "apr 22", "pre-handcufing") and yes/no: a meeting named by what it
 * discussed (8), a subject across meetings (8), comparisons (7), dates relative to the case's own
 * `today` (6: "last tues's board", "monday's dmg", "a couple of wks back", "yesterday's board", "is
 * the lcrb on today?", "the board in april"), people by post, organisation, initials or presence
 * (10), conversations of 2-3 turns with pronouns and ellipsis (5 chats, 13 turns: "n the standing
 * item on it?", "how many mtgs has she been to?" then "which did she co-chair?", "n what about
 * youth justice, same mtg?" then "when did that launch?", "what mtg was she at?" then "any1 from
 * her org been since?", "did she make the casey board?") and things the minutes are silent on (6:
 * the answer must say so and show the meeting whose passage is nearest). Expectations hold what a
 * careful clerk's answer must contain (the meeting, names, a lead yes/no or number, "minutes do
 * not" for silence, the nearest meeting), not its wording. Conventions: a yes/no question wants its
 * yes or no first; "last tues" from Tuesday 9 February 2021 is the 2 February board and "the board
 * in april" on 1 June 2023 is April 2023's; Diana Luchford, written as MOPAC's CEO in 2020 and
 * 2022, is "the mopac ceo" at the 2023 board; Helen Ball (2022) is not Helen Bailey (2015); "Debbie
 * Weekes Bernard" (2023) is Debbie Weekes-Bernard (2021), so she, Jas Athwal and Claire Waxman came
 * in February 2021 and sent apologies in 2023; "actually discuss" refuses a meeting that names
 * prisons only in an attendee's body, and "info sharing" refuses 2020 and 2021 (2022's shared
 * intelligence hubs and 2023's shared data are neither wanted nor refused); "women" is discussed
 * in 2021 and 2022 (EVAW in the 2023 apologies is no discussion); "the feb dmg" is known only by
 * its closed actions, so its chair is a silence, and the fraud roundtable was only intended, so
 * what it decided is one.
 * Scored with no change to src/ made for it (the set copied into a worktree of each commit and
 * registered in bench/questions.ts, `npm run build:bench`):
 *   3e2d1f9 (main at the session's start), the set as first written: 30/50: topic-meeting 5/8,
 *     across 8/8, compare 2/7, relative 4/6, narrow 6/10, follow-up 3/5, cannot-know 2/6;
 *   3e2d1f9, the set as it stands (two chat turns reworded, below): 31/50: topic-meeting 5/8,
 *     across 8/8, compare 2/7, relative 4/6, narrow 6/10, follow-up 4/5, cannot-know 2/6;
 *   f9a37fd (main at 05:55 UTC, when rebased to land): 36/50: topic-meeting 6/8, across 8/8,
 *     compare 3/7, relative 5/6, narrow 7/10, follow-up 4/5, cannot-know 3/6; five that failed at
 *     3e2d1f9 now pass (a subject given by a number, a title at two meetings, a weekday-relative
 *     board with an organisation in shorthand, an absence asked yes or no, a silence with its
 *     nearest passage), none newly fails;
 * What fails at 3e2d1f9 (19), by cause, in general:
 * - a meeting named by what it discussed (3): a subject given by a number or in shorthand finds no
 *   meeting; a list the minutes head with a plain word ("Officers") is searched as words; a yes/no
 *   about presence after a meeting named by its subject gets the meeting's summary, no yes first;
 * - comparisons (5): a person's title at two meetings, two subjects side by side and two meetings'
 *   next-meeting dates are searched as words or answered with attendance; a DMG and a board named
 *   by its subject are read as one DMG about that subject; two lists compared right give no yes first;
 * - dates relative to today (2): a weekday-relative board with an organisation in shorthand, and a
 *   month with no year meaning the latest such month, choose no meeting;
 * - people (4): initials before a question about a job, a post in the plural for a year, a
 *   person's first meeting by date and a body's absence from a named meeting (no "No" first);
 * - conversations (1): "her org" in a follow-up is not read as the person's organisation;
 * - silence (4): a meeting known only by its month answered with another meeting's record; an
 *   intention noted answered as a decision; a briefing only mentioned shown without saying the
 *   minutes do not record what it said; a silence said with no nearest passage shown.
 * Mended after reading the answers at 3e2d1f9, both because the question as first written had two
 * answers in the minutes, neither to match an answer: a chat turn "n for youth?" after adult
 * disproportionality in 2023 is also answered by the 2021 Youth Action Plan (whose launch the
 * minutes do not date), so "when did that launch?" had no one right answer; it is now "n what about
 * youth justice, same mtg?". "any1 from there since?" after "what mtg was she at?" could mean the
 * meeting as well as the Ministry of Justice; it is now "any1 from her org been since?" (30/50 →
 * 31/50, the first of the two now passing, the second failing as before).
 * Not in any test.
 */

const SILENT = "minutes do not";

export const SWEEP11_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one(
    "topic-meeting",
    "the mtg where the cps said it wanted ppl in court quicker - who came for the moj?",
    { meeting: M15, says: ["Lucy Bogue"] },
  ),
  one(
    "topic-meeting",
    "which board heard the met's 6 asks of partners - any1 there from the vru?",
    {
      meeting: M23,
      says: ["Lib Peck"],
    },
  ),
  one("topic-meeting", "the dmg w the transition board update - who were the officers?", {
    meeting: M20,
    says: ["Andy Davis", "Tony Hawker"],
  }),
  one(
    "topic-meeting",
    "board that talked up the £60m for vawg survivors - was kenny bowie in the room?",
    { meeting: M22, lead: ["Yes"] },
  ),
  one("topic-meeting", "the mtg on the pre-handcufing review - who came from the met?", {
    meeting: M21,
    says: ["Michelle Chapman", "Rory Murray", "Stephen House"],
  }),
  one(
    "topic-meeting",
    "the one where they signed off the agenda for the 8 july board - was colin allars on the call?",
    { meeting: M20, lead: ["Yes"] },
  ),
  one("topic-meeting", "board that heard abt the cps scrutiny panel - yjb apols?", {
    meeting: M23,
    says: ["Claudia Stuart", "Henry Smithers", "Cheryl De Freitas"],
  }),
  one(
    "topic-meeting",
    "mtg where a new supt for every borough came up - was the mopac ceo there?",
    { meeting: M23, lead: ["Yes"], says: ["Diana Luchford"] },
  ),
  // A subject across meetings.
  one("across", "homicide - which mtgs", { meetings: [M22] }),
  one("across", "the pandemic - which mtgs bring it up?", { meetings: [M20, M22] }),
  one("across", "delays - which mtgs mention them?", { meetings: [M20] }),
  one("across", "prisons - which mtgs actually discuss them?", {
    meetingsInclude: [M15, M23],
    meetingsExclude: [M20, M21],
  }),
  one("across", "info sharing - when's it come up", {
    meetingsInclude: [M15],
    meetingsExclude: [M20, M21],
  }),
  one("across", "harassment - any mtg?", { meetings: [M22] }),
  one("across", "neighbourhood policing - any mtg?", { meetings: [M23] }),
  one("across", "women - which mtgs?", { meetings: [M21, M22] }),
  // Comparisons.
  one("compare", "barry hughes' title in apr 22 vs apr 23", {
    says: ["Chief Crown Prosecutor", "CPS North"],
  }),
  one("compare", "did the nhs send the same person to the dmg n the casey board?", {
    lead: ["Yes"],
    says: ["Sinead Dervin"],
  }),
  one("compare", "apols: apr 22 v apr 23 - anyone on both lists?", {
    lead: ["Yes"],
    says: ["Jas Athwal", "Darren Rodwell"],
  }),
  one("compare", "who was at the feb 21 board but sent apols in apr 23?", {
    says: ["Jas Athwal", "Claire Waxman", "Weekes"],
  }),
  one("compare", "cps: 2015 board v june 2020 dmg - who came?", {
    meetings: [M15, M20],
    says: ["Baljit Ubhey", "Barry Hughes"],
  }),
  one("compare", "fraud v corruption - which mtgs?", { meetings: [M15, M22] }),
  one("compare", "next mtg dates: 2015 board v june 2020 dmg", {
    meetings: [M15, M20],
    says: ["9 June 2015", "7 September 2020"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "last tues's board - any1 from the moj?", {
      meeting: M21,
      says: ["Phil Douglas"],
    }),
    today: "2021-02-09",
  },
  {
    ...one("relative", "monday's dmg - who was there from the nps?", {
      meeting: M20,
      says: ["Carina Heckroodt"],
    }),
    today: "2020-06-10",
  },
  {
    ...one("relative", "the board a couple of wks back - what actions came out of it?", {
      meeting: M15,
      says: ["CONTEST"],
    }),
    today: "2015-03-24",
  },
  {
    ...one("relative", "yesterday's board - anyone from the yjb?", {
      meeting: M22,
      says: ["Claudia Strut"],
    }),
    today: "2022-04-28",
  },
  {
    ...one("relative", "is the lcrb on today?", { lead: ["Yes"], says: ["8 July 2020"] }),
    today: "2020-07-08",
  },
  {
    ...one("relative", "the board in april - what did it say abt the new policing board?", {
      meeting: M23,
      says: ["London Policing Board"],
    }),
    today: "2023-06-01",
  },
  // One meeting, one fact; people by post, organisation, initials or presence.
  one("narrow", "who's DF?", { says: ["Doug Flight"] }),
  one("narrow", "who were the two mopac directors in 2015?", {
    says: ["Marie Snelling", "Rebecca Lawrence"],
  }),
  one("narrow", "who was the chief exec of waltham forest in 2015?", { says: ["Martin Esom"] }),
  one("narrow", "how many boards has nesil caliskan been at?", { lead: ["1"] }),
  one("narrow", "how often has helen ball come?", { lead: ["1"] }),
  one("narrow", "which org is tamara barnett with?", { says: ["MOPAC"] }),
  one("narrow", "gareth roberts - first board he came to?", { says: ["2 February 2021"] }),
  one("narrow", "who came for the met in 2015?", { says: ["Craig Mackey"] }),
  one("narrow", "any1 from the moj at the casey board?", { lead: ["No"], saysNot: ["Yes:"] }),
  one("narrow", "NS - what's her job?", { says: ["Naomi Sterling", "Senior Advisor"] }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "how long did the feb 21 board run for?", {
    meetingsInclude: [M21],
    says: [SILENT],
  }),
  one("cannot-know", "who chaired the feb dmg?", { meetingsInclude: [M20], says: [SILENT] }),
  one("cannot-know", "who will sit on the london policing board?", {
    meetingsInclude: [M23],
    says: [SILENT],
  }),
  one("cannot-know", "what did the fraud roundtable decide?", {
    meetingsInclude: [M22],
    says: [SILENT],
  }),
  one("cannot-know", "what was in mark rowley's briefing to the mayor?", {
    meetingsInclude: [M15],
    says: [SILENT],
  }),
  one("cannot-know", "what did the casey review say about misogyny?", {
    meetingsInclude: [M23],
    says: [SILENT],
  }),
  // Conversations.
  chat(
    ["what did the dmg agree for the next board?", { meetingsInclude: [M20], says: ["COVID-19"] }],
    ["n the standing item on it?", { says: ["race equality"] }],
  ),
  chat(
    ["who's sophie linden?", { says: ["Deputy Mayor"] }],
    ["how many mtgs has she been to?", { lead: ["4"] }],
    ["which did she co-chair?", { says: ["8 June 2020"] }],
  ),
  chat(
    [
      "adult disproportionality in the cjs - how's it being worked on?",
      { meetingsInclude: [M23], says: ["four working groups"] },
    ],
    ["n what about youth justice, same mtg?", { says: ["Challenge Fund"] }],
    ["when did that launch?", { says: ["June 2022"] }],
  ),
  chat(
    ["who's lucy bogue?", { says: ["Ministry of Justice"] }],
    ["what mtg was she at?", { says: ["10 March 2015"] }],
    ["any1 from her org been since?", { says: ["Phil Douglas"] }],
  ),
  chat(
    ["the 2020 dmg - who was there as victims commissioner?", { says: ["Claire Waxman"] }],
    ["did she make the casey board?", { lead: ["No"], saysNot: ["Yes:"] }],
  ),
];
