import { describe, expect, it } from "vitest";
import {
  isActionsHeading,
  opensOwnedTask,
  readActionEntry,
  readActionParagraph,
  readActionsInProse,
  readOwner,
  splitLettered,
  startsAction,
} from "../../../src/corpus/parse/actions.js";

describe("the 'Acton:' label misspelt (unseen-minutes-5/44) and a round-up of places", () => {
  it("reads the misspelt label as an action beside prose", () => {
    expect(
      readActionParagraph(
        "Acton: MPS to agree a same-day notification protocol with the London Councils education leads.",
        "Commander Penhaligon reported on the schools officers programme and the number of weapons found in school searches.",
      ),
    ).toMatchObject({ owner: "MPS" });
  });

  it("reads 'Acton' as a place among lines labelled with places", () => {
    expect(
      readActionParagraph(
        "Acton: MPS to increase patrols around the station after a rise in robbery. Southall: no change.",
        "Ealing reported on recent hotspots.",
      ),
    ).toBeNull();
    expect(
      readActionParagraph(
        "Acton: MPS to increase patrols around the station after a rise in robbery.",
        "Ealing: knife crime down on last year.",
        "Southall: no change.",
      ),
    ).toBeNull();
  });
});

describe("readActionParagraph", () => {
  it("reads 'Action 1:' with no stated owner (corpus/004)", () => {
    expect(
      readActionParagraph(
        "Action 1: Partners from MOPAC, MPS, London Councils, Health and MoJ/HO will meet to design and create a new London-Wide CT CONTEST Board.",
      ),
    ).toEqual({
      id: "1",
      text: "Partners from MOPAC, MPS, London Councils, Health and MoJ/HO will meet to design and create a new London-Wide CT CONTEST Board.",
      owner: null,
    });
  });

  it("reads the owner of an action phrased 'X to …' (corpus/004)", () => {
    expect(
      readActionParagraph(
        "Action 2: London Councils and MOPAC to continue working on the shared approach.",
      ),
    ).toMatchObject({ id: "2", owner: "London Councils and MOPAC" });
  });

  it.each([
    ["ACTION: MOPAC to circulate the paper by 30 April.", null, "MOPAC"],
    ["Action 1 (Owner: MOPAC): publish the adopted terms of reference.", "1", "MOPAC"],
    ["Action 2 (Owner: London Councils): to lead a joint review.", "2", "London Councils"],
    [
      "Action point 3 - The Secretariat will update the log (Owner: Secretariat)",
      "3",
      "Secretariat",
    ],
    ["Action (MOPAC): map the Serious Violence Strategy commitments.", null, "MOPAC"],
  ])("reads %j", (text, id, owner) => {
    expect(readActionParagraph(text)).toMatchObject({ id, owner });
  });

  it.each([
    ["The Action Plan - transparency, accountability and trust in policing"],
    ["Actions arising"],
  ])("is not an action: %j", (text) => {
    expect(readActionParagraph(text)).toBeNull();
  });
});

describe("actions lists", () => {
  it.each([
    ["Actions arising"],
    ["Summary of actions"],
    ["Action points"],
    ["ACTIONS:"],
    // layout-variants-10b/113 and 10b-2/118: a slide's title.
    ["Agreed actions"],
    ["Next steps"],
  ])("recognises %j as the heading of a list of actions", (text) => {
    expect(isActionsHeading(text)).toBe(true);
  });

  it("reads an entry with owner and item", () => {
    expect(
      readActionEntry(
        "Action 4: HMPPS to share release-day accommodation data by borough. Owner: HMPPS. Item 2.",
      ),
    ).toEqual({
      id: "4",
      text: "HMPPS to share release-day accommodation data by borough. Owner: HMPPS. Item 2.",
      owner: "HMPPS",
      item: "2",
    });
  });

  it("reads a numbered entry and a table row", () => {
    expect(readActionEntry("1. MOPAC to circulate the revised terms of reference")).toMatchObject({
      id: "1",
      owner: "MOPAC",
      item: null,
    });
    expect(
      readActionEntry("2\tShare the knife crime data with boroughs\tMPS\tJune 2023"),
    ).toMatchObject({
      id: "2",
      text: "Share the knife crime data with boroughs",
      owner: "MPS",
    });
  });
});

describe("readOwner", () => {
  it.each([
    ["MOPAC to circulate the paper", "MOPAC"],
    ["Partners from MOPAC, MPS and London Councils will meet", null],
    ["The details will be worked up outside the LCRB (Lead: London Councils)", "London Councils"],
    ["Share the data with boroughs", null],
    // A body's name saying where it works (unseen-minutes-10/79, layout-variants-10a/102, /103).
    [
      "Probation Service (Wales) to agree a shared notification template with London Probation by the June meeting.",
      "Probation Service (Wales)",
    ],
    [
      "NHS England (London) to map treatment places against the testing custody suites.",
      "NHS England (London)",
    ],
    ["HMPPS in Wales to share monthly release numbers with MOPAC.", "HMPPS in Wales"],
    ["MOPAC (and partners) to share figures", null],
  ])("%j → %j", (text, owner) => {
    expect(readOwner(text)).toBe(owner);
  });
});

describe("actions stated in one paragraph", () => {
  it("reads a markdown task-list action '- [ ] Action: …' and cuts the deadline off its owner", () => {
    expect(
      readActionParagraph(
        "- [ ] Action: MOPAC to obtain the backlog breakdown by offence type from HMCTS (Owner: MOPAC, due 1 October).",
      ),
    ).toMatchObject({ id: null, owner: "MOPAC" });
    expect(readOwner("(Owner: MOPAC, due 1 October)")).toBe("MOPAC");
  });

  it("reads an action written as a numbered paragraph, '3.3 Action: …' (unseen-minutes-2/18)", () => {
    expect(
      readActionParagraph(
        "3.3 Action: London Councils to propose a common definition of serious violence for boroughs to adopt.",
      ),
    ).toEqual({
      id: null,
      text: "London Councils to propose a common definition of serious violence for boroughs to adopt.",
      owner: "London Councils",
    });
    // A paragraph number is not an action's number.
    expect(readActionParagraph("3.3 The Group agreed a common definition.")).toBeNull();
  });

  it("reads 'ACTION 12 – Owner: X – text' with the owner stated first (dmg-2023-06-21)", () => {
    expect(
      readActionParagraph(
        "ACTION 12 – Owner: London Councils – support the remaining boroughs to complete their assessments by the end of July.",
      ),
    ).toEqual({
      id: "12",
      owner: "London Councils",
      text: "support the remaining boroughs to complete their assessments by the end of July.",
    });
  });

  it("reads 'Action – MOPAC to publish …' (lcrb-2014-12-03)", () => {
    expect(
      readActionParagraph(
        "Action – MOPAC to publish the agreed priorities on the London.gov.uk website by 19 December.",
      ),
    ).toMatchObject({ id: null, owner: "MOPAC" });
  });

  it("cuts a ' - Due:' deadline off a stated owner", () => {
    expect(readOwner("MOPAC to circulate notes - Owner: MOPAC - Due: July")).toBe("MOPAC");
  });
});

describe("actions inside a paragraph (unseen-minutes-3/22)", () => {
  it("reads a sentence opened by 'ACTION:' after a full stop, up to the end of that sentence", () => {
    expect(
      readActionsInProse(
        "Several of the premises reviewed had no working fire alarm. ACTION: London Councils to raise the findings with borough housing directors. Members agreed that inspection visits should be coordinated between agencies.",
      ),
    ).toEqual([
      {
        id: null,
        text: "London Councils to raise the findings with borough housing directors.",
        owner: "London Councils",
      },
    ]);
  });

  it("reads none where 'action' is a word of the prose, or opens the paragraph (read as a paragraph of its own)", () => {
    expect(
      readActionsInProse(
        "The actions from the February meeting were all closed. Further action on disproportionality was covered in the agenda.",
      ),
    ).toEqual([]);
    expect(readActionsInProse("ACTION: MPS to share the weekly hate crime figures.")).toEqual([]);
  });

  it("reads an action numbered by the year in full ('Action 2024/03:', unseen-minutes-4/35)", () => {
    expect(
      readActionParagraph(
        "Action 2024/03: Probation to give boroughs five working days' notice of releases under the scheme.",
      ),
    ).toMatchObject({ id: "2024/03", owner: "Probation" });
    // Written for this test: a log past its hundredth action of the year.
    expect(
      readActionParagraph("ACTION 2023/112 - MOPAC to circulate the revised terms of reference."),
    ).toMatchObject({ id: "2023/112", text: "MOPAC to circulate the revised terms of reference." });
  });

  it("reads an action numbered by year and place in the log ('Action 24/03:', unseen-minutes-3/24)", () => {
    expect(
      readActionParagraph("Action 24/03: MPS to share the borough figures with the VRU."),
    ).toEqual({
      id: "24/03",
      text: "MPS to share the borough figures with the VRU.",
      owner: "MPS",
    });
  });
});

describe("an owner in the right margin, run on at the end of its paragraph (unseen-minutes-4/29)", () => {
  it("reads the paragraph, without its number, as the action of the owner after 'ACTION:'", () => {
    expect(
      readActionParagraph(
        "3.2 KBH to circulate the borough breakdown of remand figures to the Group before the October Board. ACTION: KBH",
      ),
    ).toEqual({
      id: null,
      text: "KBH to circulate the borough breakdown of remand figures to the Group before the October Board.",
      owner: "KBH",
    });
    expect(
      readActionParagraph(
        "2.2 Action 7 (custody nurses) remains open; DA to update at the next meeting. ACTION: DA",
      ),
    ).toMatchObject({ text: expect.stringMatching(/^Action 7 \(custody nurses\)/), owner: "DA" });
  });

  it("reads the same of an owner written as a body, and of 'Action: All' (written for this test)", () => {
    expect(
      readActionParagraph(
        "4. Partners to send their summer events calendars to the VRU by 30 June. Action: All",
      ),
    ).toEqual({
      id: null,
      text: "Partners to send their summer events calendars to the VRU by 30 June.",
      owner: "All",
    });
    expect(
      readActionParagraph("The Board asked for a note on bail hostels. ACTION: London Councils"),
    ).toMatchObject({ owner: "London Councils" });
  });

  it("reads no action from a marker followed by a sentence, nor from prose that only mentions action", () => {
    expect(
      readActionParagraph(
        "Members discussed the figures. Action: the chair will write to the CPS.",
      ),
    ).toBeNull();
    expect(readActionParagraph("The Board agreed that no further action was needed.")).toBeNull();
  });
});

describe("action labels written otherwise (unseen-minutes-5/43, /44)", () => {
  it("reads 'Agreed action:' as an action, with its owner in brackets", () => {
    expect(
      readActionParagraph(
        "Agreed action: NHS England London to share the crisis line's call volumes by borough (owner: Rukmini Sastry).",
      ),
    ).toMatchObject({
      text: "NHS England London to share the crisis line's call volumes by borough (owner: Rukmini Sastry).",
      owner: "Rukmini Sastry",
    });
  });

  it("reads the label misspelt by one letter ('Acton:') when an owner is to do something", () => {
    const line =
      "Acton: MPS to agree a same-day notification protocol with the London Councils education leads.";
    expect(startsAction(line)).toBe(true);
    expect(readActionParagraph(line)).toEqual({
      id: null,
      text: "MPS to agree a same-day notification protocol with the London Councils education leads.",
      owner: "MPS",
    });
  });

  it("reads no action after a word near 'action' that is not followed by one ('Acton: burglaries up 4%')", () => {
    expect(startsAction("Acton: burglaries up 4% on the quarter.")).toBe(false);
    expect(readActionParagraph("Acton: burglaries up 4% on the quarter.")).toBeNull();
    expect(startsAction("Agenda: the Chair to open the meeting.")).toBe(false);
  });
});

describe("what stands before an action's words (unseen-minutes-6/49, /51)", () => {
  describe("as round 6 writes it", () => {
    it("reads an action log's '[Item 3]' as the item, not as the action's first words", () => {
      expect(
        readActionEntry(
          "1. [Item 3] MPS to share drug-find rates by borough with community monitoring groups. Owner: MPS. Due: 22/05/2024. RAG: AMBER",
        ),
      ).toMatchObject({
        id: "1",
        item: "3",
        owner: "MPS",
        text: expect.stringMatching(/^MPS to share drug-find rates/),
      });
    });

    it("reads a task's checkbox, '- [ ] …', as no part of the action", () => {
      expect(
        readActionEntry(
          "- [ ] MPS to share the list of repeat-location high streets with borough community safety leads (owner: @Rashid Qureshi, due 31/01)",
        )?.text,
      ).toMatch(/^MPS to share the list/);
    });
  });

  describe("written otherwise", () => {
    it.each([
      [
        "2. (Item 4) NHS England London to report the figures.",
        "4",
        "NHS England London to report",
      ],
      ["• [Item 2] MOPAC to write to the Home Office.", "2", "MOPAC to write to"],
      ["3. [Agenda item 5] London Councils to survey boroughs.", "5", "London Councils to survey"],
      ["4. Item 2 – MPS to share the list of high streets.", "2", "MPS to share the list"],
    ])("reads %j as item %s", (text, item, start) => {
      const entry = readActionEntry(text);
      expect(entry?.item).toBe(item);
      expect(entry?.text.startsWith(start)).toBe(true);
    });

    it.each([
      ["- [x] Probation to bring caseload figures to the February meeting", "Probation to bring"],
      ["* [ ] MPS to share the list of repeat-location high streets", "MPS to share"],
      ["[ ] London Councils to survey boroughs on CCTV coverage", "London Councils to survey"],
    ])("reads %j without its checkbox", (text, start) => {
      expect(readActionEntry(text)?.text.startsWith(start)).toBe(true);
    });
  });

  describe("left as it was", () => {
    it("keeps an item named after the action in the action's text (unseen-minutes/..., 'Actions arising')", () => {
      expect(readActionEntry("1. MOPAC to circulate the paper (Item 2)")).toMatchObject({
        id: "1",
        item: "2",
        text: "MOPAC to circulate the paper (Item 2)",
      });
    });

    it("keeps a bracket that is no item reference", () => {
      expect(readActionEntry("1. [Redacted] to be briefed by MPS.")?.text).toBe(
        "[Redacted] to be briefed by MPS.",
      );
    });
  });
});

describe("action labels after an arrow, and actions as labelled fields (unseen-minutes-6/50, /53)", () => {
  describe("as round 6 writes them", () => {
    it("reads '→ Action:' as 'Action:'", () => {
      expect(
        readActionParagraph(
          "→ Action: MPS to give borough housing leads notice before applying for a closure order on a council tenancy.",
        ),
      ).toMatchObject({ text: expect.stringMatching(/^MPS to give/), owner: "MPS" });
    });

    it("reads 'Owner: … | Action: … | By: …' as the action, its owner from its field", () => {
      expect(
        readActionParagraph(
          "Owner: MOPAC | Action: write to the chairs of the safer neighbourhood boards about the new funding round | By: 30 November 2024",
        ),
      ).toMatchObject({
        text: expect.stringMatching(/^write to the chairs of the safer neighbourhood boards/),
        owner: "MOPAC",
      });
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["-> Action: MPS to give notice.", "MPS to give notice."],
      ["➔ ACTION: MOPAC to compare the assessments.", "MOPAC to compare the assessments."],
      ["⇒ Action: HMPPS London to circulate a briefing.", "HMPPS London to circulate a briefing."],
    ])("reads %j", (text, body) => {
      expect(readActionParagraph(text)?.text).toBe(body);
    });

    it.each([
      ["Action: report how many officers carry naloxone | Owner: MPS | By: next meeting", "MPS"],
      [
        "Lead: London Councils | Action: survey boroughs on CCTV coverage | Due: 14 February",
        "London Councils",
      ],
      ["Owner: MOPAC\tAction: write to the chairs of the boards\tBy: 30 November 2024", "MOPAC"],
    ])("reads %j with owner %j", (text, owner) => {
      const action = readActionParagraph(text);
      expect(action?.owner).toBe(owner);
      expect(action?.text).not.toMatch(/Owner|Lead|By:|Due:|\|/);
    });
  });

  describe("left as it was", () => {
    it.each([
      "→ The Board noted the update.",
      "Owner: MOPAC",
      "Owner: MOPAC | Due: 30 November 2024",
      "The action log | was reviewed.",
    ])("reads no action in %j", (text) => {
      expect(readActionParagraph(text)).toBeNull();
    });
  });
});

describe("actions as labelled fields parted by dashes (written after round 6)", () => {
  it.each([
    ["Owner – MPS | Action – circulate the borough breakdown | Due – 22 March", "MPS"],
    ["Action - report the figures | Lead - London Councils", "London Councils"],
  ])("reads %j with owner %j", (text, owner) => {
    const action = readActionParagraph(text);
    expect(action?.owner).toBe(owner);
    expect(action?.text).toMatch(/^(?:circulate|report)/);
  });

  it("reads no action in a sentence opening with a label and a dash", () => {
    expect(readActionParagraph("Lead – Dr Smith said the pilot had ended.")).toBeNull();
  });
});

describe("more checkboxes, arrows and field labels (written after round 6)", () => {
  it.each([
    ["☐ MPS to share the list of high streets", "MPS to share"],
    ["- ☐ MPS to share the list of high streets", "MPS to share"],
    ["☑ Probation to bring caseload figures", "Probation to bring"],
  ])("reads %j without its checkbox", (text, start) => {
    expect(readActionEntry(text)?.text.startsWith(start)).toBe(true);
  });

  it("reads '⟶ Action:' as 'Action:'", () => {
    expect(readActionParagraph("⟶ Action: MPS to share the list.")?.text).toBe(
      "MPS to share the list.",
    );
  });

  it("reads 'Task:' as the action's field among labelled fields", () => {
    expect(
      readActionParagraph("Owner: MOPAC | Task: write to the chairs of the boards | By: 30 Nov"),
    ).toMatchObject({ text: "write to the chairs of the boards", owner: "MOPAC" });
  });

  it("reads no action in a ballot box before a sentence of the minutes, or a task mentioned", () => {
    expect(readActionParagraph("Task: the group's terms of reference were agreed.")).toBeNull();
  });
});

describe("an owner in a bracket at the end of its paragraph (unseen-minutes-7/54, /59)", () => {
  it.each([
    // 54: a pdftotext copy, the owner in round brackets after the sentence.
    [
      "The MPS will set out its proposals for a third-party reporting pilot at the February meeting. (Action: MPS)",
      "The MPS will set out its proposals for a third-party reporting pilot at the February meeting.",
      "MPS",
    ],
    // 59: paragraphs numbered through the document, the owner in square brackets.
    [
      "10. London Councils will survey boroughs on the local authority accommodation available for children on bail. [Action: London Councils]",
      "London Councils will survey boroughs on the local authority accommodation available for children on bail.",
      "London Councils",
    ],
    [
      "7. The MPS and NHS England London will draft a joint protocol on taking samples in emergency departments and bring it to the December meeting. [Action: MPS / NHS England London]",
      "The MPS and NHS England London will draft a joint protocol on taking samples in emergency departments and bring it to the December meeting.",
      "MPS / NHS England London",
    ],
    // Written otherwise: the bracket before the full stop, in capitals, with a dash.
    [
      "MOPAC will map the partnerships by borough before Christmas (Action: MOPAC).",
      "MOPAC will map the partnerships by borough before Christmas.",
      "MOPAC",
    ],
    [
      "HMCTS will report the effect of the sitting days. (ACTION – HMCTS)",
      "HMCTS will report the effect of the sitting days.",
      "HMCTS",
    ],
    [
      "Boroughs to confirm their wardens' hours. [ACTION: London Councils]",
      "Boroughs to confirm their wardens' hours.",
      "London Councils",
    ],
  ])("reads %j", (paragraph, text, owner) => {
    expect(readActionParagraph(paragraph)).toEqual({ id: null, text, owner });
  });

  it.each([
    ["The Board noted the update (action on this was taken last year)."],
    ["The Chair thanked members. (Action: see item 4)"],
    ["The minutes were agreed (see Action: 3 above)."],
    // A status or a date in the bracket, after a paragraph that records no action (review C6).
    ["Members discussed the bail figures. [Action: Noted]"],
    ["The Board discussed the report. (Action: Complete)"],
    ["The Board discussed the report. (Action: Ongoing)"],
    ["The Board discussed the report. (Action: Deadline March)"],
    ["The Board discussed the report. [ACTION: N/A]"],
    ["Members noted the update. (Action: Closed)."],
  ])("reads no action from %j", (paragraph) => {
    expect(readActionParagraph(paragraph)).toBeNull();
  });

  it.each([
    // A status or a date in the bracket of a paragraph naming its own owner: its owner, not the
    // status (review C6).
    [
      "MOPAC to circulate the revised terms of reference. (Action: Ongoing)",
      "MOPAC to circulate the revised terms of reference.",
      "MOPAC",
    ],
    [
      "London Councils will collect the borough returns. [Action: Due 31 March]",
      "London Councils will collect the borough returns.",
      "London Councils",
    ],
  ])("reads %j with its own owner", (paragraph, text, owner) => {
    expect(readActionParagraph(paragraph)).toEqual({ id: null, text, owner });
  });
});

describe("follow-up tasks grouped by the person who owns them (unseen-minutes-7/55)", () => {
  it.each([["Follow-up tasks"], ["Follow-up actions"], ["Follow-ups"], ["FOLLOW UP TASKS:"]])(
    "recognises %j as the heading of a list of actions",
    (text) => {
      expect(isActionsHeading(text)).toBe(true);
    },
  );

  it.each([
    // 55: a meeting recap's tasks, a checkbox and the owner's name before a colon.
    [
      "☐ Caspar Nyquist-Ellery: Share ward-level abstraction figures for September and October with London Councils",
      "Share ward-level abstraction figures for September and October with London Councils",
      "Caspar Nyquist-Ellery",
    ],
    [
      "☐ Wilhelm Osei-Tutu: Bring approved premises bed figures for London to the November meeting",
      "Bring approved premises bed figures for London to the November meeting",
      "Wilhelm Osei-Tutu",
    ],
    // Written otherwise: a body, an acronym, a bullet.
    [
      "- London Councils: collect examples from boroughs of ward officer gaps",
      "collect examples from boroughs of ward officer gaps",
      "London Councils",
    ],
    [
      "• MOPAC: circulate the revised terms of reference",
      "circulate the revised terms of reference",
      "MOPAC",
    ],
  ])("reads %j", (entry, text, owner) => {
    expect(readActionEntry(entry)).toMatchObject({ text, owner });
  });

  it.each([
    // One capitalised word before a colon is a label, not an owner.
    ["- Update: the MPS will circulate the figures", "Update: the MPS will circulate the figures"],
    ["• Note: MOPAC to share the plan", "Note: MOPAC to share the plan"],
  ])("keeps %j whole", (entry, text) => {
    expect(readActionEntry(entry)).toMatchObject({ text });
  });
});

describe("a topic or a field before a colon is no owner (review C15)", () => {
  it.each([
    // A topic label, the owner after it opening its own action.
    [
      "- Knife Crime: MPS to share hotspot data with boroughs",
      "Knife Crime: MPS to share hotspot data with boroughs",
      "MPS",
    ],
    [
      "- Women's Safety: MOPAC to circulate the charter update",
      "Women's Safety: MOPAC to circulate the charter update",
      "MOPAC",
    ],
    [
      "• Youth Violence: London Councils will collect the borough returns",
      "Youth Violence: London Councils will collect the borough returns",
      "London Councils",
    ],
    // A field's label: no owner at all.
    [
      "- Due Date: end of January for all of the above",
      "Due Date: end of January for all of the above",
      null,
    ],
    ["- Next Steps: review at the March meeting", "Next Steps: review at the March meeting", null],
    ["- Target Date: 31 March", "Target Date: 31 March", null],
  ])("reads %j", (entry, text, owner) => {
    expect(readActionEntry(entry)).toMatchObject({ text, owner });
  });
});

describe("action points labelled 'AP1 -' (unseen-minutes-7/58)", () => {
  it.each([
    // 58: terse notes, an action point's code and a dash.
    [
      "AP1 - mps to send list of town centres in the op to LC by fri",
      "AP1",
      "mps to send list of town centres in the op to LC by fri",
    ],
    [
      "AP3 - LC to ask boroughs for their emergency accommodation position",
      "AP3",
      "LC to ask boroughs for their emergency accommodation position",
    ],
    // Written otherwise.
    [
      "AP 4: MOPAC to circulate the terms of reference",
      "AP4",
      "MOPAC to circulate the terms of reference",
    ],
    [
      "AP12) London Councils to write to the boroughs",
      "AP12",
      "London Councils to write to the boroughs",
    ],
  ])("reads %j", (paragraph, id, text) => {
    expect(startsAction(paragraph)).toBe(true);
    expect(readActionParagraph(paragraph)).toMatchObject({ id, text });
  });

  it.each([
    ["APCC - the commissioners' association"],
    ["AP1 is the first action point."],
    ["APPG briefing: knife crime"],
  ])("reads no action from %j", (paragraph) => {
    expect(startsAction(paragraph)).toBe(false);
    expect(readActionParagraph(paragraph)).toBeNull();
  });
});

describe("a task after its owner and a spaced dash, in a list of actions (unseen-minutes-8/68)", () => {
  it.each([
    [
      "MOPAC – circulate the revised community reassurance plan to DMG members",
      "circulate the revised community reassurance plan to DMG members",
      "MOPAC",
    ],
    [
      "MPS – report hate crime charge rates by strand to the February meeting",
      "report hate crime charge rates by strand to the February meeting",
      "MPS",
    ],
    // layout-variants-8b/84: a body of two words, and a bullet.
    [
      "CPS London – share the charging times by police command unit",
      "share the charging times by police command unit",
      "CPS London",
    ],
    [
      "- London Councils - collate the borough returns",
      "collate the borough returns",
      "London Councils",
    ],
  ])("reads %j", (entry, text, owner) => {
    expect(readActionEntry(entry)).toMatchObject({ text, owner });
  });

  it.each([
    // A topic before the dash: the words after it open with a capital, no task.
    ["Knife Crime – MPS to share hotspot data with boroughs", null],
    // One capitalised word that is no acronym is a label.
    ["Update – the figures will follow", null],
    // A field's label owns nothing.
    ["Due Date – end of January", null],
  ])("reads no owner before the dash in %j", (entry, owner) => {
    expect(readActionEntry(entry)).toMatchObject({ text: entry, owner });
  });
});

describe("an owner before a colon or a dash reads as a person or a body (review 3 C7, S4)", () => {
  it.each([
    // A topic label before a task opening in lower case: the topic stays in the action's text.
    [
      "- Knife Crime – update from the VRU at the next meeting",
      "Knife Crime – update from the VRU at the next meeting",
    ],
    [
      "- Youth Violence – paper to come to the September board",
      "Youth Violence – paper to come to the September board",
    ],
    // The same before a colon (review 2 C15's form).
    [
      "- Knife Crime: update from the VRU at the next meeting",
      "Knife Crime: update from the VRU at the next meeting",
    ],
    [
      "- Youth Violence: paper to come to the September board",
      "Youth Violence: paper to come to the September board",
    ],
  ])("reads no owner in %j", (entry, text) => {
    expect(readActionEntry(entry)).toMatchObject({ text, owner: null });
  });

  it.each([
    [
      "- Sophie Linden – write to the Home Office about funding",
      "write to the Home Office about funding",
      "Sophie Linden",
    ],
    [
      "- The Chair: write to the Home Office about funding",
      "write to the Home Office about funding",
      "The Chair",
    ],
    [
      "- DMG Members – send their returns to the secretariat",
      "send their returns to the secretariat",
      "DMG Members",
    ],
    ["- Board Secretary – circulate the minutes", "circulate the minutes", "Board Secretary"],
  ])("reads the owner of %j, a person, a post or the people of a body", (entry, text, owner) => {
    expect(readActionEntry(entry)).toMatchObject({ text, owner });
  });
});

describe("an owner of several people joined by 'and', '&' or '/' (review 4 C3)", () => {
  it.each([
    [
      "- Sophie Linden and Lib Peck: agree the summer plan",
      "agree the summer plan",
      "Sophie Linden and Lib Peck",
    ],
    [
      "- Sophie Linden and Lib Peck – agree the summer plan",
      "agree the summer plan",
      "Sophie Linden and Lib Peck",
    ],
    [
      "- Jane Smith & Tom Jones: circulate the note",
      "circulate the note",
      "Jane Smith & Tom Jones",
    ],
    [
      "- Sophie Linden / The Chair – write to the Home Office",
      "write to the Home Office",
      "Sophie Linden / The Chair",
    ],
  ])("reads each joined part of %j as an owner", (entry, text, owner) => {
    expect(readActionEntry(entry)).toMatchObject({ text, owner });
  });

  it("still reads topics joined by 'and' as no owner", () => {
    expect(
      readActionEntry("- Knife Crime and Youth Violence – update from the VRU next time"),
    ).toMatchObject({
      text: "Knife Crime and Youth Violence – update from the VRU next time",
      owner: null,
    });
    // One part a person, the other a topic: not a list of owners.
    expect(readActionEntry("- Sophie Linden and Knife Crime – update next time")).toMatchObject({
      owner: null,
    });
  });
});

describe("actions lettered in one paragraph (unseen-minutes-8/65)", () => {
  const split = (paragraph: string) =>
    splitLettered(readActionParagraph(paragraph) ?? { id: null, text: "", owner: null }).map(
      (a) => [a.id, a.text, a.owner],
    );

  it("reads each lettered action as its own, the letters no ids", () => {
    expect(
      split(
        "Actions: (a) London Councils to list the boroughs yet to publish an assessment; (b) MPS to name an analyst contact for those boroughs.",
      ),
    ).toEqual([
      [
        null,
        "London Councils to list the boroughs yet to publish an assessment",
        "London Councils",
      ],
      [null, "MPS to name an analyst contact for those boroughs.", "MPS"],
    ]);
    expect(
      split("Actions: (a) CPS London and the MPS to agree how probation is told of such charges."),
    ).toEqual([
      [
        null,
        "CPS London and the MPS to agree how probation is told of such charges.",
        "CPS London and the MPS",
      ],
    ]);
  });

  it("reads letters without brackets and an 'and' before the last (layout-variants-8b/84, written otherwise)", () => {
    expect(
      split(
        "Action: a) MOPAC to write to the chairs; b) MPS to share the figures; and c) London Councils to collate the returns.",
      ).map(([, text]) => text),
    ).toEqual([
      "MOPAC to write to the chairs",
      "MPS to share the figures",
      "London Councils to collate the returns.",
    ]);
  });

  it("leaves an action without letters, or with letters out of sequence, whole", () => {
    expect(split("Action: MOPAC to share (a) the plan; (b) the budget.")).toEqual([
      [null, "MOPAC to share (a) the plan; (b) the budget.", "MOPAC"],
    ]);
    expect(split("Actions: (a) MOPAC to share the plan; (c) MPS to write.")).toEqual([
      [null, "MOPAC to share the plan; (c) MPS to write.", "MOPAC"],
    ]);
  });
});

describe("the City of London's outstanding references as actions (unseen-minutes-9/72)", () => {
  it("reads 'Reference 14/2025/P – Owner to …' with its whole number", () => {
    const line =
      "Reference 14/2025/P – City of London Police to report the number of London victims referred to the Economic Crime Victim Care Unit, by borough, to the next meeting.";
    expect(startsAction(line)).toBe(true);
    expect(readActionParagraph(line)).toEqual({
      id: "14/2025/P",
      text: "City of London Police to report the number of London victims referred to the Economic Crime Victim Care Unit, by borough, to the next meeting.",
      owner: "City of London Police",
    });
  });

  it("reads one with a hyphen, an owner of one word", () => {
    expect(
      readActionParagraph(
        "Reference 15/2025/P - Town Clerk to circulate the National Fraud Intelligence Bureau's quarterly London figures to all Members.",
      ),
    ).toMatchObject({ id: "15/2025/P", owner: "Town Clerk" });
  });

  it("leaves a sentence about a reference alone", () => {
    const line = "Reference 9/2025/P (retail crime in the Square Mile) was closed.";
    expect(startsAction(line)).toBe(false);
    expect(readActionParagraph(line)).toBeNull();
    expect(readActionParagraph("Reference 9/2025/P – closed at the last meeting.")).toBeNull();
  });
});

// unseen-minutes-9/74: an action numbered by its item and its place under it, its owner before a dash.
describe("readActionParagraph: 'Action 2.1 - Owner - task'", () => {
  it.each([
    [
      "Action 2.1 - MPS - share the July and August knife crime figures for the four boroughs with their community safety partnerships",
      "2.1",
      "MPS",
      "share the July and August knife crime figures for the four boroughs with their community safety partnerships",
    ],
    [
      "Action 3.1 - CPS London - bring victim attrition figures by stage to the December meeting",
      "3.1",
      "CPS London",
      "bring victim attrition figures by stage to the December meeting",
    ],
    // Written otherwise: an en dash, and a plain number.
    [
      "Action 4 – London Councils – ask the boroughs for their CCTV maps",
      "4",
      "London Councils",
      "ask the boroughs for their CCTV maps",
    ],
  ])("reads %j", (text, id, owner, body) => {
    expect(readActionParagraph(text)).toEqual({ id, owner, text: body });
  });

  it("keeps an owner-first action with 'to' as it was, and 'Action 2. MPS …' numbered 2", () => {
    expect(readActionParagraph("Action 2. MPS to share the figures")).toEqual({
      id: "2",
      owner: "MPS",
      text: "MPS to share the figures",
    });
    // A topic before the dash opens with a capital after it: no owner's dash.
    expect(readActionParagraph("Action 3 - Knife Crime - MPS to share hotspots")?.owner).not.toBe(
      "Knife Crime",
    );
  });
});

describe("'Action items' over a task list under an item (unseen-minutes-9/71)", () => {
  it("is a heading of actions, and its checkbox entries are read", () => {
    expect(isActionsHeading("Action items")).toBe(true);
    expect(
      readActionEntry(
        "☐ MPS to share the summer plan's hotspot locations with borough community safety leads before 14 July",
      ),
    ).toMatchObject({ owner: "MPS", text: expect.stringMatching(/^MPS to share the summer plan/) });
  });
});

// unseen-minutes-9/76: a SharePoint list item's related actions list, named by the body and counted.
describe("isActionsHeading: a related list of actions", () => {
  it.each([["Related items: DMG Actions (3)"], ["Related items: Actions (12)"], ["Actions (3)"]])(
    "reads %j as an actions heading",
    (text) => {
      expect(isActionsHeading(text)).toBe(true);
    },
  );

  it.each([
    ["Related items: Documents (2)"],
    ["Related items: DMG Actions"],
    ["Related items: Actions taken by the MPS (3)"],
  ])("reads %j as no actions heading", (text) => {
    expect(isActionsHeading(text)).toBe(false);
  });
});

describe("'*ACTION* Owner to …' in a chat's message (unseen-minutes-9/77)", () => {
  it("reads the label without a colon when an owner and a task follow it", () => {
    const text =
      "ACTION MPS to send the fireworks incident figures by borough to London Councils by 14 Nov";
    expect(startsAction(text)).toBe(true);
    expect(readActionParagraph(text)).toEqual({
      id: null,
      text: "MPS to send the fireworks incident figures by borough to London Councils by 14 Nov",
      owner: "MPS",
    });
  });

  it("leaves a capitalised word before prose alone", () => {
    expect(readActionParagraph("ACTION PLAN REVIEWED BY THE BOARD")).toBeNull();
    expect(readActionParagraph("Action taken was noted by members.")).toBeNull();
  });
});

describe("a OneNote page's 'To Do:' tags (unseen-minutes-9/73)", () => {
  it.each([
    [
      "To Do: London Councils - survey boroughs on remand foster placements for under-18s",
      "London Councils",
      "survey boroughs on remand foster placements for under-18s",
    ],
    [
      "To Do: Probation - share programme waiting list figures by borough",
      "Probation",
      "share programme waiting list figures by borough",
    ],
    [
      "To Do: MOPAC - check whether perpetrator funding continues past March 2026",
      "MOPAC",
      "check whether perpetrator funding continues past March 2026",
    ],
    [
      "To Do: MPS to circulate the hate crime figures",
      "MPS",
      "MPS to circulate the hate crime figures",
    ],
  ])("reads %j", (line, owner, text) => {
    expect(startsAction(line)).toBe(true);
    expect(readActionParagraph(line)).toEqual({ id: null, text, owner });
  });
});

describe("a form's action as labelled fields (layout-variants-10b/114)", () => {
  it("reads the number, the item and the owner from their fields", () => {
    expect(
      readActionEntry(
        "No.: 1 Item: 2 Owner: MPS Action: Share the West End robbery figures with borough leads By: 16/12/2026",
      ),
    ).toEqual({
      id: "1",
      text: "Share the West End robbery figures with borough leads",
      owner: "MPS",
      item: "2",
    });
  });
});

describe("a decisions log's actions, reference first (layout-variants-10b/115)", () => {
  it("reads the reference, the item in brackets and the owner before the dash", () => {
    expect(
      readActionEntry(
        "A27/01 (item 2) – London Councils – list the third-party reporting centres by borough – 16.02.2027",
      ),
    ).toMatchObject({
      id: "A27/01",
      item: "2",
      owner: "London Councils",
      text: "list the third-party reporting centres by borough – 16.02.2027",
    });
  });

  it("opens an entry at each reference, and reads no action from the heading after the list", () => {
    expect(
      opensOwnedTask("A27/02 (item 3) – MPS – report knife arch finds by school – 16.02.2027"),
    ).toBe(true);
    expect(readActionEntry("NOTED")).toBeNull();
  });
});
