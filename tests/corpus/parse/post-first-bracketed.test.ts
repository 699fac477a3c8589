import { describe, expect, it } from "vitest";
import { readPostFirstBracketed } from "../../../src/corpus/parse/post-first-bracketed.js";

// Lines from tests/fixtures/unseen-minutes-5/43 (members listed by their seat, the holder in brackets).
describe("readPostFirstBracketed", () => {
  it("reads the person in the closing bracket, the post and body before it", () => {
    expect(
      readPostFirstBracketed("Head of Neighbourhood Policing, MPS (Superintendent Oisin Maguire)"),
    ).toEqual({
      name: "Oisin Maguire",
      honorific: "Superintendent",
      role: "Head of Neighbourhood Policing",
      organisation: "MPS",
    });
    expect(readPostFirstBracketed("Chief Crown Prosecutor, CPS London (Gervase Holt)")).toEqual({
      name: "Gervase Holt",
      honorific: null,
      role: "Chief Crown Prosecutor",
      organisation: "CPS London",
    });
  });

  it("drops a lower-case note after a dash ('- minutes')", () => {
    expect(readPostFirstBracketed("Policy Officer, MOPAC (Ellis Varga) - minutes")).toMatchObject({
      name: "Ellis Varga",
      organisation: "MOPAC",
    });
  });

  it("leaves a name with its body in brackets to the entry readers", () => {
    expect(readPostFirstBracketed("Tariq Mahmood (Probation)")).toBeNull();
    expect(readPostFirstBracketed("Lavinia Ekwueme (CPS London)")).toBeNull();
    expect(readPostFirstBracketed("Councillor Harriet Oyinlola-Marsh (Chair)")).toBeNull();
  });

  it("reads no one when the bracket is a body or a post ('Deputy Mayor for Policing and Crime (Chair)')", () => {
    expect(readPostFirstBracketed("Deputy Mayor for Policing and Crime (Chair)")).toBeNull();
    expect(readPostFirstBracketed("Head of Community Safety (London Councils)")).toBeNull();
  });
});
