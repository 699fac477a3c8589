/**
 * Questions about the five seed minutes, written from reading them, in the words people use:
 * paraphrases, acronyms one way or the other, typos, whole questions, lower case. Each names the
 * agenda items that answer it by file and a fragment of the item title, which survives however
 * the parser numbers items ("2. Item 3 - Disproportionality" in 002 has two numbers).
 */
export interface AnsweringItem {
  file: string;
  /** A fragment of the item title, compared in lower case with punctuation as spaces. */
  title: string;
}

export interface EvalQuestion {
  question: string;
  answers: AnsweringItem[];
}

const DMG_2020 = "000_bc5123fd089beeb5.txt";
const LCRB_2021 = "001_c2fb2c5d5dd83175.txt";
const LCRB_2023 = "002_0368bc6123038781.txt";
const LCRB_2022 = "003_0417dfde59a34df8.txt";
const LCRB_2015 = "004_17215f53eb22288e.txt";

const at = (file: string, title: string): AnsweringItem => ({ file, title });

export const EVAL_SET: EvalQuestion[] = [
  { question: "what did the board say about fraud?", answers: [at(LCRB_2022, "tackling fraud")] },
  { question: "fraud roundtable", answers: [at(LCRB_2022, "tackling fraud")] },
  {
    question: "Is anyone doing anything about scams and fraud?",
    answers: [at(LCRB_2022, "tackling fraud")],
  },
  {
    question: "VAWG",
    answers: [at(LCRB_2022, "operational update"), at(LCRB_2022, "safety at night")],
  },
  {
    question: "violence against women and girls",
    answers: [at(LCRB_2022, "operational update"), at(LCRB_2022, "safety at night")],
  },
  { question: "womens night safety charter", answers: [at(LCRB_2022, "safety at night")] },
  { question: "is london safe for women at night?", answers: [at(LCRB_2022, "safety at night")] },
  { question: "teen homicides", answers: [at(LCRB_2022, "operational update")] },
  { question: "homocide", answers: [at(LCRB_2022, "operational update")] },
  { question: "rasso", answers: [at(LCRB_2022, "operational update")] },
  {
    question: "rape and serious sexual offences",
    answers: [at(LCRB_2022, "operational update"), at(DMG_2020, "impact on delivery")],
  },
  { question: "stalking", answers: [at(LCRB_2022, "operational update")] },
  { question: "serious youth violence", answers: [at(LCRB_2022, "operational update")] },
  { question: "young black women in gangs", answers: [at(LCRB_2022, "operational update")] },
  {
    question: "shared intelligence hubs with probation",
    answers: [at(LCRB_2022, "operational update")],
  },
  {
    question: "crown prosecution service work on rape",
    answers: [at(LCRB_2022, "operational update")],
  },
  { question: "£60 million for survivors", answers: [at(LCRB_2022, "safety at night")] },
  { question: "counter terrorism", answers: [at(LCRB_2015, "counter terrorism")] },
  { question: "CT threat in London", answers: [at(LCRB_2015, "counter terrorism")] },
  {
    question: "what about terrorists and extremism?",
    answers: [at(LCRB_2015, "counter terrorism"), at(LCRB_2021, "preparing for the next plan")],
  },
  { question: "london prevent board", answers: [at(LCRB_2015, "counter terrorism")] },
  { question: "the new contest board", answers: [at(LCRB_2015, "counter terrorism")] },
  {
    question: "sharing information with local authority heads",
    answers: [at(LCRB_2015, "counter terrorism")],
  },
  { question: "police corruption", answers: [at(LCRB_2015, "other business")] },
  { question: "is the met institutionally corrupt?", answers: [at(LCRB_2015, "other business")] },
  { question: "corupption", answers: [at(LCRB_2015, "other business")] },
  { question: "casey review", answers: [at(LCRB_2023, "casey review")] },
  { question: "baroness casey's report on the met", answers: [at(LCRB_2023, "casey review")] },
  { question: "Met response to Casey", answers: [at(LCRB_2023, "casey review")] },
  { question: "turnaround plan", answers: [at(LCRB_2023, "casey review")] },
  { question: "MPS estate strategy", answers: [at(LCRB_2023, "casey review")] },
  { question: "new London Policing Board", answers: [at(LCRB_2023, "casey review")] },
  { question: "MOPAC's oversight of the police", answers: [at(LCRB_2023, "casey review")] },
  {
    question: "disproportionality challenge fund",
    answers: [at(LCRB_2023, "disproportionality")],
  },
  { question: "out of court disposals", answers: [at(LCRB_2023, "disproportionality")] },
  { question: "CPS scrutiny panel", answers: [at(LCRB_2023, "disproportionality")] },
  {
    question: "disproportionalty in the justice system",
    answers: [
      at(LCRB_2023, "disproportionality"),
      at(LCRB_2021, "tackling ethnic disproportionality"),
      at(DMG_2020, "impact on delivery"),
      at(DMG_2020, "lcrb agenda"),
    ],
  },
  {
    question: "court backlogs",
    answers: [
      at(LCRB_2023, "previous actions"),
      at(DMG_2020, "impact on delivery"),
      at(DMG_2020, "lcrb agenda"),
    ],
  },
  {
    question: "resettlement between probation and prisons",
    answers: [at(LCRB_2023, "previous actions")],
  },
  { question: "youth action plan", answers: [at(LCRB_2021, "tackling ethnic disproportionality")] },
  {
    question: "racial disparities for young people",
    answers: [
      at(LCRB_2021, "tackling ethnic disproportionality"),
      at(LCRB_2023, "disproportionality"),
    ],
  },
  { question: "recruiting more BAME officers", answers: [at(LCRB_2021, "trust in policing")] },
  { question: "buddy scheme", answers: [at(LCRB_2021, "trust in policing")] },
  { question: "pre-handcuffing review", answers: [at(LCRB_2021, "trust in policing")] },
  {
    question: "transparency and accountability in policing",
    answers: [at(LCRB_2021, "trust in policing"), at(DMG_2020, "community relations")],
  },
  { question: "body worn video", answers: [at(LCRB_2021, "preparing for the next plan")] },
  { question: "violence reduction unit", answers: [at(LCRB_2021, "preparing for the next plan")] },
  { question: "my ends funding", answers: [at(LCRB_2021, "preparing for the next plan")] },
  { question: "victims code review", answers: [at(LCRB_2021, "preparing for the next plan")] },
  {
    question: "help for people fleeing domestic abuse",
    answers: [at(LCRB_2021, "preparing for the next plan")],
  },
  {
    question: "the next police and crime plan",
    answers: [
      at(LCRB_2021, "preparing for the next plan"),
      at(DMG_2020, "police and crime plan"),
      at(LCRB_2022, "police and crime plan"),
    ],
  },
  { question: "PCP outcomes framework", answers: [at(LCRB_2022, "police and crime plan")] },
  { question: "why was there no interim PCP?", answers: [at(DMG_2020, "police and crime plan")] },
  { question: "mayoral election deferred", answers: [at(DMG_2020, "police and crime plan")] },
  {
    question: "covid impact on the criminal justice system",
    answers: [at(DMG_2020, "impact on delivery"), at(DMG_2020, "lcrb agenda")],
  },
  {
    question: "coronavirus recovery",
    answers: [at(DMG_2020, "impact on delivery"), at(DMG_2020, "lcrb agenda")],
  },
  {
    question: "night time economy",
    answers: [at(DMG_2020, "impact on delivery"), at(LCRB_2022, "safety at night")],
  },
  {
    question: "community engagement after the recent disorder",
    answers: [at(DMG_2020, "community relations")],
  },
  { question: "communities feeling over-policed", answers: [at(DMG_2020, "community relations")] },
  { question: "public service reform", answers: [at(LCRB_2015, "public service reform")] },
  { question: "reoffending rates", answers: [at(LCRB_2015, "public service reform")] },
  {
    question: "transforming rehabilitation and the CRC",
    answers: [at(LCRB_2015, "public service reform")],
  },
  {
    question: "community rehabilitation company",
    answers: [at(LCRB_2015, "public service reform")],
  },
  { question: "LCJB governance reforms", answers: [at(LCRB_2021, "other business")] },
  { question: "safer streets board", answers: [at(LCRB_2021, "other business")] },
  {
    question: "terms of reference for the partnership board",
    answers: [at(LCRB_2022, "terms of reference")],
  },
  {
    question: "what are the six asks Lynne Owens made of partners?",
    answers: [at(LCRB_2023, "casey review")],
  },
  { question: "a superintendent for each borough", answers: [at(LCRB_2023, "casey review")] },
  { question: "HMICFRS recommendations", answers: [at(LCRB_2023, "casey review")] },
  {
    question: "grants for youth justice projects in six boroughs",
    answers: [at(LCRB_2023, "disproportionality")],
  },
  {
    question: "working groups on courts and sentencing",
    answers: [at(LCRB_2023, "disproportionality")],
  },
  {
    question: "capacity and demand model for the courts",
    answers: [at(LCRB_2023, "previous actions")],
  },
  {
    question: "london recovery board",
    answers: [at(DMG_2020, "impact on delivery"), at(DMG_2020, "police and crime plan")],
  },
  {
    question: "delays causing stress and trauma for victims",
    answers: [at(DMG_2020, "impact on delivery")],
  },
  { question: "race equality in criminal justice", answers: [at(DMG_2020, "lcrb agenda")] },
  {
    question: "building confidence in police powers",
    answers: [at(DMG_2020, "community relations")],
  },
  {
    question: "College of Policing assessment centre",
    answers: [at(LCRB_2021, "trust in policing")],
  },
  { question: "road traffic stops", answers: [at(LCRB_2021, "trust in policing")] },
  { question: "police complaints survey", answers: [at(LCRB_2021, "trust in policing")] },
  {
    question: "workshops with young people and communities",
    answers: [at(LCRB_2021, "tackling ethnic disproportionality")],
  },
  {
    question: "parenting programme for vulnerable young people",
    answers: [at(LCRB_2021, "preparing for the next plan")],
  },
  { question: "efficiency board membership", answers: [at(LCRB_2021, "other business")] },
  {
    question: "were the january 2022 minutes approved?",
    answers: [at(LCRB_2022, "minutes of the previous meeting")],
  },
  { question: "harassment of women", answers: [at(LCRB_2022, "safety at night")] },
  {
    question: "getting local businesses to sign up to the charter",
    answers: [at(LCRB_2022, "safety at night")],
  },
  { question: "national response to fraud", answers: [at(LCRB_2022, "tackling fraud")] },
  {
    question: "Mark Rowley's briefing to the Mayor",
    answers: [at(LCRB_2015, "counter terrorism")],
  },
  {
    question: "oversight in Birmingham and the West Midlands",
    answers: [at(LCRB_2015, "counter terrorism")],
  },
  {
    question: "mental health and drug services for people leaving prison",
    answers: [at(LCRB_2015, "public service reform")],
  },
  { question: "ineffective trials", answers: [at(LCRB_2015, "public service reform")] },
  { question: "devolution", answers: [at(LCRB_2015, "public service reform")] },
  // Verbs for the minutes' nouns, and the people for the deed (derivation.ts).
  {
    question: "should criminal justice be devolved to London?",
    answers: [at(LCRB_2015, "public service reform")],
  },
  {
    question: "diverting offenders after the disorder",
    answers: [at(DMG_2020, "policing and community relations")],
  },
  {
    question: "reductions in serious youth violence",
    answers: [at(LCRB_2022, "operational update")],
  },
  { question: "anything on fraudsters?", answers: [at(LCRB_2022, "tackling fraud")] },
  { question: "bribes", answers: [at(LCRB_2015, "other business")] },
  { question: "newspaper article about the police", answers: [at(LCRB_2015, "other business")] },
  {
    question: "London Councils' concerns about the estate strategy",
    answers: [at(LCRB_2023, "casey review")],
  },
  {
    question: "were the february DMG actions closed?",
    answers: [at(DMG_2020, "welcome, minutes and actions")],
  },
];
