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
      // The id's place kept as spaces, so the columns after it stay where they were.
      "412   Add a borough filter   Osei-Viljoen, Lachlan (MPS)               19/11/2025   Not Started   2",
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

// unseen-minutes-9/76: the record's fields one a line, its related actions list under them.
describe("a SharePoint list item's fields and related actions list", () => {
  const record = [
    "Meeting Records - DMG",
    "",
    "Title: DMG 22 October 2025",
    "Meeting Date: 22/10/2025 14:00",
    "Location: Teams",
    "Attendees: Osei-Viljoen, Lachlan (MPS);#118;#Afolabi-Greaves, Rhiannon (London Councils);#204",
    "Minute Taker: Laurent, Oyinda (MOPAC);#140",
    "Agenda Items: 1. Actions log;#2. Serious violence dashboard;#3. Approved premises capacity;#4. AOB",
    "Next Meeting: 19/11/2025 14:00",
    "Next Meeting Location: Teams",
    "Status: Approved",
    "",
    "Related items: DMG Actions (3)",
    "",
    "ID    Title                                                              Assigned To                              Due Date     Status        Meeting Item",
    "412   Add a borough filter to the serious violence dashboard             Osei-Viljoen, Lachlan (MPS);#118          19/11/2025   Not Started   2",
    "89    Share the dashboard with borough community safety managers         Afolabi-Greaves, Rhiannon (London Councils);#204   30/11/2025   Not Started   2",
  ].join("\n");
  const meeting = parseMinutes(record, "76.txt").meeting;

  it("ends a person field at the next field's label", () => {
    expect(meeting?.attendees.map((a) => [a.name, a.role])).toEqual([
      ["Lachlan Osei-Viljoen", null],
      ["Rhiannon Afolabi-Greaves", null],
      ["Oyinda Laurent", null],
    ]);
  });

  it("reads 'Next Meeting Location:' as the place of the next meeting above it", () => {
    expect(meeting?.nextMeetings.map((m) => [m.date, m.time, m.venue])).toEqual([
      ["2025-11-19", "14:00", "Teams"],
    ]);
  });

  it("reads the related actions list by its columns: Title, Assigned To as a person, Meeting Item", () => {
    expect(meeting?.actions.map((a) => [a.id, a.item, a.owner, a.text])).toEqual([
      [
        "412",
        "2",
        "Lachlan Osei-Viljoen",
        "Add a borough filter to the serious violence dashboard",
      ],
      [
        "89",
        "2",
        "Rhiannon Afolabi-Greaves",
        "Share the dashboard with borough community safety managers",
      ],
    ]);
    expect(meeting?.items).toEqual([]);
  });
});
