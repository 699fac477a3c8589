import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../../src/corpus/parse/mojibake.js";

describe("repairMojibake: UTF-8 read as another encoding", () => {
  describe("read as Windows-1252 (unseen round 10 file 82)", () => {
    it.each([
      [
        "Present: RenÃ©e Castellane-Obi (Deputy Mayor for Policing and",
        "Present: Renée Castellane-Obi (Deputy Mayor for Policing and",
      ],
      [
        "North); Dr Seamus Oâ€™Riordan-Bello (NHS England â€“ London);",
        "North); Dr Seamus O’Riordan-Bello (NHS England – London);",
      ],
      [
        "Crime, Chair); Assistant Commissioner ZoÃ« Hartigan-Mensah",
        "Crime, Chair); Assistant Commissioner Zoë Hartigan-Mensah",
      ],
      ["3. Womenâ€™s safety on public transport", "3. Women’s safety on public transport"],
    ])("reads %j as %j", (raw, text) => {
      expect(repairMojibake(raw)).toBe(text);
    });
  });

  it("undoes it twice over (variants 10a, 105)", () => {
    expect(repairMojibake("Superintendent MaÃ…â€šgorzata Oduya (MPS); Cllr SÃƒÂ©verine")).toBe(
      "Superintendent Małgorzata Oduya (MPS); Cllr Séverine",
    );
    expect(repairMojibake("2. RetailersÃ¢â‚¬â„¢ reporting of shop theft")).toBe(
      "2. Retailers’ reporting of shop theft",
    );
  });

  it("undoes UTF-8 read as Latin-1, its C1 control characters (variants 10a, 106)", () => {
    expect(
      repairMojibake("2. Women\u00e2\u0080\u0099s and girls\u00e2\u0080\u0099 safety strategy"),
    ).toBe("2. Women’s and girls’ safety strategy");
    expect(repairMojibake("P\u00c3\u00a1draig \u00c3\u0093 Briain-Mensah")).toBe(
      "Pádraig Ó Briain-Mensah",
    );
  });

  it("reads a pound sign so written as one, as Windows-1252 shows it", () => {
    expect(repairMojibake("a grant of Â£1.2m")).toBe("a grant of £1.2m");
  });

  it.each([
    "Renée Castellane-Obi, Zoë Hartigan-Mensah and Seamus O’Riordan-Bello",
    "CAFÉ… and the ÉCOLE’s report",
    "JOSÉ’S REPORT, château",
    "Pâté, Señor Müller, Øresund, Åsa Ström",
  ])("leaves text whose letters are right, or only look wrong, alone: %j", (text) => {
    expect(repairMojibake(text)).toBe(text);
  });
});
