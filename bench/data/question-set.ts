/**
 * Questions as people ask them about the five seed minutes, in the classes of issue 9, each with
 * what a right answer holds: its meeting(s), names and cited lines. Written by reading the minutes
 * before the query design was built (see questions-score.ts for how an answer is checked), and
 * scored by `npm run bench:questions` and tests/answers/question-set.test.ts.
 *
 * `today` is 2026-12-05 unless a case says otherwise: after every meeting and every announced
 * next meeting.
 */
export const QUESTION_CLASSES = [
  "topic-meeting",
  "across",
  "compare",
  "relative",
  "narrow",
  "follow-up",
  "cannot-know",
] as const;
export type QuestionClass = (typeof QUESTION_CLASSES)[number];

/** What a right answer holds. Every field given must hold; text checks ignore case. */
export interface Expectation {
  /** The one meeting the answer is about (null: none). */
  meeting?: string | null;
  /** The meetings a list, timeline or comparison answer shows, exactly (in this order with `ordered`). */
  meetings?: string[];
  ordered?: boolean;
  /** Meetings the answer must show among its meetings (or its one meeting). */
  meetingsInclude?: string[];
  /** Meetings the answer must not show. */
  meetingsExclude?: string[];
  /** Meetings offered as a choice must include these, with no meeting chosen. */
  candidatesInclude?: string[];
  /** Text the answer must contain. */
  says?: string[];
  /** Text the answer must not contain. */
  saysNot?: string[];
  /** Pairs [a, b]: a must come before b in the answer ("apologies first"). */
  before?: [string, string][];
  /** Text that must come in the answer's title or first line (yes/no, a count). */
  lead?: string[];
  /** Citations "file:line" the answer must give. */
  cites?: string[];
}

export interface Turn {
  q: string;
  expect: Expectation;
}

export interface QuestionCase {
  class: QuestionClass;
  /** One conversation: every turn is asked in order and every turn must be right. */
  turns: Turn[];
  today?: string;
}

// The five seed meetings and their files, and the shapes of a case, for every question set.
export const M15 = "lcrb-2015-03-10";
export const M20 = "dmg-2020-06-08";
export const M21 = "lcrb-2021-02-02";
export const M22 = "lcrb-2022-04-27";
export const M23 = "lcrb-2023-04-12";
const F15 = "004_17215f53eb22288e.txt";
const F20 = "000_bc5123fd089beeb5.txt";
export const F21 = "001_c2fb2c5d5dd83175.txt";
const F22 = "003_0417dfde59a34df8.txt";
const F23 = "002_0368bc6123038781.txt";

/** A question asked on its own. */
export const one = (cls: QuestionClass, q: string, expect: Expectation): QuestionCase => ({
  class: cls,
  turns: [{ q, expect }],
});
/** Questions asked in turn in one conversation. */
export const chat = (...turns: [string, Expectation][]): QuestionCase => ({
  class: "follow-up",
  turns: turns.map(([q, expect]) => ({ q, expect })),
});

const TOPIC_MEETING: QuestionCase[] = [
  one("topic-meeting", "who attended the fraud meeting?", {
    meeting: M22,
    says: ["Helen Ball", "Naomi Sterling"],
  }),
  one("topic-meeting", "summarise the casey meeting", { meeting: M23, says: ["Casey Review"] }),
  one("topic-meeting", "apologies for the meeting where they discussed the night safety charter", {
    meeting: M22,
    says: ["Jas Athwal", "Darren Rodwell"],
    before: [["Darren Rodwell", "Naomi Sterling"]],
  }),
  one("topic-meeting", "the meeting Lynne Owens presented at", { meeting: M23 }),
  one("topic-meeting", "who was at the counter terrorism meeting", {
    meeting: M15,
    says: ["Boris Johnson", "Martin Esom"],
  }),
  one("topic-meeting", "who attended the covid meeting", {
    meeting: M20,
    says: ["Clive Grimshaw"],
  }),
  one("topic-meeting", "who chaired the public service reform meeting", {
    meeting: M15,
    says: ["Boris Johnson"],
    saysNot: ["Kate Gilbert"],
  }),
  one("topic-meeting", "actions from the counter terrorism meeting", {
    meeting: M15,
    cites: [`${F15}:54`],
  }),
  one("topic-meeting", "who attended the meeting about the youth action plan", {
    meeting: M21,
    says: ["Georgia Gould"],
  }),
  one("topic-meeting", "who sent apologies to the casey review meeting", {
    meeting: M23,
    says: ["Kenny Bowie", "Joanne Towens"],
    before: [["Joanne Towens", "Tamara Barnett"]],
  }),
  one("topic-meeting", "what happened at the police corruption meeting", { meeting: M15 }),
  one("topic-meeting", "attendees of the vawg meeting", { meeting: M22, says: ["Helen Ball"] }),
  one("topic-meeting", "who attended the police and crime plan meeting", {
    meeting: null,
    candidatesInclude: [M20, M21, M22],
  }),
  one("topic-meeting", "when was the fraud meeting", { meeting: M22, says: ["27 April 2022"] }),
  one("topic-meeting", "where was the counter terrorism meeting held", {
    meeting: M15,
    says: ["City Hall"],
  }),
  one("topic-meeting", "the meeting Dame Lynne Owens spoke at", { meeting: M23 }),
  one("topic-meeting", "who attended the meeting on the casey report", {
    meeting: M23,
    says: ["Lynne Owens"],
  }),
  one("topic-meeting", "agenda of the terms of reference meeting", {
    meeting: M22,
    says: ["Tackling fraud"],
  }),
  one("topic-meeting", "how many attended the turnaround plan meeting", {
    meeting: M23,
    lead: ["24"],
  }),
  one("topic-meeting", "who sent apologies for the night safety charter meeting", {
    meeting: M22,
    says: ["Jas Athwal"],
  }),
  one("topic-meeting", "who from london councils attended the fraud meeting", {
    meeting: M22,
    says: ["Carolyn Downs", "Doug Flight"],
    saysNot: ["Helen Ball"],
  }),
  one("topic-meeting", "summary of the efficiency board meeting", { meeting: M21 }),
  one("topic-meeting", "who attended the rehabilitation meeting", {
    meeting: M15,
    says: ["Nick Smart"],
  }),
  one("topic-meeting", "who chaired the meeting about the youth action plan", {
    meeting: M21,
    says: ["Sadiq Khan"],
  }),
  one("topic-meeting", "when was the disproportionality challenge fund meeting", {
    meeting: M23,
    says: ["12 April 2023"],
  }),
  one("topic-meeting", "who went to the stalking meeting", {
    meeting: M22,
    says: ["Claudia Strut"],
  }),
];

const ACROSS: QuestionCase[] = [
  one("across", "which meetings discussed disproportionality?", {
    meetings: [M20, M21, M23],
    cites: [`${F23}:107`],
  }),
  one("across", "when did the board last discuss court backlogs?", {
    meeting: M23,
    says: ["12 April 2023"],
    cites: [`${F23}:85`],
  }),
  one("across", "when was VAWG first raised?", {
    meeting: M22,
    says: ["27 April 2022"],
    cites: [`${F22}:57`],
  }),
  one("across", "how often has counter terrorism come up?", {
    meetingsInclude: [M15],
    meetingsExclude: [M22, M23],
  }),
  one("across", "timeline of the Police and Crime Plan", {
    meetings: [M20, M21, M22],
    ordered: true,
    cites: [`${F20}:50`],
  }),
  one("across", "which meetings mentioned fraud", { meetings: [M22], cites: [`${F22}:87`] }),
  one("across", "when was the casey review discussed", {
    meetingsInclude: [M23],
    says: ["12 April 2023"],
  }),
  one("across", "which meetings talked about the night time economy", {
    meetings: [M20, M22],
  }),
  one("across", "when was covid first discussed", { meeting: M20, says: ["8 June 2020"] }),
  one("across", "how many meetings discussed the police and crime plan", {
    meetings: [M20, M21, M22],
    lead: ["3"],
  }),
  one("across", "which meetings discussed prevent", { meetingsInclude: [M15] }),
  one("across", "when did they last talk about recruitment", {
    meeting: M21,
    cites: [`${F21}:105`],
  }),
  one("across", "when was the vru last discussed", { meeting: M21, says: ["2 February 2021"] }),
  one("across", "which meetings discussed court backlogs", { meetingsInclude: [M23] }),
  one("across", "when did the board first discuss disproportionality", {
    meeting: M21,
    says: ["2 February 2021"],
  }),
  one("across", "which meetings did the casey review come up in", { meetings: [M23] }),
  one("across", "which meetings discussed stalking", { meetings: [M22], cites: [`${F22}:63`] }),
  one("across", "timeline of disproportionality", {
    meetings: [M20, M21, M23],
    ordered: true,
  }),
  one("across", "when was public service reform discussed", {
    meetingsInclude: [M15],
    says: ["10 March 2015"],
  }),
  one("across", "which meetings discussed police corruption", {
    meetings: [M15],
    cites: [`${F15}:71`],
  }),
  one("across", "how often has fraud come up", { meetings: [M22], lead: ["1"] }),
  one("across", "which meetings mention the london recovery board", {
    meetings: [M20],
  }),
  one("across", "when was the womens night safety charter discussed", {
    meetingsInclude: [M22],
    says: ["27 April 2022"],
  }),
  one("across", "which meetings discussed the estate strategy", {
    meetings: [M23],
    cites: [`${F23}:101`],
  }),
  one("across", "when did the dmg discuss covid", { meeting: M20, says: ["8 June 2020"] }),
  one("across", "first time the youth action plan came up", {
    meeting: M21,
    cites: [`${F21}:109`],
  }),
];

const COMPARE: QuestionCase[] = [
  one("compare", "compare attendance between the april 2022 and april 2023 meetings", {
    meetings: [M22, M23],
    says: ["Lynne Owens", "Helen Ball", "Ella Watson", "Naomi Sterling"],
  }),
  one("compare", "who joined between 2022 and 2023", {
    meetings: [M22, M23],
    says: ["Lynne Owens", "Nesil Caliskan"],
    saysNot: ["Boris Johnson"],
  }),
  one("compare", "who left between the 2022 and 2023 meetings", {
    meetings: [M22, M23],
    says: ["Helen Ball", "Rhiannon Sawyer"],
  }),
  one("compare", "how did attendance change from 2021 to 2023", {
    meetings: [M21, M23],
    says: ["Georgia Gould", "Lynne Owens"],
  }),
  one("compare", "compare attendance at the march 2015 and february 2021 meetings", {
    meetings: [M15, M21],
    says: ["Boris Johnson", "Sadiq Khan"],
  }),
  one("compare", "which london councils people joined between 2022 and 2023", {
    meetings: [M22, M23],
    says: ["Nesil Caliskan", "Althea Loderick", "Ella Watson"],
    saysNot: ["Lynne Owens"],
  }),
  one("compare", "what's changed on disproportionality since 2021?", {
    meetings: [M21, M23],
    ordered: true,
    cites: [`${F23}:107`],
  }),
  one("compare", "how has the police and crime plan changed since 2020", {
    meetings: [M20, M21, M22],
    ordered: true,
  }),
  one("compare", "compare the dmg and the 2021 lcrb attendance", {
    meetings: [M20, M21],
    says: ["Paul Wylie", "Georgia Gould"],
  }),
  one("compare", "who was at the 2023 meeting but not at the 2022 one", {
    meetings: [M22, M23],
    says: ["Lynne Owens"],
    saysNot: ["Helen Ball"],
  }),
  one("compare", "attendance 2021 vs 2022", {
    meetings: [M21, M22],
    says: ["Helen Ball", "Georgia Gould"],
  }),
  one("compare", "compare the fraud meeting and the casey meeting attendance", {
    meetings: [M22, M23],
    says: ["Lynne Owens", "Helen Ball"],
  }),
  one(
    "compare",
    "how did the discussion of the police and crime plan change between 2020 and 2022",
    {
      meetings: [M20, M21, M22],
      ordered: true,
    },
  ),
  one("compare", "which organisations joined between 2015 and 2021", {
    meetings: [M15, M21],
    says: ["HMCTS"],
  }),
  one("compare", "mps attendance 2022 vs 2023", {
    meetings: [M22, M23],
    says: ["Lynne Owens", "Jane Garvan"],
    saysNot: ["Nesil Caliskan"],
  }),
];

const RELATIVE: QuestionCase[] = [
  one("relative", "what happened at the meeting after march 2015", { meeting: M20 }),
  one("relative", "the next meeting after the march 2015 one", {
    says: ["9 June 2015", "12:00", "City Hall"],
    cites: [`${F15}:73`],
  }),
  one("relative", "the first dmg", { meeting: M20 }),
  one("relative", "who attended the first LCRB meeting", {
    meeting: M15,
    says: ["Boris Johnson"],
  }),
  one("relative", "the last two lcrb meetings", { meetings: [M22, M23] }),
  one("relative", "the last two meetings", { meetings: [M22, M23] }),
  one("relative", "summarise the last three meetings", { meetings: [M21, M22, M23] }),
  one("relative", "the meeting before the casey meeting", { meeting: M22 }),
  one("relative", "who attended the one before the fraud meeting", {
    meeting: M21,
    says: ["Georgia Gould"],
  }),
  one("relative", "what happened at the meeting before april 2023", { meeting: M22 }),
  one("relative", "the lcrb meeting before the dmg", { meeting: M15 }),
  one("relative", "what happened at the meeting after the dmg", { meeting: M21 }),
  one("relative", "the second lcrb meeting", { meeting: M21 }),
  one("relative", "who attended the meeting before last", { meeting: M22, says: ["Helen Ball"] }),
  one("relative", "what was discussed at the meeting after the fraud meeting", { meeting: M23 }),
  one("relative", "who attended the meeting before the casey one", {
    meeting: M22,
    says: ["Helen Ball"],
  }),
  one("relative", "when is the next meeting after the june 2020 dmg", {
    says: ["8 July 2020", "7 September 2020"],
    cites: [`${F20}:62`],
  }),
  one("relative", "the lcrb meeting after march 2015", { meeting: M21 }),
  one("relative", "who attended the first meeting", { meeting: M15 }),
  one("relative", "the meeting after the first one", { meeting: M20 }),
  one("relative", "what was on the agenda two meetings before the latest", { meeting: M21 }),
  one("relative", "first two lcrb meetings", { meetings: [M15, M21] }),
  one("relative", "latest meeting before 2022", { meeting: M21 }),
];

const NARROW: QuestionCase[] = [
  one("narrow", "who sent apologies for the april 2023 meeting", {
    meeting: M23,
    says: ["Kenny Bowie", "Joanne Towens"],
    before: [["Joanne Towens", "Tamara Barnett"]],
    cites: [`${F23}:70`],
  }),
  one("narrow", "who chaired the march 2015 meeting", {
    meeting: M15,
    says: ["Boris Johnson"],
    saysNot: ["Kate Gilbert"],
  }),
  one("narrow", "who chaired the dmg", {
    meeting: M20,
    says: ["Sophie Linden", "Stephen House"],
    saysNot: ["Barry Hughes"],
  }),
  one("narrow", "was sadiq khan at the dmg?", { meeting: M20, lead: ["No"] }),
  one("narrow", "was claire waxman at the dmg", {
    meeting: M20,
    lead: ["Yes"],
    cites: [`${F20}:16`],
  }),
  one("narrow", "was claire waxman at the april 2023 meeting", {
    meeting: M23,
    lead: ["No"],
    says: ["apologies"],
  }),
  one("narrow", "did lynne owens attend the april 2023 meeting", { meeting: M23, lead: ["Yes"] }),
  one("narrow", "how many people attended the april 2022 meeting", { meeting: M22, lead: ["22"] }),
  one("narrow", "how many sent apologies in april 2023", { meeting: M23, lead: ["12"] }),
  one("narrow", "how many people were at the dmg", { meeting: M20, lead: ["13"] }),
  one("narrow", "how many attended the 2021 meeting", { meeting: M21, lead: ["36"] }),
  one("narrow", "how many lcrb meetings are there", { lead: ["4"] }),
  one("narrow", "who from london councils was at the 2021 meeting", {
    meeting: M21,
    says: ["John O'Brien", "Georgia Gould"],
    saysNot: ["Sadiq Khan"],
  }),
  one("narrow", "what time was the dmg", { meeting: M20, says: ["14:00"] }),
  one("narrow", "where was the march 2015 meeting", { meeting: M15, says: ["City Hall"] }),
  one("narrow", "who chaired the april 2023 meeting", {
    meeting: M23,
    says: ["Sadiq Khan"],
    saysNot: ["Lynne Owens"],
  }),
  one("narrow", "was boris johnson at the 2023 meeting", { meeting: M23, lead: ["No"] }),
  one("narrow", "was the met at the dmg", { meeting: M20, says: ["Stephen House"] }),
  one("narrow", "apologies april 2022", {
    meeting: M22,
    says: ["Jas Athwal", "Darren Rodwell"],
    before: [["Darren Rodwell", "Naomi Sterling"]],
  }),
  one("narrow", "who sent apologies to the 2015 meeting", {
    meeting: M15,
    says: ["no apologies"],
  }),
  one("narrow", "did sophie linden attend the 2015 meeting", { meeting: M15, lead: ["No"] }),
  one("narrow", "was doug flight at the march 2015 meeting", { meeting: M15, lead: ["Yes"] }),
  one("narrow", "how many meetings has doug flight attended", { says: ["5"] }),
  one("narrow", "who chaired the 2021 meeting", { meeting: M21, says: ["Sadiq Khan"] }),
  one("narrow", "how many apologies were there at the 2022 meeting", { meeting: M22, lead: ["2"] }),
  one("narrow", "who was in attendance as officers at the dmg", {
    meeting: M20,
    says: ["Andy Davis", "Tony Hawker"],
  }),
  one("narrow", "was jas athwal at the april 2022 meeting", {
    meeting: M22,
    lead: ["No"],
    says: ["apologies"],
  }),
  one("narrow", "how many dmg meetings do you have", { lead: ["1"] }),
  one("narrow", "who represented the cps in april 2023", {
    meeting: M23,
    says: ["Lionel Idan", "Barry Hughes"],
    saysNot: ["Lynne Owens"],
  }),
  one("narrow", "how many items were on the agenda in march 2015", { meeting: M15, lead: ["5"] }),
];

const FOLLOW_UP: QuestionCase[] = [
  chat(
    ["who attended the fraud meeting?", { meeting: M22 }],
    ["and who sent apologies?", { meeting: M22, says: ["Jas Athwal", "Darren Rodwell"] }],
  ),
  chat(
    ["what happened at the april 2023 meeting", { meeting: M23 }],
    ["what about the DMG?", { meeting: M20 }],
  ),
  chat(
    ["who attended the casey meeting", { meeting: M23 }],
    ["the one before?", { meeting: M22, says: ["Helen Ball"] }],
  ),
  chat(
    ["what did the board say about fraud", { meetingsInclude: [M22] }],
    ["tell me more", { meeting: M22, says: ["roundtable", "nationally coordinated"] }],
  ),
  chat(
    ["summarise the march 2015 meeting", { meeting: M15 }],
    ["more on item 3", { meeting: M15, says: ["CONTEST"], cites: [`${F15}:48`] }],
  ),
  chat(
    ["who attended the 2021 meeting", { meeting: M21 }],
    [
      "who from London Councils?",
      { meeting: M21, says: ["John O'Brien", "Georgia Gould"], saysNot: ["Sadiq Khan"] },
    ],
  ),
  chat(
    ["who attended the dmg", { meeting: M20 }],
    ["and who sent apologies?", { meeting: M20, says: ["no apologies"] }],
  ),
  chat(
    ["what happened at the fraud meeting", { meeting: M22 }],
    ["who chaired it?", { meeting: M22, says: ["Sadiq Khan"], saysNot: ["Naomi Sterling"] }],
  ),
  chat(
    ["who sent apologies in april 2023", { meeting: M23 }],
    ["how many?", { meeting: M23, lead: ["12"] }],
  ),
  chat(
    ["was sadiq khan at the dmg", { meeting: M20, lead: ["No"] }],
    ["what about the 2021 meeting?", { meeting: M21, lead: ["Yes"] }],
  ),
  chat(
    ["when was VAWG first raised", { meeting: M22 }],
    ["who attended that meeting?", { meeting: M22, says: ["Helen Ball"] }],
  ),
  chat(["who attended the first meeting", { meeting: M15 }], ["the one after?", { meeting: M20 }]),
  chat(
    ["summarise the casey meeting", { meeting: M23 }],
    ["more on item 3", { meeting: M23, says: ["Challenge Fund"], cites: [`${F23}:111`] }],
  ),
  chat(
    ["what did the board decide about counter terrorism", { meetingsInclude: [M15] }],
    ["who attended?", { meeting: M15, says: ["Boris Johnson"] }],
  ),
  chat(
    ["what happened at the dmg", { meeting: M20 }],
    ["and when was the next meeting after it?", { says: ["8 July 2020", "7 September 2020"] }],
  ),
  chat(
    ["who attended the april 2022 meeting", { meeting: M22 }],
    ["what about april 2023?", { meeting: M23, says: ["Lynne Owens"] }],
  ),
  chat(
    ["who from the mps attended the casey meeting", { meeting: M23, says: ["Lynne Owens"] }],
    ["and the one before?", { meeting: M22, says: ["Jane E Garvan"], saysNot: ["Naomi Sterling"] }],
  ),
  chat(
    ["which meetings discussed the police and crime plan", { meetingsInclude: [M20, M21, M22] }],
    ["who attended the first one?", { meeting: M20 }],
  ),
  chat(
    ["who attended the march 2015 meeting", { meeting: M15 }],
    ["what actions came out of it?", { meeting: M15, cites: [`${F15}:54`] }],
  ),
  chat(
    ["tell me about the 2021 meeting", { meeting: M21 }],
    [
      "who was there from the mps?",
      { meeting: M21, says: ["Michelle Chapman", "Rory Murray"], saysNot: ["Georgia Gould"] },
    ],
  ),
  chat(
    ["who attended the fraud meeting", { meeting: M22 }],
    ["was lynne owens there?", { meeting: M22, lead: ["No"] }],
  ),
  chat(
    ["which meetings discussed disproportionality", { meetingsInclude: [M21, M23] }],
    ["and in the dmg?", { meeting: M20, says: ["disproportionality"] }],
  ),
];

const CANNOT_KNOW: QuestionCase[] = [
  one("cannot-know", "who attended the 9 june 2015 meeting", {
    meeting: null,
    says: ["9 June 2015", "12:00", "City Hall"],
    saysNot: ["Kate Gilbert"],
  }),
  one("cannot-know", "what happened at the july 2020 lcrb", {
    meeting: null,
    says: ["8 July 2020"],
    cites: [`${F20}:62`],
  }),
  one("cannot-know", "what was decided at the september 2020 dmg", {
    meeting: null,
    says: ["7 September 2020"],
  }),
  one("cannot-know", "who attended the 2019 meeting", { meeting: null, says: ["2019"] }),
  one("cannot-know", "what did the board say about knife crime", {
    meeting: null,
    says: ["knife"],
  }),
  one("cannot-know", "who chaired the 24 january 2022 meeting", {
    meeting: null,
    says: ["24 January 2022"],
    saysNot: ["Sadiq Khan"],
  }),
  one("cannot-know", "who attended the 15 september meeting", {
    meeting: null,
    saysNot: ["Kate Gilbert"],
  }),
  one("cannot-know", "what was said about brexit", { meeting: null, says: ["brexit"] }),
  one("cannot-know", "was sadiq khan at the 2019 meeting", { meeting: null, says: ["2019"] }),
  one("cannot-know", "who sent apologies for the september 2020 dmg", {
    meeting: null,
    says: ["7 September 2020"],
  }),
  one("cannot-know", "how many people attended the 9 june 2015 meeting", {
    meeting: null,
    says: ["9 June 2015"],
  }),
  one("cannot-know", "what happened at the 14 january 2020 lcrb meeting", {
    meeting: null,
    says: ["14 January 2020"],
  }),
  one("cannot-know", "which meetings discussed brexit", { meeting: null, says: ["brexit"] }),
  one("cannot-know", "compare attendance between 2019 and 2023", { says: ["2019"] }),
  one("cannot-know", "who attended the meeting after the casey meeting", {
    meeting: null,
    says: ["12 April 2023"],
  }),
];

export const QUESTION_SET: readonly QuestionCase[] = [
  ...TOPIC_MEETING,
  ...ACROSS,
  ...COMPARE,
  ...RELATIVE,
  ...NARROW,
  ...FOLLOW_UP,
  ...CANNOT_KNOW,
];

export const QUESTION_SET_TODAY = "2026-12-05";
