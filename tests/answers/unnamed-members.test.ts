import { describe, expect, it } from "vitest";
import { unnamedMembers } from "../../src/answers/unnamed-members.js";

// Real lines of the April 2023 minutes (corpus/002…, lines 111 and 92).
const CHALLENGE_FUND =
  "Since publishing the Youth Justice Criminal Action Plan in Autumn 2019, MOPAC's Disproportionality Challenge Fund was launched in June 2022 and grants have now been awarded to three projects covering six London boroughs in areas of high disproportionality within the youth justice system.";
const SIX_ASKS =
  "From this, Dame Lynne Owens discussed 6 areas/asks for partners on the board to consider supporting the MPS with:";

describe("unnamedMembers", () => {
  it.each([
    ["what are the 6 boroughs in the challenge fund", "six London boroughs"],
    ["name the three projects that got grants", "three projects"],
    ["which 3 projects were funded", "three projects"],
  ])("says the minutes count but do not name: %j", (question, counted) => {
    expect(unnamedMembers(question, CHALLENGE_FUND)).toBe(
      `The minutes do not name them: they say only “${counted}”.`,
    );
  });

  it("is silent when the sentence introduces the members after a colon", () => {
    expect(
      unnamedMembers("what were the six areas partners were asked about", SIX_ASKS),
    ).toBeNull();
  });

  it("is silent when the passage counts something else, or the question counts nothing", () => {
    expect(unnamedMembers("which four boroughs got grants", CHALLENGE_FUND)).toBeNull();
    expect(unnamedMembers("which boroughs got grants", CHALLENGE_FUND)).toBeNull();
  });

  it("says the minutes do not name a group they speak of only as a whole", () => {
    // corpus/001… line 119: "… the work around Play Space with the boroughs; …".
    const VRU =
      "There was a short update on the work of the VRU. Several issues were highlighted including: the work around Play Space with the boroughs; the development and assessment of the borough violence reduction action plans (VRAP) and to bring together groups to work on issues of concern; and, My Ends proposals for longer-term funding.";
    expect(unnamedMembers("which boroughs is the VRU doing play space work with?", VRU)).toBe(
      "The minutes do not name them: they say only “the boroughs”.",
    );
  });
});

describe("unnamedMembers: only a question asking for the members, only when no passage names them", () => {
  // corpus/003… line 91: one issue, not the group asked about.
  const FRAUD =
    "Members noted MOPAC's intention to set up a roundtable in which partners would be invited to discuss the issue of fraud and how best to combat this issue.";
  // corpus/004… line 47 (a sentence of it) and corpus/001… line 103.
  const ALL_AREAS =
    "Prevent is a tactical board and covers the 17 priority boroughs and because of this it does not have comprehensive oversight of all areas of the Contest strategy.";
  const AREAS_LISTED =
    "An update was provided on community engagement, recommendations and delivery to date. In the weeks since the Action Plan launch in November there was good progress in a number of areas such as the Police Complainants survey, MPS work on the pre-handcuffing review, and road traffic stops.";
  // corpus/004… line 48 (its last sentences).
  const TO_THE_BOROUGHS =
    "Overall information sharing was seen as a key element in future work and it was asked if the briefing provided by Mark Rowley of the MPS to the Mayor could be made available to the boroughs.";

  it("does not take a singular for the plural asked", () => {
    expect(unnamedMembers("what issues were raised about fraud?", FRAUD)).toBeNull();
  });

  it("is silent when another passage shown lists the members", () => {
    const question = "which areas were covered?";
    expect(unnamedMembers(question, ALL_AREAS)).toBe(
      "The minutes do not name them: they say only “all areas”.",
    );
    expect(unnamedMembers(question, ALL_AREAS, () => [TO_THE_BOROUGHS])).toBe(
      "The minutes do not name them: they say only “all areas”.",
    );
    expect(unnamedMembers(question, ALL_AREAS, () => [AREAS_LISTED])).toBeNull();
  });

  it("does not read what a group does as a question about who is in it", () => {
    expect(unnamedMembers("which boroughs get the briefing?", TO_THE_BOROUGHS)).toBe(
      "The minutes do not name them: they say only “the boroughs”.",
    );
    expect(unnamedMembers("what are the boroughs asking for?", TO_THE_BOROUGHS)).toBeNull();
  });
});
