import { chat, F21, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A second set, written after the query design was first built and scored before any change
 * made for it: questions in other words than the first set, to see how far the readers carry
 * beyond the phrasings they were built on. Same classes, same checks, same `today`.
 */
export const HOLDOUT_SET: readonly QuestionCase[] = [
  one("topic-meeting", "who was at the meeting about the turnaround plan", {
    meeting: M23,
    says: ["Lynne Owens"],
  }),
  one("topic-meeting", "attendance at the public service reform meeting", {
    meeting: M15,
    says: ["Baljit Ubhey"],
  }),
  one("topic-meeting", "summarise the meeting on the action plan for transparency", {
    meeting: M21,
  }),
  one("topic-meeting", "who chaired the covid-19 meeting", {
    meeting: M20,
    says: ["Sophie Linden"],
  }),
  one("topic-meeting", "apologies for the casey one", { meeting: M23, says: ["Kenny Bowie"] }),
  one("topic-meeting", "who from the cps was at the fraud meeting", {
    meeting: M22,
    says: ["Barry Hughes", "Lionel Idan"],
    saysNot: ["Helen Ball"],
  }),
  one("topic-meeting", "what happened at the prevent meeting", { meeting: M15 }),
  one("topic-meeting", "which meeting discussed hospitality", { meeting: M20 }),
  one("topic-meeting", "who attended the meeting where the outcomes framework was presented", {
    meeting: M22,
  }),
  one("topic-meeting", "the meeting where helen ball was welcomed", { meeting: M22 }),
  one("across", "which meetings talked about violence against women and girls", {
    meetingsInclude: [M22],
    meetingsExclude: [M15, M20],
  }),
  one("across", "when was the casey report first discussed", { meeting: M23 }),
  one("across", "how many meetings mentioned disproportionality", {
    meetings: [M20, M21, M23],
    lead: ["3"],
  }),
  one("across", "when did the board last talk about the police and crime plan", { meeting: M22 }),
  one("across", "timeline of the vru", { meetings: [M21] }),
  one("across", "when was recruitment of bame officers discussed", {
    meetingsInclude: [M21],
    cites: [`${F21}:105`],
  }),
  one("across", "which meetings mentioned hmcts", { meetingsInclude: [M20] }),
  one("compare", "who attended in 2023 but not in 2022", {
    meetings: [M22, M23],
    says: ["Lynne Owens"],
    saysNot: ["Helen Ball"],
  }),
  one("compare", "compare attendance: dmg june 2020 vs lcrb february 2021", {
    meetings: [M20, M21],
  }),
  one("compare", "how did london councils attendance change between 2021 and 2023", {
    meetings: [M21, M23],
    says: ["Georgia Gould", "Nesil Caliskan"],
    saysNot: ["Lynne Owens"],
  }),
  one("compare", "who stopped attending between 2021 and 2022", {
    meetings: [M21, M22],
    says: ["Georgia Gould"],
  }),
  one("compare", "what has changed on the police and crime plan since 2021", {
    meetings: [M21, M22],
    ordered: true,
  }),
  one("relative", "the meeting before the dmg", { meeting: M15 }),
  one("relative", "who attended the last dmg", { meeting: M20 }),
  one("relative", "the meeting after the 2021 one", { meeting: M22 }),
  one("relative", "the previous lcrb meeting", { meeting: M22 }),
  one("relative", "the most recent meeting before the casey review meeting", { meeting: M22 }),
  one("relative", "summarise the first two meetings", { meetings: [M15, M20] }),
  one("relative", "who attended the meeting before the one in april 2022", { meeting: M21 }),
  one("narrow", "did helen ball attend the casey meeting", { meeting: M23, lead: ["No"] }),
  one("narrow", "was the cps at the fraud meeting", { meeting: M22, says: ["Barry Hughes"] }),
  one("narrow", "how many people came to the counter terrorism meeting", {
    meeting: M15,
    lead: ["20"],
  }),
  one("narrow", "who chaired the february 2021 board", { meeting: M21, says: ["Sadiq Khan"] }),
  one("narrow", "how many apologies for the casey meeting", { meeting: M23, lead: ["12"] }),
  one("narrow", "was lib peck at the 2015 meeting", { meeting: M15, lead: ["Yes"] }),
  chat(
    ["who attended the 2022 meeting", { meeting: M22 }],
    ["how many?", { meeting: M22, lead: ["22"] }],
  ),
  chat(
    ["what happened at the dmg", { meeting: M20 }],
    ["who chaired it?", { meeting: M20, says: ["Sophie Linden"] }],
  ),
  chat(
    ["which meetings discussed fraud", { meetings: [M22] }],
    ["who attended it?", { meeting: M22 }],
  ),
  chat(
    ["who attended the april 2023 meeting", { meeting: M23 }],
    ["and the dmg?", { meeting: M20 }],
  ),
  chat(
    ["summarise the 2021 meeting", { meeting: M21 }],
    ["more on item 4", { meeting: M21, says: ["Play Space"], cites: [`${F21}:119`] }],
  ),
  chat(
    ["was claire waxman at the dmg", { lead: ["Yes"] }],
    ["and the april 2023 meeting?", { meeting: M23, lead: ["No"] }],
  ),
  chat(
    ["who attended the casey meeting", { meeting: M23 }],
    ["who from the mps?", { meeting: M23, says: ["Lynne Owens"], saysNot: ["Sadiq Khan"] }],
  ),
  chat(
    ["when was covid discussed", { meeting: M20 }],
    ["tell me more", { meeting: M20, says: ["recovery"] }],
  ),
  one("cannot-know", "who attended the 8 july 2020 lcrb meeting", {
    meeting: null,
    says: ["8 July 2020"],
  }),
  one("cannot-know", "what was discussed about cybercrime", {
    meeting: null,
    says: ["cybercrime"],
  }),
  one("cannot-know", "who chaired the 2018 meeting", { meeting: null, says: ["2018"] }),
];
