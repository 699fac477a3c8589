import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A second fresh sweep, held out: the first sweep (question-sweep.ts) has been used to mend the
 * bot and is now a regression set. Written on 2026-12-06 by the helper qsweep2 before any change
 * made for it, by reading the five minutes in corpus/ in full; every expectation was checked
 * against the minutes (not against the bot's answers), and the other sets in bench/data were
 * grepped so no phrasing or near-paraphrase is reused. Questions as a borough community-safety
 * officer, MOPAC policy officer, police inspector, probation or CPS manager or councillor would
 * type them: abbreviations (Met, Cllr, DA, VAWG, CJS, RASSO), dates written "Apr 22", "spring
 * 2023", "last February" (with the case's own `today`), short keyword questions, typos, yes/no,
 * comparisons, things the minutes are silent on, and 2–3 turn conversations with pronouns and
 * ellipsis. Same checks and `today` as the first set.
 * Scored on main at c830516 (no change to src/ made for it): 19/50 as first written, 21/50 after
 * the mends below, and 21/50 again at 8969737 (same failures) (`npm run build:bench &&
 * node .bench-build/bench/questions.js --failures`).
 * Mended after reading the answers, each from the minutes: "what time did the Prevent meeting
 * start" wanted the minutes' "3:30" where "15:30" is the same time (now the lead must give "30");
 * "which meetings did Sadiq Khan chair" and "which meetings did Lionel Idan go to" are answered
 * by a person's record, which lists meetings in its text, so they check the meetings' dates;
 * "apologies 2021" wanted "minutes do not" where "no apologies recorded" says the same (now the
 * lead). Two that passed for the wrong reason were tightened to what the minutes hold: the first
 * CONTEST board ("the minutes do not mention 'actually'") must give the aim of "May or June
 * 2015", and the June 2015 board ("turnout" not found) must say its minutes' date, 9 June 2015.
 * Not in any test: its failures are the point.
 */
const SILENT = "minutes do not";

export const SWEEP2_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "did Cllr Robathan make it to the night safety charter one?", {
    meeting: M22,
    lead: ["Yes"],
  }),
  one("topic-meeting", "what day did the board hear about a new Superintendent for every borough", {
    meeting: M23,
    says: ["12 April 2023"],
  }),
  one("topic-meeting", "list the London Councils reps at the teen homicide meeting", {
    meeting: M22,
    says: ["Carolyn Downs", "Gareth Roberts"],
    saysNot: ["Helen Ball"],
  }),
  one("topic-meeting", "what time did the Prevent meeting start?", {
    meeting: M15,
    lead: ["30"],
  }),
  one(
    "topic-meeting",
    "who represented the CPS when the board went through the Action Plan on trust in policing",
    {
      meeting: M21,
      says: ["Lionel Idan", "Barry Hughes"],
    },
  ),
  one("topic-meeting", "how many sent their apologies to the Casey one?", {
    meeting: M23,
    lead: ["12"],
  }),
  one("topic-meeting", "whos the NHS rep at the VRAP meetign", {
    meeting: M21,
    says: ["Sinead Dervin"],
  }),
  one(
    "topic-meeting",
    "which Deputy Commissioner sat on the board when the CONTEST proposal was put",
    {
      meeting: M15,
      says: ["Craig Mackey"],
    },
  ),
  one("topic-meeting", "was the policing and community relations meeting held in person?", {
    meeting: M20,
    says: ["MS Teams"],
  }),
  // A subject across meetings.
  one("across", "which meetings touched on rape?", { meetings: [M20, M22] }),
  one("across", "anything on DA?", { meetingsInclude: [M21] }),
  one("across", "road traffic stops - when did those get a mention", {
    meetingsInclude: [M21],
    says: ["2 February 2021"],
  }),
  one("across", "which meetings did Sadiq Khan chair", {
    says: ["2 February 2021", "12 April 2023"],
    saysNot: ["8 June 2020", "10 March 2015"],
  }),
  one("across", "first time the VRU appears in the minutes?", {
    meetingsInclude: [M21],
    says: ["2 February 2021"],
  }),
  one("across", "which meetings did Lionel Idan go to", {
    says: ["2 February 2021", "27 April 2022", "12 April 2023"],
    saysNot: ["8 June 2020", "10 March 2015"],
  }),
  one("across", "has the board looked at out-of-court disposals at all", {
    meetingsInclude: [M23],
    lead: ["Yes"],
  }),
  one("across", "Safer Streets Board - when was that raised", {
    meetingsInclude: [M21],
    says: ["2 February 2021"],
  }),
  one("across", "BAME recruitment in the Met over time", {
    meetingsInclude: [M21],
    meetingsExclude: [M15, M20, M22],
  }),
  // Comparisons.
  one("compare", "headcount: Feb 2021 board vs the DMG", {
    meetings: [M20, M21],
    says: ["36", "13"],
  }),
  one("compare", "which was bigger, the 2023 board or the 2015 one?", {
    meetings: [M15, M23],
    says: ["20", "24"],
  }),
  one("compare", "who turned up in both 2021 and 2023?", {
    meetings: [M21, M23],
    says: ["Lib Peck", "Kilvinder Vigurs"],
    saysNot: ["Boris Johnson"],
  }),
  one("compare", "put the 2021 and 2022 agendas side by side", {
    meetings: [M21, M22],
    says: ["Youth Action Plan", "Tackling fraud"],
  }),
  one("compare", "did more people send apologies in 2023 than in 2022?", {
    meetingsInclude: [M22, M23],
    lead: ["Yes"],
    says: ["12"],
  }),
  // Dates relative to today, and to other meetings.
  {
    ...one("relative", "when's the next board?", { says: ["8 July 2020"] }),
    today: "2020-06-20",
  },
  one("relative", "the board before Apr 22 - when was it?", { says: ["24 January 2022"] }),
  {
    ...one("relative", "what did the board discuss last spring", {
      meeting: M23,
      says: ["Casey"],
    }),
    today: "2023-09-15",
  },
  {
    ...one("relative", "who represented HMCTS at last February's board?", {
      meeting: M21,
      says: ["Damien McCleave"],
    }),
    today: "2021-06-01",
  },
  one("relative", "the LCRB whose agenda the DMG agreed - what date was that?", {
    says: ["8 July 2020"],
  }),
  {
    ...one("relative", "agenda from two years ago?", {
      meeting: M22,
      says: ["Tackling fraud"],
    }),
    today: "2024-04-20",
  },
  // One meeting, one fact.
  one("narrow", "did cllr athwal send apolgies in spring 2023", { meeting: M23, lead: ["Yes"] }),
  one("narrow", "who co-chaired with Sophie Linden in June 2020", {
    meeting: M20,
    says: ["Stephen House"],
  }),
  one("narrow", "what did the CPS say on RASSO in April 2022", {
    meetingsInclude: [M22],
    says: ["stalking"],
  }),
  one("narrow", "how much is going into programmes for VAWG survivors", {
    meetingsInclude: [M22],
    says: ["£60 million"],
  }),
  one("narrow", "how many working groups are there on adult disproportionality in the CJS", {
    meetingsInclude: [M23],
    says: ["four"],
  }),
  one("narrow", "apologies 2021", { meeting: M21, lead: ["no apologies"] }),
  one("narrow", "casey", { meetingsInclude: [M23] }),
  one("narrow", "when did Mark Rowley's briefing come up", {
    meetingsInclude: [M15],
    says: ["10 March 2015"],
  }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "what budget has the Met put on the estate strategy", { says: [SILENT] }),
  one("cannot-know", "did the first CONTEST board actually meet in May 2015?", {
    says: [SILENT, "May or June 2015"],
  }),
  one("cannot-know", "which six boroughs got challenge fund money", { says: [SILENT] }),
  one("cannot-know", "was drug treatment raised at the DMG?", { lead: ["No"] }),
  one("cannot-know", "what was the turnout at the June 2015 board", {
    meeting: null,
    says: ["9 June 2015"],
  }),
  one("cannot-know", "what structure was decided for the London Policing Board", {
    meetingsInclude: [M23],
    says: ["once decisions"],
  }),
  // Conversations.
  chat(
    ["who was the Victims Commissioner at the DMG", { meeting: M20, says: ["Claire Waxman"] }],
    ["was she at the Casey one too?", { meeting: M23, lead: ["No"] }],
    ["who else sent apologies?", { meeting: M23, says: ["Kenny Bowie", "Joanne Towens"] }],
  ),
  chat(
    ["what did the board say about fraud in Apr 22", { meetingsInclude: [M22] }],
    ["who's going to host the roundtable?", { says: ["MOPAC"] }],
  ),
  chat(
    ["who attended the 2015 board from the CPS", { meeting: M15, says: ["Baljit Ubhey"] }],
    ["and in 2023?", { meeting: M23, says: ["Lionel Idan", "Barry Hughes"] }],
  ),
  chat(
    ["court backlogs at the DMG", { meetingsInclude: [M20] }],
    ["what about later?", { meetingsInclude: [M23] }],
  ),
  chat(
    ["who co-chaired the DMG", { meeting: M20, says: ["Sophie Linden", "Stephen House"] }],
    ["what about the year after?", { meeting: M21, says: ["Sadiq Khan"] }],
  ),
  chat(
    ["Prevent - did the 2015 board get into it?", { meetingsInclude: [M15], lead: ["Yes"] }],
    ["who chaired the London Prevent Board?", { says: ["Martin Esom"] }],
  ),
  chat(
    ["who represented probation in 2021", { meeting: M21, says: ["Kilvinder Vigurs"] }],
    ["and the DMG?", { meeting: M20, says: ["Carina Heckroodt"] }],
  ),
];
