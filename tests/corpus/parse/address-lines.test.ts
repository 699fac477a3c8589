import { describe, expect, it } from "vitest";
import { withoutAddresses } from "../../../src/corpus/parse/address-lines.js";

describe("withoutAddresses: attendance pasted from a message's address lines", () => {
  it("leaves out the addresses and the quotes around display names (unseen-minutes-10/81)", () => {
    expect(
      withoutAddresses(
        '"Kaszuba, Dorota (MOPAC)" <Dorota.Kaszuba@mopac.london.gov.uk> (Chair); "Ferreira-Hollis, Jonah (MPS)" <Jonah.Ferreira-Hollis@met.police.uk>; Cllr Adeyinka Rowntree <adeyinka.rowntree@londoncouncils.gov.uk>; Imogen Tasker-Bamgbose <Imogen.Tasker-Bamgbose@london.gov.uk>',
      ),
    ).toBe(
      "Kaszuba, Dorota (MOPAC) (Chair); Ferreira-Hollis, Jonah (MPS); Cllr Adeyinka Rowntree; Imogen Tasker-Bamgbose",
    );
    expect(
      withoutAddresses(
        'Minutes: "Ellery-Adewale, Bronwen (MOPAC)" <Bronwen.Ellery-Adewale@mopac.london.gov.uk>',
      ),
    ).toBe("Minutes: Ellery-Adewale, Bronwen (MOPAC)");
  });

  it("puts each entry wrapped across lines whole on the line of its address (variants 10a, 104)", () => {
    const lines = [
      "Attended:",
      "Achterberg-Lowe, Fenella <Fenella.Achterberg-Lowe@mopac.london.gov.uk> (Chair); Marangoni, DCI",
      "Piers (MPS) <Piers.Marangoni@met.police.uk>; Cllr Rashida Okonkwo-Byrne (London Councils)",
      "<rashida.okonkwo-byrne@londoncouncils.gov.uk>; Thandiwe Ellison-Parr (Youth Justice Board)",
      "<Thandiwe.Ellison-Parr@yjb.gov.uk>",
      "",
      "Apologies:",
      "'Oyekan-Hart, Lorcan (VRU)' <lorcan.oyekan-hart@london.gov.uk>; Sadiq-Brennan, Dr Evangeline",
      "<e.sadiq-brennan@nhs.net>",
    ];
    expect(withoutAddresses(lines.join("\n")).split("\n")).toEqual([
      "Attended:",
      "Achterberg-Lowe, Fenella (Chair)",
      "Marangoni, DCI Piers (MPS)",
      "Cllr Rashida Okonkwo-Byrne (London Councils)",
      "Thandiwe Ellison-Parr (Youth Justice Board)",
      "",
      "Apologies:",
      "Oyekan-Hart, Lorcan (VRU)",
      "Sadiq-Brennan, Dr Evangeline",
    ]);
  });

  it("reads a quoted display name holding an apostrophe (review 5 C1)", () => {
    const lines = [
      '"O\'Riordan, Siobhan (MOPAC)" <siobhan.oriordan@mopac.london.gov.uk> (Chair); "D\'Souza, Ravi (MPS)"',
      '<ravi.dsouza@met.police.uk>; "Kaszuba, Dorota (London Councils)" <dorota.kaszuba@londoncouncils.gov.uk>',
      "'O'Brien, Sean (VRU)' <sean.obrien@london.gov.uk>; Ravi D'Souza <r.dsouza@met.police.uk>",
    ];
    expect(withoutAddresses(lines.join("\n")).split("\n")).toEqual([
      "O'Riordan, Siobhan (MOPAC) (Chair)",
      "D'Souza, Ravi (MPS); Kaszuba, Dorota (London Councils)",
      "O'Brien, Sean (VRU); Ravi D'Souza",
    ]);
  });

  it.each([
    "Questions to lcrb@london.gov.uk by Friday; replies to follow.",
    "MOPAC to write to <the boroughs> about the fund; see item 3.",
  ])("leaves a line with no address in angle brackets alone: %j", (text) => {
    expect(withoutAddresses(text)).toBe(text);
  });
});
