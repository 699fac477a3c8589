import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { withoutLookupIds } from "../../../src/corpus/parse/lookup-ids.js";

// unseen-minutes-9/76: a SharePoint list item exported as text, its person and lookup fields with ids.
describe("withoutLookupIds", () => {
  it.each([
    [
      "Attendees: Osei-Viljoen, Lachlan (MPS);#118;#Afolabi-Greaves, Rhiannon (London Councils);#204",
      "Attendees: Osei-Viljoen, Lachlan (MPS); Afolabi-Greaves, Rhiannon (London Councils)",
    ],
    ["Chair: Appiah-Kettering, Bushra (MOPAC);#31", "Chair: Appiah-Kettering, Bushra (MOPAC)"],
    [
      "Agenda Items: 1. Actions log;#2. Serious violence dashboard;#3. Approved premises capacity;#4. AOB",
      "Agenda Items: 1. Actions log; 2. Serious violence dashboard; 3. Approved premises capacity; 4. AOB",
    ],
    [
      "412   Add a borough filter   Osei-Viljoen, Lachlan (MPS);#118          19/11/2025   Not Started   2",
      "412   Add a borough filter   Osei-Viljoen, Lachlan (MPS)          19/11/2025   Not Started   2",
    ],
  ])("reads %j without its ids", (written, read) => {
    expect(withoutLookupIds(written)).toBe(read);
  });

  it("leaves a text with no lookup field as it is", () => {
    expect(withoutLookupIds("Item #3; see paper #12")).toBe("Item #3; see paper #12");
  });

  it("reads the people of every person field, each with their body", () => {
    const meeting = parseMinutes(
      [
        "Meeting Records - DMG",
        "",
        "Title: DMG 22 October 2025",
        "Meeting Date: 22/10/2025 14:00",
        "Location: Teams",
        "Chair: Appiah-Kettering, Bushra (MOPAC);#31",
        "Attendees: Osei-Viljoen, Lachlan (MPS);#118;#Oduya, Clemency (London Probation Service);#265",
        "Apologies: Fitzwilliam-Ade, Eamon (NHS England London);#96",
      ].join("\n"),
      "76.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => [a.name, a.status, a.organisation])).toEqual([
      ["Bushra Appiah-Kettering", "present", "MOPAC"],
      ["Lachlan Osei-Viljoen", "present", "MPS"],
      ["Clemency Oduya", "present", "London Probation Service"],
      ["Eamon Fitzwilliam-Ade", "apologies", "NHS England London"],
    ]);
  });
});
