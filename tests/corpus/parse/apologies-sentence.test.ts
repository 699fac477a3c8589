import { describe, expect, it } from "vitest";
import { readApologiesSentence } from "../../../src/corpus/parse/apologies-sentence.js";

describe("readApologiesSentence", () => {
  it("reads names past a 'who was represented by' clause and a second 'from' (lcrb-2020-05-11)", () => {
    expect(
      readApologiesSentence(
        "Apologies were received from Assistant Commissioner Nicola Barrow, who was represented by Commander Raj Anand, and from Cllr Bridget Haines.",
      ).map((p) => [p.honorific, p.name]),
    ).toEqual([
      ["Assistant Commissioner", "Nicola Barrow"],
      ["Cllr", "Bridget Haines"],
    ]);
  });

  it("does not end the sentence at an initial's full stop ('Cllr A. Smith')", () => {
    expect(
      readApologiesSentence("Apologies were received from Cllr A. Smith and Mr B. Jones.").map(
        (p) => [p.honorific, p.name],
      ),
    ).toEqual([
      ["Cllr", "A. Smith"],
      ["Mr", "B. Jones"],
    ]);
  });
});

describe("readApologiesSentence with abbreviated titles", () => {
  it("does not end the sentence at a title's full stop ('Cllr.', 'Supt.', 'Sgt.')", () => {
    expect(
      readApologiesSentence("Apologies were received from Cllr. Athwal and Supt. Jones.").map(
        (p) => p.name,
      ),
    ).toEqual(["Athwal", "Jones"]);
    expect(
      readApologiesSentence(
        "Apologies were received from Insp. Clarke and Sgt. Patel. The Chair opened the meeting.",
      ).map((p) => p.name),
    ).toEqual(["Clarke", "Patel"]);
  });
});

describe("readApologiesSentence (seeds)", () => {
  it("reads the people named (corpus/003)", () => {
    expect(
      readApologiesSentence(
        "The Mayor opened the meeting welcoming Deputy Commissioner Helen Ball and Amy Lame. Apologies were received from Councillor Athwal and Councillor Rodwell.",
      ).map((p) => [p.honorific, p.name]),
    ).toEqual([
      ["Councillor", "Athwal"],
      ["Councillor", "Rodwell"],
    ]);
  });

  it("reads nothing from other sentences", () => {
    expect(readApologiesSentence("The minutes were agreed.")).toEqual([]);
  });
});
