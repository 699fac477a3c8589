import { describe, expect, it } from "vitest";
import { timesCameAsked } from "../../src/answers/times-came-asked.js";

describe("timesCameAsked", () => {
  it.each([
    ["joanne towens - ever actually turned up?", 1],
    ["ali griffin - ever made it to a board?", 1],
    ["has kenny bowie ever come?", 1],
    ["did rachael robathan come to more than one board?", 2],
    ["did claire waxman come to more than two mtgs?", 3],
    ["has doug flight been more than once?", 2],
    ["has sinead dervin attended at least 3 meetings", 3],
    ["did lib peck go to three or more boards", 3],
  ])("reads “%s” as asking for at least %i meetings attended", (text, count) => {
    expect(timesCameAsked(text)?.count).toBe(count);
  });

  it("reads no number in a question asking for the record or one meeting", () => {
    expect(timesCameAsked("how many mtgs has sinead dervin been to")).toBeNull();
    expect(timesCameAsked("who came to more than one board?")).toBeNull();
    expect(timesCameAsked("was claire waxman at the 2022 board?")).toBeNull();
    expect(timesCameAsked("did she send apologies more than once?")).toBeNull();
    expect(timesCameAsked("has sophie linden ever been absent?")).toBeNull();
    expect(timesCameAsked("has she ever been away?")).toBeNull();
    expect(timesCameAsked("has he ever been chair?")).toBeNull();
  });

  it.each([
    ["did rachael robathan come to more than one board?", "LCRB"],
    ["did claire waxman come to more than one dmg?", "DMG"],
    ["did claire waxman attend at least two lcrb meetings?", "LCRB"],
    ["did lib peck go to three or more boards", "LCRB"],
    ["did claire waxman come to more than two mtgs?", null],
    ["has doug flight been more than once?", null],
  ])("reads “%s” as counting meetings of %s", (text, body) => {
    expect(timesCameAsked(text)?.body).toBe(body);
  });
});
