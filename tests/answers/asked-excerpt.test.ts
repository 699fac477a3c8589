import { describe, expect, it } from "vitest";
import { askedWindow, knownWords, withAskedExcerpts } from "../../src/answers/asked-excerpt.js";
import { askedKind } from "../../src/answers/asked-kind.js";
import type { Meeting } from "../../src/corpus/model.js";
import type { SearchResult } from "../../src/search/types.js";
import { fixtureContext, lcrb2015, lcrb2023 } from "./fixtures.js";

// Item 1 of the April 2023 minutes (corpus/002…, line 85), whole.
const BACKLOGS =
  "The previous minutes were agreed, and MOPAC went through the outstanding actions. There is progress in relation to resettlement teams between Probation and Prisons and an update will be provided at the next meeting. In respect of court backlogs, MOPAC has now started work with partners to develop a model of capacity and demand across the CJS and partners have agreed to share data. The issue of court backlogs will be discussed again at the next LCRB in July.";
const meeting: Meeting = {
  ...lcrb2023,
  items: [
    {
      number: "1",
      title: "Welcome, minutes and previous actions",
      line: 83,
      passages: [{ text: BACKLOGS, line: 85 }],
    },
  ],
};
const context = fixtureContext("2026-12-05", [], [meeting]);
const result: SearchResult = {
  meetingId: meeting.id,
  date: meeting.date,
  body: meeting.body,
  item: { number: "1", title: "Welcome, minutes and previous actions" },
  score: 1,
  excerpt:
    "In respect of court backlogs, MOPAC has now started work with partners to develop a model of capacity and demand across the CJS and partners have agreed to share data.",
  highlights: [[14, 28]],
  source: { file: meeting.file, line: 85 },
};

describe("withAskedExcerpts", () => {
  it("follows an excerpt naming no time with the passage's sentence that says when", () => {
    const [shown] = withAskedExcerpts(
      "when are court backlogs back on the agenda",
      ["court", "backlogs"],
      [result],
      context,
    );
    expect(shown?.excerpt).toContain(result.excerpt);
    expect(shown?.excerpt).toMatch(/discussed again at the next LCRB in July\.$/);
    expect(shown?.highlights).toEqual(result.highlights);
  });

  it("adds only a sentence about the subject", () => {
    const [shown] = withAskedExcerpts("when was fraud raised", ["fraud"], [result], context);
    expect(shown?.excerpt).toBe(result.excerpt);
  });

  it("leaves questions that do not ask when", () => {
    const [shown] = withAskedExcerpts(
      "what was said about court backlogs",
      ["court", "backlogs"],
      [result],
      context,
    );
    expect(shown?.excerpt).toBe(result.excerpt);
  });
});

// Real paragraphs of the seed minutes, whole (paragraph numbers as the minutes write them).
// 004_17215f53eb22288e.txt line 47: item 3, Counter Terrorism, paragraph 1.
const CT_MODEL =
  "1. Taking as its basis that London has the highest CT threat and vulnerability of any UK City the Board discussed proposals contained in the presentation paper. A general view was put forward that more political oversight and leadership on a London level would be beneficial and use learning from other areas such as Birmingham where there is currently greater oversight on this agenda. The nature and aims and limitations of the London Prevent Board and the Contest Strategy were considered. Prevent is a tactical board and covers the 17 priority boroughs and because of this it does not have comprehensive oversight of all areas of the Contest strategy. It is also commissioned from the centre and has direct engagement with local government.";
// Line 49: paragraph 3.
const CT_SHARING =
  "3. The reluctance sometimes shown by the MPS to share information more widely stemmed from a concern that this may reveal how information is gathered and compromise future work. However in the West Midlands this has not been a problem. Sharing information with Local Authority heads would lead to a more galvanized community safety ethos. Issues do not stop at borough boundaries and currently Prevent bypasses the regional level. A wider view is necessary and the solutions do not just lie with the MPS.";
// Line 58: item 4, Public Service Reform, paragraph 5.
const PSR_PAPER =
  "5. The MOPAC COO and the CEO of London Councils presented a paper to the Board. This paper showed that significant work has already been done by the Mayor's Office, London Councils and partners on public services working together to limit the effects of increasing financial constraints. Collective leadership from the LCRB has contributed to valuable achievements at all levels in London";
// Line 59: paragraph 6.
const PSR_CJS =
  "6. The criminal justice work and reoffending was discussed. The CPS wants to get people to court more quickly and are committed to working with partners but the system is stretched. Reoffending rates are higher as are ineffective trial rates. The initial part of the process, led by the police, is currently the quickest part. The CJS system is the area that is experiencing problems. Devolution is a potential means of setting objectives and encouraging a whole system approach.";
// Line 60: paragraph 7.
const PSR_REHABILITATION =
  "7. The work on rehabilitation, particularly the through the gate piece, is something that affects most of the partners represented on the Board. When offenders come out of prisons they will require health, mental health or drug services amongst other things. London borough councils are already spending money on services such as these, although there is some disparity in the amounts being spent by individual boroughs. The budget of the secure estate used for these purposes combined with the borough spend could provide a more responsive service nearer to the ground.";
// Line 61: paragraph 8.
const PSR_CRC =
  "8. The work done by partners on the Transforming Rehabilitation project and the creation of the CRC was a good example of joined up working with the Mayor's office as an anchor. The infrastructure of the prison service is something that is already familiar to the CRC. The CEO and his team have visited all of the prisons recently. Previously the borough's main anxiety was offenders falling through the gaps between Probation and the CRC. Local authorities know the serious threat some offenders pose. The importance of information sharing between the CRC, London councils and Probation was recognised and it was confirmed that this is clearly spelt out in the contract.";
// 002_0368bc6123038781.txt line 113: item 3, Disproportionality, its last paragraph.
const DISPROPORTIONALITY =
  "Commander Nick John is leading MPS criminal justice work which includes disproportionality considerations within out of court disposals; particularly considering the new legislation and forthcoming framework. A disproportionality scrutiny panel has also been set up by the CPS following a commissioned review. Learning is being shared with prosecutors and officers to improve decision making.";
// 001_c2fb2c5d5dd83175.txt line 115: item 4, the PCP, its first paragraph (its missing full stop
// as the minutes write it).
const PCP_ACHIEVEMENTS =
  "The current PCP had a broad and ambitious set of objectives supported by key strategies There were significant achievements against each of the objectives with contributions to delivery from the mayoralty and key LCRB partners. Notable achievements included significant investment in the police with percentage increases in BAME and female officers, the championing of technology for instance BWV and the transparency and accountability that this has delivered. The PCP brought focus on victims with the appointment of the Victims Commissioner, the VCOP review, the London Victims and Witness Service, services for women in contact with the criminal justice system, and additional emergency accommodation for people fleeing domestic abuse.";
// 001_c2fb2c5d5dd83175.txt line 105: item 2, The Action Plan.
const ACTION_PLAN =
  "The MPS work in relation to the Action Plan was summarised. A 'buddy' scheme with support for each new BAME officer was in place. There was a large and ambitious outreach scheme to aid recruitment with a team in each BCU. Other initiatives included: the reintroduction of the residency criteria, equal merits when recruiting, work with the Home Office and College of Policing to redesign recruitment processes, particularly the assessment centre on day one which was problematic. The MPS was pushing for legislative change to increase recruitment of BAME candidates.";
// Line 109: item 3, the Youth Action Plan.
const YOUTH_PLAN =
  "The Board was given a summary on progress on the Youth Action Plan. The Deputy Mayor convened a meeting on 25 January to gain support from partners for the plan and to agree actions and outcomes. Partners were thanked for their support in building the plan which was developed in close consultation with young people, communities and VCS organisations via a series of workshops and meetings. Partners committed their support to the plan and the delivery of the actions.";
const LCRB = "London Crime Reduction Board";

/** The window for a question whose subject is its words bar the question words. */
function windowFor(passage: string, asked: string, subject: string[], excerpt = ""): string | null {
  return askedWindow(passage, asked, subject, knownWords(asked, LCRB), excerpt);
}

// corpus/004… line 50: item 3, Counter Terrorism, paragraph 4 (the passage ends mid-sentence).
const CT_CONTEST =
  "4. The Board discussed the proposed new model for London – the London-wide CONTEST Board. This would be separate to the LCRB and would be co-chaired by the DMPC and the chair of London Councils. It would be designed to provide the link between City Hall and London Councils and would include attendees from the police, NOMS, Health and the Home Office. It would report back to LCRB. The initial work would be to establish a new Prevent framework and would be supported by the London Prevent Board (chaired by";

describe("askedWindow", () => {
  it("leaves the kind's own noun unmatched: 'which city' wants the sentence naming one", () => {
    const window = windowFor(
      CT_MODEL,
      "which city did the board hold up as a model for CT oversight",
      ["city", "hold", "model", "ct", "oversight"],
    );
    expect(window).toContain("such as Birmingham");
    expect(window?.length).toBeLessThanOrEqual(320);
  });

  it("adds the sentence beside the best one that names the place asked for", () => {
    const window = windowFor(
      CT_SHARING,
      "which part of the country has had no problem with the MPS sharing information?",
      ["part", "country", "problem", "mps", "sharing", "information"],
    );
    expect(window).toMatch(
      /^The reluctance .* However in the West Midlands this has not been a problem\.$/,
    );
  });

  it("reads a sentence that points back ('This paper') after the sentence it points to", () => {
    const window = windowFor(PSR_PAPER, "who presented the public service reform paper in 2015", [
      "public",
      "service",
      "reform",
      "paper",
    ]);
    expect(window).toMatch(
      /^The MOPAC COO and the CEO of London Councils presented a paper to the Board\. This paper showed/,
    );
  });

  it("for 'who', takes the sentence naming the most people when the best names none", () => {
    const window = windowFor(YOUTH_PLAN, "youth action plan - who helped write it?", [
      "youth",
      "action",
      "plan",
      "helped",
      "write",
    ]);
    expect(window).toContain("in close consultation with young people, communities");
    expect(window).not.toContain("was given a summary");
  });

  it("weighs the words asked now over those carried from the last answer, and words side by side", () => {
    // After "what support do new BAME recruits get?": the subject carries "support new bame
    // recruits", but "working with" is what is asked.
    const window = windowFor(ACTION_PLAN, "who are they working with on it?", [
      "working",
      "support",
      "new",
      "bame",
      "recruits",
    ]);
    expect(window).toContain("work with the Home Office and College of Policing");
  });

  it("follows a sentence that only says a report was made with what was reported", () => {
    const searched =
      "The MPS work in relation to the Action Plan was summarised. A 'buddy' scheme with support for each new BAME officer was in place.";
    const window = windowFor(
      ACTION_PLAN,
      "what did the Met report on the Action Plan in Feb 21",
      ["met", "plan"],
      searched,
    );
    expect(window?.startsWith(searched)).toBe(true);
    expect(window).toContain("outreach scheme to aid recruitment");
    expect(window?.length).toBeLessThanOrEqual(320);
  });

  it("moves from the search's sentence to one writing the question's words as it does", () => {
    // 000_bc5123fd089beeb5.txt line 44: item 3, COVID-19: Impact on Delivery.
    const covid =
      "The Group was updated on the means of recovery and renewal post COVID and the work of the London Recovery Board, the Strategic Coordination Group and the Transition Board. The Social Recovery Working Group was to monitor the COVID related items, such as backlogs, victims' services and violence prevention, within the CJS. The Group heard updates from Probation, the CPS and HMCTS on the recovery of services, backlog and the roll out of technology. From the perspective of victims and witnesses, particularly around rape and sexual offences, delay, uncertainty and poor communication was a cause of additional stress and trauma.";
    const searched =
      "The Social Recovery Working Group was to monitor the COVID related items, such as backlogs, victims' services and violence prevention, within the CJS.";
    const window = windowFor(
      covid,
      "what did the DMG hear about victims and witnesses during covid?",
      ["victims", "witnesses", "covid"],
      searched,
    );
    expect(window).toMatch(/^From the perspective of victims and witnesses.*stress and trauma\.$/);
  });

  it("for 'up or down?' or 'is it slow?', takes the sentence that compares", () => {
    expect(askedKind("reoffending in 2015 - going up or down?")?.kind).toBe("degree");
    expect(askedKind("is the police end of the CJS process slow?")?.kind).toBe("degree");
    expect(askedKind("how is it doing so far?")?.kind).toBe("degree");
    expect(windowFor(PSR_CJS, "reoffending in 2015 - going up or down?", ["reoffending"])).toMatch(
      /^Reoffending rates are higher/,
    );
    expect(
      windowFor(PSR_CJS, "is the police end of the CJS process slow?", [
        "police",
        "end",
        "cjs",
        "process",
      ]),
    ).toMatch(/^The initial part of the process, led by the police, is currently the quickest/);
  });

  it("reads 'how's <subject> doing/going?' as asking how well, the subject still matched", () => {
    const crc = askedKind("2015 board - how's the crc doing?");
    expect(crc?.kind).toBe("degree");
    expect(crc?.kindWords.has("crc")).toBe(false);
    expect(askedKind("apr 23 - how's the adult disproportionality work going?")?.kind).toBe(
      "degree",
    );
    // Not a question whose "going" is to do something.
    expect(askedKind("what is the board going to do?")?.kind).not.toBe("degree");
  });

  it("for where something is written down, takes the sentence naming the document", () => {
    const asked = "where's info sharing between the CRC, councils & probation written down";
    expect(askedKind(asked)?.kind).toBe("document");
    expect(windowFor(PSR_CRC, asked, ["sharing", "crc", "councils", "probation", "written"])).toBe(
      "The importance of information sharing between the CRC, London councils and Probation was recognised and it was confirmed that this is clearly spelt out in the contract.",
    );
    expect(askedKind("where was the 2015 board held?")?.kind).toBe("place");
  });

  it("in a follow-up, moves to the sentence holding the words asked now", () => {
    // "and what's the cps done on it?" after disproportionality in out-of-court disposals.
    const asked = "and what's the cps done on it?";
    expect(
      windowFor(
        DISPROPORTIONALITY,
        asked,
        ["cps", "disproportionality", "court", "disposals"],
        "Commander Nick John is leading MPS criminal justice work which includes disproportionality considerations within out of court disposals; particularly considering the new legislation and forthcoming framework.",
      ),
    ).toContain("A disproportionality scrutiny panel has also been set up by the CPS");
  });

  it("reads a follow-up's everyday word as the minutes' word for it", () => {
    // "could it be pooled with anything?" after the 2015 boroughs' spending on offenders.
    const window = windowFor(
      PSR_REHABILITATION,
      "could it be pooled with anything?",
      ["pooled", "council", "spend", "ex-offenders"],
      "London borough councils are already spending money on services such as these, although there is some disparity in the amounts being spent by individual boroughs.",
    );
    expect(window).toContain("The budget of the secure estate");
  });

  it("reads on from a sentence saying there were some to the one listing them", () => {
    // "PCP wins listed at the Feb 2021 board?": "win" is the minutes' "achievements".
    const window = windowFor(
      PCP_ACHIEVEMENTS,
      "PCP wins listed at the Feb 2021 board?",
      ["pcp", "wins"],
      "The current PCP had a broad and ambitious set of objectives supported by key strategies There were significant achievements against each of the objectives with contributions to delivery from the mayoralty and key LCRB partners.",
    );
    expect(window).toMatch(/^Notable achievements included .* female officers/);
  });

  it("takes government, as 'the centre', for an answer to 'who'", () => {
    const window = windowFor(CT_MODEL, "who commissions it?", ["commissions", "prevent"]);
    expect(window).toContain("It is also commissioned from the centre");
  });

  it("keeps the search's sentence for a question asking no kind", () => {
    const searched =
      "The Deputy Mayor convened a meeting on 25 January to gain support from partners for the plan and to agree actions and outcomes.";
    const window = windowFor(
      YOUTH_PLAN,
      "what happened with the youth action plan",
      ["youth", "action", "plan"],
      searched,
    );
    expect(window?.includes(searched)).toBe(true);
    expect(window).not.toContain("young people");
  });

  it("says nothing for a passage of one sentence", () => {
    expect(
      windowFor(
        "It is early days with the CRC but the statistics show good progress so far.",
        "who runs the CRC",
        ["crc"],
      ),
    ).toBeNull();
  });
});

describe("withAskedExcerpts across an item's passages", () => {
  // 004_17215f53eb22288e.txt lines 65 and 67, item 4, Public Service Reform.
  const AGREED =
    "9. The Board agreed that the work on public service reform should be developed as proposed over the coming two months. London Councils and MOPAC will lead on this.";
  const ACTION =
    "Action 2: London Councils and MOPAC to continue working on the shared approach to public service reform as outlined in the paper.";
  const reform: Meeting = {
    ...lcrb2015,
    items: [
      {
        number: "4",
        title: "Public Service Reform",
        line: 56,
        passages: [
          { text: AGREED, line: 65 },
          { text: ACTION, line: 67 },
        ],
      },
    ],
  };
  const found: SearchResult = {
    meetingId: reform.id,
    date: reform.date,
    body: reform.body,
    item: { number: "4", title: "Public Service Reform" },
    score: 1,
    excerpt: ACTION,
    highlights: [[76, 98]],
    source: { file: reform.file, line: 67 },
  };
  const here = fixtureContext("2026-12-05", [], [reform]);

  it("shows the item's passage that says how long, cited at its own line", () => {
    const [shown] = withAskedExcerpts(
      "how long were they given?",
      ["public", "service", "reform"],
      [found],
      here,
    );
    expect(shown?.excerpt).toContain("over the coming two months");
    expect(shown?.source.line).toBe(65);
  });

  it("keeps the passage found when it answers, or when nothing of a kind is asked", () => {
    const [who] = withAskedExcerpts(
      "who leads on it?",
      ["public", "service", "reform"],
      [found],
      here,
    );
    expect(who).toEqual(found);
    const [what] = withAskedExcerpts(
      "what was agreed on public service reform",
      ["public", "service", "reform"],
      [found],
      here,
    );
    expect(what).toEqual(found);
  });
});

describe("askedWindow: what for, why, and what first", () => {
  it("for what a thing is for, takes the sentence saying what it would do", () => {
    const window = windowFor(CT_CONTEST, "what's the london-wide contest board for?", [
      "london-wide",
      "contest",
      "board",
    ]);
    expect(window).toContain("designed to provide the link between City Hall and London Councils");
  });

  it("for what would be done first, takes the initial work, not the first of the thing", () => {
    const window = windowFor(CT_CONTEST, "what would the new CONTEST board do first", [
      "new",
      "contest",
      "board",
    ]);
    expect(window).toContain("The initial work would be to establish a new Prevent framework");
  });

  it("for who would sit on a body, takes the sentence saying whom it would include", () => {
    const window = windowFor(
      CT_CONTEST,
      "which organisations would sit on the London-wide CONTEST board?",
      ["organisations", "sit", "london-wide", "contest", "board"],
    );
    expect(window).toContain(
      "would include attendees from the police, NOMS, Health and the Home Office",
    );
  });

  it("for why, takes the sentence giving a cause", () => {
    const window = windowFor(CT_SHARING, "why is the MPS reluctant to share information?", [
      "mps",
      "reluctant",
      "share",
      "information",
    ]);
    expect(window).toContain("stemmed from a concern that this may reveal");
  });

  it("reads on from a sentence saying only that a subject was discussed", () => {
    const searched = "6. The criminal justice work and reoffending was discussed.";
    const window = windowFor(
      PSR_CJS,
      "what was the board told about reoffending",
      ["reoffending"],
      searched,
    );
    expect(window).toContain("Reoffending rates are higher");
  });
});

describe("a yes-or-no question's sentence", () => {
  it("is the one holding most of the words asked, not the one the search weighed most", () => {
    // "sign up" is "committed" (search/synonyms.ts); the search's sentence names the plan.
    const shown = windowFor(
      YOUTH_PLAN,
      "did partners sign up to deliver the youth action plan?",
      ["partners", "sign", "deliver", "youth", "action", "plan"],
      "The Board was given a summary on progress on the Youth Action Plan.",
    );
    expect(shown).toContain("Partners committed their support to the plan");
  });

  it("leaves a question that asks no yes or no to the search's sentence", () => {
    const shown = windowFor(
      YOUTH_PLAN,
      "partners sign up youth action plan",
      ["partners", "sign", "youth", "action", "plan"],
      "The Board was given a summary on progress on the Youth Action Plan.",
    );
    expect(shown ?? "").not.toContain("Partners committed their support");
  });
});
