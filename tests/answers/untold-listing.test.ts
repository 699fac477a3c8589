import { describe, expect, it } from "vitest";
import { listingAsked, listingGives, untoldListing } from "../../src/answers/untold-listing.js";
import type { Attendee } from "../../src/corpus/model.js";

// Attendance lines of the seed minutes as the parser reads them: "Cllr Nesil Caliskan, London
// Councils" (corpus/002…, line 51), "Cllr Richard Cornelius	LB Barnet" (004…, line 23), "Paul
// Martin	CEO LB Wandsworth" (004…, line 24), "Natasha Plummer, MOPAC" (001…, line 39), "Paul Wylie
// Director of Strategy MOPAC and Chair of LMSPB & SOCB" (000…, line 15), "Cllr Lib Peck	LB
// Lambeth" (004…, line 22).
const line = (
  name: string,
  line: number,
  organisation: string | null,
  role: string | null = null,
  honorific: string | null = null,
): Attendee => ({ name, status: "present", honorific, role, organisation, line });
const CALISKAN = line("Nesil Caliskan", 51, "London Councils", null, "Cllr");
const CORNELIUS = line("Richard Cornelius", 23, "LB Barnet", null, "Cllr");
const MARTIN = line("Paul Martin", 24, "LB Wandsworth", "CEO");
const PLUMMER = line("Natasha Plummer", 39, "MOPAC");
const WYLIE = line("Paul Wylie", 15, "MOPAC", "Director of Strategy");
const PECK = line("Lib Peck", 22, "LB Lambeth", null, "Cllr");

describe("listingAsked", () => {
  it.each([
    ["which borough is nesil caliskan from?", "borough"],
    ["cllr darren rodwell - what borough?", "borough"],
    ["what's natasha plummer's job?", "post"],
    ["carolyn downs - what's her role at london councils?", "post"],
    ["Esom — what post?", "post"],
    ["what does paul wylie do?", "post"],
    ["who is natasha plummer?", null],
    ["has nesil caliskan been to a board?", null],
    // Review 3 C17: a stance or a part played, not a post; boroughs spoken of, not theirs.
    ["what was lynne owens's position on stop and search?", null],
    ["what role did lynne owens play in the action plan?", null],
    ["what did nesil caliskan say about the boroughs?", null],
  ])("reads %j as asking %s", (question, asked) => {
    expect(listingAsked(question)).toBe(asked);
  });
});

describe("listingGives", () => {
  it("finds a borough in a council's name or a borough named in the line", () => {
    expect(listingGives(CORNELIUS, "borough")).toBe(true);
    expect(listingGives(MARTIN, "borough")).toBe(true);
    expect(listingGives(CALISKAN, "borough")).toBe(false);
  });
  it("takes a role, or an honorific that is a post, as a post; an organisation alone is none", () => {
    expect(listingGives(WYLIE, "post")).toBe(true);
    expect(listingGives(PECK, "post")).toBe(true);
    expect(listingGives(PLUMMER, "post")).toBe(false);
  });
  it.each([
    // Review 3 S2: the ranks and offices of the lexicon's honorifics, shortened as lists write them.
    ["Supt", true],
    ["Ch Supt", true],
    ["Insp", true],
    ["Sgt", true],
    ["DMPC", true],
    ["Deputy Assistant Commissioner", true],
    ["Mayor", true],
    ["Cllr", true],
    ["His Honour Judge", true],
    ["Dr", false],
    // The City of London's "Deputy" before a name is a title (round 9 file 72).
    ["Deputy", false],
    ["Dame", false],
    ["Revd", false],
    ["The Rt Hon", false],
  ])("reads the honorific %j as a post: %s", (honorific, post) => {
    expect(listingGives(line("Jane Doe", 10, "MOPAC", null, honorific), "post")).toBe(post);
  });
});

describe("untoldListing", () => {
  it("says the minutes do not give a borough the lines leave out", () => {
    expect(
      untoldListing("which borough is nesil caliskan from?", "Nesil Caliskan", [CALISKAN]),
    ).toBe(
      "The minutes do not record Nesil Caliskan's borough: the attendance lists give only the organisation.",
    );
  });
  it("says the minutes do not give a post the lines leave out", () => {
    expect(untoldListing("what's natasha plummer's job?", "Natasha Plummer", [PLUMMER])).toContain(
      "do not record Natasha Plummer's post",
    );
  });
  it("says nothing when a line gives it, or nothing such is asked", () => {
    expect(
      untoldListing("Cllr Cornelius - which borough?", "Richard Cornelius", [CORNELIUS]),
    ).toBeNull();
    expect(untoldListing("what's Paul Wylie's role", "Paul Wylie", [WYLIE])).toBeNull();
    expect(untoldListing("who is natasha plummer?", "Natasha Plummer", [PLUMMER])).toBeNull();
  });
});
