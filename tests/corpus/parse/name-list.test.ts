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
