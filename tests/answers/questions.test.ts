import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Intent } from "../../src/answers/answer.js";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { answerQuestion } from "../../src/answers/index.js";
import { answerToMrkdwn } from "../../src/slack/blocks/mrkdwn.js";
import { questionFromSlack } from "../../src/slack/markup.js";

// Questions as people type them to the bot, run against the five seed minutes in corpus/.
// `today` defaults to a day after every meeting and every announced next meeting.

interface Case {
  q: string;
  /** Typed in Slack: read by the Slack face (mentions and "/lcrb" removed) before the router. */
  slack?: true;
  intent: Intent;
  /** The meeting the answer is about; null when there is none or it is unclear. */
  meeting?: string | null;
  candidates?: string[];
  /** Every attendee and apology of the answer's meeting is named in the text. */
  everyone?: true;
  contains?: string[];
  lacks?: string[];
  /** Intent next: body and date of each upcoming meeting, soonest first. */
  upcoming?: string[];
  /** Intent search: every result is from this meeting. */
  resultsFrom?: string;
  /** Intent search: the best result is from this meeting. */
  bestFrom?: string;
  today?: string;
}

const CASES: Case[] = [
  // Who was there.
  {
    q: "who attended the April 2023 meeting?",
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
    everyone: true,
  },
  {
    q: "<@U0LCRB> who was at the april 2023 meeting",
    slack: true,
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
    everyone: true,
  },
  {
    q: "who was at the 12/04/2023 meeting",
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
    everyone: true,
  },
  { q: "attendees April 2023", intent: "attendees", meeting: "lcrb-2023-04-12", everyone: true },
  {
    q: "/lcrb attendees 2023-04-12",
    slack: true,
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
    everyone: true,
  },
  {
    q: "who atended the apirl 2023 meeting",
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
    everyone: true,
  },
  {
    q: "Who came to the DMG in June 2020?",
    intent: "attendees",
    meeting: "dmg-2020-06-08",
    everyone: true,
  },
  {
    q: "who was present at the board on 2 feb 2021",
    intent: "attendees",
    meeting: "lcrb-2021-02-02",
    everyone: true,
  },
  {
    q: "attendance list for the march 2015 board",
    intent: "attendees",
    meeting: "lcrb-2015-03-10",
    everyone: true,
  },
  {
    q: "who sent apologies to the 27 April 2022 meeting",
    intent: "attendees",
    meeting: "lcrb-2022-04-27",
    everyone: true,
    contains: ["Jas Athwal", "Darren Rodwell"],
  },
  { q: "apologies last april", intent: "attendees", meeting: "lcrb-2023-04-12", everyone: true },
  {
    q: "apologies last april",
    intent: "attendees",
    meeting: "lcrb-2022-04-27",
    today: "2023-01-10",
  },
  {
    q: "whos at the latest meeting",
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
    everyone: true,
  },
  {
    q: "who was at the previous one",
    intent: "attendees",
    meeting: "lcrb-2022-04-27",
    everyone: true,
  },
  {
    q: "WHO ATTENDED FEBRUARY 2021",
    intent: "attendees",
    meeting: "lcrb-2021-02-02",
    everyone: true,
  },
  {
    q: "who attended the delivery management group meeting",
    intent: "attendees",
    meeting: "dmg-2020-06-08",
  },
  {
    q: "list of attendees 10th March 2015",
    intent: "attendees",
    meeting: "lcrb-2015-03-10",
    everyone: true,
  },
  {
    q: "who were the attendees at the first meeting",
    intent: "attendees",
    meeting: "lcrb-2015-03-10",
  },
  {
    q: "who was at the april meeting",
    intent: "attendees",
    meeting: null,
    candidates: ["lcrb-2022-04-27", "lcrb-2023-04-12"],
  },
  {
    q: "who was at the meeting on 13 April 2023?",
    intent: "attendees",
    meeting: null,
    contains: ["I have no minutes for a meeting on 13 April 2023", "12 April 2023"],
  },
  {
    q: "who attended the board in june 2020",
    intent: "attendees",
    meeting: null,
    contains: ["DMG, 8 June 2020"],
  },
  { q: "who was at the LCRB in 2022", intent: "attendees", meeting: "lcrb-2022-04-27" },
  {
    q: "list of people at the April 2022 LCRB",
    intent: "attendees",
    meeting: "lcrb-2022-04-27",
    everyone: true,
  },
  {
    q: "who represented London Councils at the 2021 meeting",
    intent: "attendees",
    meeting: "lcrb-2021-02-02",
    contains: ["Only those from “London Councils”", "Doug Flight", "Georgia Gould"],
    lacks: ["Sadiq Khan", "Stephen House"],
  },
  // One meeting at a glance.
  {
    q: "what happened on 12/04/2023?",
    intent: "meeting",
    meeting: "lcrb-2023-04-12",
    contains: ["Casey Review", "002_0368bc6123038781.txt"],
  },
  {
    q: "What happened at the March 2015 board",
    intent: "meeting",
    meeting: "lcrb-2015-03-10",
    contains: ["Counter Terrorism", "Public Service Reform", "CONTEST", "9 June 2015", "15:30"],
  },
  {
    q: "the DMG in June 2020",
    intent: "meeting",
    meeting: "dmg-2020-06-08",
    contains: ["MS Teams", "COVID-19"],
  },
  { q: "summarise the latest meeting", intent: "meeting", meeting: "lcrb-2023-04-12" },
  {
    q: "tell me about the 27 april 2022 meeting",
    intent: "meeting",
    meeting: "lcrb-2022-04-27",
    contains: ["Tackling fraud"],
  },
  { q: "2023-04-12", intent: "meeting", meeting: "lcrb-2023-04-12" },
  {
    q: "what was discussed at the feb 2021 board",
    intent: "meeting",
    meeting: "lcrb-2021-02-02",
    contains: ["Youth Action Plan"],
  },
  { q: "meeting 8 June 2020", intent: "meeting", meeting: "dmg-2020-06-08" },
  { q: "recap of the previous meeting", intent: "meeting", meeting: "lcrb-2022-04-27" },
  {
    q: "when was the last dmg meeting",
    intent: "meeting",
    meeting: "dmg-2020-06-08",
    contains: ["8 June 2020"],
  },
  { q: "agenda for the lcrb on 10/03/2015", intent: "meeting", meeting: "lcrb-2015-03-10" },
  { q: "When did the LCRB last meet?", intent: "meeting", meeting: "lcrb-2023-04-12" },
  {
    q: "what happened in april 22",
    intent: "meeting",
    meeting: "lcrb-2022-04-27",
  },
  {
    q: "What happened at the March 2015 board?",
    intent: "meeting",
    meeting: "lcrb-2015-03-10",
    contains: [
      "Taking as its basis that London has the highest CT threat",
      "The MOPAC COO and the CEO of London Councils presented a paper to the Board.",
    ],
    lacks: ["\n1.\n", "\n5.\n", "\n10.\n"],
  },
  {
    q: "what happened at the april 2023 meeting",
    intent: "meeting",
    meeting: "lcrb-2023-04-12",
    contains: ["Dame Lynne Owens spoke about the Casey report"],
    lacks: ["\n1.\n"],
  },
  {
    q: "summary of the dmg meeting",
    intent: "meeting",
    meeting: "dmg-2020-06-08",
    contains: [
      "Next LCRB meeting",
      "Wednesday 8 July 2020",
      "Next DMG meeting",
      "Monday 7 September 2020",
    ],
  },
  {
    q: "what happened in september 2020",
    intent: "meeting",
    meeting: null,
    contains: ["I have no minutes for a meeting in September 2020"],
  },
  // The list.
  {
    q: "meetings",
    intent: "meetings",
    contains: ["10 March 2015", "8 June 2020", "2 February 2021", "27 April 2022", "12 April 2023"],
  },
  {
    q: "which meetings do you have?",
    intent: "meetings",
    contains: ["5 meetings (4 LCRB, 1 DMG)"],
  },
  {
    q: "list the dmg meetings",
    intent: "meetings",
    contains: ["8 June 2020"],
    lacks: ["12 April 2023"],
  },
  {
    q: "how many meetings were there in 2022",
    intent: "meetings",
    contains: ["27 April 2022"],
    lacks: ["2023"],
  },
  { q: "/lcrb meetings", slack: true, intent: "meetings" },
  // What's next.
  {
    q: "when is the next meeting?",
    intent: "next",
    today: "2015-04-01",
    // The 2020 dates are announced by minutes written five years later.
    upcoming: ["LCRB 2015-06-09"],
    lacks: ["2020"],
  },
  {
    q: "when is the next meeting?",
    intent: "next",
    today: "2020-06-08",
    // Minutes dated today count: the meeting they record has been held.
    upcoming: ["LCRB 2020-07-08", "DMG 2020-09-07"],
  },
  {
    q: "when is the next meeting?",
    intent: "next",
    today: "2015-06-09",
    // Only a question about today or this week mentions a meeting dated today.
    upcoming: [],
    contains: [
      "No upcoming meeting known",
      "The latest meeting in the minutes is the LCRB on Tuesday 10 March 2015",
    ],
    lacks: ["2020", "meets today"],
  },
  {
    q: "next",
    intent: "next",
    today: "2020-06-10",
    upcoming: ["LCRB 2020-07-08", "DMG 2020-09-07"],
  },
  {
    q: "when's the next DMG meeting",
    intent: "next",
    today: "2020-06-10",
    upcoming: ["DMG 2020-09-07"],
  },
  {
    q: "whens the next board meeting",
    intent: "next",
    today: "2020-06-10",
    upcoming: ["LCRB 2020-07-08"],
  },
  { q: "any upcoming meetings", intent: "next", today: "2020-07-10", upcoming: ["DMG 2020-09-07"] },
  // Our own board by a qualifier or a shorthand of its name is still ours, and "next" still asks
  // the next meeting (review 2, C7): 000 announces "LCRB meeting: 8 July 2020" and "DMG meeting:
  // 7 September 2020".
  {
    q: "when will the next board meet?",
    intent: "next",
    today: "2020-06-10",
    upcoming: ["LCRB 2020-07-08"],
  },
  {
    q: "when will the london crime board next meet?",
    intent: "next",
    today: "2020-06-10",
    upcoming: ["LCRB 2020-07-08"],
  },
  {
    q: "when will the delivery management group board next meet?",
    intent: "next",
    today: "2020-06-10",
    upcoming: ["DMG 2020-09-07"],
  },
  {
    q: "when will the next board meet?",
    intent: "next",
    today: "2026-12-05",
    upcoming: [],
    lacks: ["You did not say which meeting"],
  },
  // How often asks a frequency, not one meeting's start time.
  {
    q: "how often does the main board meet?",
    intent: "meetings",
    contains: ["how often the LCRB meets"],
    lacks: ["Started at"],
  },
  {
    q: "Is there a meeting coming up?",
    intent: "next",
    today: "2020-07-10",
    upcoming: ["DMG 2020-09-07"],
  },
  {
    q: "when is the next meeting",
    intent: "next",
    upcoming: [],
    contains: [
      "No upcoming meeting known",
      "The latest meeting in the minutes is the LCRB on Wednesday 12 April 2023",
    ],
  },
  { q: "/lcrb next", slack: true, intent: "next", upcoming: [] },
  {
    q: "is there a meeting today",
    intent: "next",
    today: "2015-06-09",
    upcoming: [],
    contains: ["Yes: the LCRB meets today", "today, Tuesday 9 June 2015"],
    lacks: ["No upcoming meeting known"],
  },
  {
    q: "is there a meeting today",
    intent: "next",
    today: "2020-07-08",
    upcoming: ["DMG 2020-09-07"],
    contains: ["Yes: the LCRB meets today", "The next is the DMG on Monday 7 September 2020"],
  },
  {
    q: "is there a meeting tomorrow",
    intent: "next",
    today: "2020-07-07",
    upcoming: ["LCRB 2020-07-08", "DMG 2020-09-07"],
    contains: ["Yes: the LCRB meets tomorrow"],
    lacks: ["meets today"],
  },
  {
    q: "is there a board meeting this month",
    intent: "next",
    today: "2015-06-01",
    upcoming: ["LCRB 2015-06-09"],
    contains: ["Yes: the LCRB meets this month"],
  },
  {
    q: "is there a board meeting next week?",
    intent: "next",
    today: "2020-06-10",
    upcoming: ["LCRB 2020-07-08"],
    contains: ["No LCRB meeting is known for next week", "Wednesday 8 July 2020"],
  },
  // What is to come at it, as minutes held by today say: the DMG agreed the July board's agenda;
  // the April 2023 board put court backlogs to "the next LCRB in July", which has no date line.
  {
    q: "whats on at the board next week?",
    intent: "next",
    today: "2020-07-01",
    upcoming: ["LCRB 2020-07-08"],
    contains: ["race equality", "000_bc5123fd089beeb5.txt:54"],
  },
  {
    q: "whats on at the board next month?",
    intent: "next",
    today: "2023-06-10",
    upcoming: [],
    contains: ["No LCRB meeting is known for next month", "court backlogs will be discussed again"],
  },
  // Not what a past meeting's minutes said was to come: by 2026 that meeting has gone by.
  {
    q: "when is the next meeting?",
    intent: "next",
    lacks: ["court backlogs", "race equality"],
  },
  // A post asked of a list that does not write it: who holds it elsewhere, and how they stood.
  {
    q: "was the victims commissioner at the 2023 board?",
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
    contains: ["No: no one is listed as victims commissioner", "Claire Waxman"],
  },
  {
    q: "was the DMPC at the 2021 board?",
    intent: "attendees",
    meeting: "lcrb-2021-02-02",
    contains: ["Yes", "Sophie Linden"],
  },
  // A meeting named by a word the minutes write by its root ("feeling": "do not feel
  // over-policed"), or by a shorthand and "per" ("a supt per borough": "the new Superintendent
  // for each London borough").
  {
    q: "who from MOPAC was at the mtg about communities feeling over policed",
    intent: "attendees",
    meeting: "dmg-2020-06-08",
    contains: ["Diana Luchford", "Tony Hawker"],
  },
  {
    q: "who chaired the mtg where they talked about a supt per borough?",
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
  },
  // "Signed off" is agreed; "ToR" the terms of reference the minutes approve.
  {
    q: "did the ToR get signed off at the board last month?",
    intent: "actions",
    today: "2022-05-09",
    meeting: "lcrb-2022-04-27",
    contains: ["Yes", "approved the terms of reference"],
  },
  // A person.
  {
    q: "has Claire Waxman been coming?",
    intent: "person",
    contains: [
      "8 June 2020",
      "2 February 2021",
      "27 April 2022",
      "12 April 2023",
      "Sent apologies",
    ],
  },
  { q: "waxman", intent: "person", contains: ["Claire Waxman"] },
  {
    q: "who is Sturt",
    intent: "person",
    contains: ["27 April 2022", "12 April 2023", "Strut", "Stuart"],
  },
  { q: "claudia strut", intent: "person", contains: ["27 April 2022", "12 April 2023"] },
  { q: "Dame Lynne Owens", intent: "person", contains: ["Lynne Owens", "12 April 2023"] },
  {
    q: "did lynne owens attend the april 2023 meeting",
    intent: "person",
    contains: ["LCRB, 12 April 2023: present"],
  },
  {
    q: "which meetings did jas athwal attend",
    intent: "person",
    contains: ["2 February 2021", "27 April 2022", "12 April 2023"],
  },
  {
    q: "has debbie weekes-bernard been attending",
    intent: "person",
    contains: ["2 February 2021", "12 April 2023"],
  },
  {
    q: "person doug flight",
    intent: "person",
    contains: ["10 March 2015", "8 June 2020", "2 February 2021", "27 April 2022", "12 April 2023"],
  },
  { q: "how often has Sophie Linden attended", intent: "person", contains: ["Sophie Linden"] },
  { q: "stephen house", intent: "person", contains: ["8 June 2020", "2 February 2021"] },
  {
    q: "was Barry Hughes at the DMG in June 2020",
    intent: "person",
    contains: ["DMG, 8 June 2020: present"],
  },
  { q: "Cllr Athwal attendance", intent: "person", contains: ["Jas Athwal", "2 February 2021"] },
  {
    q: "has helen ball been to any meetings",
    intent: "person",
    meeting: null,
    contains: ["Helen Ball", "27 April 2022"],
  },
  {
    q: "did claire waxman attend the april 2023 board?",
    intent: "person",
    meeting: "lcrb-2023-04-12",
    contains: ["LCRB, 12 April 2023: sent apologies"],
  },
  // Actions.
  {
    q: "actions from the march 2015 board",
    intent: "actions",
    meeting: "lcrb-2015-03-10",
    contains: ["CONTEST", "public service reform"],
  },
  {
    q: "what actions were agreed?",
    intent: "actions",
    contains: ["CONTEST", "public service reform"],
  },
  {
    q: "actions from april 2023",
    intent: "actions",
    meeting: "lcrb-2023-04-12",
    contains: ["No actions are recorded"],
  },
  { q: "/lcrb actions", slack: true, intent: "actions" },
  {
    q: "any action points on public service reform",
    intent: "actions",
    contains: ["shared approach"],
    lacks: ["CONTEST"],
  },
  // Help.
  { q: "help", intent: "help" },
  { q: "what can you do", intent: "help" },
  { q: "", intent: "help" },
  // A second blind tester's questions, each a case of a general rule.
  // Topic words with no meeting named make a search, though "membership" is an attendance word.
  {
    q: "can someone point me to where the membership of the efficiency board and the safer streets board came up, I think it was under AOB",
    intent: "search",
    bestFrom: "lcrb-2021-02-02",
    contains: ["5 Any other business"],
  },
  {
    q: "what about the efficiency board membership",
    intent: "search",
    bestFrom: "lcrb-2021-02-02",
  },
  { q: "membership of the safer streets board", intent: "search", bestFrom: "lcrb-2021-02-02" },
  // "Represented" and "was X at" ask about attendance; the organisation narrows the list.
  {
    q: "was the met represented at the june 2020 dmg?",
    intent: "attendees",
    meeting: "dmg-2020-06-08",
    contains: ["Sir Stephen House"],
    lacks: ["Sophie Linden"],
  },
  {
    q: "was the MPS represented at the DMG in June 2020",
    intent: "attendees",
    meeting: "dmg-2020-06-08",
    contains: ["Sir Stephen House"],
    lacks: ["Claire Waxman"],
  },
  {
    q: "was the met at the june 2020 dmg",
    intent: "attendees",
    meeting: "dmg-2020-06-08",
    contains: ["Sir Stephen House"],
    lacks: ["Sophie Linden"],
  },
  // Initials as the attendance lists write them ("Sophie Linden (SL)").
  { q: "person SL", intent: "person", contains: ["Sophie Linden"] },
  { q: "who is SL", intent: "person", contains: ["Sophie Linden"] },
  // An honorific typed narrows people of one first name to those who hold it.
  {
    q: "has Sir Stephen been coming?",
    intent: "person",
    contains: ["Stephen House"],
    lacks: ["Greenhalgh"],
  },
  // A body asked for is the only one in `upcoming`; with none known, that body's latest meeting.
  {
    q: "next lcrb",
    intent: "next",
    today: "2020-07-09",
    upcoming: [],
    contains: ["No upcoming LCRB meeting known", "7 September 2020"],
  },
  {
    q: "next dmg",
    intent: "next",
    upcoming: [],
    contains: ["latest DMG meeting", "8 June 2020"],
    lacks: ["12 April 2023"],
  },
  // Courtesies get a short reply pointing to help, not a search for "thanks".
  ...["thanks!", "thank you", "cheers", "ok", "lol", "good morning", "hi there"].map(
    (q): Case => ({ q, intent: "help", contains: ["help"], lacks: ["Commands", "Who came"] }),
  ),
  // A rambling message: the title holds its subject only, clipped; no follow-up from mangled words.
  {
    q: "hi sorry if asked before but i'm putting together a briefing for my director on what the board has said about youth violence over the years and whether anything was agreed",
    intent: "search",
    contains: ["youth violence"],
    lacks: ["sorry", "i'm", "putting", "Try: “briefing"],
  },
  // Actions on a topic include those recorded under an agenda item of that title.
  {
    q: "what actions came out of the counter terrorism discussion",
    intent: "actions",
    contains: ["1 action recorded", "CONTEST"],
    lacks: ["No action"],
  },
  // No apologies list: said so, never "0 sent apologies".
  {
    q: "what happened at the june 2020 dmg",
    intent: "meeting",
    meeting: "dmg-2020-06-08",
    contains: ["no apologies recorded"],
    lacks: ["0 sent apologies"],
  },
  { q: "who is Sophie Linden", intent: "person", lacks: ["sent apologies to 0"] },
  // One meeting listed is "on" its date, not "from" it "to" it.
  {
    q: "meetings in april 2022",
    intent: "meetings",
    contains: ["on 27 April 2022"],
    lacks: ["from 27 April 2022"],
  },
  // Everything else is a search.
  { q: "casey review", intent: "search", bestFrom: "lcrb-2023-04-12" },
  { q: "what did they say about fraud", intent: "search", contains: ["27 April 2022"] },
  {
    q: "what was discussed about covid in june 2020",
    intent: "search",
    resultsFrom: "dmg-2020-06-08",
  },
  { q: "counter terrorism", intent: "search", contains: ["10 March 2015"] },
  { q: "the youth action plan", intent: "search", contains: ["2 February 2021"] },
  {
    q: "what did the DMG say about disproportionality",
    intent: "search",
    resultsFrom: "dmg-2020-06-08",
  },
  { q: "VAWG", intent: "search", contains: ["27 April 2022"] },
  { q: "police", intent: "search", lacks: ["Tina Price"] },
  { q: "what did they say about it?", intent: "search", contains: ["Only common words"] },
  // Every word asks after a later event: those words are searched, never the question typed.
  { q: "have they convened again since 2023", intent: "search", lacks: ["have they convened"] },
  { q: "what was said about this?", intent: "search", contains: ["Only common words"] },
  // A meeting named by a subject as people type it, then who was there from a post or body.
  {
    q: "probation and prisons resettlement meeting: was anyone from the NHS there?",
    intent: "attendees",
    meeting: "lcrb-2023-04-12",
    contains: ["Yes: 1 person from NHS attended", "Sinead Dervin"],
  },
  {
    q: "any cllrs at the parenting programe meeting?",
    intent: "attendees",
    meeting: "lcrb-2021-02-02",
    contains: ["Gareth Roberts", "Jas Athwal", "Rachael Robathan"],
    lacks: ["Sadiq Khan"],
  },
  {
    q: "who co-chaired when the Strategic Coordination Group came up",
    intent: "attendees",
    meeting: "dmg-2020-06-08",
    contains: ["Sophie Linden and Stephen House chaired"],
  },
  {
    q: "the mtg where the MPS set out six asks of partners - what date pls",
    intent: "meeting",
    meeting: "lcrb-2023-04-12",
  },
  {
    q: "YJB rep at the meeting that mentioned the £60m for VAWG survivors",
    intent: "attendees",
    meeting: "lcrb-2022-04-27",
    contains: ["Claudia Strut"],
  },
  {
    q: "which meetings mention the pandemic",
    intent: "meetings",
    contains: [
      "DMG, 8 June 2020; LCRB, 27 April 2022",
      "Counting where the minutes write “COVID-19”",
    ],
  },
  // A phrase the minutes use: items with its words apart did not discuss it.
  {
    q: "community engagement - how many mtgs?",
    intent: "meetings",
    contains: [
      "came up in 3 meetings",
      "DMG, 8 June 2020; LCRB, 2 February 2021; LCRB, 12 April 2023",
    ],
    lacks: ["10 March 2015"],
  },
  {
    q: "Doug Flight: which meetings?",
    intent: "person",
    contains: ["attended 5"],
  },
  // The meeting first, then the question after a dash.
  {
    q: "the 2021 board - was Claire Waxman there?",
    intent: "person",
    meeting: "lcrb-2021-02-02",
    contains: ["Yes: Claire Waxman was present"],
  },
  {
    q: "MOPAC directors 2015 vs 2021",
    intent: "attendees",
    contains: ["Will Balakrishnan", "Marie Snelling", "Rebecca Lawrence"],
    lacks: ["Dan Hales"],
  },
  // A post no attendance line gives: the minutes do not name it; the posts of the same name.
  {
    q: "who's the met commissioner?",
    intent: "attendees",
    contains: [
      "The minutes do not name the met commissioner",
      "Stephen House",
      "Deputy Commissioner",
    ],
  },
  {
    q: "who was the MOPAC COO at the 2015 board",
    intent: "attendees",
    meeting: "lcrb-2015-03-10",
    contains: ["Helen Bailey"],
    lacks: ["do not name"],
  },
  // Bodies a role line says someone chairs ("Victims Commissioner, Chair Victim & Hate Crime Boards").
  {
    q: "which boards does Claire Waxman chair",
    intent: "person",
    contains: [
      "Claire Waxman is listed as chair of Victim",
      "Hate Crime Boards (DMG, 8 June 2020)",
    ],
    lacks: ["No:"],
  },
  {
    q: "did Claire Waxman chair any meetings?",
    intent: "person",
    contains: [
      "No: no attendance list names Claire Waxman as chair of a meeting; listed as chair of Victim",
    ],
  },
  // Two meetings, a side said to be come to and a side missed or sent apologies to.
  {
    q: "who came to the 2021 meeting having missed 2022",
    intent: "attendees",
    contains: ["Left: at LCRB, 2 February 2021, not LCRB, 27 April 2022", "Stephen House"],
    lacks: ["Joined", "Helen Ball"],
  },
  {
    q: "who missed the 2023 meeting but came in 2021?",
    intent: "attendees",
    contains: ["Left: at LCRB, 2 February 2021, not LCRB, 12 April 2023"],
    lacks: ["Joined"],
  },
  {
    q: "did anyone who came in 2022 send apologies in 2023?",
    intent: "attendees",
    contains: [
      "Yes: At LCRB, 27 April 2022, then sent apologies to LCRB, 12 April 2023",
      "Kenny Bowie",
    ],
    lacks: ["Jas Athwal"],
  },
  // One person, two meetings.
  {
    q: "was Claire Waxman at the 2022 and 2023 boards",
    intent: "person",
    contains: [
      "At 1 of 2: Claire Waxman was present at the LCRB meeting on 27 April 2022; Claire Waxman sent apologies to the LCRB meeting on 12 April 2023",
    ],
  },
  // Meetings counted, and whether the board met since.
  { q: "total LCRB meetings", intent: "meetings", contains: ["4 meetings (4 LCRB)"] },
  {
    q: "has the board met since the Casey meeting?",
    intent: "meeting",
    contains: ["I have no minutes for the meeting after the LCRB meeting on 12 April 2023"],
  },
  {
    q: "has the board met since 2022?",
    intent: "meeting",
    meeting: "lcrb-2023-04-12",
  },
  {
    q: "has the DMG met since June 2020?",
    intent: "meeting",
    contains: ["I have no minutes for the DMG meeting after June 2020"],
  },
  // A word of a post before "at the meeting" is a subject; "back in" says when.
  {
    q: "victims at the 2022 meeting",
    intent: "search",
    resultsFrom: "lcrb-2022-04-27",
    lacks: ["Only those from"],
  },
  {
    q: "Youth Justice Board person at the February 2021 board",
    intent: "attendees",
    meeting: "lcrb-2021-02-02",
    contains: ["Colin Allars"],
  },
  { q: "what was discussed back in April 2022", intent: "meeting", meeting: "lcrb-2022-04-27" },
  // Where another board meets: the minutes record only their own bodies' venues.
  {
    q: "where will the new London Policing Board meet",
    intent: "search",
    contains: ["The minutes do not say where the London Policing Board meets"],
  },
  // "How dangerous": the minutes write "the serious threat some offenders pose" (synonyms.ts).
  {
    q: "do boroughs know how dangerous some offenders are?",
    intent: "search",
    contains: ["Local authorities know the serious"],
  },
  // An irregular past: "bring" is written "brought" ("The creation of the VRU brought about …").
  {
    q: "what did setting up the vru bring?",
    intent: "search",
    contains: ["preventative public health approach"],
  },
  // When or how often another board meets: neither is theirs to record.
  {
    q: "when did the london prevent board last meet?",
    intent: "search",
    contains: [
      "The minutes do not say when the london prevent board meets",
      "They record only the LCRB's and DMG's own meetings",
      "chaired by",
    ],
  },
  {
    q: "how often does the efficiency board meet?",
    intent: "search",
    contains: ["The minutes do not say how often the efficiency board meets"],
  },
  {
    q: "where was the 2015 meeting held",
    intent: "meeting",
    meeting: "lcrb-2015-03-10",
    contains: ["Mayor's Office, City Hall"],
  },
  // From the review: where another board meets only when a board is asked of; "did X make it".
  {
    q: "where will the CONTEST board meet",
    intent: "search",
    contains: ["The minutes do not say where the CONTEST board meets"],
  },
  { q: "where will the roundtable on fraud meet?", intent: "search", lacks: ["do not say where"] },
  {
    q: "did the CPS make the 2015 board?",
    intent: "attendees",
    meeting: "lcrb-2015-03-10",
    contains: ["Yes: 1 person from CPS attended", "Baljit Ubhey"],
  },
  {
    q: "was Jas Athwal at the 2021, 2022 and 2023 meetings?",
    intent: "person",
    contains: [
      "At 1 of 3:",
      "sent apologies to the LCRB meeting on 27 April 2022",
      "sent apologies to the LCRB meeting on 12 April 2023",
    ],
  },
];

const AFTER_EVERYTHING = "2024-06-01";
let corpus: AnswerContext;

beforeAll(async () => {
  corpus = await createAnswerContext({
    corpusDir: "corpus",
    today: AFTER_EVERYTHING,
    cacheDir: null,
  });
});

function ask(q: string, today: string): Answer {
  return answerQuestion(q, { ...corpus, today: () => today });
}

describe("questions as people ask them", () => {
  it("has a table of at least 60 questions", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [c.q, c] as const))("%j", (_, c) => {
    const answer = ask(c.slack ? questionFromSlack(c.q) : c.q, c.today ?? AFTER_EVERYTHING);
    const text = answerToMrkdwn(answer);
    expect(answer.intent).toBe(c.intent);
    if (c.meeting !== undefined) expect(answer.meeting?.id ?? null).toBe(c.meeting);
    if (c.candidates) expect(answer.candidates.map((m) => m.id)).toEqual(c.candidates);
    if (c.everyone) {
      const meeting = corpus.meetings.find((m) => m.id === answer.meeting?.id);
      expect(meeting?.attendees.length).toBeGreaterThan(0);
      for (const attendee of meeting?.attendees ?? []) expect(text).toContain(attendee.name);
    }
    for (const fact of c.contains ?? []) expect(text).toContain(fact);
    for (const fact of c.lacks ?? []) expect(text).not.toContain(fact);
    if (c.upcoming) expect(answer.upcoming.map((u) => `${u.body} ${u.date}`)).toEqual(c.upcoming);
    if (c.resultsFrom) {
      expect(answer.results.length).toBeGreaterThan(0);
      for (const result of answer.results) expect(result.meetingId).toBe(c.resultsFrom);
    }
    if (c.bestFrom) expect(answer.results[0]?.meetingId).toBe(c.bestFrom);
    // Every answer that states facts of a meeting or the search cites a file and line.
    if ((answer.meeting || answer.results.length > 0) && answer.sections.length > 0) {
      expect(answer.sections.some((s) => s.citation && s.citation.line > 0)).toBe(true);
    }
  });
});
