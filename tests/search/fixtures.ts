import { type AgendaItem, BODY_TITLES, type Meeting } from "../../src/corpus/model.js";

// Hand-built meetings whose passages are real paragraphs from the seed minutes, so these tests
// do not wait on the parser.

function item(number: string | null, title: string, line: number, texts: string[]): AgendaItem {
  return {
    number,
    title,
    line,
    passages: texts.map((text, i) => ({ text, line: line + 2 + 2 * i })),
  };
}

function meeting(
  id: string,
  file: string,
  body: "LCRB" | "DMG",
  date: string,
  items: AgendaItem[],
): Meeting {
  return {
    id,
    file,
    body,
    title: BODY_TITLES[body],
    date,
    time: null,
    venue: null,
    attendees: [],
    items,
    actions: [],
    decisions: [],
    commitments: [],
    nextMeetings: [],
    source: null,
  };
}

export const MEETINGS: Meeting[] = [
  meeting("lcrb-2015-03-10", "004_17215f53eb22288e.txt", "LCRB", "2015-03-10", [
    item("3", "Counter Terrorism", 45, [
      "Taking as its basis that London has the highest CT threat and vulnerability of any UK City the Board discussed proposals contained in the presentation paper.",
      "The reluctance sometimes shown by the MPS to share information more widely stemmed from a concern that this may reveal how information is gathered and compromise future work.",
      "A general view was put forward that more political oversight and leadership on a London level would be beneficial and use learning from other areas such as Birmingham where there is currently greater oversight on this agenda.",
    ]),
    item("4", "Public Service Reform", 57, [
      "6. The criminal justice work and reoffending was discussed. The CPS wants to get people to court more quickly and are committed to working with partners but the system is stretched. Reoffending rates are higher as are ineffective trial rates. The initial part of the process, led by the police, is currently the quickest part. The CJS system is the area that is experiencing problems. Devolution is a potential means of setting objectives and encouraging a whole system approach.",
    ]),
    item("5", "Any other business", 69, [
      "Following the publication of an article in a newspaper, the Mayor raised the issue of police corruption. The Deputy Commissioner explained that historically corruption was bribe taking – sometimes on a large scale – but now it is predominately about the obtaining of information about police cases. The Met has an open approach to dealing with corruption which you would not find in America.",
    ]),
  ]),
  meeting("dmg-2020-06-08", "000_bc5123fd089beeb5.txt", "DMG", "2020-06-08", [
    item("4", "Police and Crime Plan", 48, [
      "The deferral of the mayoral election has meant that the latest the Police and Crime Plan (PCP) can be published was March 2022. There was no plan to produce an interim PCP because the Mayor's London Recovery Board and its subgroups (including LCRB/DMG) provide the opportunity to assess police and crime issues and evolve a vision for London post recovery within that broader context.",
    ]),
    item("6", "Any Other Business", 56, ["There was no other business."]),
  ]),
  meeting("lcrb-2021-02-02", "001_c2fb2c5d5dd83175.txt", "LCRB", "2021-02-02", [
    item("5", "Any other business", 121, [
      "The governance reforms of the LCRB and LCJB was discussed. Also, membership of the proposed Efficiency Board and the Safer Streets Board was raised and noted.",
    ]),
  ]),
  meeting("lcrb-2022-04-27", "003_0417dfde59a34df8.txt", "LCRB", "2022-04-27", [
    item("3", "Operational update", 55, [
      "Members received the report and noted the progress made by the MPS to reduce violence, in particular youth violence and VAWG (Violence Against Women and Girls).",
      "The MPS set out their focus to reduce teen homicide which included a series of targeted strategies for preventing serious youth violence.",
      "The CPS provided an update on the partnership work that has been pursued with the MPS around RASSO (rape and serious sexual offences) highlighting further work that could be done with regards to stalking and to reduce serous youth violence.",
    ]),
    item("6", "Tackling fraud", 83, [
      "It was recommended that tackling fraud of this nature required, as a priority, the implementation of a nationally coordinated response.",
      "Members noted MOPAC's intention to set up a roundtable in which partners would be invited to discuss the issue of fraud and how best to combat this issue.",
    ]),
    item("7", "Any other business", 97, ["There was no other business to report."]),
  ]),
  meeting("lcrb-2023-04-12", "002_0368bc6123038781.txt", "LCRB", "2023-04-12", [
    item("2", "Casey Review", 87, [
      "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning.",
      "London Councils reflected on Baroness Casey's view of the relationship between MOPAC and the MPS and MOPAC's oversight.",
      "2. Community engagement",
    ]),
    item("3", "Disproportionality", 105, [
      "Partnership work on adult disproportionality within the CJS is progressing through four working groups: pre-charge and charge, courts and sentencing, offender and sentence management and third sector and service user voice.",
    ]),
  ]),
];
