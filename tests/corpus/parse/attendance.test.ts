import { describe, expect, it } from "vitest";
import { looksLikeListEntry, readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { brief } from "./attendance-line.js";

describe("readAttendanceLine", () => {
  it("reads many people run together, with **Apologies** and **Officials in attendance** switching status mid-line (corpus/003)", () => {
    const line =
      "Ian Bickers (IB) London Prisons Sinead Dervin (SD) NHS England Carolyn Downs (CD) London Councils Diana Luchford (DL) CEO, MOPAC Cllr Racheal Robathan (RR) London Council Gareth Roberts (GR) London Council Rhiannon Sawyer (RS) Asst Director, VRU Claudia Strut (CS) CEO, YJB Kilvinder Vigurs (KV) Regional Director, NPS Claire Waxman (CW) London Victims Commissioner **Apologies** Cllr Jas Athwal (JA) London Councils Cllr Darren Rodwell (DR) London Council **Officials in attendance** Doug Flight (DF) Advisor, London Councils Jane E Garvan (JG) HQ Strategy and Governance, MPS";
    expect(brief(line)).toEqual([
      [null, "Ian Bickers", "present"],
      [null, "Sinead Dervin", "present"],
      [null, "Carolyn Downs", "present"],
      [null, "Diana Luchford", "present"],
      ["Cllr", "Racheal Robathan", "present"],
      [null, "Gareth Roberts", "present"],
      [null, "Rhiannon Sawyer", "present"],
      [null, "Claudia Strut", "present"],
      [null, "Kilvinder Vigurs", "present"],
      [null, "Claire Waxman", "present"],
      ["Cllr", "Jas Athwal", "apologies"],
      ["Cllr", "Darren Rodwell", "apologies"],
      [null, "Doug Flight", "in_attendance"],
      [null, "Jane E Garvan", "in_attendance"],
    ]);
    expect(readAttendanceLine(line, "present")[1]).toMatchObject({ organisation: "NHS England" });
  });

  it.each([
    ["• Jane Doe - Head of Community Safety, LB Camden", "Jane Doe"],
    ["- Sophie Lindqvist, Deputy Mayor for Policing and Crime (Chair)", "Sophie Lindqvist"],
    ["* Tom Ellery – HMPPS", "Tom Ellery"],
  ])("reads bullets: %j", (raw, name) => {
    expect(brief(raw)).toEqual([[null, name, "present"]]);
  });

  it("reads 'Name (Organisation)' and lists separated by semicolons", () => {
    expect(
      readAttendanceLine(
        "Natalie Pryce (MOPAC); Colm Delaney (London Councils); Commander Raj Patel (MPS).",
        "in_attendance",
      ),
    ).toMatchObject([
      { name: "Natalie Pryce", organisation: "MOPAC", status: "in_attendance" },
      { name: "Colm Delaney", organisation: "London Councils" },
      { name: "Raj Patel", honorific: "Commander", organisation: "MPS" },
    ]);
  });

  it("reads a list of bare names separated by commas", () => {
    expect(brief("Jane Doe, John Smith and Dr Ann Lee", "apologies")).toEqual([
      [null, "Jane Doe", "apologies"],
      [null, "John Smith", "apologies"],
      ["Dr", "Ann Lee", "apologies"],
    ]);
  });

  it.each([
    ["Welcome and apologies"],
    ["Agreement of minutes"],
    ["There was no other business."],
    ["Name\tRole\tOrganisation"],
  ])("names nobody in %j", (raw) => {
    expect(readAttendanceLine(raw, "present")).toEqual([]);
  });
});

describe("lists with brackets", () => {
  it("splits people at commas outside brackets", () => {
    expect(
      readAttendanceLine(
        "Sophie Lindqvist (Chair, MOPAC), Commander Raj Patel (MPS), Marcus Hale (National Probation Service).",
        "present",
      ),
    ).toMatchObject([
      { name: "Sophie Lindqvist", role: "Chair", organisation: "MOPAC" },
      { name: "Raj Patel", honorific: "Commander", organisation: "MPS" },
      { name: "Marcus Hale", organisation: "National Probation Service" },
    ]);
  });
});

describe("readAttendanceLine: people grouped under their organisation", () => {
  it("reads 'MOPAC: Name (Chair), Name': each person takes the organisation (dmg-2016-02-17)", () => {
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
});

describe("looksLikeListEntry", () => {
  it("takes a short capitalised line without sentence punctuation for a list entry ('Mayor of London Sadiq Khan, Chair', lcrb-2021-06-22)", () => {
    expect(looksLikeListEntry("Mayor of London Sadiq Khan, Chair")).toBe(true);
    expect(looksLikeListEntry("Lionel Idan (LI Chief Crown Prosecutor, CPS London North")).toBe(
      true,
    );
    expect(looksLikeListEntry("The Board discussed the summer plan.")).toBe(false);
    expect(looksLikeListEntry("Minutes of the meeting held on 17 September 2019 were agreed")).toBe(
      false,
    );
  });
});

describe("the minute taker in a list of those present", () => {
  it("is in attendance, named by a bracket on their line (unseen-minutes-2/17)", () => {
    expect(readAttendanceLine("Lowther, Genevieve – MOPAC (note taker)", "present")).toEqual([
      expect.objectContaining({ name: "Genevieve Lowther", status: "in_attendance" }),
    ]);
    expect(readAttendanceLine("Florian Baptiste (MOPAC, minutes)", "present")).toEqual([
      expect.objectContaining({ name: "Florian Baptiste", status: "in_attendance" }),
    ]);
    // A member's own role is no minute taking; apologies stay apologies.
    expect(readAttendanceLine("Rosamund Fenwick – MOPAC (Chair)", "present")).toEqual([
      expect.objectContaining({ name: "Rosamund Fenwick", status: "present" }),
    ]);
    expect(readAttendanceLine("Siobhan Ellery – CPS London (notes)", "apologies")).toEqual([
      expect.objectContaining({ name: "Siobhan Ellery", status: "apologies" }),
    ]);
  });
});

describe("readAttendanceLine: fields parted by middle dots, a meeting recap's 'Name · Org · Role' (unseen-minutes-7/55)", () => {
  const read = (line: string, status: "present" | "apologies" = "present") =>
    readAttendanceLine(line, status).map((p) => [p.name, p.role, p.organisation, p.status]);

  describe("as round 7 writes it", () => {
    it.each([
      ["Ottoline Baptiste-Kerr · MOPAC · Organizer", "Ottoline Baptiste-Kerr", "present"],
      ["Caspar Nyquist-Ellery · MPS", "Caspar Nyquist-Ellery", "present"],
      ["Kwabena Ashdown · NHS England London", "Kwabena Ashdown", "present"],
      ["Morag Ellingham · MOPAC · Note taker", "Morag Ellingham", "in_attendance"],
    ])("reads %j as %j, %j", (line, name, status) => {
      expect(read(line).map(([n, , , s]) => [n, s])).toEqual([[name, status]]);
    });

    it("keeps the organisation apart from the name", () => {
      expect(read("Caspar Nyquist-Ellery · MPS")).toEqual([
        ["Caspar Nyquist-Ellery", null, "MPS", "present"],
      ]);
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["Dr Amrit Sandhu · CPS London · Deputy Chief Crown Prosecutor", "Amrit Sandhu", "present"],
      ["Harriet Oyelaran • London Councils", "Harriet Oyelaran", "present"],
      ["Petra Lindgren · MOPAC · Minutes", "Petra Lindgren", "in_attendance"],
      ["Jonas Wexford, MOPAC, Note-taker", "Jonas Wexford", "in_attendance"],
      ["Ines Varga\tMOPAC\tSecretariat", "Ines Varga", "in_attendance"],
    ])("reads %j as %j, %j", (line, name, status) => {
      expect(read(line)[0]?.[0]).toBe(name);
      expect(read(line)[0]?.[3]).toBe(status);
    });

    it("reads names alone parted by middle dots as several people", () => {
      expect(read("Ann Leeward · Tomas Brennan · Raj Patel")).toEqual([
        ["Ann Leeward", null, null, "present"],
        ["Tomas Brennan", null, null, "present"],
        ["Raj Patel", null, null, "present"],
      ]);
    });
  });

  describe("left as it was", () => {
    it("keeps a minute taker's apologies apologies, and a role that only mentions notes a member's", () => {
      expect(read("Morag Ellingham · MOPAC · Note taker", "apologies")[0]?.[3]).toBe("apologies");
      expect(read("Jonas Wexford, MOPAC, Head of Notes and Records")[0]?.[3]).toBe("present");
    });
  });
});

describe("readAttendanceLine: people parted by HTML line breaks in a table's cell (unseen-minutes-7/61)", () => {
  it("reads each person between the breaks, as round 7 writes them", () => {
    expect(
      brief(
        "Commander Tiberius Vale (MPS)<br>Aisling Mbeki-Rowe (London Councils)<br>Jethro Quansah (CPS London)<br>Dr Sunniva Adeyemi-Holt (NHS England London)",
      ),
    ).toEqual([
      ["Commander", "Tiberius Vale", "present"],
      [null, "Aisling Mbeki-Rowe", "present"],
      [null, "Jethro Quansah", "present"],
      ["Dr", "Sunniva Adeyemi-Holt", "present"],
    ]);
  });

  it.each([
    ["Cllr Amina Yusuf, London Councils<br/>Tom Brennan, MPS", 2],
    ["Jane Smithers (MOPAC) <br /> Raj Patel (CPS London) <BR> Ann Leeward", 3],
  ])("reads %j, written otherwise, as %i people", (line, count) => {
    expect(brief(line, "apologies")).toHaveLength(count);
  });
});

describe("readAttendanceLine: bodies written in lower case", () => {
  it("reads terse notes' bracketed bodies as organisations (unseen round 7 file 58)", () => {
    expect(
      readAttendanceLine(
        "Fenella Quist-Adebayo (mopac, chairing), Joachim Ruddle (mps), Amara Nwosu-Blake (london councils), Teodora Vasquez (cps), Hywel Pendry (probation)",
        "present",
      ).map((p) => [p.name, p.role, p.organisation]),
    ).toEqual([
      ["Fenella Quist-Adebayo", "chairing", "mopac"],
      ["Joachim Ruddle", null, "mps"],
      ["Amara Nwosu-Blake", null, "london councils"],
      ["Teodora Vasquez", null, "cps"],
      ["Hywel Pendry", null, "probation"],
    ]);
  });
});

describe("readAttendanceLine: a post that names a body's word", () => {
  it("reads a board secretary as a post, and the body of their column as their organisation (unseen rounds 5 and 7)", () => {
    expect(
      readAttendanceLine(
        "Farhan Siddiqui                 Board Secretary (minutes)",
        "in_attendance",
      ).map((p) => [p.name, p.role, p.organisation]),
    ).toEqual([["Farhan Siddiqui", "Board Secretary", null]]);
    expect(
      readAttendanceLine(
        "MOPAC                        Wystan Carrow (Board Secretary)",
        "in_attendance",
      ).map((p) => [p.name, p.role, p.organisation]),
    ).toEqual([["Wystan Carrow", "Board Secretary", "MOPAC"]]);
  });
});

describe("readAttendanceLine: a note of when someone attended, after a dash or a comma", () => {
  const described = (line: string) =>
    readAttendanceLine(line, "in_attendance").map((p) => [p.name, p.role, p.organisation]);

  it.each([
    // Unseen rounds 6 and 7.
    ["Yusra Haddadi (YJB) – from agenda item 3", [["Yusra Haddadi", null, "YJB"]]],
    [
      "Giles Featherstonehaugh (Home Office, for section 3)",
      [["Giles Featherstonehaugh", null, "Home Office"]],
    ],
    // Forms the rounds do not show.
    ["Jane Doe (MPS) – for agenda items 4 and 5", [["Jane Doe", null, "MPS"]]],
    [
      "Jane Doe, Head of Policy, MOPAC, for minute 24/12 only",
      [["Jane Doe", "Head of Policy", "MOPAC"]],
    ],
  ])("reads %j without its note", (line, want) => {
    expect(described(line)).toEqual(want);
  });

  it("parts a note from the next person after a slash (unseen round 7 file 60)", () => {
    expect(
      described(
        "Detective Superintendent Imelda Carrick (City of London Police), for item 3 / Quillon Farrant (MOPAC, secretariat)",
      ),
    ).toEqual([
      ["Imelda Carrick", null, "City of London Police"],
      ["Quillon Farrant", "secretariat", "MOPAC"],
    ]);
  });
});

describe("readAttendanceLine: a staff word that is a post, with its body", () => {
  const described = (line: string) =>
    readAttendanceLine(line, "in_attendance").map((p) => [
      p.name,
      p.role,
      p.organisation,
      p.status,
    ]);

  it.each([
    // Unseen round 5 file 41, pasted from Word with tabs.
    [
      "\tTobias Mwangi\t\tSecretariat,  MOPAC",
      [["Tobias Mwangi", "Secretariat", "MOPAC", "in_attendance"]],
    ],
    // A form the rounds do not show.
    [
      "Ann Leeward\tObserver, HM Inspectorate of Probation",
      [["Ann Leeward", "Observer", "HM Inspectorate of Probation", "in_attendance"]],
    ],
  ])("reads %j as a post and a body", (line, want) => {
    expect(described(line)).toEqual(want);
  });

  it("still reads a status cell alone, or with a note, as a status", () => {
    expect(readAttendanceLine("Ines Varga\tMOPAC\tSecretariat", "present")[0]?.status).toBe(
      "in_attendance",
    );
    expect(readAttendanceLine("Ines Varga\tMOPAC\tObserver (item 3)", "present")[0]?.status).toBe(
      "in_attendance",
    );
  });
});

describe("a form's rows of check boxes (unseen-minutes-10/85, layout-variants-10b/114)", () => {
  it("gives each person the status of the ticked box, the boxes no part of the entry", () => {
    const read = (raw: string) =>
      readAttendanceLine(raw, "present").map((p) => [p.name, p.status, p.organisation, p.role]);
    expect(
      read(
        "4.  Cllr Delphine Harrowgate-Eze, London Councils                   ☐ Present   ☒ Apologies",
      ),
    ).toEqual([["Delphine Harrowgate-Eze", "apologies", "London Councils", null]]);
    expect(
      read(
        "Name:    Ruth Okorafor-Blane            Organisation:    MOPAC (Chair)             [X] Attended   [ ] Apologies",
      ),
    ).toEqual([["Ruth Okorafor-Blane", "present", "MOPAC", "Chair"]]);
  });

  it("reads no one from the form's spare row, no box ticked", () => {
    expect(
      readAttendanceLine("8.                          ☐ Present   ☐ Apologies", "present"),
    ).toEqual([]);
  });
});
