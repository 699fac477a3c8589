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
