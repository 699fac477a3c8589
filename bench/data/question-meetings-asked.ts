import { one, type QuestionCase } from "./question-set.js";

/**
 * Meetings themselves asked after as people do: how many times a body met, in a year or a span,
 * meetings planned for a year to come, how long since the board last met. Written by the lead on
 * 2026-12-06 by trying such questions on main and reading the five minutes (one DMG, four LCRB),
 * before any change for them; `today` is 2026-12-05 (after every meeting in the minutes, none
 * scheduled). Scored on main at d75d878 before any change for it: 2/8 (one expectation then
 * mended for my own slip: "next year" from 2026-12-05 is 2027, not 2026). After the change ("how
 * many times has X met" and "number of X meetings" list the meetings; "planned", "booked",
 * "arranged" ask for meetings ahead, in a year to come as in a month; "how long since/ago" leads
 * with the time gone by): 8/8, a regression set from then on.
 */
export const MEETINGS_ASKED_SET: readonly QuestionCase[] = [
  one("narrow", "how many times has the DMG met?", { lead: ["1 meeting"], says: ["8 June 2020"] }),
  one("narrow", "how many times did the board meet in 2022", {
    lead: ["1 meeting"],
    says: ["27 April 2022"],
  }),
  one("across", "how often did the LCRB meet between 2021 and 2023", {
    lead: ["3 meetings"],
    says: ["2 February 2021", "12 April 2023"],
  }),
  one("relative", "any meetings planned for next year?", {
    says: ["2027"],
    saysNot: ["What the minutes say"],
  }),
  one("relative", "how long since the board last met", {
    says: ["12 April 2023", "3 years"],
  }),
  one("narrow", "how many DMG meetings have there been", { lead: ["1 meeting"] }),
  one("across", "number of LCRB meetings since 2015", {
    lead: ["4 meetings"],
  }),
  one("relative", "how long ago was the DMG", { says: ["8 June 2020", "6 years"] }),
];
