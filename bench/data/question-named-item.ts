import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * One agenda item named by its title, as people ask to see it: "show me the tackling fraud item",
 * "tell me about the Operational update in 2022", "the casey review item". A careful clerk opens
 * that item and gives all of it (its number and title, every paragraph), not the three passages
 * that best match its words. Written by the lead on 2026-12-06 from the item titles and last
 * paragraphs of the five minutes in corpus/, before any change for it; each case checks the item's
 * label in the answer's title and a phrase of its LAST paragraph (so the whole item is shown).
 * Scored on main at cabac54 before the change: 0/14 (topic-meeting 0/8, narrow 0/4, follow-up
 * 0/2). After it (a subject that is an item's whole title opens the item; "the … item" asks for
 * one item; in a conversation the item comes from the meeting talked about): 14/14, so from then
 * on a regression set, not a measure.
 */
export const NAMED_ITEM_SET: readonly QuestionCase[] = [
  one("topic-meeting", "tell me about the Operational update in 2022", {
    meeting: M22,
    lead: ["3 Operational update"],
    says: ["shared intelligence hubs"],
  }),
  one("topic-meeting", "show me the tackling fraud item", {
    meeting: M22,
    lead: ["6 Tackling fraud"],
    says: ["roundtable"],
  }),
  one("topic-meeting", "the casey review item", {
    meeting: M23,
    lead: ["2 Casey Review"],
    says: ["relationship between MOPAC"],
  }),
  one("topic-meeting", "what was discussed under tackling fraud", {
    meeting: M22,
    lead: ["6 Tackling fraud"],
    says: ["roundtable"],
  }),
  one("topic-meeting", "go through the Public Service Reform item from 2015", {
    meeting: M15,
    lead: ["4 Public Service Reform"],
    says: ["shared approach to public s"],
  }),
  one("topic-meeting", "women's safety at night - what was said?", {
    meeting: M22,
    lead: ["5 Women's safety at night"],
    says: ["consider ways in which they could take action"],
  }),
  one("topic-meeting", "pull up the partnership board terms of reference item", {
    meeting: M22,
    lead: ["2 Partnership board terms of reference"],
    says: ["new partnership board structure"],
  }),
  one("topic-meeting", "can I see the counter terrorism item", {
    meeting: M15,
    lead: ["3 Counter Terrorism"],
    says: ["will meet to design"],
  }),
  one("narrow", "policing and community relations at the DMG", {
    meeting: M20,
    lead: ["2 Policing and Community Relations"],
    says: ["community representatives"],
  }),
  one("narrow", "open the COVID-19 impact on delivery item", {
    meeting: M20,
    lead: ["3 COVID-19: Impact on Delivery"],
    says: ["medium to long-term consequences"],
  }),
  one("narrow", "the disproportionality item in 2023", {
    meeting: M23,
    lead: ["3 Disproportionality"],
    says: ["Commander Nick John"],
  }),
  one("narrow", "read me the youth action plan disproportionality item", {
    meeting: M21,
    lead: ["3 Tackling ethnic disproportionality in the Youth Action Plan"],
    says: ["co-produced by partner agencies"],
  }),
  chat(
    ["what happened at the April 2022 board?", { meeting: M22 }],
    ["show me the fraud item", { meeting: M22, lead: ["6 Tackling fraud"], says: ["roundtable"] }],
  ),
  chat(
    ["DMG June 2020", { meeting: M20 }],
    [
      "tell me about the police and crime plan item",
      {
        meeting: M20,
        lead: ["4 Police and Crime Plan"],
        says: ["deferral of the mayoral election"],
      },
    ],
  ),
];
