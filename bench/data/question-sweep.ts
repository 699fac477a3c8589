import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A fresh sweep, written on 2026-12-06 after the twenty-sixth round, before any further change:
 * questions a borough community-safety officer, policy officer or partner would type, written by
 * reading the five minutes in corpus/ in full and checked against them (not against the bot's
 * answers), none copied from the other sets. They name a meeting by its topic, span meetings,
 * compare, follow on from the last answer, ask who came or sent apologies, dates and next
 * meetings, decisions, yes or no, things the minutes are silent on ("the minutes do not …"), and
 * come typed with typos, as bare keywords or at length. Same checks and `today` as the first set.
 * Scored on main at 6b7ff75 before any change made for it: 23/50 (`npm run bench:questions`).
 * Two expectations were mended after reading the answers, both from the minutes: "which meeting
 * approved the terms of reference" wanted the one meeting chosen where naming it among the
 * decisions answers the question (now meetingsInclude); and "has the CONTEST board been mentioned
 * since" passed while claiming two meetings (the DMG's "context" was taken for "contest"), so
 * it now must not say so. Not in any test: its failures are the point.
 */
const SILENT = "minutes do not";

export const SWEEP_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one(
    "topic-meeting",
    "who chaired the meeting where they talked about Transforming Rehabilitation and the CRC?",
    {
      meeting: M15,
      says: ["Boris Johnson"],
    },
  ),
  one("topic-meeting", "what date was the meeting that covered the new London Policing Board", {
    meeting: M23,
    says: ["12 April 2023"],
  }),
  one("topic-meeting", "apologies for the meeting on teen homicide", {
    meeting: M22,
    says: ["Jas Athwal", "Darren Rodwell"],
  }),
  one("topic-meeting", "was Claire Waxman at the meeting about the pre-handcuffing review", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one("topic-meeting", "where was the meeting about covid recovery held", {
    meeting: M20,
    says: ["MS Teams"],
  }),
  one("topic-meeting", "how many people came to the Play Space meeting", {
    meeting: M21,
    lead: ["36"],
  }),
  one("topic-meeting", "who from probation attended the meeting about the casey review", {
    meeting: M23,
    says: ["Kilvinder Vigurs"],
    saysNot: ["Lynne Owens"],
  }),
  one(
    "topic-meeting",
    "which meeting approved the terms of reference for the new partnership boards",
    {
      meetingsInclude: [M22],
      says: ["27 April 2022"],
    },
  ),
  // A subject across meetings.
  one("across", "which meeting talked about body worn video", {
    meetingsInclude: [M21],
    meetingsExclude: [M15, M20, M22, M23],
  }),
  one("across", "how has the discussion of victims changed over the years", {
    meetingsInclude: [M20, M21, M22],
    meetingsExclude: [M15],
  }),
  one("across", "how has the conversation on court backlogs developed", {
    meetingsInclude: [M20, M23],
    meetingsExclude: [M15, M21, M22],
  }),
  one("across", "when did probation last come up", { meeting: M23, says: ["12 April 2023"] }),
  one("across", "has the night time economy come up more than once", {
    meetingsInclude: [M20, M22],
    lead: ["Yes"],
  }),
  one("across", "vawg over time", {
    meetingsInclude: [M22],
    meetingsExclude: [M15, M20, M21],
  }),
  one("across", "when did the CONTEST board first come up and has it been mentioned since", {
    meetingsInclude: [M15],
    meetingsExclude: [M20, M21, M22, M23],
    says: ["10 March 2015"],
    saysNot: ["2 meetings"],
  }),
  // Comparisons.
  one("compare", "compare the apologies at the 2022 and 2023 meetings", {
    meetings: [M22, M23],
    says: ["Jas Athwal", "Darren Rodwell", "Kenny Bowie"],
  }),
  one("compare", "were there more people at the DMG or at the 2015 board?", {
    meetings: [M15, M20],
    says: ["20", "13"],
  }),
  one("compare", "who was at the 2015 meeting and was still coming in 2023", {
    meetings: [M15, M23],
    says: ["Doug Flight", "Lib Peck"],
    saysNot: ["Boris Johnson"],
  }),
  one("compare", "how did the casey meeting's agenda differ from the fraud meeting's", {
    meetings: [M22, M23],
    says: ["Casey Review", "Tackling fraud"],
  }),
  // Dates: earlier meetings the minutes name, and the next meeting.
  one("relative", "when was the board meeting before march 2015", { says: ["15 September"] }),
  one("narrow", "which meeting's minutes were signed off in april 2022", {
    meeting: M22,
    says: ["24 January 2022"],
  }),
  one("narrow", "did the 2023 minutes set a date for the next board", {
    says: ["July"],
    saysNot: ["9 June 2015", "8 July 2020"],
  }),
  // Decisions and actions.
  one("narrow", "what was agreed for the agenda of the july 2020 board", {
    meetingsInclude: [M20],
    says: ["race equality"],
  }),
  one("across", "any actions for london councils?", {
    meetingsInclude: [M15],
    says: ["Action 2"],
  }),
  one("across", "was anything decided about the met's estate strategy", {
    meetingsInclude: [M23],
    says: ["reviewed"],
  }),
  one("narrow", "were the actions from the february DMG closed", {
    lead: ["Yes"],
    says: ["all closed"],
  }),
  one("narrow", "did the 2015 board agree to set up the CONTEST board?", {
    meetingsInclude: [M15],
    lead: ["Yes"],
  }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "has the board ever talked about modern slavery?", { lead: ["No"] }),
  one("cannot-know", "how much money did the disproportionality challenge fund award", {
    says: [SILENT],
    saysNot: ["£60 million"],
  }),
  one("cannot-know", "who took the minutes at the dmg", { says: [SILENT] }),
  one("cannot-know", "how many officers did the MPS recruit through the outreach scheme", {
    says: [SILENT],
  }),
  // Typed as in chat, misspelt, or as bare keywords.
  one("narrow", "who wz chairin the covid dmg", { meeting: M20, says: ["Sophie Linden"] }),
  one("across", "disproportinality 2023", { meetingsInclude: [M23] }),
  one("topic-meeting", "casey reveiw apologys", { meeting: M23, says: ["Kenny Bowie"] }),
  one("across", "wot did lynne owens say abt the estate", {
    meetingsInclude: [M23],
    says: ["Estate Strategy"],
  }),
  one("across", "vrap?", { meetingsInclude: [M21] }),
  one("across", "CONTEST board", { meetingsInclude: [M15], says: ["CONTEST"] }),
  one("across", "BCU model", { meetingsInclude: [M23] }),
  // Asked at length.
  one(
    "across",
    "hi, I'm a community safety officer in Enfield putting together a briefing for our cabinet member, could you tell me what the board said about how the Met is going to improve neighbourhood policing after the Casey report? thanks",
    { meetingsInclude: [M23], says: ["Superintendent"] },
  ),
  one(
    "across",
    "sorry if this is a silly question but my director wants to know whether London Councils raised any concerns at the board recently and what they were about",
    { meetingsInclude: [M23], says: ["Estate Strategy"] },
  ),
  one(
    "across",
    "I'm new to the partnership team - before the London-wide CONTEST board was set up, who oversaw Prevent in London and what was wrong with that arrangement?",
    { meetingsInclude: [M15], says: ["London Prevent Board"] },
  ),
  // Conversations.
  chat(
    ["who chaired the 2022 meeting", { meeting: M22, says: ["Sadiq Khan"] }],
    ["and the DMG?", { meeting: M20, says: ["Sophie Linden", "Stephen House"] }],
    ["and the one before that?", { meeting: M15, says: ["Boris Johnson"] }],
  ),
  chat(
    ["who presented on the casey review", { meetingsInclude: [M23], says: ["Lynne Owens"] }],
    [
      "what were her asks of partners?",
      { meetingsInclude: [M23], says: ["Estate strategy", "External expertise"] },
    ],
  ),
  chat(
    ["what did they decide on counter terrorism in 2015", { meetingsInclude: [M15] }],
    ["who would chair the new board?", { says: ["DMPC", "chair of London Councils"] }],
  ),
  chat(
    ["which meetings discussed disproportionality", { meetingsInclude: [M23] }],
    ["what has the cps done about it?", { meetingsInclude: [M23], says: ["scrutiny panel"] }],
  ),
  chat(
    ["was sophie linden at the 2015 meeting", { meeting: M15, lead: ["No"] }],
    ["who was the DMPC then?", { meeting: M15, says: ["Stephen Greenhalgh"] }],
  ),
  chat(
    ["who sent apologies in april 2022", { meeting: M22 }],
    [
      "did either of them miss the 2023 one too?",
      { meetingsInclude: [M23], says: ["Jas Athwal", "Darren Rodwell"] },
    ],
  ),
  chat(
    ["what was said about the youth action plan", { meetingsInclude: [M21] }],
    [
      "who was at that meeting from london councils?",
      { meeting: M21, says: ["Georgia Gould"], saysNot: ["Sadiq Khan"] },
    ],
  ),
  chat(
    ["when was the fraud roundtable proposed", { meetingsInclude: [M22] }],
    ["has it taken place yet?", { says: [SILENT] }],
  ),
  chat(
    ["tell me about the DMG", { meeting: M20 }],
    ["what did it say about the police and crime plan?", { meeting: M20, says: ["March 2022"] }],
  ),
  // Follow-ups leaning on the last answer, written by the lead (session 12) before the change
  // for the sweep's follow-up failures, in other words than those: "it" as the last subject, "it",
  // "there" and "then" as the last meeting, and a new subject with no pointer back, which must not
  // be narrowed to the last meeting. 1/7 before that change (the last-but-one, by chance), 5/7
  // after: "scrutiny panel" and "police corruption" asked for one passage of several at that
  // meeting, and the best excerpt for the words asked is another ("raise" is a question word).
  chat(
    ["what was said about stalking", { meetingsInclude: [M22] }],
    ["who raised it?", { meetingsInclude: [M22], says: ["CPS"] }],
  ),
  chat(
    ["what happened at the 2023 meeting", { meeting: M23 }],
    [
      "what did they say about disproportionality there?",
      { meeting: M23, says: ["scrutiny panel"] },
    ],
  ),
  chat(
    ["tell me about the DMG", { meeting: M20 }],
    ["what did it say about victims?", { meeting: M20 }],
  ),
  chat(
    ["what happened at the 2015 meeting", { meeting: M15 }],
    ["what did the mayor raise at it?", { meeting: M15, says: ["police corruption"] }],
  ),
  chat(
    ["tell me about the DMG", { meeting: M20 }],
    ["what was said about fraud?", { meetingsInclude: [M22] }],
  ),
  chat(
    ["who chaired the 2022 meeting", { meeting: M22 }],
    ["who was the deputy commissioner then?", { meeting: M22, says: ["Helen Ball"] }],
  ),
  chat(
    ["was claire waxman at the dmg", { meeting: M20 }],
    ["and who was the deputy commissioner at the time?", { meeting: M20, says: ["Stephen House"] }],
  ),
  // Written by the lead (session 12) before the changes for the sweep's failures on a subject over
  // time, figures the minutes do not give, acronyms typed out and chat spellings, in other words
  // than those; the last two of the figures must keep their answers. 4/8 before the change, two
  // of them by chance ("much" and "taker" were read as words the minutes do not use); 8/8 after.
  one("across", "how has thinking on disproportionality evolved over time", {
    meetingsInclude: [M21, M23],
    meetingsExclude: [M15],
  }),
  one("across", "how has the debate about the police and crime plan moved on over the years", {
    meetingsInclude: [M20, M21, M22],
    meetingsExclude: [M15],
  }),
  one("cannot-know", "how much funding did the VRU get", { says: [SILENT] }),
  one("cannot-know", "who was the minute taker at the 2022 meeting", { says: [SILENT] }),
  one("cannot-know", "how many projects got grants from the disproportionality challenge fund", {
    says: ["three projects"],
    saysNot: [SILENT],
  }),
  one("cannot-know", "how many people attended the 2021 meeting", {
    meeting: M21,
    saysNot: [SILENT],
  }),
  one("topic-meeting", "was body-worn video discussed", { lead: ["Yes"], meetingsInclude: [M21] }),
  one("narrow", "who wz at the dmg", { meeting: M20, says: ["Sophie Linden"] }),
  // Written by the lead (session 12) from trying the bot as a new user, before the change for
  // them: a season for a date, organisations ranked by apologies, a subject "at every meeting",
  // how long a meeting lasted, councillors at a meeting.
  one("relative", "what was discussed in spring 2023", { meeting: M23 }),
  one("narrow", "which partners sent apologies most", { lead: ["London Councils"] }),
  one("across", "has vawg come up at every meeting", { lead: ["No"], meetingsInclude: [M22] }),
  one("cannot-know", "how long was the 2015 meeting", { meeting: M15, says: [SILENT] }),
  one("narrow", "were there any councillors at the 2022 meeting", {
    meeting: M22,
    says: ["Robathan", "Athwal", "Rodwell"],
  }),
];
