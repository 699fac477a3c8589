import { M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * Questions the last review found answered wrong and left unmended (attendance set against
 * apologies across two meetings, one person at two meetings, counts and "since" of meetings, a
 * subject word before "at the meeting", "back in"), each with a variant of my own asking another
 * fact the same way. Written by the lead on 2026-12-06 from the minutes' attendance lists, before
 * any change for them; scored on main at 221dd62 before the change: 3/15 (across 1/2, compare 0/4, relative 1/5, narrow 1/4).
 */
export const REVIEW_LEFTOVERS_SET: readonly QuestionCase[] = [
  // Present at one meeting, away from the other: the list asked for leads, not who joined.
  one("compare", "who came to the 2021 meeting having missed 2022", {
    says: ["Stephen House"],
    saysNot: ["Helen Ball"],
  }),
  one("compare", "who missed the 2023 meeting but came in 2021?", {
    says: ["Stephen House", "Claire Waxman"],
    saysNot: ["Lib Peck"],
  }),
  // Came to one, sent apologies to the other: yes or no first, then who.
  one("compare", "did anyone who came in 2022 send apologies in 2023?", {
    lead: ["Yes"],
    says: ["Kenny Bowie", "Claire Waxman"],
    saysNot: ["Jas Athwal"],
  }),
  one("compare", "did anyone who sent apologies in 2022 come in 2023?", {
    lead: ["No"],
  }),
  // One person, two meetings: both answered.
  one("narrow", "was Claire Waxman at the 2022 and 2023 boards", {
    lead: ["27 April 2022", "12 April 2023"],
    says: ["apologies"],
  }),
  one("narrow", "was Doug Flight at the 2021 and 2022 meetings?", {
    lead: ["Yes", "2 February 2021", "27 April 2022"],
  }),
  // Counting the meetings held.
  one("across", "total LCRB meetings", { lead: ["4"] }),
  one("across", "how many DMG meetings in total?", { lead: ["1"] }),
  // Whether a body has met since a meeting: the minutes held after it, not its summary.
  one("relative", "has the board met since the Casey meeting?", {
    says: ["12 April 2023"],
    saysNot: ["24 people attended"],
  }),
  one("relative", "has the DMG met since June 2020?", {
    says: ["no minutes for the DMG meeting after"],
    saysNot: ["13 people attended"],
  }),
  // A subject before "at the meeting" is what was said there, not a post.
  one("narrow", "victims at the 2022 meeting", {
    meeting: M22,
    saysNot: ["Only those from"],
  }),
  one("narrow", "disproportionality at the 2023 meeting", {
    meeting: M23,
    saysNot: ["Only those from"],
  }),
  // "Back in" is when, not a subject.
  one("relative", "what was discussed back in April 2022", {
    meeting: M22,
    saysNot: ["about “back”"],
  }),
  one("relative", "who chaired back in Feb 2021", { meeting: M21, says: ["Sadiq Khan"] }),
  one("relative", "what came up back in June 2020", { meeting: M20, saysNot: ["about “back”"] }),
];
