import { M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * The kinds of question the sixth sweep got wrong, asked of other facts: a meeting named by a
 * subject that holds a body's or a post's word or a hyphenated word, what a meeting named by its
 * subject was like (where, when), a subject across meetings by a pair of words or two words set
 * either side of a slash, two meetings compared on how many came from a body, on one person's
 * organisation, on who two lists of officials share and on the size of their agendas, dates
 * relative to today ("earlier this year", "next month", "last month" with "signed off") and
 * figures the minutes do not give beside passages that speak of their subject. Written by the
 * helper asks6 on 2026-12-06 by reading the five minutes in corpus/, every expectation checked
 * against the minutes' text (not the bot's answers), before any change to src/ for them.
 * Scored on main at f112803 (the comparison reading moved, behaviour unchanged) before any change
 * for them: 12/25: topic-meeting 3/6, across 4/5, compare 1/4, relative 0/5, cannot-know 4/5.
 * Mended after reading the answers: "what time did the mtg start that discussed through the gate"
 * wanted "3:30" as the minutes write it ("Tuesday 10 March 2015, 3:30"); the answer gives the
 * afternoon as "15:30", which is the same time, so it wants that (the score before is unchanged:
 * the meeting was wrong then).
 * After the changes written for the sixth sweep's kinds (asks6, 2026-12-06): 23/25: topic-meeting
 * 6/6, across 4/5, compare 3/4, relative 5/5, cannot-know 5/5. Left: "body worn video / tech"
 * (two subjects either side of a slash are not read as either one) and "kilvinder vigurs's org
 * 2021 v 2023" (answered from the record, which names both, but the answer's meetings hold only
 * the first).
 */
const SILENT = "minutes do not";

export const ASKED_KINDS_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "who from the CPS was at the mtg about people fleeing domestic abuse", {
    meeting: M21,
    says: ["Lionel Idan", "Barry Hughes"],
  }),
  one(
    "topic-meeting",
    "was anyone from the YJB at the mtg where they talked about intelligence hubs?",
    {
      meeting: M22,
      lead: ["Yes"],
      says: ["Claudia Strut"],
    },
  ),
  one("topic-meeting", "who from the NHS was at the mtg about the pre-handcuffing review", {
    meeting: M21,
    says: ["Sinead Dervin"],
  }),
  one("topic-meeting", "who co-chaired the mtg about the Mayor's recovery board?", {
    meeting: M20,
    says: ["Sophie Linden", "Stephen House"],
  }),
  one("topic-meeting", "where was the mtg held that talked about hospitality", {
    meeting: M20,
    says: ["MS Teams"],
  }),
  one("topic-meeting", "what time did the mtg start that discussed through the gate", {
    meeting: M15,
    says: ["15:30"],
  }),
  // A subject across meetings.
  one("across", "next steps - which mtgs?", { meetings: [M21, M23] }),
  one("across", "domestic abuse / VAWG - where's it come up", { meetings: [M21, M22] }),
  one("across", "youth violence - which meetings covered it?", { meetings: [M22] }),
  one("across", "decision making - any mtgs?", { meetings: [M23] }),
  one("across", "body worn video / tech - where's it come up", { meetings: [M20, M21] }),
  // Comparisons.
  one("compare", "MPS numbers at the 2021 board v the fraud board", {
    meetings: [M21, M22],
    lead: ["3", "2"],
  }),
  one("compare", "kilvinder vigurs's org 2021 v 2023?", {
    meetingsInclude: [M21, M23],
    says: ["NPS", "Probation"],
  }),
  one(
    "compare",
    "officials in attendance at the apr 22 board vs the 2015 officers - anyone in both?",
    {
      meetings: [M22, M15],
      says: ["Doug Flight"],
    },
  ),
  one("compare", "bigger agenda: the dmg or the 2015 board?", {
    meetings: [M20, M15],
    lead: ["6", "5"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "was the DMPC at the board earlier this year?", {
      meeting: M21,
      lead: ["Yes"],
      says: ["Sophie Linden"],
    }),
    today: "2021-06-01",
  },
  {
    ...one("relative", "did the board discuss fraud earlier this year?", {
      meeting: M22,
      lead: ["Yes"],
    }),
    today: "2022-08-01",
  },
  {
    ...one("relative", "whats on at the board next month?", { says: ["court backlogs"] }),
    today: "2023-06-10",
  },
  {
    ...one("relative", "did the dmg sign off the lcrb agenda last week?", {
      meeting: M20,
      lead: ["Yes"],
    }),
    today: "2020-06-12",
  },
  {
    ...one("relative", "did the previous minutes get signed off at the board last month?", {
      meeting: M23,
      lead: ["Yes"],
    }),
    today: "2023-05-10",
  },
  // Figures the minutes do not give, beside passages on their subject.
  one("cannot-know", "how many new BAME officers were in the buddy scheme", { says: [SILENT] }),
  one("cannot-know", "how much money did the disproportionality challenge fund give out", {
    says: [SILENT],
  }),
  one("cannot-know", "how many teen homicides were there in 2022", { says: [SILENT] }),
  one("cannot-know", "how many ppl took part in the youth action plan workshops", {
    says: [SILENT],
  }),
  one("cannot-know", "how many applications did the challenge fund get", { says: [SILENT] }),
];
