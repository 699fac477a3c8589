/**
 * Questions about what the seed minutes record beyond attendance — decisions, commitments, the
 * glossary, who held which post — written with their expected answers before the answers were
 * built. An answer passes when its text holds every `expect` fragment (case and spacing aside)
 * and none of the `forbid` ones; `cite` fragments are "file:line" citations it must show.
 */
export interface RecordQuestion {
  question: string;
  /** The date "latest" and "next" are read against. */
  today?: string;
  expect: string[];
  cite?: string[];
  forbid?: string[];
}

const DMG_2020 = "000_bc5123fd089beeb5.txt";
const LCRB_2021 = "001_c2fb2c5d5dd83175.txt";
const LCRB_2023 = "002_0368bc6123038781.txt";
const LCRB_2022 = "003_0417dfde59a34df8.txt";
const LCRB_2015 = "004_17215f53eb22288e.txt";

export const RECORD_QUESTIONS: RecordQuestion[] = [
  // Decisions and commitments
  {
    question: "what was decided about fraud?",
    expect: ["roundtable"],
    cite: [`${LCRB_2022}:91`],
  },
  {
    question: "what decisions were made at the April 2022 meeting?",
    expect: ["approved the minutes", "terms of reference"],
    cite: [`${LCRB_2022}:47`, `${LCRB_2022}:53`],
  },
  {
    question: "what was agreed at the March 2015 meeting?",
    expect: ["true and accurate record", "agreed by the Board", "public service reform"],
    cite: [`${LCRB_2015}:43`, `${LCRB_2015}:50`, `${LCRB_2015}:65`],
  },
  {
    question: "what actions were agreed at the latest meeting?",
    today: "2026-12-05",
    expect: ["12 April 2023", "update will be provided at the next meeting"],
    cite: [`${LCRB_2023}:85`],
  },
  {
    question: "what is MOPAC committed to?",
    expect: ["update partners", "lead on this"],
    cite: [`${LCRB_2023}:103`, `${LCRB_2015}:65`],
  },
  {
    question: "what did MOPAC promise?",
    expect: ["update partners"],
    cite: [`${LCRB_2023}:103`],
  },
  {
    question: "what was promised for the next meeting, and did it come up?",
    today: "2026-12-05",
    expect: ["update will be provided at the next meeting"],
    cite: [`${LCRB_2023}:85`],
  },
  {
    question: "actions from the DMG",
    expect: ["DMG", "notes were approved"],
    cite: [`${DMG_2020}:32`],
    forbid: ["CONTEST"],
  },
  {
    question: "what did the DMG decide?",
    expect: ["notes were approved", "continue to seek transparency"],
    cite: [`${DMG_2020}:32`, `${DMG_2020}:46`],
    forbid: ["true and accurate record"],
  },
  {
    question: "what did the board agree about the CONTEST board?",
    expect: ["agreed by the Board"],
    cite: [`${LCRB_2015}:50`],
  },
  {
    question: "what was decided about the terms of reference?",
    expect: ["terms of reference"],
    cite: [`${LCRB_2022}:53`],
  },
  {
    question: "what was decided about disproportionality?",
    expect: ["continue to seek transparency"],
    cite: [`${DMG_2020}:46`],
  },
  {
    question: "what will London Councils do?",
    expect: ["lead on this"],
    cite: [`${LCRB_2015}:65`],
  },
  {
    question: "what commitments were made in 2023?",
    expect: ["court backlogs will be discussed again", "update partners"],
    cite: [`${LCRB_2023}:85`, `${LCRB_2023}:103`],
  },
  {
    question: "what was noted at the 2021 meeting?",
    expect: ["raised and noted"],
    cite: [`${LCRB_2021}:123`],
  },
  // Glossary
  {
    question: "what does MOPAC stand for?",
    expect: ["Mayor's Office for Policing and Crime"],
  },
  { question: "what is the VRU", expect: ["Violence Reduction Unit"] },
  {
    question: "what does VAWG stand for?",
    expect: ["Violence Against Women and Girls"],
    cite: [`${LCRB_2022}:57`],
  },
  {
    question: "what does RASSO mean?",
    expect: ["rape and serious sexual offences"],
    cite: [`${LCRB_2022}:63`],
  },
  {
    question: "what does PCP stand for?",
    expect: ["Police and Crime Plan"],
    cite: [`${DMG_2020}:50`],
  },
  {
    question: "what does VRAP stand for",
    expect: ["violence reduction action plans"],
    cite: [`${LCRB_2021}:119`],
  },
  { question: "what does CPS stand for", expect: ["Crown Prosecution Service"] },
  {
    question: "what does MPS stand for?",
    expect: ["Metropolitan Police Service"],
    cite: [`${LCRB_2015}:18`],
  },
  { question: "what is HMCTS?", expect: ["Courts and Tribunals Service"] },
  { question: "what does DMPC stand for?", expect: ["Deputy Mayor for Policing and Crime"] },
  // The first version only forbade "stands for", which a refusal ("I do not know what QXZV
  // stands for") says too; the answer must say it does not know.
  { question: "what does QXZV stand for?", expect: ["QXZV", "do not know"] },
  // Posts over time
  {
    question: "who was the deputy commissioner in 2015?",
    expect: ["Craig Mackey"],
    cite: [`${LCRB_2015}:18`],
    forbid: ["Helen Ball"],
  },
  {
    question: "who was the deputy commissioner in 2022?",
    expect: ["Helen Ball"],
    cite: [`${LCRB_2022}:23`],
    forbid: ["Craig Mackey"],
  },
  {
    question: "who chairs the DMG?",
    expect: ["Sophie Linden", "Stephen House"],
    cite: [`${DMG_2020}:13`],
  },
  {
    question: "who chaired the LCRB in 2015?",
    expect: ["Boris Johnson"],
    cite: [`${LCRB_2015}:13`],
  },
  {
    question: "who represents the CPS?",
    expect: ["Barry Hughes", "Lionel Idan"],
    cite: [`${LCRB_2023}:63`],
  },
  {
    question: "who was the DMPC in 2015?",
    expect: ["Stephen Greenhalgh"],
    cite: [`${LCRB_2015}:14`],
  },
  {
    question: "who was the deputy commissioner?",
    expect: ["Craig Mackey", "Stephen House", "Helen Ball"],
  },
];
