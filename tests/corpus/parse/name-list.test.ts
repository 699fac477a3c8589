import { describe, expect, it } from "vitest";
import { readAttendanceLine } from "../../../src/corpus/parse/attendance.js";
import { readNameList } from "../../../src/corpus/parse/name-list.js";
import { brief } from "./attendance-line.js";

// unseen-minutes-5/37: a committee's "PRESENT:" list, the councillors run on under one plural title.
describe("readNameList with a title in the plural", () => {
  it("gives each person on the list the title ('Councillors A, B and C')", () => {
    expect(
      readNameList("Councillors Bartholomew Fenn, Cerys Lloyd-Amadi and Devika Raman")?.map((p) => [
        p.honorific,
        p.name,
      ]),
    ).toEqual([
      ["Councillor", "Bartholomew Fenn"],
      ["Councillor", "Cerys Lloyd-Amadi"],
      ["Councillor", "Devika Raman"],
    ]);
  });

  it("reads the plural title in capitals or with a full stop ('COUNCILLORS …', 'Cllrs. …')", () => {
    const read = (text: string) => readNameList(text)?.map((p) => [p.honorific, p.name]);
    expect(read("COUNCILLORS Amina Yusuf, Owen Price and Devika Raman")).toEqual([
      ["Councillor", "Amina Yusuf"],
      ["Councillor", "Owen Price"],
      ["Councillor", "Devika Raman"],
    ]);
    expect(read("Cllrs. Amina Yusuf and Owen Price")).toEqual([
      ["Cllr", "Amina Yusuf"],
      ["Cllr", "Owen Price"],
    ]);
  });

  it("keeps a title a person is given of their own", () => {
    expect(
      readNameList("Cllrs Amina Yusuf and Dr Owen Price")?.map((p) => [p.honorific, p.name]),
    ).toEqual([
      ["Cllr", "Amina Yusuf"],
      ["Dr", "Owen Price"],
    ]);
  });

  it("reads a list without one as before", () => {
    expect(
      readNameList("Mr Laurence Quaife and Mrs Beatrix Holloway-Nkemelu")?.map((p) => [
        p.honorific,
        p.name,
      ]),
    ).toEqual([
      ["Mr", "Laurence Quaife"],
      ["Mrs", "Beatrix Holloway-Nkemelu"],
    ]);
  });
});

describe("readNameList: surnames alone after a title in the plural", () => {
  const read = (text: string) => readNameList(text)?.map((p) => [p.honorific, p.name]);

  describe("as a council's minutes write them", () => {
    it("reads each surname as a name, as 'Councillor Smith' is ('Councillors Smith, Jones and Patel')", () => {
      expect(read("Councillors Smith, Jones and Patel")).toEqual([
        ["Councillor", "Smith"],
        ["Councillor", "Jones"],
        ["Councillor", "Patel"],
      ]);
    });
  });

  describe("written otherwise", () => {
    it.each([
      [
        "Cllrs Okafor and Lindqvist",
        [
          ["Cllr", "Okafor"],
          ["Cllr", "Lindqvist"],
        ],
      ],
      [
        "Drs Achterberg & Mensah",
        [
          ["Dr", "Achterberg"],
          ["Dr", "Mensah"],
        ],
      ],
      [
        "Councillors Smith (Lab), Jones (Con) and Patel (LD)",
        [
          ["Councillor", "Smith"],
          ["Councillor", "Jones"],
          ["Councillor", "Patel"],
        ],
      ],
      [
        "Councillors Smith, Dr Jones and Patel",
        [
          ["Councillor", "Smith"],
          ["Dr", "Jones"],
          ["Councillor", "Patel"],
        ],
      ],
    ])("reads %j", (text, people) => {
      expect(read(text)).toEqual(people);
    });
  });

  describe("left as it was", () => {
    it("reads full names after the plural title as before", () => {
      expect(read("Cllrs Amina Yusuf and Owen Price")).toEqual([
        ["Cllr", "Amina Yusuf"],
        ["Cllr", "Owen Price"],
      ]);
    });

    it("reads no one in words after a plural title that name no one", () => {
      expect(readNameList("Councillors from three boroughs and officers")).toBeNull();
    });
  });
});

describe("readNameList: people parted by spaced slashes (unseen-minutes-7/60)", () => {
  describe("as round 7 writes it", () => {
    it("reads every member on the line", () => {
      expect(
        brief(
          "Baroness Philippa Lowenthal (Chair) / Chief Superintendent Marlowe Tennant-Ashe (MPS) / Cllr Ngozi Pembridge (London Councils) / Ms Yolanda Prentiss-Obi (CPS London) / Revd Ezekiel Adjei (faith communities) / Torvald Hagen-Achebe (London Probation Service)",
        ),
      ).toEqual([
        ["Baroness", "Philippa Lowenthal", "present"],
        ["Chief Superintendent", "Marlowe Tennant-Ashe", "present"],
        ["Cllr", "Ngozi Pembridge", "present"],
        ["Ms", "Yolanda Prentiss-Obi", "present"],
        ["Revd", "Ezekiel Adjei", "present"],
        [null, "Torvald Hagen-Achebe", "present"],
      ]);
    });

    it("reads a guest with a note after the bracket, and the guest after them", () => {
      expect(
        brief(
          "Detective Superintendent Imelda Carrick (City of London Police), for item 3 / Quillon Farrant (MOPAC, secretariat)",
          "in_attendance",
        ),
      ).toEqual([
        ["Detective Superintendent", "Imelda Carrick", "in_attendance"],
        [null, "Quillon Farrant", "in_attendance"],
      ]);
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["Jane Smithers / Tom Brennan / Raj Patel", 3],
      ["Cllr Amina Yusuf, London Councils / Dr Owen Price, NHS England", 2],
    ])("reads %j as %i people", (line, count) => {
      expect(brief(line, "apologies")).toHaveLength(count);
    });
  });

  describe("left as it was", () => {
    it("keeps a post written with a slash one person's", () => {
      expect(
        readAttendanceLine(
          "Jane Smithers, Director of Strategy / Deputy Chief Executive, MOPAC",
          "present",
        ),
      ).toEqual([expect.objectContaining({ name: "Jane Smithers" })]);
    });
  });
});

// unseen-minutes-2/16: "In attendance: Tamsin Rook and Jaspreet Gill (both MOPAC)."
describe("readNameList with a bracket that speaks for every person ('(both MOPAC)')", () => {
  const read = (text: string) => readNameList(text)?.map((p) => [p.name, p.organisation, p.role]);

  it("gives the bracket's body, without 'both' or 'all', to each person who names none", () => {
    expect(read("Tamsin Rook and Jaspreet Gill (both MOPAC)")).toEqual([
      ["Tamsin Rook", "MOPAC", null],
      ["Jaspreet Gill", "MOPAC", null],
    ]);
    expect(read("Ann Lee, Raj Patel and Tom Brown (all London Councils)")).toEqual([
      ["Ann Lee", "London Councils", null],
      ["Raj Patel", "London Councils", null],
      ["Tom Brown", "London Councils", null],
    ]);
  });

  it("reads a bracket saying how or when they all came as no one's description (review 3 C4)", () => {
    expect(read("Tamsin Rook, Jaspreet Gill and Omar Aziz (all via Teams)")).toEqual([
      ["Tamsin Rook", null, null],
      ["Jaspreet Gill", null, null],
      ["Omar Aziz", null, null],
    ]);
    expect(read("Amy Lee and Raj Patel (both joined late)")).toEqual([
      ["Amy Lee", null, null],
      ["Raj Patel", null, null],
    ]);
    expect(read("Jane Doe and Tom Reyes (both observers)")).toEqual([
      ["Jane Doe", null, "observers"],
      ["Tom Reyes", null, "observers"],
    ]);
  });

  it("gives a bracket without such a word to its own person only ('Claire Waxman and Lib Peck (VRU)')", () => {
    expect(read("Claire Waxman and Lib Peck (VRU)")).toEqual([
      ["Claire Waxman", null, null],
      ["Lib Peck", "VRU", null],
    ]);
  });
});
