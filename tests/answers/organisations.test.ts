import { describe, expect, it } from "vitest";
import { attendeesOf, organisationOfInitials } from "../../src/answers/organisations.js";
import type { Attendee } from "../../src/corpus/model.js";

function attendee(name: string, organisation: string | null, role: string | null = null): Attendee {
  return { name, status: "present", honorific: null, role, organisation, line: 1 };
}

// Lines of the 2021 and 2023 attendance lists.
const ATTENDEES = [
  attendee("Sadiq Khan", null, "Mayor of London, Chair"),
  attendee("Doug Flight", "London Councils"),
  attendee("Georgia Gould", "London Councils"),
  attendee("Cllr Jas Athwal", "London Council"),
  attendee("Jane Garvan", "MPS"),
  attendee("Sir Stephen House", "Metropolitan Police Service", "Deputy Commissioner"),
  attendee("Lionel Idan", "CPS South"),
  attendee("Baljit Ubhey", "Crown Prosecution Service"),
];
const KNOWN = ["Metropolitan Police Service (MPS)", "London Councils", "CPS South"];
const names = (words: string[]) => attendeesOf(words, ATTENDEES, KNOWN).map((a) => a.name);

describe("attendeesOf", () => {
  it("finds a post's acronym asked by its words typed short ('chief exec': CEO)", () => {
    // "Nick Smart	CEO, CRC London" and "John O'Brien	CEO, London Councils" (2015).
    const smart = attendee("Nick Smart", "CRC London", "CEO");
    const obrien = attendee("John O'Brien", "London Councils", "CEO");
    const listed = [smart, obrien, ...ATTENDEES];
    expect(attendeesOf(["chief", "exec"], listed, KNOWN)).toEqual([smart, obrien]);
    expect(attendeesOf(["chief", "executive"], listed, KNOWN)).toEqual([smart, obrien]);
    // With the organisation's name: the line holds it, and its acronym the rest.
    expect(attendeesOf(["london", "councils", "chief", "executive"], listed, KNOWN)).toEqual([
      obrien,
    ]);
    // A word typed short must still be the start of the post's: "chief ex" is too short to say.
    expect(attendeesOf(["chief", "ex"], listed, KNOWN)).toEqual([]);
  });

  it("finds a post asked by its acronym where the list writes it out, and the other way round", () => {
    // "Sophie Linden, Deputy Mayor for Policing and Crime" (2021); "Sophie Linden, DMPC" (2023).
    const written = attendee("Sophie Linden", null, "Deputy Mayor for Policing and Crime");
    const initials = attendee("Sophie Linden", null, "DMPC");
    expect(attendeesOf(["dmpc"], [written, ...ATTENDEES], KNOWN)).toEqual([written]);
    expect(
      attendeesOf(["deputy", "mayor", "policing", "crime"], [initials, ...ATTENDEES], KNOWN),
    ).toEqual([initials]);
  });

  it("finds a post written as an acronym by the words it begins with, not by any one of them", () => {
    // 002_0368bc6123038781.txt: "Sophie Linden, DMPC", "Debbie Weekes Bernard, DMC&SJ".
    const dmpc = attendee("Sophie Linden", null, "DMPC");
    const dmcsj = attendee("Debbie Weekes Bernard", null, "DMC&SJ");
    expect(attendeesOf(["deputy", "mayors"], [dmpc, dmcsj, ...ATTENDEES], KNOWN)).toEqual([
      dmpc,
      dmcsj,
    ]);
    expect(attendeesOf(["mayor"], [dmpc, ...ATTENDEES.slice(1)], KNOWN)).toEqual([]);
    // 000_bc5123fd089beeb5.txt: "Sir Stephen House	Deputy Commissioner, MPS (Co-chair)".
    expect(names(["dc"])).toEqual(["Sir Stephen House"]);
  });

  it("reads an acronym written as a word of an organisation for the words it stands for", () => {
    // 004_17215f53eb22288e.txt:27 "Joanne Murfitt	NHS England": the health person.
    const nhs = attendee("Joanne Murfitt", "NHS England");
    expect(attendeesOf(["health"], [nhs, ...ATTENDEES], KNOWN)).toEqual([nhs]);
    // 002_0368bc6123038781.txt:161 "Lionel Idan, CPS South".
    expect(names(["crown", "prosecution"])).toEqual(["Lionel Idan", "Baljit Ubhey"]);
  });

  it("finds an organisation by its words, plural or not", () => {
    expect(names(["london", "councils"])).toEqual([
      "Doug Flight",
      "Georgia Gould",
      "Cllr Jas Athwal",
    ]);
  });

  it("reads initials both ways: 'MPS' for the Metropolitan Police Service and 'police' for MPS", () => {
    expect(names(["mps"])).toEqual(["Jane Garvan", "Sir Stephen House"]);
    expect(names(["police"])).toEqual(["Jane Garvan", "Sir Stephen House"]);
    expect(names(["cps"])).toEqual(["Lionel Idan", "Baljit Ubhey"]);
  });

  it("reads the field's everyday names: 'met' is the MPS", () => {
    expect(names(["met"])).toEqual(["Jane Garvan", "Sir Stephen House"]);
  });

  it("reads an acronym written in brackets after the name (the 2015 list's Craig Mackey)", () => {
    const mackey = attendee("Craig Mackey", "Metropolitan Police Service (MPS)");
    expect(attendeesOf(["met"], [mackey], [])).toEqual([mackey]);
  });

  it("reads an organisation written out as its acronym, though its initials skip 'of' (2021's Phil Douglas)", () => {
    // 001_c2fb2c5d5dd83175.txt: "Phil Douglas, Ministry of Justice", "Colin Allars, Youth Justice Board".
    const douglas = attendee("Phil Douglas", "Ministry of Justice");
    const allars = attendee("Colin Allars", "Youth Justice Board");
    expect(attendeesOf(["moj"], [douglas, allars, ...ATTENDEES], KNOWN)).toEqual([douglas]);
    expect(attendeesOf(["yjb"], [douglas, allars, ...ATTENDEES], KNOWN)).toEqual([allars]);
  });

  it("matches a role too", () => {
    expect(names(["deputy", "commissioner"])).toEqual(["Sir Stephen House"]);
  });

  it("finds no one for words no post has, or for no words", () => {
    expect(names(["fraud"])).toEqual([]);
    expect(names([])).toEqual([]);
  });
});

describe("attendeesOf by title", () => {
  // 003_0417dfde59a34df8.txt:35: "Cllr Racheal Robathan … London Council", as parsed.
  const councillor: Attendee = {
    name: "Racheal Robathan",
    status: "present",
    honorific: "Cllr",
    role: null,
    organisation: "London Council",
    line: 35,
  };

  it("finds councillors by their title, written short", () => {
    expect(attendeesOf(["councillors"], [councillor, ...ATTENDEES], KNOWN)).toEqual([councillor]);
    expect(attendeesOf(["cllr"], [councillor], KNOWN)).toEqual([councillor]);
  });
});

describe("attendeesOf with a possessive", () => {
  it("reads 'the Mayor's private office' as the Mayor of London's Private Office (2021 list)", () => {
    const bowes = attendee("Nick Bowes", "Mayor of London's Private Office");
    const khan = attendee("Sadiq Khan", null, "Mayor of London, Chair");
    expect(attendeesOf(["mayor's", "private", "office"], [khan, bowes], [])).toEqual([bowes]);
  });
});

describe("organisationOfInitials", () => {
  it("reads a word as the initials of a body the lists name, the one written most", () => {
    expect(organisationOfInitials("lc", ATTENDEES)).toBe("London Councils");
    expect(organisationOfInitials("mps", ATTENDEES)).toBe("Metropolitan Police Service");
    expect(organisationOfInitials("cps", ATTENDEES)).toBe("Crown Prosecution Service");
  });

  it("reads no body for a one-word name or initials no name has", () => {
    expect(organisationOfInitials("m", [attendee("Jane Garvan", "MPS")])).toBeNull();
    expect(organisationOfInitials("xq", ATTENDEES)).toBeNull();
  });
});
