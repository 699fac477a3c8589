import { describe, expect, it } from "vitest";
import { editDistance } from "../../../src/corpus/edit-distance.js";
import {
  readAttendanceHeading,
  readMisspeltAttendanceHeading,
} from "../../../src/corpus/parse/attendance-headings.js";

describe("readAttendanceHeading: labels and what follows them", () => {
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
    // unseen-minutes-5/39: a panel's members of one kind under a label of their own.
    [
      "Independent Co-opted Members:   Mr Laurence Quaife and Mrs Beatrix Holloway-Nkemelu",
      "present",
      "Mr Laurence Quaife and Mrs Beatrix Holloway-Nkemelu",
    ],
    ["Elected members:", "present", null],
    // unseen-minutes-5/40: a call's notes.
    ["Couldn't make it: Lavinia Ekwueme (CPS London)", "apologies", "Lavinia Ekwueme (CPS London)"],
    [
      "On the call: Saoirse Flanagan (London Councils)",
      "present",
      "Saoirse Flanagan (London Councils)",
    ],
    // unseen-minutes-8/68: under a register across the year's meetings, the day it speaks of.
    [
      "Also present on 13 January: Felicity Anand (MOPAC, minutes)",
      "in_attendance",
      "Felicity Anand (MOPAC, minutes)",
    ],
    ["Apologies on Monday 13 January 2025:", "apologies", null],
    // layout-variants-8a/02: a notes' heading over the attendance grid, asked as a question.
    ["Who attended", "present", null],
    [
      "Who was present: Hyacinth Brannigan-Osei (MOPAC)",
      "present",
      "Hyacinth Brannigan-Osei (MOPAC)",
    ],
    // unseen-minutes-10/84 and layout-variants-10b/113: a slide deck's titles.
    ["Who was there", "present", null],
    ["Not able to attend", "apologies", null],
    // unseen-minutes-10/85: a form's label, the fields it asks for in brackets.
    ["Others attending (name, organisation, item):", "in_attendance", null],
  ])("reads %j as an attendance heading", (text, status, inline) => {
    expect(readAttendanceHeading(text)).toEqual({ status, inline });
  });

  it("reads no label in a sentence about members ('Independent members asked …')", () => {
    expect(readAttendanceHeading("Independent members asked about the precept.")).toBeNull();
  });

  it("reads no label in the end of a wrapped line that closes a bracket ('Board).', unseen-minutes-2/16)", () => {
    expect(readAttendanceHeading("Board).")).toBeNull();
    expect(readAttendanceHeading("Board")).toEqual({ status: "present", inline: null });
    expect(readAttendanceHeading("2) Apologies")).toEqual({ status: "apologies", inline: null });
    expect(readAttendanceHeading("Present (virtual)")).toEqual({ status: "present", inline: null });
  });

  it("opens attendance at 'Minutes' or 'Notes' only with a person after it: alone they are ordinary words", () => {
    expect(readAttendanceHeading("Minutes")).toBeNull();
    expect(readAttendanceHeading("Notes: the meeting was quorate")).toBeNull();
    // unseen-minutes-4/34: the minutes' own heading, dated, not their taker.
    expect(
      readAttendanceHeading("Minutes: Tues 5 Sept 2023, 2.00pm, Committee Room 3, City Hall"),
    ).toBeNull();
  });
});

describe("readAttendanceHeading: a note in brackets before the label's colon (unseen-minutes-10/81)", () => {
  it("reads the label without the note", () => {
    expect(
      readAttendanceHeading(
        "Present (copied from the meeting invitation; those who did not attend have been moved to apologies):",
      ),
    ).toMatchObject({ status: "present", inline: null });
    expect(
      readAttendanceHeading(
        "Apologies (received by the secretariat before the meeting): Cllr Ada Obi (London Councils)",
      ),
    ).toMatchObject({ status: "apologies", inline: "Cllr Ada Obi (London Councils)" });
  });

  it("reads no other label so", () => {
    expect(
      readAttendanceHeading("Knife crime (a report from the MPS on the summer's figures): noted"),
    ).toBeNull();
  });
});

describe("readAttendanceHeading: a label parted from its people by a spaced dash", () => {
  it.each([
    // unseen-minutes-4/36, a note of a meeting circulated by e-mail.
    [
      "Attendees - Delphine Achterberg (MOPAC, chair), Supt Leopold Mwangi (MPS), Orsolya Fekete (London Councils), Dr Kingsley Oduro (OHID London), Benedikta Lindgren (HMCTS)",
      "present",
      "Delphine Achterberg (MOPAC, chair), Supt Leopold Mwangi (MPS), Orsolya Fekete (London Councils), Dr Kingsley Oduro (OHID London), Benedikta Lindgren (HMCTS)",
    ],
    [
      "Apologies - Cllr Farhana Siddiqui (London Councils), Roderick Asante-Mensah (Probation Service)",
      "apologies",
      "Cllr Farhana Siddiqui (London Councils), Roderick Asante-Mensah (Probation Service)",
    ],
    // Written for this test: the same terse note with an en dash and officers in attendance.
    ["In attendance – Joel Adebayo (MOPAC, notes)", "in_attendance", "Joel Adebayo (MOPAC, notes)"],
  ])("reads %j", (text, status, inline) => {
    expect(readAttendanceHeading(text)).toEqual({ status, inline });
  });

  it("leaves a post before a dash to a role-first entry, and a dash before no name to a title (unseen-minutes-2/12)", () => {
    expect(readAttendanceHeading("Chair – Cllr Annabel Leckie, London Councils")).toBeNull();
    expect(
      readAttendanceHeading("Deputy Chair – Detective Chief Superintendent Marek Nowicki, MPS"),
    ).toBeNull();
    expect(readAttendanceHeading("Attendance - Figures for the quarter")).toBeNull();
    expect(readAttendanceHeading("1. Apologies - Sunita Varma (NPS)")).toBeNull();
  });
});

describe("readAttendanceHeading: a sentence's end with a note in the margin", () => {
  it("reads no label in a wrapped sentence's last word before a wide gap (unseen-minutes-4/29)", () => {
    expect(
      readAttendanceHeading(
        "      members.                                                          ACTION: IV",
      ),
    ).toBeNull();
    // Written for this test: a hanging-indent label still reads.
    expect(readAttendanceHeading("Present      Cllr Amara Okafor (Chair)")).toEqual({
      status: "present",
      inline: "Cllr Amara Okafor (Chair)",
    });
  });
});

describe("readMisspeltAttendanceHeading", () => {
  it("reads a heading word one letter out as the heading ('Apologes', lcrb-2019-12-10)", () => {
    expect(readMisspeltAttendanceHeading("Apologes")).toEqual({ status: "apologies" });
    expect(readMisspeltAttendanceHeading("Attendess")).toEqual({ status: "present" });
    expect(readMisspeltAttendanceHeading("Attendence")).toEqual({ status: "present" });
  });

  it("reads a plural spelt '-ys' for '-ies' as the plural ('Apologys:', unseen-minutes/01)", () => {
    expect(readMisspeltAttendanceHeading("Apologys:")).toEqual({ status: "apologies" });
    expect(readMisspeltAttendanceHeading("Apologies")).toBeNull();
  });

  it("does not read short words, words two letters out, or more than the heading", () => {
    expect(readMisspeltAttendanceHeading("Absnt")).toBeNull();
    expect(readMisspeltAttendanceHeading("Apolgoes")).toBeNull();
    expect(readMisspeltAttendanceHeading("Apologes from the Board")).toBeNull();
  });

  it("reads a heading of several words with one word misspelt ('In attendence:', unseen-minutes-5/44)", () => {
    expect(readMisspeltAttendanceHeading("In attendence:")).toEqual({ status: "in_attendance" });
    expect(readMisspeltAttendanceHeading("Officers in attendence")).toEqual({
      status: "in_attendance",
    });
    expect(readMisspeltAttendanceHeading("In attendance:")).toBeNull();
    expect(readMisspeltAttendanceHeading("Interim attendence figures")).toBeNull();
  });

  it("reads a misspelling at the first or the last letter, and one in bold", () => {
    expect(readMisspeltAttendanceHeading("Xpologies")).toEqual({ status: "apologies" });
    expect(readMisspeltAttendanceHeading("Apologiez")).toEqual({ status: "apologies" });
    expect(readMisspeltAttendanceHeading("**Apologes**")).toEqual({ status: "apologies" });
    expect(readMisspeltAttendanceHeading("Natasha Plummer, MOPAC")).toBeNull();
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("apolgoies", "apologies")).toBe(1);
    expect(editDistance("apologes", "apologies")).toBe(1);
  });
});

describe("readAttendanceHeading", () => {
  it.each([
    ["Group", "present"],
    ["Present", "present"],
    ["Board and advisors", "present"],
    ["Members", "present"],
    ["Members present", "present"],
    ["Attendees", "present"],
    ["ATTENDANCE", "present"],
    ["1. Attendees and apologies", "present"],
    ["Officers", "in_attendance"],
    ["Officials in attendance", "in_attendance"],
    ["In attendance", "in_attendance"],
    ["Secretariat", "in_attendance"],
    ["OFFICERS PRESENT", "in_attendance"],
    ["Apologies", "apologies"],
    ["Apologies for absence", "apologies"],
  ])("reads %j as %s", (text, status) => {
    expect(readAttendanceHeading(text)).toEqual({ status, inline: null });
  });

  it("keeps what follows a colon for reading", () => {
    expect(
      readAttendanceHeading("Apologies: Sophie Lindqvist (MOPAC); Martin Achterberg CBE (CPS)."),
    ).toEqual({
      status: "apologies",
      inline: "Sophie Lindqvist (MOPAC); Martin Achterberg CBE (CPS).",
    });
  });

  it.each([["London Crime Reduction Board"], ["Welcome and apologies"], ["Agreement of minutes"]])(
    "is not a heading: %j",
    (text) => {
      expect(readAttendanceHeading(text)).toBeNull();
    },
  );

  it.each([
    ["Attended:", "present"],
    ["Did not attend (apologies sent):", "apologies"],
    ["Apologies received from:", "apologies"],
  ])(
    "reads %j, a register's word for who came and who did not (unseen-minutes-3/23, 25)",
    (text, status) => {
      expect(readAttendanceHeading(text)).toEqual({ status, inline: null });
    },
  );
});

describe("readAttendanceHeading: where people were, and who sent apologies (unseen-minutes-6/46, /52, /53)", () => {
  describe("as round 6 writes them", () => {
    it.each([
      // 46: hybrid notes list those in the room and those online apart.
      ["In the room:", "present", null],
      ["Online:", "present", null],
      [
        "Also online: Petra Lindgren (MOPAC, notes)",
        "in_attendance",
        "Petra Lindgren (MOPAC, notes)",
      ],
      // 52: the register's word for those absent.
      ["Sent apologies", "apologies", null],
      // 53: those who advise the Board, beside its voting members.
      ["Advisers", "in_attendance", null],
    ])(
      "reads %j, a label that is also an ordinary word of an item's text",
      (text, status, inline) => {
        expect(readAttendanceHeading(text)).toEqual({ status, inline, ordinaryWords: true });
      },
    );
  });

  describe("written otherwise", () => {
    it.each([
      ["In person:", "present", null],
      ["Attending in person:", "present", null],
      ["Attending online: Cormac Delaney (CPS London)", "present", "Cormac Delaney (CPS London)"],
      ["Joined online:", "present", null],
      ["Joining remotely:", "present", null],
      ["On Teams:", "present", null],
      ["Via Teams: Cormac Delaney (CPS London)", "present", "Cormac Delaney (CPS London)"],
      ["Also in the room:", "in_attendance", null],
      ["Apologies sent:", "apologies", null],
      ["Sent their apologies:", "apologies", null],
      ["Gave apologies", "apologies", null],
      ["Advisors:", "in_attendance", null],
    ])(
      "reads %j, a label that is also an ordinary word of an item's text",
      (text, status, inline) => {
        expect(readAttendanceHeading(text)).toEqual({ status, inline, ordinaryWords: true });
      },
    );
  });

  describe("left as it was", () => {
    it.each([
      ["Online fraud"],
      ["Online safety: the new duties"],
      ["In the room, members noted the new microphones."],
      ["Remote working"],
      ["Teams"],
      ["Sent to members on 3 May."],
    ])("reads no label in %j", (text) => {
      expect(readAttendanceHeading(text)).toBeNull();
    });
  });
});

describe("readAttendanceHeading: more ways of saying where people were (written after round 6)", () => {
  it.each([
    ["Attendees (in the room):", "present", {}],
    ["Members (online)", "present", {}],
    ["Online attendees:", "present", {}],
    ["Remote participants:", "present", {}],
    // Also ordinary words of an item's text, as "Joined online:" and "Sent apologies" are.
    ["Dialled in:", "present", { ordinaryWords: true }],
    ["Apologies noted:", "apologies", {}],
    ["Regrets:", "apologies", {}],
    ["Sent regrets:", "apologies", { ordinaryWords: true }],
    ["Not in attendance:", "apologies", {}],
  ])("reads %j", (text, status, ordinary) => {
    expect(readAttendanceHeading(text)).toEqual({ status, inline: null, ...ordinary });
  });

  it.each([["Online attendees were asked to mute."], ["Regrets were expressed about the delay."]])(
    "reads no label in %j",
    (text) => {
      expect(readAttendanceHeading(text)).toBeNull();
    },
  );
});

describe("readAttendanceHeading: a count after the label, an abbreviation, a plural post (unseen-minutes-7/54, /55, /58)", () => {
  describe("as round 7 writes them", () => {
    it.each([
      ["Attendees (8)", "present"],
      ["Sent apologies (1)", "apologies"],
      ["MEMBERS IN ATTENDANCE", "present"],
    ])("reads %j", (text, status) => {
      expect(readAttendanceHeading(text)?.status).toBe(status);
    });

    it("reads terse notes' 'apols:' as apologies, with its people", () => {
      expect(
        readAttendanceHeading("apols: cllr Roshan Bhattacharya (lc), dr Ines Okafor-Grant (nhse)"),
      ).toEqual({
        status: "apologies",
        inline: "cllr Roshan Bhattacharya (lc), dr Ines Okafor-Grant (nhse)",
      });
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["Present (12):", "present"],
      ["Members (7)", "present"],
      ["Apologies (2):", "apologies"],
      ["In attendance (3)", "in_attendance"],
      ["Apols:", "apologies"],
      ["APOLS", "apologies"],
      ["Apols.", "apologies"],
      ["Members in attendance:", "present"],
      ["Board members in attendance", "present"],
    ])("reads %j", (text, status) => {
      expect(readAttendanceHeading(text)?.status).toBe(status);
    });

    it("reads 'Apols - ' before a name as 'Apologies - ' is read", () => {
      expect(readAttendanceHeading("Apols - Cllr Farhana Siddiqui (London Councils)")).toEqual({
        status: "apologies",
        inline: "Cllr Farhana Siddiqui (London Councils)",
      });
    });
  });

  describe("left as it was", () => {
    it.each([
      ["Members in attendance were thanked for their work."],
      ["Apols were noted."],
      ["Attendees (8) joined the call late and the Chair summarised the first item for them."],
      ["Actions (3)"],
    ])("reads no label in %j", (text) => {
      expect(readAttendanceHeading(text)).toBeNull();
    });
  });
});

describe("readAttendanceHeading: a table of the meeting's fields, a label in the first cell and its people in the second (unseen-minutes-7/61)", () => {
  describe("as round 7 writes it", () => {
    it.each([
      [
        "| **Chair** | Rosalie Achterberg-Nunez (MOPAC) |",
        "present",
        "Rosalie Achterberg-Nunez (MOPAC)",
      ],
      [
        "| **Present** | Commander Tiberius Vale (MPS)<br>Aisling Mbeki-Rowe (London Councils)<br>Jethro Quansah (CPS London)<br>Dr Sunniva Adeyemi-Holt (NHS England London) |",
        "present",
        "Commander Tiberius Vale (MPS)<br>Aisling Mbeki-Rowe (London Councils)<br>Jethro Quansah (CPS London)<br>Dr Sunniva Adeyemi-Holt (NHS England London)",
      ],
      [
        "| **Apologies** | Cllr Padraig Oyelowo (London Councils)<br>Marisa Thornbury (HMPPS) |",
        "apologies",
        "Cllr Padraig Oyelowo (London Councils)<br>Marisa Thornbury (HMPPS)",
      ],
      ["| **Minutes** | Cosima Ferrand (MOPAC) |", "in_attendance", "Cosima Ferrand (MOPAC)"],
    ])("reads %j", (text, status, inline) => {
      expect(readAttendanceHeading(text)).toEqual({ status, inline });
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["| Apologies: | Jane Smithers (MPS) |", "apologies", "Jane Smithers (MPS)"],
      ["|In attendance|Joel Adebayo, MOPAC|", "in_attendance", "Joel Adebayo, MOPAC"],
      [
        "| __Members present__ | Cllr Amina Yusuf; Tom Brennan |",
        "present",
        "Cllr Amina Yusuf; Tom Brennan",
      ],
      ["| Note taker | Harvey Lindqvist |", "in_attendance", "Harvey Lindqvist"],
      [
        "| Present | Jane Doe, chair; Tom van der Berg (MPS) |",
        "present",
        "Jane Doe, chair; Tom van der Berg (MPS)",
      ],
      [
        "| Present | Harriet Mensah and Joel Adebayo |",
        "present",
        "Harriet Mensah and Joel Adebayo",
      ],
    ])("reads %j", (text, status, inline) => {
      expect(readAttendanceHeading(text)).toEqual({ status, inline });
    });
  });

  describe("left as it was", () => {
    it.each([
      ["| **Date** | 27/11/2024 |"],
      ["| **Location** | MS Teams |"],
      ["| Minutes | 27/11/2024 |"],
      ["| Name | Organisation |"],
      // An action or notes table's row: its second cell is a sentence, not people (review C10).
      ["| Secretariat | Invite Dr Hannah Boyce to the June meeting |"],
      ["| Attendance | Commander Vale thanked for hosting |"],
      ["| Chair | Write to Commissioner Mark Rowley about stop and search |"],
      ["| Apologies | Noted for the record |"],
    ])("reads no label in %j", (text) => {
      expect(readAttendanceHeading(text)).toBeNull();
    });

    it("reads a table's status row as it did ('| PRESENT | | |', unseen-minutes/10)", () => {
      expect(readAttendanceHeading("| PRESENT | | |")).toEqual({ status: "present", inline: null });
    });
  });
});

describe("readAttendanceHeading: 'Here:' in a chat's notes (unseen-minutes-9/77)", () => {
  it("reads the people after it as present", () => {
    expect(
      readAttendanceHeading(
        "Here: Kwabena Lindholm-Asare (MOPAC, chairing), DS Hartley Brennan-Oke (MPS), Cllr Parminder Osei-Wren (London Councils)",
      ),
    ).toMatchObject({ status: "present", ordinaryWords: true });
  });

  it("is no label with no person after it", () => {
    expect(readAttendanceHeading("Here:")).toBeNull();
    expect(readAttendanceHeading("Here: 3 June 2025")).toBeNull();
  });
});

describe("a form's notes under an item (layout-variants-10b/114)", () => {
  it("reads no note taker in notes telling of a person or naming no one", () => {
    expect(
      readAttendanceHeading(
        "Notes:    Supt Lindahl-Mensah said phone robbery had fallen by an eighth since the summer operation began.",
      ),
    ).toBeNull();
    expect(
      readAttendanceHeading("Notes:    All open actions carried forward to January."),
    ).toBeNull();
    // layout-variants-10b-2/119: a rank's letters and the surname alone.
    expect(
      readAttendanceHeading(
        "Notes:    DS Nwachukwu-Bell reported fewer stabbings of under-18s than last half-term.",
      ),
    ).toBeNull();
  });
});
