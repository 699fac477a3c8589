import { describe, expect, it } from "vitest";
import { readDescriptionFirst } from "../../../src/corpus/parse/description-first.js";

const seat = (text: string) => {
  const p = readDescriptionFirst(text);
  return p && [p.honorific, p.name, p.role, p.organisation];
};

describe("readDescriptionFirst: 'Body - Post: Name' (unseen-minutes-4/35)", () => {
  it("reads the holder after the colon, the body and the post of the seat before it", () => {
    expect(
      seat(
        "London Councils - Executive Member for Crime and Public Protection: Cllr Rhoswen Adair",
      ),
    ).toEqual([
      "Cllr",
      "Rhoswen Adair",
      "Executive Member for Crime and Public Protection",
      "London Councils",
    ]);
    expect(seat("MPS - Deputy Assistant Commissioner: Casimir Odell")).toEqual([
      null,
      "Casimir Odell",
      "Deputy Assistant Commissioner",
      "MPS",
    ]);
    // A seat of two posts names no body.
    expect(seat("Chair - Deputy Mayor for Policing and Crime: Ione Fairbairn")).toEqual([
      null,
      "Ione Fairbairn",
      "Chair, Deputy Mayor for Policing and Crime",
      null,
    ]);
  });

  it("reads the same seat written with a comma or an en dash (written for this test)", () => {
    expect(seat("Youth Justice Board, Head of Innovation: Dr Keziah Mensah-Bonsu")).toEqual([
      "Dr",
      "Keziah Mensah-Bonsu",
      "Head of Innovation",
      "Youth Justice Board",
    ]);
    expect(seat("HMCTS – Delivery Director: Rowan Etherington")).toEqual([
      null,
      "Rowan Etherington",
      "Delivery Director",
      "HMCTS",
    ]);
  });

  it("reads no seat when a person stands before the colon or no bare name after it", () => {
    expect(seat("Helen Ferris: Chair")).toBeNull();
    expect(seat("MOPAC - Board Secretary (minutes)")).toBeNull();
    expect(seat("MOPAC: Helen Ferris (Chair), Tobias Brennan")).toBeNull();
  });
});
