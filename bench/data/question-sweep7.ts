import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A seventh fresh sweep, held out, to measure how well the question reading generalises: nobody
 * tunes against it in the session it was written, and its failures are the point. Written on
 * 2026-12-06 by the helper heldout7 by reading the five minutes in corpus/ in full, and kept
 * outside the repository until it was scored at the end of the session; every expectation was
 * checked against the minutes (not against the bot's answers), and every set in bench/data and the
 * tests under tests/answers were grepped (and compared word by word) so no phrasing or
 * near-paraphrase, nor the same fact asked the same way, is reused. Questions as a borough
 * community-safety officer, MOPAC policy officer, police officer, probation or CPS manager or
 * councillor would type them into Slack, with typos, abbreviations ("wks", "weds", "w", "n",
 * "LC", "dep commish", "apols", "wg"), shorthand and yes/no: a meeting named by what it discussed
 * (9), a subject across meetings (8), comparisons (7), dates relative to the case's own `today`
 * (5), one-meeting facts (10), conversations of 2 turns with pronouns and ellipsis (5 chats, 10
 * turns) and things the minutes are silent on (6: the answer must say so, not invent).
 * Expectations hold what a careful clerk's answer must contain (the meeting, names, a lead yes/no
 * or number, "minutes do not" for silence), not its wording.
 * Scored with no change to src/ made for it (a temporary copy of the set and a scorer of this one
 * set, in a detached worktree of each commit, `npm run build:bench`), the set as it stands:
 *   7808245 (the session's start, scored 17:55 UTC): 25/50: topic-meeting 7/9, across 6/8,
 *     compare 3/7, relative 0/5, narrow 5/10, follow-up 2/5, cannot-know 2/6;
 *   48af9b5 (main at 18:08 UTC, after the session's other helpers had landed): 26/50:
 *     topic-meeting 7/9, across 6/8, compare 3/7, relative 0/5, narrow 5/10, follow-up 3/5,
 *     cannot-know 2/6. The one case that came right between them is the conversation "what did
 *     the cps want per the 2015 board?" / "what's holding it back?" (at 7808245 "per" was read as
 *     a subject word and nothing was found);
 *   795bb2b (18:14 UTC) and 88981ed (18:21 UTC, when landed): 26/50, failure for failure as at
 *     48af9b5.
 * What fails at 48af9b5 (24), by cause:
 * - dates relative to today (5, every one): "2 wks back" is not read as a date; "the board on
 *   weds" (asked on a Friday) is not read as that Wednesday's meeting, and "LC ppl" there gives
 *   the whole attendance, not London Councils' 7; "did the DMG meet earlier this week?" (10
 *   September 2020) says no DMG is known, though the June 2020 minutes name 7 September 2020;
 *   "the board in april" asked on 1 July 2022 offers April 2023, a meeting after today, as a
 *   second candidate; "last month's board - did probation send anyone?" is read as a search for
 *   "probation send";
 * - a question's own filler or shorthand kept as a subject word (6): "anywhere" ("sentencing -
 *   has it come up anywhere?" finds nothing), "seen" ("recommendations - where have we seen
 *   those?" loses 2021), "sign off" read as "sign" (the 2015 and 2022 decisions), "w" ("is the
 *   CRC familiar w the prison service?" finds the passage but leads with no "Yes"), "per the 2015
 *   mins" ("what does prevent bypass" lists the 2015 meetings), "what'll" (the follow-up "what'll
 *   they be for?" after the intelligence hubs);
 * - people asked by post or presence read otherwise (4): "the prisons guy" (Ian Bickers) gives
 *   the meeting's summary; "claire waxman - there for the teen homicide item?" gives the item's
 *   paragraphs, no yes/no; "is connie stygall mopac or LC?" says only that no agenda item names
 *   her; the 2023 "DMPC" is not read as a deputy mayor, so Sophie Linden is said to have left
 *   between February 2021 and the Casey board;
 * - a meeting named by its subject in shorthand not found (1): "the CT board" compared with "the
 *   covid dmg" is read as a DMG on "ct";
 * - the right meeting or item, but the excerpt is not the sentence that answers (4): the February
 *   2021 board on the next PCP shows the current plan's achievements, not "the priorities and
 *   challenges for the next PCP"; "what would the new CONTEST board do first" shows Action 1, not
 *   "The initial work would be to establish a new Prevent framework"; "what did mopac say they'd
 *   give partners on fraud?" shows MOPAC passages from other items, not "the tools to assist";
 *   "so what did members want more of?" (after London's CT threat) is read as who attended;
 * - silence not said where nearby passages exist (4): what the Safer Streets Board is for, who sits
 *   on the CPS's disproportionality scrutiny panel, which 17 boroughs are Prevent's priority ones
 *   (answered with the 2015 meeting's summary), how many people the London Victims and Witness
 *   Service supported (answered with the 2023 headcount).
 * Nine questions were replaced before the final scores because sets landed while this one was
 * written ask the same facts or near-paraphrases (question-asked-kinds, 6d3ba74, and
 * question-followups-narrow, 22fc50b): "was the hospitality reopening mtg in person or online?"
 * (its "where was the mtg held that talked about hospitality"), "has tech come up anywhere?"
 * (its "body worn video / tech - where's it come up"), "which bit of the CJ process is quickest?
 * (2015 board)" (its "2015 board - is the police end of the CJS process slow?"), "whats the
 * social recovery wg supposed to monitor" (its "2020 dmg: what was the social recovery working
 * group meant to do?"), the chats "2015 - what did the DC say corruption used to look like?" /
 * "and now?" (its "historically what was met corruption about?"), "what's the VRU doing with the
 * boroughs (feb 21)?" / "and my ends?" (its "what did the VRU report at the feb 21 board?") and
 * "apr 22 board - what's the PCP outcomes framework focused on?" / "did mopac thank anyone?" (its
 * "same subject in 2022?", the outcomes framework); "where were the 2015 board n the june 2020
 * dmg held" and "hmcts - at both the feb 21 and apr 22 boards?" (its "where was the 2015 board
 * held?", "who represented HMCTS in feb 21?"). Two replacements were themselves replaced when the
 * grep found older sets asking them: "what did the june 2020 dmg agree on disproportionality
 * data?" (question-sweep3) and "feb 21 - where has the action plan made progress since nov?" /
 * "who's the met working with on redesigning recruitment?" (question-sweep5's Action Plan chat).
 * Mended after reading the answers at 7808245 (none because an expectation was wrong about the
 * minutes), both too lax:
 * - "is connie stygall mopac or LC?" wanted "MOPAC" anywhere and passed on the question's own
 *   words echoed in the title ("What the minutes say about “connie stygall mopac lc”"); it now
 *   also wants the 2023 meeting whose attendance line says so.
 * - "dep mayors at the feb 21 board v the casey one?" wanted both names and passed on an answer
 *   saying Sophie Linden left (she is listed in 2023 as "Sophie Linden, DMPC"); it now wants
 *   "DMPC" too, as any answer giving her 2023 line does.
 * Not in any test.
 */
const SILENT = "minutes do not";

export const SWEEP7_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "yjb person at the mtg that went over play space?", {
    meeting: M21,
    says: ["Colin Allars"],
  }),
  one("topic-meeting", "claire waxman - there for the teen homicide item?", {
    meeting: M22,
    lead: ["Yes"],
  }),
  one("topic-meeting", "which date was the estate strategy mtg", {
    meeting: M23,
    says: ["12 April 2023"],
  }),
  one("topic-meeting", "was the CPS at the mtg on transformation plans?", {
    meeting: M20,
    lead: ["Yes"],
    says: ["Barry Hughes"],
  }),
  one("topic-meeting", "no. of apologies at the mtg on the new london policing board", {
    meeting: M23,
    lead: ["12"],
  }),
  one(
    "topic-meeting",
    "anyone from hmcts at the mtg that mentioned the police complainants survey?",
    {
      meeting: M21,
      lead: ["Yes"],
      says: ["Damien McCleave"],
    },
  ),
  one("topic-meeting", "was the prisons guy at the young black women in gangs mtg", {
    meeting: M22,
    lead: ["Yes"],
    says: ["Ian Bickers"],
  }),
  one("topic-meeting", "was jules pipe at the mtg that went into prevent's limitations?", {
    meeting: M15,
    lead: ["Yes"],
  }),
  one("topic-meeting", "london councils ceo at the west midlands mtg?", {
    meeting: M15,
    says: ["John O'Brien"],
  }),
  // A subject across meetings.
  one("across", "evidence base - which mtgs mention it", { meetings: [M20, M21, M22] }),
  one("across", "vulnerable ppl - where has that come up", { meetingsInclude: [M21, M23] }),
  one("across", "data - where has that come up?", { meetings: [M20, M23] }),
  one("across", "courts - list the mtgs", { meetingsInclude: [M15, M23] }),
  one("across", "recommendations - where have we seen those?", { meetingsInclude: [M21, M23] }),
  one("across", "offenders - which mtgs talk abt them", { meetings: [M15, M20, M23] }),
  one("across", "consultation - any mtgs mention one?", { meetings: [M21, M23] }),
  one("across", "sentencing - has it come up anywhere?", { meetings: [M23] }),
  // Comparisons.
  one("compare", "next PCP: the dmg v the feb 21 board?", {
    meetings: [M20, M21],
    says: ["March 2022", "priorities"],
  }),
  one("compare", "cps reps feb 21 v apr 22 - same ppl?", {
    meetings: [M21, M22],
    says: ["Lionel Idan", "Barry Hughes"],
  }),
  one("compare", "dep mayors at the feb 21 board v the casey one?", {
    meetings: [M21, M23],
    says: ["Sophie Linden", "DMPC", "Weekes"],
  }),
  one("compare", "what did the board sign off in mar 15 compared to apr 22", {
    meetings: [M15, M22],
    says: ["CONTEST", "terms of reference"],
  }),
  one("compare", "same met dep commish at the dmg and the feb 21 board?", {
    meetings: [M20, M21],
    says: ["Stephen House"],
  }),
  one("compare", "who ran the CT board compared w the covid dmg?", {
    meetings: [M15, M20],
    says: ["Boris Johnson", "Sophie Linden", "Stephen House"],
  }),
  one("compare", "apols feb 21 v apr 22?", {
    meetings: [M21, M22],
    says: ["Jas Athwal", "Darren Rodwell"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "did the board 2 wks back get a VRU update?", {
      meeting: M21,
      lead: ["Yes"],
    }),
    today: "2021-02-16",
  },
  {
    ...one("relative", "how many LC ppl at the board on weds", { meeting: M23, lead: ["7"] }),
    today: "2023-04-14",
  },
  {
    ...one("relative", "did the DMG meet earlier this week?", { says: ["7 September 2020"] }),
    today: "2020-09-10",
  },
  {
    ...one("relative", "who came from the yjb to the board in april?", {
      meeting: M22,
      says: ["Claudia Strut"],
    }),
    today: "2022-07-01",
  },
  {
    ...one("relative", "last month's board - did probation send anyone?", {
      meeting: M15,
      lead: ["Yes"],
      says: ["Kate Gilbert"],
    }),
    today: "2015-04-15",
  },
  // One meeting, one fact.
  one("narrow", "what did mopac say they'd give partners on fraud?", {
    meetingsInclude: [M22],
    says: ["tools"],
  }),
  one("narrow", "what does prevent bypass, per the 2015 mins", {
    meetingsInclude: [M15],
    says: ["regional level"],
  }),
  one("narrow", "sharing info with LA heads would lead to what?", {
    meetingsInclude: [M15],
    says: ["galvanized"],
  }),
  one("narrow", "is connie stygall mopac or LC?", { meetingsInclude: [M23], says: ["MOPAC"] }),
  one("narrow", "the cps disproportionality learning - who's it being shared with", {
    meetingsInclude: [M23],
    says: ["prosecutors and officers"],
  }),
  one("narrow", "what would the new CONTEST board do first", {
    meetingsInclude: [M15],
    says: ["Prevent framework"],
  }),
  one("narrow", "is the CRC familiar w the prison service? (2015)", {
    meetingsInclude: [M15],
    lead: ["Yes"],
    says: ["familiar"],
  }),
  one("narrow", "mark rowley's CT briefing - who did they want it shared with?", {
    meetingsInclude: [M15],
    says: ["boroughs"],
  }),
  one("narrow", "is nick bowes from the mayor's private office?", { lead: ["Yes"] }),
  one("narrow", "who's the VRU working with on exploitation", {
    meetingsInclude: [M21],
    says: ["People Referral Unit"],
  }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "how many stop & searches did the met do in 2021?", { says: [SILENT] }),
  one("cannot-know", "how many officers got sacked for corruption", { says: [SILENT] }),
  one("cannot-know", "whats the safer streets board actually for?", { says: [SILENT] }),
  one("cannot-know", "who sits on the cps disproportionality scrutiny panel?", { says: [SILENT] }),
  one("cannot-know", "which 17 boroughs are the prevent priority ones?", { says: [SILENT] }),
  one("cannot-know", "how many ppl has the london victims and witness service supported", {
    says: [SILENT],
  }),
  // Conversations.
  chat(
    [
      "fraud - local or national response, per apr 22?",
      { meetingsInclude: [M22], says: ["nationally coordinated"] },
    ],
    ["who'd they want on board nationally?", { says: ["CPS"] }],
  ),
  chat(
    ["shared intel hubs - who's developing them?", { meetingsInclude: [M22], says: ["NPS"] }],
    ["what'll they be for?", { says: ["immediate crime updates"] }],
  ),
  chat(
    [
      "what did the cps want per the 2015 board?",
      { meetingsInclude: [M15], says: ["more quickly"] },
    ],
    ["what's holding it back?", { says: ["stretched"] }],
  ),
  chat(
    [
      "how does london's CT threat compare w other UK cities, per 2015?",
      { meetingsInclude: [M15], says: ["highest"] },
    ],
    ["so what did members want more of?", { says: ["political oversight"] }],
  ),
  chat(
    [
      "what did the 2015 board say about knowing the CT threat level?",
      { meetingsInclude: [M15], says: ["not always available"] },
    ],
    ["why's it matter?", { says: ["resources"] }],
  ),
];
