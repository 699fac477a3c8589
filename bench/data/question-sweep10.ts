import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A tenth fresh sweep, held out, to measure how well the question reading generalises: nobody
 * tunes against it in the session it was written, and its failures are the point. Written on
 * 2026-12-07 by the helper heldout10 by reading the five minutes in corpus/ in full, and kept
 * outside the repository until it was scored; every expectation was checked against the minutes
 * (not against the bot's answers). Novelty: every quoted string of two or more words in bench/data,
 * tests/answers and every other test file (8,982) was scored against each question by word overlap,
 * and each fact's own words grepped; a question whose phrasing, or whose fact asked the same way,
 * was there already was replaced before any scoring (so the set never held them): the
 * assessment-centre meeting's HMCTS people, stalking and the night time economy across meetings,
 * body-worn video, extremism, consultation, finance, public health and new legislation as asked
 * before, the YJB, CPS, PCP, victims and deputy commissioners of two meetings side by side,
 * apologies April 2022 v April 2023 by count, the chief crown prosecutor and Lionel Idan's CPS
 * area, Connie Stygall's body, Wandsworth's chief executive by a relative date, the Mayor's
 * AOB, the PCP outcomes framework, MOPAC's thanks, the VRU update, Commander Nick John, the
 * challenge fund's worth, the revised Turnaround plan's date, the outreach teams' size, the chair
 * of the Disproportionality Board, the charter's sign-ups, BAME joiners, the complainants survey,
 * teen homicides, stop and search, the pre-handcuffing review, partners' sign-up, My Ends money
 * and the through-the-gate spend. What is left asks the less-asked lines (the parenting
 * programme, the refreshed VAWG plan, road traffic stops, police powers, workforce data,
 * outreach, Paul Martin, Tony Hawker, the CRC's progress, London Councils' estate concerns) or a
 * known fact another way (by synonym: "nightlife", "black n asian officers"; by relative date; by
 * initials "JG", "RS"; yes/no; across meetings; by ellipsis in a chat). Questions as a borough
 * community-safety officer, MOPAC policy officer, police officer, probation or CPS manager or
 * councillor would type them into Slack, with shorthand and typos ("mtg", "w", "abt", "n", "any1",
 * "thru", "apols", "lc", "ppl", "org", "wk", "tues", "apr 23", "feb 21", "rehab", "capacity n
 * demand") and yes/no: a meeting named by what it discussed (8), a subject across meetings (8),
 * comparisons (7), dates relative to the case's own `today` (6: "the board on tues", "a fortnight
 * ago", "a month ago", "earlier today", "next wk", "last month"), people by post, organisation,
 * initials or presence (10), conversations of 2-3 turns with pronouns and ellipsis (5 chats, 11
 * turns: "what did lynne owens say to that?", "why so late?", "n how many times has she come?",
 * "n the next year?" then "2023?") and things the minutes are silent on (6: the answer must say so
 * and show what is near). Expectations hold what a careful clerk's answer must contain (the
 * meeting, names, a lead yes/no or number, "minutes do not" for silence, the meeting whose
 * passage is nearest), not its wording. Conventions: a yes/no question ("same as …?", "ever
 * actually turned up?", "more than one board?") wants its yes or no first; Rachael Robathan
 * (2021) and "Racheal Robathan" (2022) are one London Councils councillor, so she came to two
 * boards; "the next year" after "feb 21" is 2022, not the year after today; a synonym a clerk
 * knows finds what the minutes write ("nightlife" the night time economy of June 2020 and April
 * 2022, "black n asian officers" the BAME officers of February 2021); "oversight" is discussed in
 * 2015 and 2023 (Kenny Bowie's "S&MPS Oversight" post in 2022 is no discussion, so 2022 is
 * neither wanted nor refused).
 * Scored with no change to src/ made for it (the set copied into a detached worktree of each
 * commit and registered in bench/questions.ts, `npm run build:bench`):
 *   94457d2 (main at the session's start), the set as first written: 30/50: topic-meeting 2/8,
 *     across 6/8, compare 3/7, relative 6/6, narrow 7/10, follow-up 1/5, cannot-know 5/6;
 *   94457d2, the set as it stands (two silence cases made stricter, below): 28/50: topic-meeting
 *     2/8, across 6/8, compare 3/7, relative 6/6, narrow 7/10, follow-up 1/5, cannot-know 3/6;
 *   7fcfc4a (main at 01:56 UTC, PARSER_VERSION 112): 29/50: topic-meeting 2/8, across 6/8,
 *     compare 3/7, relative 6/6, narrow 7/10, follow-up 1/5, cannot-know 4/6; failure for failure
 *     as at 94457d2 but "what caused the 2020 disorder?", now answered "The minutes do not give
 *     the causes of 'disorder': the closest passage names it but does not say" over the June
 *     2020 passage;
 *   0142eeb (02:15 UTC) and 64ad461 (02:22 UTC, when landed; PARSER_VERSION 130): 30/50:
 *     topic-meeting 2/8, across 6/8, compare 4/7, relative 6/6, narrow 7/10, follow-up 1/5,
 *     cannot-know 4/6; as at 7fcfc4a but "venue: 2015 board v june 2020 dmg", now answered with
 *     each meeting's start time and venue (City Hall, MS Teams);
 * What fails at 94457d2 (22), by cause:
 * - a meeting named by what it discussed (6): "the parenting programme stuff" and "the refreshed
 *   vawg action plan" pick the 2023 board (its answer then a confident "No" about Phil Douglas, a
 *   count of its 12 apologies); "which mtg went through the capacity n demand model for courts -
 *   n did claire waxman make it?" is searched whole as words, the person's question with it;
 *   "the board that signed off the new partnership board structure - was the yjb ceo there?" is
 *   read as a question about decisions on "new partnership structure yjb ceo" (it shows the April
 *   2022 item, but chooses no meeting and asks nothing of the YJB's CEO); "offenders falling thru
 *   the gaps" ("thru" not mended) finds no meeting; "road traffic stops - lc attendees?" finds
 *   February 2021 but gives its summary, "lc attendees" not read as London Councils' people;
 * - a subject across meetings by a synonym (2): "nightlife" (the night time economy) and "black n
 *   asian officers" (BAME) find nothing;
 * - comparisons (4): "ian bickers' org" and "venue" are searched as words in the items ("Neither
 *   meeting's minutes mention …") instead of read as a person's organisation and the meetings'
 *   venues; "hmcts at the feb 21 board vs apr 23" says no one came in 2023 but not that HMCTS's
 *   Joanne Towens sent apologies; "the met's people … - same as at the casey one?" answers "0 at
 *   both" with no "No" first;
 * - people by presence (3): "joanne towens - ever actually turned up?" and "did rachael robathan
 *   come to more than one board?" give the right record ("attended 0, sent apologies to 1";
 *   "attended 2", both spellings joined) with no "No" / "Yes" first; "any1 from evaw ever
 *   attend?" says the minutes do not mention "evaw", though the 2023 apologies list Andrea Simon,
 *   EVAW;
 * - conversations (4): "2015 board - how's the crc doing?" shows the CRC's "good example of joined
 *   up working", not the next paragraph's "the statistics show good progress so far"; "apr 23 -
 *   what did lc raise w the met?" ("lc", "met" and "raise" not read) and "when's the next pcp due
 *   at the latest, per the dmg?" (read as "when is the next DMG") show no passage; "n the next
 *   year?" after "yjb - who came in feb 21?" asks of 2027, the year after today;
 * - silence (3): "what caused the 2020 disorder?" shows the June 2020 passage ("the causes and the
 *   police response") without saying the minutes do not record the causes; "what did the met's
 *   corruption figures show?" and "who chairs the london recovery board?" say the minutes are
 *   silent but show no passage (the 2015 AOB on police corruption, the DMG's "Mayor's London
 *   Recovery Board").
 * Mended after reading the answers at 94457d2, none because an expectation was wrong about the
 * minutes: two silence cases were too lax for their class ("show what is near"): "what did the
 * met's corruption figures show?" wanted "minutes do not" and "corruption", and passed on an
 * answer that only echoed the word with no passage; "who chairs the london recovery board?"
 * wanted "London Recovery Board", and passed on the question echoed back. They now want the
 * meeting whose passage is nearest (the 2015 board, the June 2020 DMG) among the answer's
 * meetings. Both made stricter, neither made to match an answer (30/50 → 28/50).
 * Not in any test.
 */

const SILENT = "minutes do not";

export const SWEEP10_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "the board w the parenting programme stuff - was phil douglas there?", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the board that noted the refreshed vawg action plan - how many apols?", {
    meeting: M22,
    lead: ["2"],
  }),
  one(
    "topic-meeting",
    "which mtg went through the capacity n demand model for courts - n did claire waxman make it?",
    { meeting: M23, lead: ["No"], saysNot: ["Yes:"] },
  ),
  one("topic-meeting", "mtg where transforming rehab came up - did the nhs send anyone?", {
    meeting: M15,
    says: ["Joanne Murfitt"],
  }),
  one(
    "topic-meeting",
    "the board that signed off the new partnership board structure - was the yjb ceo there?",
    { meeting: M22, lead: ["Yes"], says: ["Claudia Strut"] },
  ),
  one(
    "topic-meeting",
    "the board where the youth justice criminal action plan came up - who from probation?",
    { meeting: M23, says: ["Kilvinder Vigurs"] },
  ),
  one("topic-meeting", "mtg that went over road traffic stops - lc attendees?", {
    meeting: M21,
    says: ["Tom Pickup", "Jade Appleton", "Georgia Gould"],
  }),
  one(
    "topic-meeting",
    "the mtg that talked abt offenders falling thru the gaps - any1 from the moj?",
    {
      meeting: M15,
      says: ["Lucy Bogue"],
    },
  ),
  // A subject across meetings.
  one("across", "transparency - how many mtgs mention it", { meetings: [M20, M21], lead: ["2"] }),
  one("across", "nightlife - which mtgs?", { meetings: [M20, M22] }),
  one("across", "oversight - which mtgs", {
    meetingsInclude: [M15, M23],
    meetingsExclude: [M20, M21],
  }),
  one("across", "has legislation been raised at any mtg", { meetings: [M21, M23] }),
  one("across", "black n asian officers - where do they come up", { meetings: [M21] }),
  one("across", "police powers - any mtg?", { meetings: [M20] }),
  one("across", "workforce data - which mtgs", { meetings: [M20] }),
  one("across", "outreach - any mtg?", { meetings: [M21] }),
  // Comparisons.
  one("compare", "health reps: 2015 board v apr 23", {
    meetings: [M15, M23],
    says: ["Joanne Murfitt", "Sinead Dervin"],
  }),
  one("compare", "hmcts at the feb 21 board vs apr 23", {
    meetings: [M21, M23],
    says: ["Damien McCleave", "Joanne Towens"],
  }),
  one("compare", "the met's people at the feb 21 board - same as at the casey one?", {
    lead: ["No"],
    says: ["Michelle Chapman", "Lynne Owens"],
  }),
  one("compare", "boroughs: 2015 v 2023 - what was said", { meetings: [M15, M23] }),
  one("compare", "ian bickers' org feb 21 vs apr 23", { says: ["HMPPS", "London Prisons Group"] }),
  one("compare", "venue: 2015 board v june 2020 dmg", {
    meetings: [M15, M20],
    says: ["City Hall", "Teams"],
  }),
  one("compare", "who ran the june 2020 dmg vs the apr 23 board?", {
    says: ["Sophie Linden", "Stephen House", "Sadiq Khan"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "the board on tues - who was there for barnet?", {
      meeting: M15,
      says: ["Richard Cornelius"],
    }),
    today: "2015-03-13",
  },
  {
    ...one("relative", "the dmg a fortnight ago - what did it say on the pcp?", {
      meeting: M20,
      says: ["March 2022"],
    }),
    today: "2020-06-22",
  },
  {
    ...one("relative", "the board a month ago - anything on stalking?", {
      meeting: M22,
      says: ["stalking"],
    }),
    today: "2022-05-27",
  },
  {
    ...one("relative", "the board earlier today - was kenny bowie there", {
      meeting: M23,
      lead: ["No"],
      saysNot: ["Yes:"],
    }),
    today: "2023-04-12",
  },
  {
    ...one("relative", "is the board next wk?", { lead: ["Yes"], says: ["8 July 2020"] }),
    today: "2020-07-01",
  },
  {
    ...one("relative", "the board last month - what came up on court backlogs?", {
      meeting: M23,
      says: ["capacity and demand"],
    }),
    today: "2023-05-10",
  },
  // One meeting, one fact; people by post, organisation, initials or presence.
  one("narrow", "who's JG?", { says: ["Jane E Garvan"] }),
  one("narrow", "what post did RS hold in apr 22?", { says: ["Rhiannon Sawyer", "Asst Director"] }),
  one("narrow", "joanne towens - ever actually turned up?", { lead: ["No"], saysNot: ["Yes:"] }),
  one("narrow", "how many mtgs has sinead dervin been to", { lead: ["4"] }),
  one("narrow", "any1 from evaw ever attend?", {
    lead: ["No"],
    says: ["Andrea Simon"],
    saysNot: ["Yes:"],
  }),
  one("narrow", "who's the regional director at the nps?", { says: ["Kilvinder Vigurs"] }),
  one("narrow", "paul martin - which council?", { says: ["Wandsworth"] }),
  one("narrow", "did rachael robathan come to more than one board?", { lead: ["Yes"] }),
  one("narrow", "tony hawker - how many mtgs?", { lead: ["3"] }),
  one("narrow", "helen ball - first board?", { says: ["27 April 2022"] }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "when did the 2015 board finish?", { says: [SILENT] }),
  one("cannot-know", "how many prisons did the crc ceo visit?", {
    says: [SILENT, "all of the prisons"],
  }),
  one("cannot-know", "what did the met's corruption figures show?", {
    meetingsInclude: [M15],
    says: [SILENT],
  }),
  one("cannot-know", "what caused the 2020 disorder?", { says: [SILENT, "disorder"] }),
  one("cannot-know", "how many new superintendents will the met appoint?", {
    says: [SILENT, "each London borough"],
  }),
  one("cannot-know", "who chairs the london recovery board?", {
    meetingsInclude: [M20],
    says: [SILENT],
  }),
  // Conversations.
  chat(
    ["2015 board - how's the crc doing?", { meetingsInclude: [M15], says: ["good progress"] }],
    ["what was the boroughs' worry before?", { says: ["falling through the gaps"] }],
  ),
  chat(
    [
      "apr 23 - what did lc raise w the met?",
      { meetingsInclude: [M23], says: ["Estate Strategy"] },
    ],
    ["what did lynne owens say to that?", { says: ["needs to be reviewed"] }],
  ),
  chat(
    [
      "when's the next pcp due at the latest, per the dmg?",
      { meetingsInclude: [M20], says: ["March 2022"] },
    ],
    ["why so late?", { says: ["mayoral election"] }],
  ),
  chat(
    ["who's carolyn downs with?", { says: ["London Councils"] }],
    ["n how many times has she come?", { lead: ["2"] }],
  ),
  chat(
    ["yjb - who came in feb 21?", { meetingsInclude: [M21], says: ["Colin Allars"] }],
    ["n the next year?", { says: ["Claudia Strut"] }],
    ["2023?", { says: ["Henry Smithers"] }],
  ),
];
