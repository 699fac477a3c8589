import { describe, expect, it } from "vitest";
import { readRoleFirst } from "../../../src/corpus/parse/role-first.js";

// Lines from tests/fixtures/layout-minutes/14-caps-agenda-item-roles-first.txt.
describe("readRoleFirst", () => {
  it("reads the person after their post, with the body in brackets", () => {
    expect(readRoleFirst("Chair – Leopold Vance (MOPAC)")).toEqual({
      name: "Leopold Vance",
      honorific: null,
      role: "Chair",
      organisation: "MOPAC",
    });
    expect(
      readRoleFirst("Borough Commander – Chief Superintendent Aurora Blackwood (MPS)"),
    ).toMatchObject({
      name: "Aurora Blackwood",
      honorific: "Chief Superintendent",
      organisation: "MPS",
    });
  });

  it("reads the body after a comma when it is not in brackets (unseen-minutes-2/12)", () => {
    expect(readRoleFirst("Chair – Cllr Annabel Leckie, London Councils")).toEqual({
      name: "Annabel Leckie",
      honorific: "Cllr",
      role: "Chair",
      organisation: "London Councils",
    });
    expect(
      readRoleFirst("Deputy Chair – Detective Chief Superintendent Marek Nowicki, MPS"),
    ).toMatchObject({
      name: "Marek Nowicki",
      honorific: "Detective Chief Superintendent",
      organisation: "MPS",
    });
  });

  it("leaves a line that starts with a name to the entry readers", () => {
    expect(readRoleFirst("Ruth Abernethy – Chair, MOPAC")).toBeNull();
    expect(readRoleFirst("Cllr Bronwen Pryce (Chair) – London Councils")).toBeNull();
  });
});
