import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Meeting } from "../../../src/corpus/model.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";

const CORPUS = fileURLToPath(new URL("../../../corpus/", import.meta.url));
const seed = (file: string) => parseMinutes(readFileSync(`${CORPUS}${file}`, "utf8"), file);
const items = (text: string) =>
  parseMinutes(text, "t.txt").meeting?.items.map((i) => [i.number, i.title]);

// dmg-2020-07-13-month-title-paragraphs: the day in the "held on" line, the year only in the title.
const TITLE = "LCRB Delivery Management Group (DMG) – July 2020";
const HELD = "Notes of the meeting held on Monday 13 July via Microsoft Teams, 10am–11.30am";

describe("parseMinutes on the seeds", () => {
  it.each([
    ["000_bc5123fd089beeb5.txt", "dmg-2020-06-08", 13, 0, 6, 0, 2],
    ["001_c2fb2c5d5dd83175.txt", "lcrb-2021-02-02", 36, 0, 5, 0, 0],
    ["002_0368bc6123038781.txt", "lcrb-2023-04-12", 24, 12, 3, 0, 0],
    ["003_0417dfde59a34df8.txt", "lcrb-2022-04-27", 22, 2, 8, 0, 0],
    ["004_17215f53eb22288e.txt", "lcrb-2015-03-10", 20, 0, 5, 2, 1],
  ])(
    "reads %s as a valid meeting with the right counts",
    (file, id, attending, apologies, itemCount, actions, next) => {
      const { meeting, problems } = seed(file);
      expect(problems).toEqual([]);
      expect(Meeting.safeParse(meeting).success).toBe(true);
      expect(meeting?.id).toBe(id);
      const sent = meeting?.attendees.filter((a) => a.status === "apologies").length;
      expect([meeting?.attendees.length, sent]).toEqual([attending + apologies, apologies]);
      expect([
        meeting?.items.length,
        meeting?.actions.length,
        meeting?.nextMeetings.length,
      ]).toEqual([itemCount, actions, next]);
    },
  );

  it("takes no contents line, numbered paragraph or list entry for an item", () => {
    expect(seed("002_0368bc6123038781.txt").meeting?.items.map((i) => i.number)).toEqual([
      "1",
      "2",
      "3",
    ]);
    expect(seed("004_17215f53eb22288e.txt").meeting?.items.map((i) => i.number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
    expect(seed("003_0417dfde59a34df8.txt").meeting?.items[0]).toMatchObject({
      number: null,
      title: "Welcome and apologies",
      line: 41,
    });
  });
});

describe("parseMinutes on layouts the seeds do not show", () => {
  it("reads bullets, a Secretariat, an 'Actions arising' list that restates an action, and 'The next meeting will be held on …'", () => {
    const text = [
      "London Crime Reduction Board",
      "Minutes of the meeting held on 12th April 2023 at 2pm, City Hall",
      "",
      "Members",
      "• Jane Doe - Director, MOPAC",
      "• Cllr John Smith - London Councils",
      "",
      "Secretariat",
      "• Ann Lee - MOPAC",
      "",
      "Apologies",
      "• Dr Sam Patel - NHS England",
      "",
      "1. Welcome",
      "",
      "The Chair welcomed members. Apologies were received from Dr Patel and Mark Jones.",
      "",
      "2. Knife crime",
      "",
      "ACTION: MOPAC to circulate the paper.",
      "",
      "3. Any other business",
      "",
      "The next meeting will be held on 12 July 2023 at 2pm at City Hall.",
      "",
      "Actions arising",
      "1. MOPAC to circulate the paper (Item 2)",
    ].join("\n");
    const { meeting, problems } = parseMinutes(text, "lcrb.txt");
    expect(problems).toEqual([]);
    expect(meeting).toMatchObject({ id: "lcrb-2023-04-12", time: "14:00", venue: "City Hall" });
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status, a.line])).toEqual([
      [null, "Jane Doe", "present", 5],
      ["Cllr", "John Smith", "present", 6],
      [null, "Ann Lee", "in_attendance", 9],
      ["Dr", "Sam Patel", "apologies", 12],
      [null, "Mark Jones", "apologies", 16],
    ]);
    expect(meeting?.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    // The "Actions arising" entry restates the action recorded under item 2: it is counted once.
    expect(meeting?.actions).toEqual([
      { id: null, text: "MOPAC to circulate the paper.", owner: "MOPAC", item: "2", line: 20 },
    ]);
    expect(meeting?.nextMeetings).toEqual([
      { body: "LCRB", date: "2023-07-12", time: "14:00", venue: "City Hall", line: 24 },
    ]);
  });

  it("reads 'Present' followed by a 'Board and advisors' sub-heading, and 'Name Organisation' lines", () => {
    const text =
      "DELIVERY MANAGEMENT GROUP\nDate: 27/04/2022\n\nPresent\n\nBoard and advisors\n\nKenneth Adeyemi MOPAC (Chair)\nTom Ellery HMPPS\n\nITEM 1 WELCOME\n\nNotes.";
    const meeting = parseMinutes(text, "dmg.txt").meeting;
    expect(meeting?.id).toBe("dmg-2022-04-27");
    expect(meeting?.attendees.map((a) => [a.name, a.status, a.role, a.organisation])).toEqual([
      ["Kenneth Adeyemi", "present", "Chair", "MOPAC"],
      ["Tom Ellery", "present", null, "HMPPS"],
    ]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([["1", "WELCOME"]]);
  });

  it("reads a list after 'PRESENT:' that runs on over the next lines", () => {
    const text =
      "LONDON CRIME REDUCTION BOARD\nDate: 14.06.2018\n\nPRESENT: Sophie Lindqvist (Chair, MOPAC), Cllr Maya Lindgren\n(London Councils), Marcus\nHale (National Probation Service).\n\nOFFICERS PRESENT: Owen Lacey (London Councils).\n\n1 Minutes of the last meeting\n\nAgreed.";
    const meeting = parseMinutes(text, "t.txt").meeting;
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
      [null, "Sophie Lindqvist", "present"],
      ["Cllr", "Maya Lindgren", "present"],
      [null, "Marcus Hale", "present"],
      [null, "Owen Lacey", "in_attendance"],
    ]);
    expect(meeting?.items.map((i) => i.number)).toEqual(["1"]);
  });

  it("reads markdown headings", () => {
    expect(
      items(
        "# London Crime Reduction Board\n\n## Minutes, 18th October 2023\n\n### Present\n\n- Jane Doe, MOPAC\n\n## 1. Welcome\n\nText.\n\n## 2. Budget\n\nText.\n\n**3. Any other business**\n\nNone.",
      ),
    ).toEqual([
      ["1", "Welcome"],
      ["2", "Budget"],
      ["3", "Any other business"],
    ]);
  });

  it("reads unnumbered sections in minutes with no numbered headings", () => {
    expect(
      items(
        "London Crime Reduction Board\n1 May 2019\n\nAttendees\n\nJane Doe, MOPAC\n\nWelcome\n\nThe Chair opened the meeting.\n\nKnife crime\n\nThe Board discussed the figures.\n\nAny other business\n\nNone.",
      ),
    ).toEqual([
      [null, "Welcome"],
      [null, "Knife crime"],
      [null, "Any other business"],
    ]);
  });

  it("lets front matter override and add, and keeps line numbers from the file's top", () => {
    const text =
      "---\ndate: 2019-01-21\nvenue: City Hall\napologies:\n  - Cllr Ann Lee\n---\nLondon Crime Reduction Board\n\nAttendees\n\nJane Doe, MOPAC\n\n1. Welcome\n\nText.";
    const meeting = parseMinutes(text, "fm.txt").meeting;
    expect(meeting).toMatchObject({ id: "lcrb-2019-01-21", venue: "City Hall" });
    expect(meeting?.attendees.map((a) => [a.name, a.status, a.line])).toEqual([
      ["Jane Doe", "present", 11],
      ["Ann Lee", "apologies", 5],
    ]);
    expect(meeting?.items[0]?.line).toBe(13);
  });
});

describe("parseMinutes problems", () => {
  it.each([
    ["", "empty"],
    ["   \n\n", "empty"],
    ["milk\neggs\nbread", "not_minutes"],
  ])("reports %j as %s", (text, code) => {
    const outcome = parseMinutes(text, "x.txt");
    expect(outcome.meeting).toBeNull();
    expect(outcome.problems[0]?.code).toBe(code);
  });

  it("reports a missing date with the line to look at", () => {
    const outcome = parseMinutes(
      "\nLondon Crime Reduction Board\n\nAttendees\n\nJane Doe, MOPAC\n",
      "x.txt",
    );
    expect(outcome.meeting).toBeNull();
    expect(outcome.problems).toEqual([
      { file: "x.txt", line: 2, code: "no_date", message: expect.any(String) },
    ]);
  });

  it("reports a missing body", () => {
    const outcome = parseMinutes(
      "Minutes\n12 April 2023\n\nAttendees\n\nJane Doe, MOPAC\n",
      "x.txt",
    );
    expect(outcome.meeting).toBeNull();
    expect(outcome.problems[0]?.code).toBe("no_body");
  });
});

describe("parseMinutes: actions restated in a list or table", () => {
  it("does not repeat an action that a summary table restates (lcrb-2024-02-28)", () => {
    const meeting = parseMinutes(
      "# London Crime Reduction Board (LCRB)\n\nMinutes of the meeting held on **Wednesday 28 February 2024**, 2pm – 4pm\n\n#### 4 Neighbourhood policing\n\n**Action 6:** MPS to share ward-level neighbourhood staffing figures with London Councils (Owner: MPS).\n\n### Summary of actions\n\n| No | Item | Action | Owner | Deadline |\n|----|------|--------|-------|----------|\n| 6 | 4 | Share ward-level neighbourhood staffing figures | MPS | March 2024 |\n",
      "t.md",
    ).meeting;
    expect(meeting?.actions.map((a) => [a.id, a.item, a.owner])).toEqual([["6", "4", "MPS"]]);
  });
});

describe("parseMinutes: a header with the day and the year apart", () => {
  it("parses the whole file's header, attendance and items once the date is read (dmg-2020-07-13)", () => {
    const text = [
      TITLE,
      "",
      HELD,
      "",
      "Attendees: Grace Ogunleye (MOPAC, Chair), Det Supt Colin Marsh (MPS), Tom Varley (London Councils),",
      "Farida Begum (NPS), Owen Pritchard (CPS London), Dr Helen Ruddock (NHS England), Samuel Idowu (YJB),",
      "Nick Ramsay (HMCTS).",
      "",
      "Also in attendance: Lauren Kelsey (MOPAC, notes), Jide Akinola (VRU).",
      "",
      "Apologies were received from Chief Superintendent Andrea Fox (MPS) and Cllr Ahmed Farouk (London",
      "Councils).",
      "",
      "Agenda item 1 – Notes of the last meeting and actions",
      "",
      "The notes of the meeting held on 8 June were agreed.",
    ].join("\n");
    const meeting = parseMinutes(text, "dmg.txt").meeting;
    expect(meeting).toMatchObject({
      id: "dmg-2020-07-13",
      time: "10:00",
      venue: "Microsoft Teams",
    });
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
      [null, "Grace Ogunleye", "present"],
      ["Det Supt", "Colin Marsh", "present"],
      [null, "Tom Varley", "present"],
      [null, "Farida Begum", "present"],
      [null, "Owen Pritchard", "present"],
      ["Dr", "Helen Ruddock", "present"],
      [null, "Samuel Idowu", "present"],
      [null, "Nick Ramsay", "present"],
      [null, "Lauren Kelsey", "in_attendance"],
      [null, "Jide Akinola", "in_attendance"],
      ["Chief Superintendent", "Andrea Fox", "apologies"],
      ["Cllr", "Ahmed Farouk", "apologies"],
    ]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Notes of the last meeting and actions"],
    ]);
  });
});

describe("parseMinutes: an 'Actions arising' list after actions recorded under their items", () => {
  const minutes = (list: string) =>
    [
      "London Crime Reduction Board",
      "Minutes of the meeting held on 12th April 2023 at 2pm, City Hall",
      "",
      "2. Knife crime",
      "",
      "ACTION: MOPAC to circulate the paper.",
      "",
      "Actions arising",
      list,
    ].join("\n");
  const actions = (list: string) =>
    parseMinutes(minutes(list), "lcrb.txt").meeting?.actions.map((a) => [a.owner, a.item, a.text]);

  it("drops an entry that restates an action recorded under its item", () => {
    expect(actions("1. MOPAC to circulate the paper (Item 2)")).toEqual([
      ["MOPAC", "2", "MOPAC to circulate the paper."],
    ]);
  });

  it("keeps an entry with another owner, another item or other wording", () => {
    expect(actions("1. HMCTS to circulate the paper (Item 2)")).toHaveLength(2);
    expect(actions("1. MOPAC to circulate the paper (Item 3)")).toHaveLength(2);
    expect(
      actions("1. HMCTS to circulate the court recovery plan for London to members (Item 2)."),
    ).toHaveLength(2);
  });

  it("keeps every entry of a list with no actions recorded under the items", () => {
    const text = [
      "LCRB Delivery Management Group (DMG) – July 2020",
      "",
      "Notes of the meeting held on Monday 13 July via Microsoft Teams, 10am–11.30am",
      "",
      "Agenda item 2 – COVID-19: court recovery",
      "",
      "HMCTS reported that 14 Crown Court rooms in London had been adapted.",
      "",
      "Actions arising",
      "",
      "1. HMCTS to circulate the court recovery plan for London to members (Item 2).",
      "2. YJB and London Councils to review the remand cases from April to June (Item 3).",
    ].join("\n");
    expect(
      parseMinutes(text, "dmg.txt").meeting?.actions.map((a) => [a.id, a.owner, a.item]),
    ).toEqual([
      ["1", "HMCTS", "2"],
      ["2", "YJB and London Councils", "3"],
    ]);
  });
});
