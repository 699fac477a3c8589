import { describe, expect, it } from "vitest";
import { brief, people } from "./attendance-line.js";

describe("withoutAttendanceNotes, through readAttendanceLine", () => {
  it("drops '(item 3 only)', '(for …)' and '(substitute for …)' notes and never reads them as a person (lcrb-2014-12-03)", () => {
    expect(brief("- Zainab Kamara, Solace Women's Aid (item 3 only)", "in_attendance")).toEqual([
      [null, "Zainab Kamara", "in_attendance"],
    ]);
    expect(brief("\tOlufemi Adeyinka (for Nicholas Pryor), CPS London")).toEqual([
      [null, "Olufemi Adeyinka", "present"],
    ]);
    expect(brief("- Olufemi Adeyinka, CPS London (substitute for Rhys Cadogan)")).toEqual([
      [null, "Olufemi Adeyinka", "present"],
    ]);
  });

  it("drops a call's notes after a spaced dash, '- joined from item 2', '- left after item 3' (unseen-minutes-5/40)", () => {
    expect(
      brief(
        "Nkechi Adeyemi-Ross (MOPAC, chair), DCI Barnaby Whitcombe (MPS), Saoirse Flanagan (London Councils), Tariq Mahmood (Probation) - joined from item 2, Ffion Jenkins (YJB) - left after item 3",
      ),
    ).toEqual([
      [null, "Nkechi Adeyemi-Ross", "present"],
      ["DCI", "Barnaby Whitcombe", "present"],
      [null, "Saoirse Flanagan", "present"],
      [null, "Tariq Mahmood", "present"],
      [null, "Ffion Jenkins", "present"],
    ]);
  });

  it("keeps a description after a dash that opens with a capital word a note uses ('- Left Foot Forward charity')", () => {
    expect(people("Jane Smith - Left Foot Forward charity")).toEqual([
      [null, "Jane Smith", "Left Foot Forward charity", null],
    ]);
    expect(brief("Ffion Jenkins (YJB) - left after item 3")).toEqual([
      [null, "Ffion Jenkins", "present"],
    ]);
  });

  it("keeps a description after a dash that is no note ('Aldous Pennington - Deputy Mayor …', unseen-minutes-5/37)", () => {
    expect(brief("Aldous Pennington - Deputy Mayor for Policing and Crime")).toEqual([
      [null, "Aldous Pennington", "present"],
    ]);
  });
});

describe("a status in brackets after one person's name", () => {
  it("gives that person the status, whatever the heading over them (unseen-minutes-4/33)", () => {
    expect(brief("    Barnabas Eke (apologies)")).toEqual([[null, "Barnabas Eke", "apologies"]]);
    expect(brief("    Seraphina Lowe (apologies)")).toEqual([
      [null, "Seraphina Lowe", "apologies"],
    ]);
    expect(brief("    Caspian Wolde (Chair)")).toEqual([[null, "Caspian Wolde", "present"]]);
  });

  it("reads the other ways a register writes it (written for this test)", () => {
    expect(brief("Cllr Ifeoma Nwosu (sent apologies)")).toEqual([
      ["Cllr", "Ifeoma Nwosu", "apologies"],
    ]);
    expect(brief("Dr Tomasz Wierzbicki, NHS England (absent)")).toEqual([
      ["Dr", "Tomasz Wierzbicki", "apologies"],
    ]);
    expect(brief("Ruth Adeyemi (in attendance)", "present")).toEqual([
      [null, "Ruth Adeyemi", "in_attendance"],
    ]);
  });

  it("leaves a list of several people to the heading's status, a bracket naming only one of them", () => {
    expect(brief("Jane Smith (MOPAC), Tom Brown (apologies)")).not.toContainEqual([
      null,
      "Jane Smith",
      "apologies",
    ]);
  });
});

describe("an invitation's participants with their Outlook responses (unseen-minutes-9/73)", () => {
  it("reads a response as no description, and 'Declined' as apologies", () => {
    expect(people("Cormac Adebayo-Lindgren (Organizer)")).toEqual([
      [null, "Cormac Adebayo-Lindgren", null, null],
    ]);
    expect(people("Detective Superintendent Ravi Castellano-Pugh (Accepted)")).toEqual([
      ["Detective Superintendent", "Ravi Castellano-Pugh", null, null],
    ]);
    expect(brief("Hester Vavasour (Tentative)")).toEqual([[null, "Hester Vavasour", "present"]]);
    expect(brief("Tobias Mwangi-Frost (None)")).toEqual([[null, "Tobias Mwangi-Frost", "present"]]);
    expect(brief("Fenella Aduba-Marsh (Declined)")).toEqual([
      [null, "Fenella Aduba-Marsh", "apologies"],
    ]);
  });
});

describe("a form's item as the last field (unseen-minutes-10/85)", () => {
  it("drops 'item 3' after the body, as 'for item 3' is", () => {
    expect(people("Zainab Cresswell-Obi, VRU, item 3")).toEqual([
      [null, "Zainab Cresswell-Obi", null, "VRU"],
    ]);
  });
});
