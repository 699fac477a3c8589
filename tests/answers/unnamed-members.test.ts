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
