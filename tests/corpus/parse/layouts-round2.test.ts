import { describe, expect, it } from "vitest";
import { readActionTable } from "../../../src/corpus/parse/action-table.js";
import { readActionParagraph, readOwner } from "../../../src/corpus/parse/actions.js";
import { readApologiesSentence } from "../../../src/corpus/parse/apologies-sentence.js";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { readAttendanceHeading } from "../../../src/corpus/parse/attendance-headings.js";
import { findTime } from "../../../src/corpus/parse/dates.js";
import { readHeader } from "../../../src/corpus/parse/header.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { normaliseLine, toTextLines } from "../../../src/corpus/parse/lines.js";
import { splitHonorific } from "../../../src/corpus/parse/people.js";

// Rules drawn from the second blind round of minutes (tests/fixtures/minutes/*, copied from it).
// Every input is a real line from those files.

const brief = (raw: string, status: "present" | "in_attendance" | "apologies" = "present") =>
  readAttendanceLine(raw, status).map((p) => [p.honorific, p.name, p.status]);

const DMG =
  "London Crime Reduction Board – Delivery Management Group\n\nMonday 13 September 2021\n\n";
const attendees = (body: string) =>
  parseMinutes(`${DMG}${body}`, "t.txt").meeting?.attendees.map((a) => [
    a.honorific,
    a.name,
    a.status,
  ]);
const items = (body: string) =>
  parseMinutes(`${DMG}${body}`, "t.txt").meeting?.items.map((i) => [i.number, i.title]);

describe("line normalisation", () => {
  it("spells out ligatures and turns the PDF Symbol bullet into '•'", () => {
    expect(normaliseLine("Oﬃcers in attendance")).toBe("Officers in attendance");
    expect(normaliseLine("the eﬀect of school holidays on ﬁnancial")).toBe(
      "the effect of school holidays on financial",
    );
    expect(normaliseLine("\uF0B7  Helen Ferris, MOPAC (Chair)")).toBe(
      "•  Helen Ferris, MOPAC (Chair)",
    );
  });
});

describe("attendance labels", () => {
  it.each([
    ["In attendance for item 3", "in_attendance", null],
    ["Officers in attendance", "in_attendance", null],
    [
      "Vice Chair:    Cllr Marcus Onyango, London Councils",
      "present",
      "Cllr Marcus Onyango, London Councils",
    ],
    ["Minute taker: Joel Adebayo, MOPAC", "in_attendance", "Joel Adebayo, MOPAC"],
    ["Minutes taken by:\tJoel Adebayo, MOPAC", "in_attendance", "Joel Adebayo, MOPAC"],
    ["Minutes:\tJoel Adebayo (MOPAC)", "in_attendance", "Joel Adebayo (MOPAC)"],
    ["Notes: Joel Adebayo (MOPAC)", "in_attendance", "Joel Adebayo (MOPAC)"],
    ["**Also present:**", "in_attendance", null],
  ])("reads %j", (text, status, inline) => {
    expect(readAttendanceHeading(text)).toEqual({ status, inline });
  });

  it("needs a person after 'Minutes' or 'Notes': alone they are ordinary words", () => {
    expect(readAttendanceHeading("Minutes")).toBeNull();
    expect(readAttendanceHeading("Notes: the meeting was quorate")).toBeNull();
  });
});

describe("attendance entries", () => {
  it("reads two people on one space-aligned row", () => {
    expect(
      brief(
        "Stephen Harwood (Chair)       MOPAC                       Sir Julian Fenwick QPM      MPS",
      ),
    ).toEqual([
      [null, "Stephen Harwood", "present"],
      ["Sir", "Julian Fenwick", "present"],
    ]);
  });

  it("reads people grouped under their organisation, who take it as theirs", () => {
    expect(readAttendanceLine("MOPAC: Helen Ferris (Chair), Tobias Brennan", "present")).toEqual([
      {
        name: "Helen Ferris",
        honorific: null,
        role: "Chair",
        organisation: "MOPAC",
        status: "present",
      },
      {
        name: "Tobias Brennan",
        honorific: null,
        role: null,
        organisation: "MOPAC",
        status: "present",
      },
    ]);
  });

  it("takes an unknown abbreviated rank before a name as its honorific", () => {
    expect(brief("- DAC Ben Whitlow, MPS")).toEqual([["DAC", "Ben Whitlow", "present"]]);
    expect(brief("\uF0B7  T/Commander Ade Okoye, MPS".replace("\uF0B7", "•"))).toEqual([
      ["T/Commander", "Ade Okoye", "present"],
    ]);
    expect(splitHonorific("DCS Paula Ngata")).toEqual({ honorific: "DCS", rest: "Paula Ngata" });
    expect(splitHonorific("The Baroness Helena Marsh")).toEqual({
      honorific: "The Baroness",
      rest: "Helena Marsh",
    });
  });

  it("does not take an honour or an organisation word for a rank", () => {
    expect(splitHonorific("CBE Kwame Mensah").honorific).toBeNull();
    expect(splitHonorific("NHS England").honorific).toBeNull();
  });

  it("drops notes on when or for whom someone attended, and never reads them as a person", () => {
    expect(brief("- Zainab Kamara, Solace Women's Aid (item 3 only)", "in_attendance")).toEqual([
      [null, "Zainab Kamara", "in_attendance"],
    ]);
    expect(brief("\tOlufemi Adeyinka (for Nicholas Pryor), CPS London")).toEqual([
      [null, "Olufemi Adeyinka", "present"],
    ]);
    expect(brief("- Olufemi Adeyinka, CPS London (substitute for Rhys Cadogan)")).toEqual([
      [null, "Olufemi Adeyinka", "present"],
    ]);
  });

  it("reads a status column per row, any wording after the status included", () => {
    expect(
      brief("Detective Chief Superintendent Paula Ngata\tMPS\tSubstitute for Commander Okoye"),
    ).toEqual([["Detective Chief Superintendent", "Paula Ngata", "present"]]);
    expect(brief("Cllr Ifeoma Nwosu\tLondon Councils\tPresent (virtual)", "apologies")).toEqual([
      ["Cllr", "Ifeoma Nwosu", "present"],
    ]);
  });

  it("reads an apologies sentence whose names run over a clause and a second 'from'", () => {
    expect(
      readApologiesSentence(
        "Apologies were received from Assistant Commissioner Nicola Barrow, who was represented by Commander Raj Anand, and from Cllr Bridget Haines.",
      ).map((p) => [p.honorific, p.name]),
    ).toEqual([
      ["Assistant Commissioner", "Nicola Barrow"],
      ["Cllr", "Bridget Haines"],
    ]);
  });
});

describe("attendance as a region", () => {
  it("reads a hanging-indent list: the label, a tab and the first person, then one person a line", () => {
    expect(
      attendees(
        "Present:\tLord Kwame Mensah CBE, Chair, London Criminal Justice Board\n\tDeputy Commissioner Craig Fallon QPM, MPS\n\tCllr Bernadette Walsh, London Councils\n\nAlso present:\tDeclan Murray, MOPAC\n\tSunita Patel-Ward, GLA\n\nMinutes taken by:\tJoel Adebayo, MOPAC\n\n1. Welcome\n\nText.\n",
      ),
    ).toEqual([
      ["Lord", "Kwame Mensah", "present"],
      ["Deputy Commissioner", "Craig Fallon", "present"],
      ["Cllr", "Bernadette Walsh", "present"],
      [null, "Declan Murray", "in_attendance"],
      [null, "Sunita Patel-Ward", "in_attendance"],
      [null, "Joel Adebayo", "in_attendance"],
    ]);
  });

  it("reads an indented line that names nobody as the end of the entry above it", () => {
    const meeting = parseMinutes(
      `${DMG}Present\nCllr Marcus Onyango            Chair, London Councils Crime and Public Protection\n                               Committee\nProfessor Dame Imelda Hart     Chair, London Criminal Justice Board\n\n1. Welcome\n\nText.\n`,
      "t.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => [a.name, a.organisation, a.line])).toEqual([
      ["Marcus Onyango", "London Councils Crime and Public Protection Committee", 6],
      ["Imelda Hart", "London Criminal Justice Board", 8],
    ]);
  });

  it("goes on past a bulleted entry it cannot read", () => {
    expect(
      attendees(
        "**Present:**\n- Helen Ferris, MOPAC (Chair)\n- 12345\n- Dominic Shaw, London Councils\n\n1. Welcome\n\nText.\n",
      ),
    ).toEqual([
      [null, "Helen Ferris", "present"],
      [null, "Dominic Shaw", "present"],
    ]);
  });

  it("does not let one row's status column carry over to the next row", () => {
    expect(
      attendees(
        "Attendance\n\nName\tOrganisation\tAttendance\nCommander Ade Okoye\tMPS\tApologies\nDetective Chief Superintendent Paula Ngata\tMPS\tSubstitute for Commander Okoye\nDominic Shaw\tLondon Councils\n\n1. Welcome\n\nText.\n",
      ),
    ).toEqual([
      ["Commander", "Ade Okoye", "apologies"],
      ["Detective Chief Superintendent", "Paula Ngata", "present"],
      [null, "Dominic Shaw", "present"],
    ]);
  });
});

describe("agenda headings", () => {
  it("reads a number alone on its line with the title on the next", () => {
    expect(
      items(
        "1.\nWelcome and apologies\n\n1.1\nThe Chair welcomed members.\n\n2.\nMinutes of the meeting held on 13 June 2017\n\n2.1\nThe minutes were agreed as an accurate record.\n",
      ),
    ).toEqual([
      ["1", "Welcome and apologies"],
      ["2", "Minutes of the meeting held on 13 June 2017"],
    ]);
  });

  it("reads roman headings after a numbered list inside an item", () => {
    expect(
      items(
        "III.\tLondon Crime Reduction Priorities 2015/16\n\nThe Board agreed three priorities:\n\n1.\tReducing violence against women and girls;\n2.\tReducing reoffending by young adults;\n3.\tTackling gangs and serious youth violence.\n\nIV.\tTransforming Rehabilitation\n\nText.\n",
      ),
    ).toEqual([
      ["III", "London Crime Reduction Priorities 2015/16"],
      ["IV", "Transforming Rehabilitation"],
    ]);
  });
});

describe("lines written for this test in the same styles", () => {
  it("joins 'Acting' or 'Temporary' to the rank after it", () => {
    expect(brief("● Acting Commissioner Ann Wu (AW) MPS")).toEqual([
      ["Acting Commissioner", "Ann Wu", "present"],
    ]);
  });

  it("does not end an apologies sentence at an initial's full stop", () => {
    expect(
      readApologiesSentence("Apologies were received from Cllr A. Smith and Mr B. Jones.").map(
        (p) => [p.honorific, p.name],
      ),
    ).toEqual([
      ["Cllr", "A. Smith"],
      ["Mr", "B. Jones"],
    ]);
  });

  it("cuts a ' - Due:' deadline off a stated owner", () => {
    expect(readOwner("MOPAC to circulate notes - Owner: MOPAC - Due: July")).toBe("MOPAC");
  });
});

describe("unnumbered sections", () => {
  // Written for this test in the style of the unnumbered seed (corpus/003), with no blank line
  // between a title and its first paragraph.
  it("reads a title sitting straight on its paragraph in minutes without numbered items", () => {
    expect(
      items(
        "Apologies:\nGareth Llewellyn-Jones (CPS London)\n\nWelcome and apologies\nThe Chair welcomed members.\n\nKnife crime\nThe Board discussed knife crime in some detail and agreed next steps.\n",
      ),
    ).toEqual([
      [null, "Welcome and apologies"],
      [null, "Knife crime"],
    ]);
  });
});

describe("header times and places", () => {
  const header = (text: string) =>
    readHeader(
      toTextLines(text).filter((l) => l.text),
      [],
    );

  it.each([
    ["2 – 4pm, Mayor's Office, City Hall", "14:00"],
    ["11 – 1pm", "11:00"],
    ["10am - 12pm", "10:00"],
    ["10:00-12:00, Room 2.1, 169 Union Street", "10:00"],
    ["12 noon", "12:00"],
    ["1.30pm", "13:30"],
  ])("finds the start of %j", (text, time) => {
    expect(findTime(text)?.time).toBe(time);
  });

  it("reads time and venue from the line under the date", () => {
    expect(
      header(
        "LCRB\n\nMinutes of meeting held on Wednesday, 3rd December 2014\n2 – 4pm, Mayor's Office, City Hall\n",
      ),
    ).toMatchObject({ time: "14:00", venue: "Mayor's Office, City Hall" });
    expect(
      header(
        "LONDON CRIME REDUCTION BOARD\n\nTuesday 19 September 2017                                  Committee Room 4, City Hall\n12 noon\n",
      ),
    ).toMatchObject({ time: "12:00", venue: "Committee Room 4, City Hall" });
  });

  it("reads a second statement of the date for its time and place", () => {
    expect(
      header(
        "London Crime Reduction Board: minutes of the meeting on 11 May 2020\n\nMeeting held on Zoom, Monday 11 May 2020, 1.30pm\n",
      ),
    ).toMatchObject({ date: "2020-05-11", time: "13:30", venue: "Zoom" });
  });
});

describe("actions", () => {
  it("reads a markdown task-list action and cuts the deadline off its owner", () => {
    expect(
      readActionParagraph(
        "- [ ] Action: MOPAC to obtain the backlog breakdown by offence type from HMCTS (Owner: MOPAC, due 1 October).",
      ),
    ).toMatchObject({ id: null, owner: "MOPAC" });
    expect(readOwner("(Owner: MOPAC, due 1 October)")).toBe("MOPAC");
  });

  it("reads 'ACTION 12 – Owner: X – text' with the owner stated first", () => {
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

  it("reads 'Action – MOPAC to publish …'", () => {
    expect(
      readActionParagraph(
        "Action – MOPAC to publish the agreed priorities on the London.gov.uk website by 19 December.",
      ),
    ).toMatchObject({ id: null, owner: "MOPAC" });
  });

  it("reads a space-aligned actions table whose rows wrap", () => {
    const lines = toTextLines(
      [
        "No.   Item   Action                                                 Owner              Deadline",
        "1     3      MOPAC to share the summer violence plan with           MOPAC              19 July 2019",
        "             borough community safety leads",
        "2     4      London Councils to bring proposals on school           London Councils    October 2019",
        "             exclusions to the Board",
      ].join("\n"),
    );
    expect(readActionTable(lines)?.actions).toEqual([
      {
        id: "1",
        item: "3",
        text: "MOPAC to share the summer violence plan with borough community safety leads",
        owner: "MOPAC",
        line: 2,
      },
      {
        id: "2",
        item: "4",
        text: "London Councils to bring proposals on school exclusions to the Board",
        owner: "London Councils",
        line: 4,
      },
    ]);
  });

  it("does not repeat an action that a summary table restates", () => {
    const meeting = parseMinutes(
      "# London Crime Reduction Board (LCRB)\n\nMinutes of the meeting held on **Wednesday 28 February 2024**, 2pm – 4pm\n\n#### 4 Neighbourhood policing\n\n**Action 6:** MPS to share ward-level neighbourhood staffing figures with London Councils (Owner: MPS).\n\n### Summary of actions\n\n| No | Item | Action | Owner | Deadline |\n|----|------|--------|-------|----------|\n| 6 | 4 | Share ward-level neighbourhood staffing figures | MPS | March 2024 |\n",
      "t.md",
    ).meeting;
    expect(meeting?.actions.map((a) => [a.id, a.item, a.owner])).toEqual([["6", "4", "MPS"]]);
  });
});
