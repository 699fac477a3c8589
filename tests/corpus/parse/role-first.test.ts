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

  it("leaves a line that starts with a name to the entry readers", () => {
    expect(readRoleFirst("Ruth Abernethy – Chair, MOPAC")).toBeNull();
    expect(readRoleFirst("Cllr Bronwen Pryce (Chair) – London Councils")).toBeNull();
  });
});
