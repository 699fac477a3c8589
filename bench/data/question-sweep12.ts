import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A twelfth fresh sweep, held out, to measure how well the question reading generalises: nobody
 * tunes against it in the session it was written, and its failures are the point. Written on
 * 2026-12-07 by the helper heldout12 by reading the five minutes in corpus/ in full (not src/),
 * and kept outside the repository until it was scored; every expectation was checked against the
 * minutes (not against the bot's answers).
 * Novelty: every quoted string of two or more words in bench/data and tests/ (11,143) was scored
 * against each question by word overlap (content words, Jaccard), and each fact's own words
 * grepped; a question whose phrasing, or whose fact asked the same way, was there already was
 * replaced before any scoring (so the set never held them): the night-time economy, rape, the
 * Home Office, devolution and HMICFRS across meetings; Kilvinder Vigurs' and Ian Bickers' bodies
 * over time, the venues of 2015 and 2020, the CPS and the VRU at two boards, the sizes of two
 * meetings, MOPAC's staff and the apologies of 2022 and 2023 side by side, the MOPAC directors of
 * two years, two boards' chairs; "tuesday's board" and the NHS, "last wed's board", "the board
 * the week before last", the start of the 2023 board, the 9 June 2015 board's time; Paul Wylie's
 * chair, Richard Cornelius' borough, the Met's recruitment partners, the charter's launch, the
 * Youth Justice Criminal Action Plan's year, Jane Garvan's, Tina Price's and Kenny Bowie's posts,
 * the Prevent boroughs' count, Wandsworth's chief executive, the outcomes framework, initials at
 * the 2022 board; the complainants survey, the buddy scheme, BWV's cost, teen homicides, the
 * pre-handcuffing review's findings and the challenge fund's projects as silences; the DMPC of
 * 2015 and 2021, the interim plan, fraud, the Casey report's description and the DMG's co-chairs
 * in chats. What is left asks the less-asked lines (a place cited as an example, the road traffic
 * stops, My Ends, the deferred election, the estate strategy and BCU model, the terms of
 * reference, the CRC, stalking, extremism, the London Recovery Board, transparency, community
 * engagement, the Met's asks by number, the minutes approved in 2022, the Met's criminal justice
 * lead, MOPAC's oversight director, the chief crown prosecutor by body, the residency criteria,
 * the first CONTEST board, My Ends' money, the Safer Streets Board's chair, the July 2023 board)
 * or a known fact another way (by relative date or "first" and "b4 the latest", by "health" for
 * the NHS, by two people side by side, by a post at one meeting and a body at another, by
 * ellipsis and pronoun in a chat). Questions as a borough community-safety officer, MOPAC policy
 * officer, police officer, probation or CPS manager or councillor would type them into Slack, with
 * shorthand and typos ("mtg", "w", "n", "abt", "any1", "ppl", "apols", "cllrs", "wk", "ToR",
 * "b4", "bcu", "socb", "no. 3", "£") and yes/no: a meeting named by what it discussed (8), a
 * subject across meetings (7), comparisons (7: the same job at two meetings, agenda items in
 * common, two people's bodies, two people's meetings, a title at two boards, the first and latest
 * boards' chairs, a post at two meetings), dates relative to the case's own `today` (7: "the board
 * earlier this wk", "the dmg a week ago", "the board last wk", "the board the other day", "the
 * first lcrb on record", "last month's board", "the board b4 the latest one"), one fact inside one
 * meeting (7), conversations of 2-3 turns with pronouns and ellipsis (7 chats, 16 turns: "n
 * lambeth?", "n who's setting up the roundtable?", "who presented it?" then "any other met ppl at
 * it?", "how many of the mtgs was he at?" then "n natasha plummer?", "n why's that?", "n who came
 * for her org in feb 21?", "has she been to others?") and things the minutes are silent on (7: the
 * answer must say so and show the meeting whose passage is nearest). Expectations hold what a
 * careful clerk's answer must contain (the meeting, names, a lead yes/no or number, "minutes do
 * not" for silence, the nearest meeting), not its wording. Conventions: the boards in the minutes
 * are 2015, 2021, 2022 and 2023 (the 2020 meeting is the DMG), so the first is 2015's and the one
 * before the latest is April 2022's; "the board last wk" on Wednesday 4 May 2022 is 27 April's,
 * "the board earlier this wk" on Thursday 12 March 2015 is 10 March's; the 2022 board's "Officials
 * in attendance" are Doug Flight and Jane E Garvan (at least); "health" at the 2015 board is NHS
 * England; "her org" after Claudia Strut is the YJB, whose member in February 2021 was Colin
 * Allars; Kate Gilbert (2015) and Kilvinder Vigurs (2023) are both written "Probation"; the
 * transparency item and passages are 2020's and 2021's; community engagement is 2020's, 2021's
 * and 2023's; Paul Wylie chairs the LMSPB and the SOCB (DMG, 2020); Barry Hughes is a Chief Crown
 * Prosecutor (2022) and CPS North (2023); Kenny Bowie is "Director, S&MPS Oversight"; the CONTEST
 * board's first meeting was only aimed at (May or June 2015), so what it agreed is a silence; the
 * LCRB of July 2023 is announced in April 2023's minutes and has none of its own.
 * Scored with no change to src/ made for it (the set copied into a worktree of each commit and
 * registered in bench/questions.ts, `npm run build:bench`):
 *   46de3a1 (main at the session's start), the set as first written: 34/50: topic-meeting 7/8,
 *     across 6/7, compare 3/7, relative 7/7, narrow 4/7, follow-up 4/7, cannot-know 3/7;
 *   46de3a1, the set as it stands (one expectation's wording mended, below): 35/50: topic-meeting
 *     7/8, across 6/7, compare 3/7, relative 7/7, narrow 4/7, follow-up 4/7, cannot-know 4/7;
 *   1f55cc7 (main at 08:15 UTC), 990c697 (08:26 UTC; its question scorer's stricter lead check,
 *     6af563b, changes nothing here) and 02ce80e (08:38 UTC, when rebased to land): 36/50:
 *     topic-meeting 7/8, across 6/7, compare 3/7, relative 7/7, narrow 4/7, follow-up 4/7,
 *     cannot-know 5/7; one that failed at 46de3a1 now passes (the outcome of a body's first
 *     meeting, only planned, now a silence), none newly fails;
 * What fails at 46de3a1 (15), by cause, in general:
 * - a meeting named by what it discussed (1): a place the minutes cite as an example, asked with
 *   a loose verb ("held up as the example"), finds no meeting;
 * - a subject across meetings (1): a body's name ending in "board" is read as a list of the
 *   board's meetings, not as a subject;
 * - comparisons (4): "same job" at two meetings gets the person's record with no yes first; agenda
 *   items "in common" between two meetings, and two people's bodies "same org?", are searched as
 *   words; two people asked whether they came to the same meetings are answered for one only;
 * - one fact (3): an item's list asked by its number gets the meeting's summary; a post asked by
 *   what it does ("does oversight of") is not matched to the title that abbreviates it; a post
 *   written at one meeting and a body at another are not joined to name the person;
 * - conversations (3): a borough alone after an organisation question is not carried to the same
 *   meeting and not found inside an organisation's name ("LB …"), so the minutes are said to be
 *   silent; "who presented it?" after a subject is searched as words, not answered with the
 *   person who spoke to it; "has she been to others?" is answered with a count, not the meetings;
 * - silence (3): a thing only mentioned shown without saying the minutes do not say what it is;
 *   the outcome of a body's first meeting (only planned) answered with the board's decision to set
 *   the body up; a silence said with no nearest meeting shown.
 * Mended after reading the answers at 46de3a1, because its expected wording was not the sets'
 * convention for a meeting the minutes only announce, not to match an answer: "what came out of the
 * july 2023 board on court backlogs?" wanted "minutes do not"; a meeting with no minutes of its
 * own is answered "no minutes" (as question-review-leftovers.ts wants "no minutes for the DMG
 * meeting after"), so it now wants that, the question unchanged (34/50 -> 35/50).
 * Not in any test.
 */

const SILENT = "minutes do not";
// A meeting the minutes only announce has no minutes of its own: the answer says so (as
// question-review-leftovers.ts wants "no minutes for the DMG meeting after").
const NO_MINUTES = "no minutes";

export const SWEEP12_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "the mtg where birmingham was held up as the example - what date was it?", {
    meeting: M15,
    says: ["10 March 2015"],
  }),
  one("topic-meeting", "that board where they talked abt bribe taking - who came for probation?", {
    meeting: M15,
    says: ["Kate Gilbert"],
  }),
  one("topic-meeting", "the one w the road traffic stops update - who was there for hmcts", {
    meeting: M21,
    says: ["Damien McCleave"],
  }),
  one("topic-meeting", "board where my ends funding came up - which cllrs were there?", {
    meeting: M21,
    says: ["Gareth Roberts", "Rachael Robathan", "Jas Athwal"],
  }),
  one("topic-meeting", "dmg that covered the deferred mayoral election - what time did it start", {
    meeting: M20,
    says: ["14:00"],
  }),
  one("topic-meeting", "board that got the rasso update - who was there from the vru?", {
    meeting: M22,
    says: ["Rhiannon Sawyer"],
  }),
  one(
    "topic-meeting",
    "board w the estate strategy n bcu model concerns - who was there from the cps?",
    { meeting: M23, says: ["Lionel Idan", "Barry Hughes"] },
  ),
  one("topic-meeting", "partnership board ToR mtg - was the victims commissioner there?", {
    meeting: M22,
    lead: ["Yes"],
    says: ["Claire Waxman"],
  }),
  // A subject across meetings.
  one("across", "recruitment - which mtgs", { meetings: [M21] }),
  one("across", "the crc - which mtgs talk abt it?", { meetings: [M15] }),
  one("across", "stalking - where's it come up?", { meetings: [M22] }),
  one("across", "extremism - which mtgs?", { meetings: [M15, M21] }),
  one("across", "london recovery board - mtgs mentioning it?", { meetings: [M20] }),
  one("across", "community engagement - which mtgs discuss it", { meetings: [M20, M21, M23] }),
  one("across", "transparency - which mtgs?", { meetings: [M20, M21] }),
  // Comparisons.
  one("compare", "diana luchford - same job at the dmg n the 2022 board?", {
    lead: ["Yes"],
    says: ["CEO"],
  }),
  one("compare", "agenda of the 2020 dmg vs the feb 21 board - any items in common?", {
    lead: ["Yes"],
    says: ["Police and Crime Plan"],
  }),
  one("compare", "kate gilbert in 2015 n kilvinder vigurs in 2023 - same org?", {
    lead: ["Yes"],
    says: ["Probation"],
  }),
  one("compare", "nesil caliskan n ian edwards - were they at the same mtgs?", {
    lead: ["Yes"],
    says: ["12 April 2023"],
  }),
  one("compare", "debbie weekes-bernard's title feb 21 v apr 22", {
    says: ["Social Integration", "Deputy Mayor"],
  }),
  one("compare", "first board on record v the latest - who chaired each?", {
    meetings: [M15, M23],
    says: ["Boris Johnson", "Sadiq Khan"],
  }),
  one("compare", "sophie linden - co-chair at the dmg, what was she at the feb 21 board?", {
    says: ["Deputy Mayor for Policing and Crime"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "the board earlier this wk - crc rep?", {
      meeting: M15,
      says: ["Nick Smart"],
    }),
    today: "2015-03-12",
  },
  {
    ...one("relative", "the dmg a week ago - any1 from the nhs?", {
      meeting: M20,
      says: ["Sinead Dervin"],
    }),
    today: "2020-06-15",
  },
  {
    ...one("relative", "the board last wk - who were the officials in attendance?", {
      meeting: M22,
      says: ["Doug Flight", "Garvan"],
    }),
    today: "2022-05-04",
  },
  {
    ...one("relative", "the board the other day - how many sent apols?", {
      meeting: M23,
      lead: ["12"],
    }),
    today: "2023-04-14",
  },
  one("relative", "the first lcrb on record - who chaired it?", {
    meeting: M15,
    says: ["Boris Johnson"],
  }),
  {
    ...one("relative", "last month's board - anyone from hmpps?", {
      meeting: M21,
      says: ["Ian Bickers"],
    }),
    today: "2021-03-01",
  },
  one("relative", "the board b4 the latest one - who came for the cps?", {
    meeting: M22,
    says: ["Barry Hughes", "Lionel Idan"],
  }),
  // One meeting, one fact.
  one("narrow", "who chairs the socb?", { says: ["Paul Wylie"] }),
  one("narrow", "the met's asks of partners at the casey board - what was no. 3?", {
    says: ["Estate strategy"],
  }),
  one("narrow", "apr 22 board - date of the mtg whose minutes got approved?", {
    says: ["24 January 2022"],
  }),
  one("narrow", "who's heading up the met's criminal justice work?", { says: ["Nick John"] }),
  one("narrow", "which mopac director does oversight of the met?", { says: ["Kenny Bowie"] }),
  one("narrow", "damien mccleave - who's he with?", { says: ["HMCTS"] }),
  one("narrow", "who's the chief crown prosecutor for cps north?", { says: ["Barry Hughes"] }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "who chairs the disproportionality board?", {
    meetingsInclude: [M23],
    says: [SILENT],
  }),
  one("cannot-know", "what's the residency criteria the met brought back?", {
    meetingsInclude: [M21],
    says: [SILENT],
  }),
  one("cannot-know", "what did the first contest board agree?", {
    meetingsInclude: [M15],
    says: [SILENT],
  }),
  one("cannot-know", "how big is the £ for my ends?", { meetingsInclude: [M21], says: [SILENT] }),
  one("cannot-know", "where was the feb 21 board held?", {
    meetingsInclude: [M21],
    says: [SILENT],
  }),
  one("cannot-know", "who chairs the safer streets board?", {
    meetingsInclude: [M21],
    says: [SILENT],
  }),
  one("cannot-know", "what came out of the july 2023 board on court backlogs?", {
    meetingsInclude: [M23],
    says: [NO_MINUTES],
  }),
  // Conversations.
  chat(
    ["the 2015 lcrb - any1 there from health?", { meeting: M15, says: ["Joanne Murfitt"] }],
    ["n lambeth?", { says: ["Lib Peck"] }],
  ),
  chat(
    [
      "tackling fraud - what was recommended?",
      { meetingsInclude: [M22], says: ["nationally coordinated"] },
    ],
    ["n who's setting up the roundtable?", { says: ["MOPAC"] }],
  ),
  chat(
    ["turnaround plan - where did it come up?", { meetingsInclude: [M23] }],
    ["who presented it?", { says: ["Lynne Owens"] }],
    ["any other met ppl at it?", { says: ["Jane Garvan"] }],
  ),
  chat(
    ["who is will balakrishnan", { says: ["MOPAC"] }],
    ["how many of the mtgs was he at?", { lead: ["3"] }],
    ["n natasha plummer?", { lead: ["2"] }],
  ),
  chat(
    ["the june 2020 dmg - when's the pcp due?", { meeting: M20, says: ["March 2022"] }],
    ["n why's that?", { says: ["mayoral election"] }],
  ),
  chat(
    ["which boards did claudia strut go to?", { says: ["27 April 2022"] }],
    ["n who came for her org in feb 21?", { says: ["Colin Allars"] }],
  ),
  chat(
    ["the casey board - any1 there from the nhs?", { meeting: M23, says: ["Sinead Dervin"] }],
    ["has she been to others?", { says: ["8 June 2020", "2 February 2021", "27 April 2022"] }],
  ),
];
