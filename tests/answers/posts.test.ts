import { describe, expect, it } from "vitest";
import { holdsPostAsked, postHoldings, postsOf } from "../../src/answers/posts.js";
import type { Attendee, Meeting } from "../../src/corpus/model.js";
import { lcrb2015 } from "./fixtures.js";

function attendee(honorific: string, name: string, organisation: string): Attendee {
  return { name, status: "present", honorific, role: null, organisation, line: 1 };
}

describe("postsOf", () => {
  // Lines of the unseen fixtures: "Commander Lewis Grant – MPS", "Dr Miriam Steiner – NHS England".
  it("reads a rank written as a title as the post when the line gives no role", () => {
    expect(postsOf(attendee("Commander", "Lewis Grant", "MPS"))).toEqual(["Commander"]);
  });

  it("reads no post in a title of courtesy, however the list shortens it", () => {
    for (const title of ["Dr", "Doctor", "Cllr", "Councillor", "Rev", "Revd", "The Rt Hon", "Sir"])
      expect(postsOf(attendee(title, "Miriam Steiner", "NHS England"))).toEqual([]);
  });
});

describe("holdsPostAsked", () => {
  const line = (role: string | null, organisation: string | null): Attendee => ({
    name: "",
    status: "present",
    honorific: null,
    role,
    organisation,
    line: 1,
  });
  // The organisation's own names, as organisations.ts postNames gives them.
  const VRU = new Set(["vru", "violence", "reduction", "unit"]);
  const MOPAC = new Set(["mopac", "mayor", "office", "policing", "crime"]);
  const YJB = new Set(["yjb", "youth", "justice", "board"]);

  it("takes a post of lower rank for no post asked ('Asst Director, VRU' is no VRU director)", () => {
    // 003_0417dfde59a34df8.txt: "Rhiannon Sawyer (RS) Asst Director, VRU".
    const sawyer = line("Asst Director", "VRU");
    expect(holdsPostAsked(sawyer, "vru director", VRU)).toBe(false);
    expect(holdsPostAsked(sawyer, "director of the vru", VRU)).toBe(false);
    expect(holdsPostAsked(sawyer, "asst director of the vru", VRU)).toBe(true);
  });

  it("reads an acronym of a post as its words, with the organisation anywhere", () => {
    // 000_bc5123fd089beeb5.txt: "Diana Luchford	CEO, MOPAC"; "Helen Bailey	COO, MOPAC" (2015).
    expect(holdsPostAsked(line("CEO", "MOPAC"), "chief executive of mopac", MOPAC)).toBe(true);
    expect(holdsPostAsked(line("CEO", "MOPAC"), "mopac ceo", MOPAC)).toBe(true);
    expect(holdsPostAsked(line("COO", "MOPAC"), "mopac's director", MOPAC)).toBe(false);
  });

  it("takes a post named with a place before it as that post, and another post for no post", () => {
    // 001_c2fb2c5d5dd83175.txt: "Claire Waxman, London Victims Commissioner"; 2022: "Claudia
    // Strut (CS) CEO, YJB".
    expect(
      holdsPostAsked(line("London Victims Commissioner", null), "victims commissioner", new Set()),
    ).toBe(true);
    expect(holdsPostAsked(line("CEO", "YJB"), "yjb chair", YJB)).toBe(false);
    expect(holdsPostAsked(line("CEO", "YJB"), "yjb", YJB)).toBe(false);
  });
});

describe("postHoldings with the organisation on either side", () => {
  // 004_17215f53eb22288e.txt: "Cllr Lib Peck	LB Lambeth", "Paul Martin	CEO LB Wandsworth",
  // "Cllr Richard Cornelius	LB Barnet", "Marie Snelling	Director, MOPAC".
  const line = (name: string, honorific: string | null, role: string | null, org: string) => ({
    name,
    status: "present" as const,
    honorific,
    role,
    organisation: org,
    line: 1,
  });
  const meeting: Meeting = {
    ...lcrb2015,
    attendees: [
      line("Lib Peck", "Cllr", null, "LB Lambeth"),
      line("Richard Cornelius", "Cllr", null, "LB Barnet"),
      line("Paul Martin", null, "CEO", "LB Wandsworth"),
      line("Marie Snelling", null, "Director", "MOPAC"),
    ],
  };
  const holders = (post: string) =>
    postHoldings(post, [meeting], { aroundOrganisation: true }).flatMap((h) =>
      h.holders.map((a) => a.name),
    );

  it("reads a possessive or 'for' as the organisation, before or after the post", () => {
    expect(holders("lambeth's cllr")).toEqual(["Lib Peck"]);
    expect(holders("cllr for barnet")).toEqual(["Richard Cornelius"]);
    expect(holders("wandsworth's chief executive")).toEqual(["Paul Martin"]);
    expect(holders("chief executive of wandsworth")).toEqual(["Paul Martin"]);
    expect(holders("mopac director")).toEqual(["Marie Snelling"]);
  });

  it("reads an organisation that ends on 'London' by the word before it", () => {
    // 004_17215f53eb22288e.txt:19 "Nick Smart	CEO, CRC London".
    const crc = { ...meeting, attendees: [line("Nick Smart", null, "CEO", "CRC London")] };
    const names = (post: string) =>
      postHoldings(post, [crc], { aroundOrganisation: true }).flatMap((h) =>
        h.holders.map((a) => a.name),
      );
    expect(names("ceo of the crc")).toEqual(["Nick Smart"]);
    expect(names("london ceo")).toEqual([]);
  });

  it("reads a post asked in another order than the line writes it", () => {
    // 004_17215f53eb22288e.txt:28 "Martin Esom	CEO Waltham Forest, Chair Prevent";
    // 000_bc5123fd089beeb5.txt:17 "Paul Wylie	Director of Strategy MOPAC and Chair of LMSPB & SOCB";
    // 003_0417dfde59a34df8.txt "Naomi Sterling (NS) Senior Advisor, MOPAC",
    // "Rhiannon Sawyer (RS) Asst Director, VRU".
    const lines = {
      ...meeting,
      attendees: [
        {
          ...line("Martin Esom", null, "CEO Waltham Forest, Chair Prevent", ""),
          organisation: null,
        },
        {
          ...line("Paul Wylie", null, "Director of Strategy MOPAC and Chair of LMSPB & SOCB", ""),
          organisation: null,
        },
        line("Naomi Sterling", null, "Senior Advisor", "MOPAC"),
        line("Rhiannon Sawyer", null, "Asst Director", "VRU"),
      ],
    };
    const names = (post: string) =>
      postHoldings(post, [lines], { aroundOrganisation: true }).flatMap((h) =>
        h.holders.map((a) => a.name),
      );
    expect(names("waltham forest ceo")).toEqual(["Martin Esom"]);
    expect(names("mopac's strategy director")).toEqual(["Paul Wylie"]);
    expect(names("senior advisor from mopac")).toEqual(["Naomi Sterling"]);
    // An organisation by another of its names: "the Met" is the MPS.
    // 003_0417dfde59a34df8.txt "Jane E Garvan (JG) HQ Strategy and Governance, MPS".
    const garvan = {
      ...lines,
      attendees: [line("Jane E Garvan", null, "HQ Strategy and Governance", "MPS")],
    };
    expect(
      postHoldings("met's hq strategy and governance", [garvan], {
        aroundOrganisation: true,
      }).flatMap((h) => h.holders.map((a) => a.name)),
    ).toEqual(["Jane E Garvan"]);
    // A rank the question leaves out makes another post; words from two parts are no one post.
    const asst = {
      ...lines,
      attendees: [line("A N Other", null, "Asst Director of Strategy", "MOPAC")],
    };
    expect(postHoldings("mopac's strategy director", [asst], { aroundOrganisation: true })).toEqual(
      [],
    );
    expect(names("waltham forest prevent")).toEqual([]);
  });

  it("takes no one whose organisation or post is not the one asked", () => {
    expect(holders("lambeth's chief executive")).toEqual([]);
    expect(holders("wandsworth cllr")).toEqual([]);
    // "Mayor Jules Pipe	London Councils" (2015) is no Mayor of London: "london" is not the
    // organisation's own name.
    const pipe = { ...meeting, attendees: [line("Jules Pipe", "Mayor", null, "London Councils")] };
    expect(postHoldings("mayor of london", [pipe], { aroundOrganisation: true })).toEqual([]);
  });
});
