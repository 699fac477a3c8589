import type { Body } from "../../src/corpus/model.js";

/**
 * Decisions and commitments in minutes prose, labelled by hand before the extractor was written:
 * every passage of the five seed minutes that holds one (or looks as if it might), and written
 * variants for the forms the seeds lack (passive with "by", "It was agreed that…", "X to do Y by
 * date", deferrals, negations). A gold entry is found by a fragment of its sentence; an extracted
 * entry counts as right when its text contains the fragment of a gold entry of the same list.
 * `unsure` fragments are sentences a careful reader could file either way: finding them, or not,
 * is neither right nor wrong.
 */
export interface GoldDecision {
  fragment: string;
  kind: "agreed" | "approved" | "noted" | "endorsed";
}

export interface GoldCommitment {
  fragment: string;
  kind: "will" | "to" | "report_back" | "deferred";
  /** Asserted only when given; null means the sentence names no owner. */
  owner?: string | null;
  /** Asserted only when given. */
  due?: string | null;
}

export interface GoldPassage {
  /** "004:43" for a seed passage (file prefix and line), "written" for a variant. */
  source: string;
  body: Body;
  /** The meeting's date: "in July" is read in its year. */
  date: string;
  text: string;
  decisions: GoldDecision[];
  commitments: GoldCommitment[];
  unsure?: string[];
}

const DMG_2020 = { body: "DMG", date: "2020-06-08" } as const;
const LCRB_2021 = { body: "LCRB", date: "2021-02-02" } as const;
const LCRB_2022 = { body: "LCRB", date: "2022-04-27" } as const;
const LCRB_2023 = { body: "LCRB", date: "2023-04-12" } as const;
const LCRB_2015 = { body: "LCRB", date: "2015-03-10" } as const;

export const RECORD_GOLD: GoldPassage[] = [
  // 000 — DMG 8 June 2020
  {
    source: "000:32",
    ...DMG_2020,
    text: "The detailed notes were approved. The actions from the February DMG meeting were all closed and actions on disproportionality from the January 14 LCRB meeting were covered in the Agenda.",
    decisions: [{ fragment: "The detailed notes were approved", kind: "approved" }],
    commitments: [],
  },
  {
    source: "000:44",
    ...DMG_2020,
    text: "The Group was updated on the means of recovery and renewal post COVID and the work of the London Recovery Board, the Strategic Coordination Group and the Transition Board. The Social Recovery Working Group was to monitor the COVID related items, such as backlogs, victims' services and violence prevention, within the CJS. The Group heard updates from Probation, the CPS and HMCTS on the recovery of services, backlog and the roll out of technology.",
    decisions: [],
    commitments: [],
    unsure: ["Social Recovery Working Group was to monitor"],
  },
  {
    source: "000:46",
    ...DMG_2020,
    text: "The Group discussed finance, transformation plans and the medium to long-term consequences of Covid. Renewal and transition around the opening up of hospitality and the night time economy was also discussed. With reference to disproportionality, beyond a simple policing issue, it was agreed to continue to seek transparency on disproportionality data in terms of workforce and outcomes in the flow of cases through the CJS.",
    decisions: [{ fragment: "it was agreed to continue to seek transparency", kind: "agreed" }],
    commitments: [],
    unsure: ["it was agreed to continue to seek transparency"],
  },
  {
    source: "000:50",
    ...DMG_2020,
    text: "The deferral of the mayoral election has meant that the latest the Police and Crime Plan (PCP) can be published was March 2022. There was no plan to produce an interim PCP because the Mayor's London Recovery Board and its subgroups (including LCRB/DMG) provide the opportunity to assess police and crime issues.",
    decisions: [],
    commitments: [],
  },
  {
    source: "000:54",
    ...DMG_2020,
    text: "The agenda for the July 8 London Crime Reduction Board was agreed and will cover: COVID-19 Impact and Recovery - backlogs and delays within the CJS and delays to victims' services. The standing item on disproportionality would cover race equality in the criminal justice system.",
    decisions: [
      {
        fragment: "The agenda for the July 8 London Crime Reduction Board was agreed",
        kind: "agreed",
      },
    ],
    commitments: [],
    unsure: ["The standing item on disproportionality would cover"],
  },
  // 001 — LCRB 2 February 2021
  {
    source: "001:109",
    ...LCRB_2021,
    text: "The Board was given a summary on progress on the Youth Action Plan. The Deputy Mayor convened a meeting on 25 January to gain support from partners for the plan and to agree actions and outcomes. Partners were thanked for their support in building the plan which was developed in close consultation with young people, communities and VCS organisations via a series of workshops and meetings. Partners committed their support to the plan and the delivery of the actions.",
    decisions: [],
    commitments: [],
    unsure: ["Partners committed their support"],
  },
  {
    source: "001:111",
    ...LCRB_2021,
    text: "In summary, the Plan was co-produced by partner agencies and young people whose voices have been made evident in the work. The next steps were to finalise and launch the plan and then begin delivery against its objectives as soon as possible.",
    decisions: [],
    commitments: [],
    unsure: ["The next steps were to finalise"],
  },
  {
    source: "001:123",
    ...LCRB_2021,
    text: "The governance reforms of the LCRB and LCJB was discussed. Also, membership of the proposed Efficiency Board and the Safer Streets Board was raised and noted.",
    decisions: [{ fragment: "Safer Streets Board was raised and noted", kind: "noted" }],
    commitments: [],
  },
  {
    source: "001:105",
    ...LCRB_2021,
    text: "The MPS work in relation to the Action Plan was summarised. A 'buddy' scheme with support for each new BAME officer was in place. The MPS was pushing for legislative change to increase recruitment of BAME candidates.",
    decisions: [],
    commitments: [],
  },
  // 003 — LCRB 27 April 2022
  {
    source: "003:43",
    ...LCRB_2022,
    text: "The Mayor opened the meeting welcoming Deputy Commissioner Helen Ball and Amy Lame. Apologies were received from Councillor Athwal and Councillor Rodwell.",
    decisions: [],
    commitments: [],
  },
  {
    source: "003:47",
    ...LCRB_2022,
    text: "Members approved the minutes of the meeting held on 24 January 2022.",
    decisions: [{ fragment: "Members approved the minutes", kind: "approved" }],
    commitments: [],
  },
  {
    source: "003:49",
    ...LCRB_2022,
    text: "Members noted the action from the previous meeting.",
    decisions: [{ fragment: "Members noted the action", kind: "noted" }],
    commitments: [],
  },
  {
    source: "003:53",
    ...LCRB_2022,
    text: "Members noted and approved the terms of reference for the new partnership board structure.",
    decisions: [
      { fragment: "Members noted and approved the terms of reference", kind: "approved" },
    ],
    commitments: [],
  },
  {
    source: "003:57",
    ...LCRB_2022,
    text: "Members received the report and noted the progress made by the MPS to reduce violence, in particular youth violence and VAWG (Violence Against Women and Girls).",
    decisions: [{ fragment: "noted the progress made by the MPS", kind: "noted" }],
    commitments: [],
  },
  {
    source: "003:59",
    ...LCRB_2022,
    text: "The MPS set out their focus to reduce teen homicide which included a series of targeted strategies for preventing serious youth violence. It was noted that the refreshed action plan to tackle violence against victim and girls was launched in April and set out the MPS' focus to raise professional standards of officers with the aim to root out unacceptable behaviour.",
    decisions: [{ fragment: "It was noted that the refreshed action plan", kind: "noted" }],
    commitments: [],
  },
  {
    source: "003:63",
    ...LCRB_2022,
    text: "The CPS provided an update on the partnership work that has been pursued with the MPS around RASSO (rape and serious sexual offences) highlighting further work that could be done with regards to stalking and to reduce serous youth violence.",
    decisions: [],
    commitments: [],
  },
  {
    source: "003:65",
    ...LCRB_2022,
    text: "Members were advised regarding the shared intelligence hubs that were being developed in conjunction with the NPS and the Met that would facilitate immediate crime updates and allow enforcement to take place quickly.",
    decisions: [],
    commitments: [],
  },
  {
    source: "003:71",
    ...LCRB_2022,
    text: "Members engagement with the PCP was acknowledged and the shared commitment as the plan developed. MOPAC officers expressed appreciation to the CPS for the collaborative work and their engagement around the work of victimisation.",
    decisions: [],
    commitments: [],
    unsure: ["Members engagement with the PCP was acknowledged"],
  },
  {
    source: "003:77",
    ...LCRB_2022,
    text: "The Mayors' commitment to ensure that London was a city where all women felt confident and safe at night was made clear and as such the Women's Night Safety Charter launched in 2018 was noted as being one of the key ways in which the commitment was being implemented.",
    decisions: [],
    commitments: [],
    unsure: ["The Mayors' commitment to ensure"],
  },
  {
    source: "003:81",
    ...LCRB_2022,
    text: "Members were encouraged to consider ways in which they could take action and work in partnership to further the objectives of the Women's Night Safety Charter, in order to encourage local businesses to sign up and promote positive action to combat sexual assault and harassment against women.",
    decisions: [],
    commitments: [],
  },
  {
    source: "003:85",
    ...LCRB_2022,
    text: "The Mayor stated his commitment to keep Londoners safe which formed part of the Police and Crime Plan.",
    decisions: [],
    commitments: [],
    unsure: ["The Mayor stated his commitment"],
  },
  {
    source: "003:87",
    ...LCRB_2022,
    text: "It was recommended that tackling fraud of this nature required, as a priority, the implementation of a nationally coordinated response.",
    decisions: [],
    commitments: [],
  },
  {
    source: "003:91",
    ...LCRB_2022,
    text: "Members noted MOPAC's intention to set up a roundtable in which partners would be invited to discuss the issue of fraud and how best to combat this issue.",
    decisions: [{ fragment: "Members noted MOPAC's intention", kind: "noted" }],
    commitments: [
      {
        fragment: "MOPAC's intention to set up a roundtable",
        kind: "to",
        owner: "MOPAC",
        due: null,
      },
    ],
  },
  {
    source: "003:93",
    ...LCRB_2022,
    text: "MOPAC officers made clear their support to partners stating that they would provide and the tools to assist work to tackle fraud.",
    decisions: [],
    commitments: [{ fragment: "they would provide", kind: "will", owner: "MOPAC", due: null }],
  },
  {
    source: "003:95",
    ...LCRB_2022,
    text: "Members welcomed the roundtable which was viewed as a good opportunity to bring on board the CPS nationally and other partners to be involved at national and London level.",
    decisions: [],
    commitments: [],
    unsure: ["Members welcomed the roundtable"],
  },
  {
    source: "003:99",
    ...LCRB_2022,
    text: "There was no other business to report.",
    decisions: [],
    commitments: [],
  },
  // 002 — LCRB 12 April 2023
  {
    source: "002:85",
    ...LCRB_2023,
    text: "The previous minutes were agreed, and MOPAC went through the outstanding actions. There is progress in relation to resettlement teams between Probation and Prisons and an update will be provided at the next meeting. In respect of court backlogs, MOPAC has now started work with partners to develop a model of capacity and demand across the CJS and partners have agreed to share data. The issue of court backlogs will be discussed again at the next LCRB in July.",
    decisions: [{ fragment: "The previous minutes were agreed", kind: "agreed" }],
    commitments: [
      {
        fragment: "an update will be provided at the next meeting",
        kind: "will",
        owner: null,
        due: "next meeting",
      },
      { fragment: "partners have agreed to share data", kind: "to", owner: "partners", due: null },
      {
        fragment: "The issue of court backlogs will be discussed again",
        kind: "deferred",
        owner: null,
        due: "2023-07",
      },
    ],
    unsure: ["partners have agreed to share data"],
  },
  {
    source: "002:92",
    ...LCRB_2023,
    text: "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning. Dame Lynne Owens reflected that aspects of the report which are not the subject of formal recommendations, but still require action, are being collated. The MPS have published a draft Turnaround plan, a revised version will be published in due course in the light of the consultation feedback incorporating recommendations from Casey, previous MOPAC reports, HMICFRS and others.",
    decisions: [],
    commitments: [
      { fragment: "a revised version will be published in due course", kind: "will", due: null },
    ],
  },
  {
    source: "002:101",
    ...LCRB_2023,
    text: "Partners on the board offered their support to the MPS in achieving the recommendations and transforming the MPS. London Councils raised continued concerns regarding the Estate Strategy and BCU model. Dame Lynne Owens agreed that the former needs to be reviewed and welcomed feedback from partners. She discussed the role of the new Superintendent for each London borough and set out the vision of how this will improve neighbourhood policing.",
    decisions: [],
    commitments: [],
    unsure: [
      "Dame Lynne Owens agreed that the former needs to be reviewed",
      "Partners on the board offered their support",
    ],
  },
  {
    source: "002:103",
    ...LCRB_2023,
    text: "London Councils reflected on Baroness Casey's view of the relationship between MOPAC and the MPS and MOPAC's oversight. The Mayor and DMPC advised that MOPAC accept the recommendations and are responding to them. MOPAC are in the process of developing the new London Policing Board and will update partners once decisions have been made about its structure.",
    decisions: [],
    commitments: [
      { fragment: "will update partners once decisions", kind: "will", owner: "MOPAC", due: null },
    ],
    unsure: ["MOPAC accept the recommendations"],
  },
  {
    source: "002:113",
    ...LCRB_2023,
    text: "Commander Nick John is leading MPS criminal justice work which includes disproportionality considerations within out of court disposals; particularly considering the new legislation and forthcoming framework. A disproportionality scrutiny panel has also been set up by the CPS following a commissioned review. Learning is being shared with prosecutors and officers to improve decision making.",
    decisions: [],
    commitments: [],
  },
  // 004 — LCRB 10 March 2015
  {
    source: "004:39",
    ...LCRB_2015,
    text: "The Chair, Mayor Johnson welcomed the Board members and opened the meeting.",
    decisions: [],
    commitments: [],
  },
  {
    source: "004:43",
    ...LCRB_2015,
    text: "The minutes were agreed as a true and accurate record of the meeting. There were no outstanding actions.",
    decisions: [
      { fragment: "The minutes were agreed as a true and accurate record", kind: "agreed" },
    ],
    commitments: [],
  },
  {
    source: "004:48",
    ...LCRB_2015,
    text: "2. The Board considered the CT needs of London and what was felt to be the shortcomings of current regional oversight. Overall information sharing was seen as a key element in future work and it was asked if the briefing provided by Mark Rowley of the MPS to the Mayor could be made available to the boroughs.",
    decisions: [],
    commitments: [],
  },
  {
    source: "004:50",
    ...LCRB_2015,
    text: "4. The Board discussed the proposed new model for London – the London-wide CONTEST Board. This would be separate to the LCRB and would be co-chaired by the DMPC and the chair of London Councils. It would be designed to provide the link between City Hall and London Councils and would include attendees from the police, NOMS, Health and the Home Office. It would report back to LCRB. The initial work would be to establish a new Prevent framework and would be supported by the London Prevent Board (chaired by Martin Esom). This was agreed by the Board. The details will be worked up outside the LCRB.",
    decisions: [{ fragment: "This was agreed by the Board", kind: "agreed" }],
    commitments: [
      {
        fragment: "The details will be worked up outside the LCRB",
        kind: "will",
        owner: null,
        due: null,
      },
    ],
    unsure: ["It would report back to LCRB", "This would be separate to the LCRB"],
  },
  {
    source: "004:54",
    ...LCRB_2015,
    text: "Action 1: Partners from MOPAC, MPS, London Councils, Health and MoJ/HO will meet to design and create a new London-Wide CT CONTEST Board. Partners will aim to hold the first full CONTEST board in May or June 2015.",
    // A recorded action stays in `actions`; it is not read again as a commitment.
    decisions: [],
    commitments: [],
  },
  {
    source: "004:59",
    ...LCRB_2015,
    text: "6. The criminal justice work and reoffending was discussed. The CPS wants to get people to court more quickly and are committed to working with partners but the system is stretched. Reoffending rates are higher as are ineffective trial rates.",
    decisions: [],
    commitments: [],
    unsure: ["are committed to working with partners"],
  },
  {
    source: "004:60",
    ...LCRB_2015,
    text: "7. The work on rehabilitation, particularly the through the gate piece, is something that affects most of the partners represented on the Board. When offenders come out of prisons they will require health, mental health or drug services amongst other things.",
    decisions: [],
    commitments: [],
  },
  {
    source: "004:61",
    ...LCRB_2015,
    text: "8. The importance of information sharing between the CRC, London councils and Probation was recognised and it was confirmed that this is clearly spelt out in the contract.",
    decisions: [],
    commitments: [],
  },
  {
    source: "004:65",
    ...LCRB_2015,
    text: "9. The Board agreed that the work on public service reform should be developed as proposed over the coming two months. London Councils and MOPAC will lead on this.",
    decisions: [
      { fragment: "The Board agreed that the work on public service reform", kind: "agreed" },
    ],
    commitments: [
      {
        fragment: "London Councils and MOPAC will lead on this",
        kind: "will",
        owner: "London Councils and MOPAC",
        due: null,
      },
    ],
  },
  {
    source: "004:67",
    ...LCRB_2015,
    text: "Action 2: London Councils and MOPAC to continue working on the shared approach to public service reform as outlined in the paper.",
    decisions: [],
    commitments: [],
  },
  // Written variants: the forms the seeds lack.
  {
    source: "written",
    ...LCRB_2023,
    text: "It was agreed that MOPAC would circulate the revised paper to partners.",
    decisions: [{ fragment: "It was agreed that MOPAC would circulate", kind: "agreed" }],
    commitments: [{ fragment: "MOPAC would circulate", kind: "will", owner: "MOPAC", due: null }],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "The strategy was endorsed by the Group. The Board endorsed the proposed approach to knife crime.",
    decisions: [
      { fragment: "The strategy was endorsed by the Group", kind: "endorsed" },
      { fragment: "The Board endorsed the proposed approach", kind: "endorsed" },
    ],
    commitments: [],
  },
  {
    source: "written",
    ...DMG_2020,
    text: "The report was noted. The Group agreed the revised terms of reference.",
    decisions: [
      { fragment: "The report was noted", kind: "noted" },
      { fragment: "The Group agreed the revised terms of reference", kind: "agreed" },
    ],
    commitments: [],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "No decision was taken on the funding bid. The proposal was not agreed. Members did not approve the budget. The Board was unable to agree the proposal.",
    decisions: [],
    commitments: [],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "MOPAC to update partners on the fraud roundtable by 30 June 2023.",
    decisions: [],
    commitments: [
      { fragment: "MOPAC to update partners", kind: "to", owner: "MOPAC", due: "2023-06-30" },
    ],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "The MPS to report back to the Board in September.",
    decisions: [],
    commitments: [
      { fragment: "The MPS to report back", kind: "report_back", owner: "MPS", due: "2023-09" },
    ],
  },
  {
    source: "written",
    ...DMG_2020,
    text: "The CPS will report back on charging times at the next meeting.",
    decisions: [],
    commitments: [
      {
        fragment: "The CPS will report back",
        kind: "report_back",
        owner: "CPS",
        due: "next meeting",
      },
    ],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "Discussion of the estate strategy was deferred to the next LCRB meeting. The item on youth violence was deferred until September.",
    decisions: [],
    commitments: [
      {
        fragment: "estate strategy was deferred to the next LCRB meeting",
        kind: "deferred",
        owner: null,
        due: "next meeting",
      },
      {
        fragment: "youth violence was deferred until September",
        kind: "deferred",
        owner: null,
        due: "2023-09",
      },
    ],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "The Chair will write to the Home Secretary about court backlogs. Partners agreed to share their data with the VRU by the end of May.",
    decisions: [],
    commitments: [
      {
        fragment: "The Chair will write to the Home Secretary",
        kind: "will",
        owner: "Chair",
        due: null,
      },
      {
        fragment: "Partners agreed to share their data",
        kind: "to",
        owner: "Partners",
        due: "2023-05",
      },
    ],
    unsure: ["Partners agreed to share their data"],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "The Deputy Commissioner said that knife crime will fall over the summer. Offenders will need support when released. There was no decision on the pilot.",
    decisions: [],
    commitments: [],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "All actions from the previous meeting were closed. Action 3 remains open.",
    decisions: [],
    commitments: [],
  },
  {
    source: "written",
    ...DMG_2020,
    text: "Members approved the business case, subject to minor amendments. It was agreed that the paper should not be published.",
    decisions: [
      { fragment: "Members approved the business case", kind: "approved" },
      { fragment: "It was agreed that the paper should not be published", kind: "agreed" },
    ],
    commitments: [],
  },
  {
    source: "written",
    ...LCRB_2023,
    text: "London Councils will bring a paper on youth services to the July meeting.",
    decisions: [],
    commitments: [
      {
        fragment: "London Councils will bring a paper",
        kind: "will",
        owner: "London Councils",
        due: "2023-07",
      },
    ],
  },
];

const FIXTURE = (file: string, date: string, body: Body = "LCRB") => ({
  source: `fixture ${file}`,
  body,
  date,
});

/**
 * Held out: passages of minutes in tests/fixtures/minutes (written by others for the parser),
 * labelled by hand before the extractor was run on them. The first run, over every candidate
 * passage of eight such files (a fuller set than kept here), scored decisions 14/14
 * (precision and recall 100%) and commitments precision 4/4, recall 4/6: "2.3 Members … agreed to
 * take it …" (a paragraph number without a stop) and "that each agency would nominate …" (an agency
 * as owner) were missed; both were then fixed by general rules, so these are no longer blind.
 */
export const RECORD_HELD_OUT: GoldPassage[] = [
  {
    ...FIXTURE("lcrb-2021-10-14-webpage-numbered-paras.txt", "2021-10-14"),
    text: "1.2 All actions were complete except action 3, on victim attrition in domestic abuse cases, which was carried forward to the January meeting.",
    decisions: [],
    commitments: [
      {
        fragment: "carried forward to the January meeting",
        kind: "deferred",
        owner: null,
        due: "2022-01",
      },
    ],
  },
  {
    ...FIXTURE("lcrb-2021-10-14-webpage-numbered-paras.txt", "2021-10-14"),
    text: "2.3 Members welcomed the strategy and agreed to take it to their own organisations for endorsement.",
    decisions: [{ fragment: "agreed to take it", kind: "agreed" }],
    commitments: [{ fragment: "agreed to take it", kind: "to", owner: "Members", due: null }],
  },
  {
    ...FIXTURE("lcrb-2021-10-14-webpage-numbered-paras.txt", "2021-10-14"),
    text: "3.2 The Board agreed that more consistent use of out of court disposals could reduce the number of children entering the system.",
    decisions: [{ fragment: "The Board agreed that more consistent use", kind: "agreed" }],
    commitments: [],
  },
  {
    ...FIXTURE("lcrb-2021-10-14-webpage-numbered-paras.txt", "2021-10-14"),
    text: "4.1 Cllr Whitfield raised the future of the London Crime Prevention Fund after 2022/23. The Deputy Mayor said that a decision would be taken in the new year.",
    decisions: [],
    commitments: [],
    unsure: ["a decision would be taken in the new year"],
  },
  {
    ...FIXTURE("dmg-2022-04-27-capitals.txt", "2022-04-27", "DMG"),
    text: "The Chair welcomed members and noted the apologies above.",
    decisions: [],
    commitments: [],
  },
  {
    ...FIXTURE("dmg-2022-04-27-capitals.txt", "2022-04-27", "DMG"),
    text: "The Group agreed that youth remand and the Violence Against Women and Girls strategy would be proposed for the July Board.",
    decisions: [{ fragment: "The Group agreed that youth remand", kind: "agreed" }],
    commitments: [
      {
        fragment: "would be proposed for the July Board",
        kind: "deferred",
        owner: null,
        due: "2022-07",
      },
    ],
  },
  {
    ...FIXTURE("lcrb-2020-03-04-initials-caps-items.txt", "2020-03-04"),
    text: "PS reported that the Crown Court backlog in London had risen by 8 per cent since the autumn. YC noted that the London Criminal Justice Board was reviewing listing practice.",
    decisions: [],
    commitments: [],
  },
  {
    ...FIXTURE("lcrb-2020-03-04-initials-caps-items.txt", "2020-03-04"),
    text: "The next meeting will be held on Tuesday 9 June 2020 at 2.30pm at City Hall.",
    decisions: [],
    commitments: [],
  },
  {
    ...FIXTURE("lcrb-2019-12-10-numbered-attendance.txt", "2019-12-10"),
    text: "1. that each agency would nominate a Victims' Code lead;",
    decisions: [],
    commitments: [{ fragment: "each agency would nominate", kind: "will", due: null }],
  },
  {
    ...FIXTURE("lcrb-2019-12-10-numbered-attendance.txt", "2019-12-10"),
    text: "2. that MOPAC would monitor compliance through the Victims' Board; and",
    decisions: [],
    commitments: [{ fragment: "MOPAC would monitor", kind: "will", owner: "MOPAC", due: null }],
  },
  {
    ...FIXTURE("lcrb-2019-12-10-numbered-attendance.txt", "2019-12-10"),
    text: "3. that the review would be published in the new year.",
    decisions: [],
    commitments: [
      { fragment: "the review would be published", kind: "will", owner: null, due: null },
    ],
  },
  {
    ...FIXTURE("lcrb-2017-06-13-caps-items-board-members.txt", "2017-06-13"),
    text: "4. The Victims' Commissioner set out the findings of her review of victims' services in London. The Board agreed that a single point of contact for victims should be piloted in two boroughs.",
    decisions: [{ fragment: "The Board agreed that a single point of contact", kind: "agreed" }],
    commitments: [],
  },
];
