import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A fourth fresh sweep, held out, to measure how well the question reading generalises: nobody
 * tunes against it in the session it was written, and its failures are the point. Written on
 * 2026-12-06 by the helper sweep4 by reading the five minutes in corpus/ in full; every
 * expectation was checked against the minutes (not against the bot's answers), and every set in
 * bench/data and the tests under tests/answers were grepped so no phrasing or near-paraphrase is
 * reused. Questions as a borough community-safety officer, MOPAC policy officer, police officer,
 * probation or CPS manager or councillor would type them, with typos, abbreviations and yes/no:
 * a meeting named by what it discussed (9), a subject across meetings (8), comparisons (7), dates
 * relative to the case's own `today` (5), one-meeting facts (10), conversations of 2–3 turns with
 * pronouns and ellipsis (5 chats, 13 turns) and things the minutes are silent on (6: the answer
 * must say so, not invent). Expectations hold what a careful clerk's answer must contain (the
 * meeting, names, a lead yes/no or number, "minutes do not" for silence), not its wording.
 * Scored on main at 67d7e78 (no change to src/ made for it; `npm run build:bench && node
 * .bench-build/bench/questions.js --failures`): 29/50 as first written, 27/50 after the mends
 * below: topic-meeting 6/9, across 7/8, compare 1/7, relative 2/5, narrow 6/10, follow-up 1/5,
 * cannot-know 4/6. The same 27/50, failure for failure, on main at 0b3a48b;
 * 28/50 at 99807ec and 0cc3980 (none of it made for this set): "who chaired last month's board"
 * now passes.
 * Mended after reading the answers (none because an expectation was wrong about the minutes):
 * four checks were too lax and passed answers that did not answer. "MoJ rep at the meeting that
 * discussed the residency criteria", "who came to this month's board from the VRU" and "who was
 * at the 2021 board but sent apologies in 2023" passed on the whole 2021 attendance list (now
 * they must not name Georgia Gould, who is none of those); "Kilvinder Vigurs: how many meetings?"
 * passed on the list of all meetings through its "3 items" (now it must name Kilvinder Vigurs).
 * One was too strict on wording: "how many teen homicides were there last year" answered "No
 * agenda item in 2025 mentions “teen” or “homicides”", which says the minutes are silent without
 * inventing (now that wording is checked rather than "minutes do not").
 * Not in any test.
 */
const SILENT = "minutes do not";

export const SWEEP4_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one(
    "topic-meeting",
    "was Carina Heckroodt at the meeting that discussed the deferred mayoral election?",
    { meeting: M20, lead: ["Yes"] },
  ),
  one("topic-meeting", "was Lib Peck at the board where My Ends came up?", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one("topic-meeting", "CPS reps at the RASSO meeting", {
    meeting: M22,
    says: ["Barry Hughes", "Lionel Idan"],
  }),
  one("topic-meeting", "who was there for the NPS at the shared intelligence hubs meeting", {
    meeting: M22,
    says: ["Kilvinder Vigurs"],
  }),
  one("topic-meeting", "the devolution meeting - what date?", {
    meeting: M15,
    says: ["10 March 2015"],
  }),
  one(
    "topic-meeting",
    "did Claire Waxman attend the meeting where the Youth Justice Criminal Action Plan was mentioned",
    { meeting: M23, lead: ["No"], says: ["apologies"] },
  ),
  one("topic-meeting", "MoJ rep at the meeting that discussed the residency criteria", {
    meeting: M21,
    says: ["Phil Douglas"],
    saysNot: ["Georgia Gould"],
  }),
  one("topic-meeting", "which deputy mayors were at the meeting about young Black women in gangs", {
    meeting: M22,
    says: ["Sophie Linden", "Debbie Weekes-Bernard"],
    saysNot: ["Helen Ball"],
  }),
  one("topic-meeting", "apologies count for the out of court disposals meeting", {
    meeting: M23,
    lead: ["12"],
  }),
  // A subject across meetings.
  one("across", "first mention of rape in the minutes?", {
    meetingsInclude: [M20],
    says: ["8 June 2020"],
  }),
  one("across", "all meetings where the Home Office was mentioned", { meetings: [M15, M21] }),
  one("across", "youth violence: which boards covered it?", {
    meetingsInclude: [M22],
    meetingsExclude: [M15],
  }),
  one("across", "when was technology last discussed", {
    meetingsInclude: [M21],
    says: ["2 February 2021"],
  }),
  one("across", "which meetings covered prisons", { meetingsInclude: [M15, M23] }),
  one("across", "extremism - when was it last on the table?", {
    meetingsInclude: [M21],
    says: ["2 February 2021"],
  }),
  one("across", "has exploitaton ever come up", { meetingsInclude: [M21], lead: ["Yes"] }),
  one("across", "which meetings mention the LCJB", { meetings: [M21, M23] }),
  // Comparisons.
  one("compare", "Deputy Commissioner in 2020 vs 2022", {
    meetings: [M20, M22],
    says: ["Stephen House", "Helen Ball"],
  }),
  one("compare", "CPS attendance 2015 vs 2021", {
    meetings: [M15, M21],
    says: ["Baljit Ubhey", "Lionel Idan"],
  }),
  one("compare", "did the DMG or the Feb 2021 board have more from London Councils?", {
    meetings: [M20, M21],
    says: ["10"],
  }),
  one("compare", "disproportionality: DMG v Casey board", { meetings: [M20, M23] }),
  one("compare", "who was at the 2021 board but sent apologies in 2023", {
    says: ["Jas Athwal", "Claire Waxman"],
    saysNot: ["Georgia Gould"],
  }),
  one("compare", "VRU reps: 2021 vs 2022", {
    meetings: [M21, M22],
    says: ["Lib Peck", "Rhiannon Sawyer"],
  }),
  one("compare", "did the Casey board have more people than the covid DMG?", {
    meetings: [M20, M23],
    lead: ["Yes"],
    says: ["24", "13"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "who chaired last month's board", { meeting: M22, says: ["Sadiq Khan"] }),
    today: "2022-05-10",
  },
  {
    ...one("relative", "remind me what the board covered back in April", {
      meeting: M23,
      says: ["Casey"],
    }),
    today: "2023-06-20",
  },
  {
    ...one("relative", "last year's DMG - who co-chaired?", {
      meeting: M20,
      says: ["Sophie Linden", "Stephen House"],
    }),
    today: "2021-06-01",
  },
  {
    ...one("relative", "when will the board meet again?", { says: ["8 July 2020"] }),
    today: "2020-06-20",
  },
  {
    ...one("relative", "who came to this month's board from the VRU", {
      meeting: M21,
      says: ["Lib Peck"],
      saysNot: ["Georgia Gould"],
    }),
    today: "2021-02-20",
  },
  // One meeting, one fact.
  one("narrow", "Cllr Cornelius - which borough?", { says: ["Barnet"] }),
  one("narrow", "is Rhiannon Sawyer the VRU director?", {
    lead: ["No"],
    says: ["Asst Director"],
  }),
  one("narrow", "how many priority boroughs does Prevent cover", {
    meetingsInclude: [M15],
    says: ["17"],
  }),
  one("narrow", "when was the transparency Action Plan launched", {
    meetingsInclude: [M21],
    says: ["November"],
  }),
  one("narrow", "what was Nick Smart's job", { says: ["CRC London"] }),
  one("narrow", "when did the Disproportionality Challenge Fund launch", {
    meetingsInclude: [M23],
    says: ["June 2022"],
  }),
  one("narrow", "was Amy Lame at the April 2022 board", { meeting: M22, lead: ["Yes"] }),
  one("narrow", "whos leading the met's cj work on disproportionallity", {
    meetingsInclude: [M23],
    says: ["Nick John"],
  }),
  one("narrow", "what did the PCP do on DA accomodation", {
    meetingsInclude: [M21],
    says: ["emergency accommodation"],
  }),
  one("narrow", "wat org is cllr robathan with", { says: ["London Council"] }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "how much was the My Ends funding", { says: [SILENT] }),
  one("cannot-know", "what did the Police Complainants survey find", { says: [SILENT] }),
  one("cannot-know", "which newspaper ran the corruption story", { says: [SILENT] }),
  one("cannot-know", "who chairs the Efficiency Board", { says: [SILENT] }),
  one("cannot-know", "was the VAWG action plan refreshed again in 2023", { says: [SILENT] }),
  one("cannot-know", "how many teen homicides were there last year", {
    says: ["No agenda item"],
  }),
  // Conversations.
  chat(
    [
      "who were the co-chairs of the DMG",
      { meeting: M20, says: ["Sophie Linden", "Stephen House"] },
    ],
    [
      "did both of them come to the 2023 board?",
      { meeting: M23, lead: ["No"], says: ["Sophie Linden"] },
    ],
  ),
  chat(
    [
      "who from MOPAC was at the 2015 meeting",
      { meeting: M15, says: ["Helen Bailey", "Dan Hales"] },
    ],
    ["and in 2021?", { meeting: M21, says: ["Will Balakrishnan", "Ed Wardley"] }],
    ["the following year?", { meeting: M22, says: ["Kenny Bowie", "Naomi Sterling"] }],
  ),
  chat(
    [
      "what did London Councils raise at the Casey board",
      { meeting: M23, says: ["Estate Strategy"] },
    ],
    ["how did Lynne Owens respond?", { meeting: M23, says: ["reviewed"] }],
    [
      "who was there for London Councils?",
      { meeting: M23, says: ["Ian Edwards", "Althea Loderick"] },
    ],
  ),
  chat(
    ["Kilvinder Vigurs: how many meetings?", { says: ["Kilvinder Vigurs", "3"] }],
    ["and who did they represent at the last one?", { says: ["Probation"] }],
  ),
  chat(
    [
      "what did the board hear about counter terrorism in 2015",
      { meeting: M15, says: ["CONTEST"] },
    ],
    ["who gave the briefing to the Mayor?", { says: ["Mark Rowley"] }],
    ["was he at the meeting?", { meeting: M15, lead: ["No"] }],
  ),
];
