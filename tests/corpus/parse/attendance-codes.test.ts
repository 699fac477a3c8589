import { describe, expect, it } from "vitest";
import {
  readCodeColumn,
  readCodeKey,
  rowWithCode,
} from "../../../src/corpus/parse/attendance-codes.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";

// unseen-minutes-4/34: a register of attendance with a code column and its key under it.
const TITLE = "Name                        Organisation / role                           P/A";
const KEY = "Key: P = present, A = apologies, S = substitute, IA = in attendance";

describe("readCodeColumn", () => {
  it("finds a column of codes titled by them, 'P/A', after the columns naming the person", () => {
    expect(readCodeColumn(TITLE)).toEqual({ tabbed: false, at: 74 });
    // Written for this test: a register parted by tabs.
    expect(readCodeColumn("Member\tRole\tY/N")).toEqual({ tabbed: true, at: 2 });
  });

  it("finds none in a row of people, a title row without codes, or prose", () => {
    expect(
      readCodeColumn("Imelda Castellane           Deputy Mayor for Policing and Crime (Chair)   P"),
    ).toBeNull();
    expect(readCodeColumn("Name\tOrganisation\tRole")).toBeNull();
    expect(readCodeColumn("Members noted the P/A figures for the quarter")).toBeNull();
  });
});

describe("readCodeKey", () => {
  it("reads each code's status from its meaning (unseen-minutes-4/34)", () => {
    expect(Object.fromEntries(readCodeKey(KEY) ?? [])).toEqual({
      P: "present",
      A: "apologies",
      S: "present",
      IA: "in_attendance",
    });
  });

  it("reads a key with other marks and separators (written for this test)", () => {
    expect(Object.fromEntries(readCodeKey("Key: Y - attended; N - apologies sent") ?? [])).toEqual({
      Y: "present",
      N: "apologies",
    });
    expect(readCodeKey("Key: the Board's priorities for 2024")).toBeNull();
  });
});

describe("rowWithCode", () => {
  const column = { tabbed: false, at: 74 };
  const key = readCodeKey(KEY) ?? new Map();

  it("gives the row the status its code stands for, and the person's cells", () => {
    expect(
      rowWithCode(
        "Cornelius Adebayo-Frost     CPS London                                    S",
        column,
        key,
      ),
    ).toEqual({ status: "present", text: "Cornelius Adebayo-Frost\tCPS London" });
    expect(
      rowWithCode(
        "Yewande Ashcombe            MOPAC (secretariat)                           IA",
        column,
        key,
      ),
    ).toEqual({ status: "in_attendance", text: "Yewande Ashcombe\tMOPAC (secretariat)" });
  });

  it("reads no row whose code the key does not give", () => {
    expect(
      rowWithCode(
        "Jane Smith                  MOPAC                                         Q",
        column,
        key,
      ),
    ).toBeNull();
  });
});

describe("a register with a code column in the minutes", () => {
  it("reads each person with the status of their code (unseen-minutes-4/34)", () => {
    const meeting = parseMinutes(
      [
        "London Crime Reduction Board",
        "Minutes: Tues 5 Sept 2023, 2.00pm, Committee Room 3, City Hall",
        "",
        TITLE,
        "Imelda Castellane           Deputy Mayor for Policing and Crime (Chair)   P",
        "Cllr Torquil Blackwood      London Councils                               A",
        "Cornelius Adebayo-Frost     CPS London                                    S",
        "Yewande Ashcombe            MOPAC (secretariat)                           IA",
        KEY,
        "",
        "1 Welcome and apologies",
        "The Chair welcomed members. Cornelius Adebayo-Frost attended for Philippa Drummond-Achebe.",
      ].join("\n"),
      "t.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
      [null, "Imelda Castellane", "present"],
      ["Cllr", "Torquil Blackwood", "apologies"],
      [null, "Cornelius Adebayo-Frost", "present"],
      [null, "Yewande Ashcombe", "in_attendance"],
    ]);
  });

  it("reads a key written above a tabbed register (written for this test)", () => {
    const meeting = parseMinutes(
      [
        "London Crime Reduction Board",
        "Tuesday 5 December 2023",
        "",
        "Key: Y - attended; N - apologies sent",
        "Member\tRole\tY/N",
        "Dr Hannah Oyelaran\tMedical Director, NHS England (London)\tY",
        "Supt Callum Fraser\tMPS\tN",
        "",
        "1. Welcome",
        "The Chair welcomed members to the meeting.",
      ].join("\n"),
      "t.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
      ["Dr", "Hannah Oyelaran", "present"],
      ["Supt", "Callum Fraser", "apologies"],
    ]);
  });
});

describe("codes in square brackets after each name, read by the minutes' key (unseen-minutes-6/53)", () => {
  const attendees = (...lines: string[]) =>
    parseMinutes(
      [
        "London Crime Reduction Board – minutes",
        "Monday 4th November 2024, 2.15pm",
        "Committee Room 3, City Hall",
        "",
        ...lines,
        "",
        "Item 1. Welcome, apologies and declarations",
        "The Chair welcomed members.",
      ].join("\n"),
      "t.txt",
    ).meeting?.attendees.map((a) => [a.name, a.status]);

  describe("as round 6 writes them", () => {
    it("reads the key's codes written in brackets", () => {
      expect(
        Object.fromEntries(
          readCodeKey("Attendance key: [P] present, [A] apologies, [IA] in attendance") ?? [],
        ),
      ).toEqual({ P: "present", A: "apologies", IA: "in_attendance" });
    });

    it("gives each person the status of the code after their name, under any heading", () => {
      expect(
        attendees(
          "Attendance key: [P] present, [A] apologies, [IA] in attendance",
          "",
          "Voting members",
          "Commander Valentin Rusu (MPS) [P]",
          "Cllr Yetunde Garraway (London Councils) [A]",
          "",
          "Advisers",
          "Bathsheba Lennox (MOPAC) [IA]",
        ),
      ).toEqual([
        ["Valentin Rusu", "present"],
        ["Yetunde Garraway", "apologies"],
        ["Bathsheba Lennox", "in_attendance"],
      ]);
    });
  });

  describe("written otherwise", () => {
    it("reads a key of 'X = meaning' under the list, and codes after a comma-separated entry", () => {
      expect(
        attendees(
          "Members",
          "Valentin Rusu, MPS [P]",
          "Yetunde Garraway, London Councils [A]",
          "Emeka Nwankwo-Hart, NHS England London [S]",
          "Key: P = present, A = apologies, S = substitute",
        ),
      ).toEqual([
        ["Valentin Rusu", "present"],
        ["Yetunde Garraway", "apologies"],
        ["Emeka Nwankwo-Hart", "present"],
      ]);
    });

    it("reads a key whose codes are bracketed and parted by semicolons", () => {
      expect(
        Object.fromEntries(readCodeKey("Status key: [Y] attended; [N] apologies sent") ?? []),
      ).toEqual({ Y: "present", N: "apologies" });
    });
  });

  describe("left as it was", () => {
    it("keeps the heading's status where the minutes give no key", () => {
      expect(attendees("Apologies", "Cllr Yetunde Garraway (London Councils) [A]")).toEqual([
        ["Yetunde Garraway", "apologies"],
      ]);
    });

    it("reads no key in a line about a key's priorities, or a bracket with no code", () => {
      expect(readCodeKey("Key: the Board's priorities for 2024")).toBeNull();
      expect(readCodeKey("Attendance key points were noted")).toBeNull();
    });
  });
});

// unseen-minutes-8/68: an attendance register for the year's meetings, the meeting's own the last.
const REGISTER = [
  "Delivery Management Group (DMG)",
  "Minutes – Monday 13 January 2025, 10:00–11:30",
  "",
  "Attendance register 2024/25",
  "",
  "Member                        Organisation                 11 Nov   9 Dec   13 Jan",
  "Dr Seraphina Oduya            MOPAC (Chair)                  ✓        ✓       ✓",
  "Cllr Philomena Sarkis         London Councils                A        ✓       A",
  "Tarquin Ellery-Mensah         Youth Justice Board            –        ✓       ✓",
  "Zainab Holloway-Pryce         NHS England (London)           ✓        –       –",
  "",
  "Key: ✓ present   A apologies   – did not attend",
  "",
  "1. Minutes of 9 December and action log",
  "Agreed. The action on youth diversion referrals is complete.",
].join("\n");

// layout-variants-8a/04: the register's next meeting's column still empty, its key without "Key:".
const LATER_EMPTY = [
  "LONDON CRIME REDUCTION BOARD",
  "Minutes of the meeting on Thursday 12 December 2024, 15:00–16:30",
  "",
  "Record of attendance 2024/25",
  "",
  "Name                                        Body                      12 Sep  10 Oct  14 Nov  12 Dec  13 Mar",
  "Baroness Imelda Rutherglen                  Chair                     P       P       Ap      P",
  "Assistant Commissioner Nell Okwuosa-Lind    MPS                       –       P       P       Ap",
  "Morwenna Ihejirika                          Home Office               P       –       P       –",
  "Horatia Vandermeer                          HM Prison and Probation   P       P       P       P",
  "",
  "P = present; Ap = apologies sent; – = did not attend",
  "",
  "1. Minutes and matters arising",
  "The minutes of 14 November were agreed.",
].join("\n");

describe("a register across the year's meetings", () => {
  it("reads a key of marks parted by wide gaps, a mark of absence naming no status", () => {
    expect(readCodeKey("Key: ✓ present   A apologies   – did not attend")).toEqual(
      new Map([
        ["✓", "present"],
        ["A", "apologies"],
      ]),
    );
    expect(readCodeKey("P = present; Ap = apologies sent; – = did not attend")).toEqual(
      new Map([
        ["P", "present"],
        ["Ap", "apologies"],
      ]),
    );
  });

  it("reads each member's status from the meeting's column, the last one marked", () => {
    const meeting = parseMinutes(REGISTER, "dmg.txt").meeting;
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.organisation, a.status])).toEqual([
      ["Dr", "Seraphina Oduya", "MOPAC", "present"],
      ["Cllr", "Philomena Sarkis", "London Councils", "apologies"],
      [null, "Tarquin Ellery-Mensah", "Youth Justice Board", "present"],
    ]);
  });

  it("takes the last column anyone is marked in, not a later meeting's empty one", () => {
    const meeting = parseMinutes(LATER_EMPTY, "lcrb.txt").meeting;
    expect(meeting?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Imelda Rutherglen", "present"],
      ["Nell Okwuosa-Lind", "apologies"],
      ["Horatia Vandermeer", "present"],
    ]);
  });
});
