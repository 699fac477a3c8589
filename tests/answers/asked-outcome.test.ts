import { describe, expect, it } from "vitest";
import { outcomeAsked, untoldOutcome } from "../../src/answers/asked-outcome.js";

// Whole paragraphs of the seed minutes (corpus/), as the search's results hold them.
const SURVEY =
  "An update was provided on community engagement, recommendations and delivery to date. In the weeks since the Action Plan launch in November there was good progress in a number of areas such as the Police Complainants survey, MPS work on the pre-handcuffing review, and road traffic stops.";
const CRC = "It is early days with the CRC but the statistics show good progress so far.";
const ESTATE =
  "Partners on the board offered their support to the MPS in achieving the recommendations and transforming the MPS. London Councils raised continued concerns regarding the Estate Strategy and BCU model. Dame Lynne Owens agreed that the former needs to be reviewed and welcomed feedback from partners.";
const TURNAROUND =
  "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning. The MPS have published a draft Turnaround plan, a revised version will be published in due course in the light of the consultation feedback incorporating recommendations from Casey, previous MOPAC reports, HMICFRS and others.";
const VAWG =
  "The MPS set out their focus to reduce teen homicide which included a series of targeted strategies for preventing serious youth violence. It was noted that the refreshed action plan to tackle violence against victim and girls was launched in April and set out the MPS' focus to raise professional standards of officers with the aim to root out unacceptable behaviour.";
const REFORM =
  "9. The Board agreed that the work on public service reform should be developed as proposed over the coming two months. London Councils and MOPAC will lead on this.";
const ROUNDTABLE =
  "Members noted MOPAC's intention to set up a roundtable in which partners would be invited to discuss the issue of fraud and how best to combat this issue.";

const untold = (question: string, subject: string[], passages: string[]) => {
  const asked = outcomeAsked(question);
  if (!asked) throw new Error(`not read as asking an outcome: ${question}`);
  return untoldOutcome(asked, subject, passages);
};

describe("outcomeAsked", () => {
  it.each([
    ["what did the police complainants survey find", "finding"],
    ["what did the pre-handcuffing review conclude", "finding"],
    ["what were the findings of the pre-handcuffing review", "finding"],
    ["what did young people say in the youth action plan workshops", "finding"],
    ["how did the estate strategy review turn out", "outcome"],
    ["where did the governance reforms end up", "outcome"],
    ["what came of the efficiency board", "outcome"],
    ["what did the resettlement teams achieve", "outcome"],
    ["has the london policing board been set up yet", "done"],
    ["was the revised turnaround plan ever published", "done"],
    ["did the first contest board actually meet in may 2015?", "done"],
  ])("reads %j as asking a %s", (question, kind) => {
    expect(outcomeAsked(question)?.kind).toBe(kind);
  });

  it.each([
    "what did the mayor say about fraud",
    "what did the minutes show about fraud",
    "what was the outcome of the fraud item?",
    "what were the conclusions of the april 2022 meeting",
    "was the women's night safety charter launched in 2018",
    "when did the refreshed vawg action plan come out",
    // Review 3 C1: asked of its mention (the meetings' dates, the passages), or of a plan's parts.
    "when is prevent discussed?",
    "when is the youth action plan discussed?",
    "where in the minutes is the youth action plan mentioned?",
    "which areas of the police and crime plan were discussed?",
    "what areas of the action plan made progress?",
  ])("leaves %j to the answers that read it", (question) => {
    expect(outcomeAsked(question)).toBeNull();
  });

  it("reads a state asked of a thing as the event that would have made it so", () => {
    // 002_0368bc6123038781.txt line 92: "The MPS have published a draft Turnaround plan, a
    // revised version will be published in due course".
    const asked = outcomeAsked("is the turnaround plan final?");
    expect(asked).toMatchObject({ kind: "done", asking: new Set(["final"]) });
    expect(asked?.untold("“turnaround plan”")).toBe("that “turnaround plan” was finalised");
    expect(outcomeAsked("is the estate strategy complete")?.kind).toBe("done");
    // A meeting is not finished or final: "was the 2023 meeting final" asks something else.
    expect(outcomeAsked("was the 2023 meeting the final one")).toBeNull();
  });

  it("keeps the words asking out of the subject", () => {
    expect(outcomeAsked("has the london policing board been set up yet")?.asking).toEqual(
      new Set(["set", "up", "yet"]),
    );
  });
});

describe("untoldOutcome", () => {
  it("says the minutes are silent when the passage only names the subject", () => {
    expect(
      untold(
        "what did the police complainants survey find",
        ["police", "complainants", "survey"],
        [SURVEY],
      ),
    ).toBe(
      "The minutes do not say what “police complainants survey” found: the closest passages name it but do not say.",
    );
  });

  it("is null when a passage says the finding or outcome", () => {
    expect(
      untold("what did the statistics on the crc show", ["statistics", "crc"], [CRC]),
    ).toBeNull();
    expect(
      untold(
        "how did the public service reform work turn out",
        ["public", "service", "reform", "work"],
        [REFORM],
      ),
    ).toBeNull();
    expect(
      untold("was the refreshed vawg plan ever launched", ["refreshed", "vawg", "plan"], [VAWG]),
    ).toBeNull();
  });

  it("says a subject spoken of only as still to come had not happened", () => {
    expect(
      untold(
        "how did the estate strategy review turn out",
        ["estate", "strategy", "review"],
        [ESTATE],
      ),
    ).toBe(
      "The minutes do not say what came of “estate strategy review”: the closest passages speak of it only as still to come.",
    );
    expect(
      untold("what came of the fraud roundtable", ["fraud", "roundtable"], [ROUNDTABLE]),
    ).toMatch(/only as still to come/);
  });

  it("tells the draft published from the revision still to come", () => {
    expect(
      untold(
        "was the revised turnaround plan ever published",
        ["revised", "turnaround", "plan"],
        [TURNAROUND],
      ),
    ).toBe(
      "The minutes do not say that “revised turnaround plan” was published: the closest passages speak of it only as still to come.",
    );
    expect(
      untold("was the turnaround plan ever published", ["turnaround", "plan"], [TURNAROUND]),
    ).toBeNull();
  });

  it("is null when the passages do not speak of the subject", () => {
    expect(
      untold("what did the police complainants survey find", ["complainants", "survey"], [CRC]),
    ).toBeNull();
  });
});

// corpus/000_bc5123fd089beeb5.txt line 36; 001_c2fb2c5d5dd83175.txt line 109; 002_… line 83.
const DISORDER =
  "The Deputy Commissioner gave a brief update on the recent disorder, the causes and the police response. Effort was being made by the Met to increase community engagement and there was a strong presence around developing strategies to achieve this including diversion engagement with offenders.";
const YOUTH_PLAN =
  "The Board was given a summary on progress on the Youth Action Plan. The Deputy Mayor convened a meeting on 25 January to gain support from partners for the plan and to agree actions and outcomes. Partners were thanked for their support in building the plan which was developed in close consultation with young people, communities and VCS organisations via a series of workshops and meetings. Partners committed their support to the plan and the delivery of the actions.";
const BACKLOGS =
  "The previous minutes were agreed, and MOPAC went through the outstanding actions. There is progress in relation to resettlement teams between Probation and Prisons and an update will be provided at the next meeting. In respect of court backlogs, MOPAC has now started work with partners to develop a model of capacity and demand across the CJS and partners have agreed to share data. The issue of court backlogs will be discussed again at the next LCRB in July.";
const CT_2015 =
  "1. Taking as its basis that London has the highest CT threat and vulnerability of any UK City the Board discussed proposals contained in the presentation paper. A general view was put forward that more political oversight and leadership on a London level would be beneficial and use learning from other areas such as Birmingham where there is currently greater oversight on this agenda.";

describe("a detail of a thing the minutes name: when, where, what caused it", () => {
  it.each([
    ["when does the turnaround plan consulation close?"],
    ["when will the youth action plan be launched?"],
    ["when's the new prevent framework due, per 2015?"],
    ["where in london was the 2020 disoder?"],
    ["which parts of london did the disorder hit?"],
    ["what were the causes of the 2020 disorder?"],
    ["what caused the disorder"],
  ])("reads %j as asking a detail", (question) => {
    expect(outcomeAsked(question)?.kind).toBe("detail");
  });

  it("does not read a meeting's date, or a place that is a record's, as a detail", () => {
    expect(outcomeAsked("when is the next meeting")).toBeNull();
    expect(outcomeAsked("when did the board last meet")).toBeNull();
    expect(
      outcomeAsked("where's info sharing between the CRC, councils & probation written down"),
    ).toBeNull();
  });

  it("says the minutes do not give the detail the closest passage leaves out", () => {
    expect(
      untold("what were the causes of the 2020 disorder?", ["causes", "disorder"], [DISORDER]),
    ).toBe(
      "The minutes do not give the causes of “disorder”: the closest passage names it but does not say.",
    );
    expect(
      untold("where in london was the 2020 disoder?", ["london", "disorder"], [DISORDER]),
    ).toContain("do not give a place for");
    expect(
      untold(
        "when will the youth action plan be launched?",
        ["youth", "plan", "launched"],
        [YOUTH_PLAN],
      ),
    ).toContain("do not give a date for “youth plan”");
    expect(
      untold(
        "when does the turnaround plan consultation close?",
        ["turnaround", "plan", "consultation", "close"],
        [TURNAROUND],
      ),
    ).toContain("do not give a date for");
  });

  it("is null when the closest passage gives it, even as still to come", () => {
    expect(
      untold(
        "when will court backlogs be back on the agenda?",
        ["court", "backlogs", "agenda"],
        [BACKLOGS],
      ),
    ).toBeNull();
    expect(
      untold(
        "which parts of the uk have greater ct oversight?",
        ["uk", "greater", "ct", "oversight"],
        [CT_2015],
      ),
    ).toBeNull();
  });

  it("reads only the closest passage: another passage's date is another thing's", () => {
    const challengeFund =
      "Since publishing the Youth Justice Criminal Action Plan in Autumn 2019, MOPAC's Disproportionality Challenge Fund was launched in June 2022 and grants have now been awarded to three projects covering six London boroughs in areas of high disproportionality within the youth justice system.";
    expect(
      untold(
        "when will the youth action plan be launched?",
        ["youth", "plan", "launched"],
        [YOUTH_PLAN, challengeFund],
      ),
    ).toContain("do not give a date");
  });
});

describe("what another body decided", () => {
  // 004_17215f53eb22288e.txt: the LCRB agreed the CONTEST board's first work ("This was agreed by
  // the Board."); 001_c2fb2c5d5dd83175.txt: "membership of the proposed Efficiency Board and the
  // Safer Streets Board was raised and noted".
  const PREVENT =
    "The initial work would be to establish a new Prevent framework and would be supported by the London Prevent Board (chaired by Martin Esom). This was agreed by the Board.";
  const EFFICIENCY =
    "The governance reforms of the LCRB and LCJB was discussed. Also, membership of the proposed Efficiency Board and the Safer Streets Board was raised and noted.";

  it("reads 'what did <a body> decide/agree' as asking that body's decisions, not ours", () => {
    expect(outcomeAsked("what did the fraud roundtable decide?")?.kind).toBe("decided");
    expect(outcomeAsked("what did the contest board agree?")?.kind).toBe("decided");
    expect(outcomeAsked("what did the board decide about fraud?")).toBeNull();
    expect(outcomeAsked("what did the dmg agree?")).toBeNull();
  });

  it("says the minutes do not record it when they speak of the body only as to come", () => {
    expect(
      untold("what did the fraud roundtable decide?", ["fraud", "roundtable"], [ROUNDTABLE]),
    ).toBe(
      "The minutes do not record what “fraud roundtable” decided: the closest passages speak of it only as still to come.",
    );
    expect(untold("what did the efficiency board agree?", ["efficiency"], [EFFICIENCY])).toMatch(
      /only as still to come/,
    );
  });

  it("tells the meeting's own decision from the body's", () => {
    expect(untold("what did the contest board decide?", ["contest"], [PREVENT])).toBe(
      "The minutes do not record what “contest” decided: the decisions recorded are the meeting's own, none of its.",
    );
  });

  it("is null when the minutes say the body decided", () => {
    expect(
      untold(
        "what did the safer streets board agree?",
        ["safer", "streets"],
        ["The Safer Streets Board agreed its terms of reference."],
      ),
    ).toBeNull();
  });
});

describe("what a briefing or report said, which the minutes only name", () => {
  // 004_17215f53eb22288e.txt: "it was asked if the briefing provided by Mark Rowley of the MPS to
  // the Mayor could be made available to the boroughs".
  it("says the minutes do not say what it said", () => {
    const passage =
      "Overall information sharing was seen as a key element in future work and it was asked if the briefing provided by Mark Rowley of the MPS to the Mayor could be made available to the boroughs.";
    expect(
      untold(
        "what was in mark rowley's briefing to the mayor?",
        ["mark", "rowley", "briefing"],
        [passage],
      ),
    ).toBe(
      "The minutes do not say what “mark rowley briefing” said: the closest passages name it but do not say.",
    );
  });
});
