import { M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A meeting named by what it discussed, written the way people type it: a misspelt subject, a
 * number written as a word, "when X came up", a subject named by another word for it, and the
 * people asked for at that meeting by post or organisation ("any cllrs", "YJB apologies"), or by
 * "did X make it". Written by the lead on 2026-12-06 by reading the five minutes in corpus/, before
 * any change for it, with facts the fifth sweep does not ask. Scored on main at 952ff25 before the
 * change: see the commit that lands the rules.
 */
export const MEETING_BY_SUBJECT_SET: readonly QuestionCase[] = [
  one(
    "topic-meeting",
    "the meeting about the seventeen priority boroughs - who was in the chair?",
    {
      meeting: M15,
      says: ["Boris Johnson"],
    },
  ),
  one("topic-meeting", "the mtg on the disproportionality challenge fund - any YJB apologies?", {
    meeting: M23,
    says: ["Claudia Stuart", "Henry Smithers", "Cheryl De Freitas"],
  }),
  one("topic-meeting", "was Helen Ball at the mtg on womens saftey at night?", {
    meeting: M22,
    lead: ["Yes"],
  }),
  one("topic-meeting", "who attended when the London Recovery Board came up", {
    meeting: M20,
    says: ["Colin Allars", "Clive Grimshaw"],
  }),
  one("topic-meeting", "any cllrs at the meeting on the Turnaround plan?", {
    meeting: M23,
    says: ["Ian Edwards", "Nesil Caliskan", "Gareth Roberts"],
  }),
  one(
    "topic-meeting",
    "the mtg where the buddy sceme came up - was the victims commissioner there?",
    {
      meeting: M21,
      lead: ["Yes"],
    },
  ),
  one(
    "topic-meeting",
    "probation and prisons resettlement meeting: was anyone from the NHS there?",
    {
      meeting: M23,
      lead: ["Yes"],
      says: ["Sinead Dervin"],
    },
  ),
  one(
    "topic-meeting",
    "HMCTS people at the meeting where the assessment centre on day one came up?",
    {
      meeting: M21,
      says: ["Damien McCleave"],
    },
  ),
  one("narrow", "did Tamara Barnett make the April 2023 board?", {
    meeting: M23,
    lead: ["Yes"],
  }),
  one("narrow", "did Craig Mackey make the Feb 2021 board?", {
    meeting: M21,
    lead: ["No"],
  }),
  one("across", "which meetings talked about coronavirus?", {
    meetingsInclude: [M20, M22],
  }),
  one("topic-meeting", "the four working groups meeting - what date was it", {
    meeting: M23,
    says: ["12 April 2023"],
  }),
];
