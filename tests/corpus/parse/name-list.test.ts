import { describe, expect, it } from "vitest";
import { readNameList } from "../../../src/corpus/parse/name-list.js";

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
