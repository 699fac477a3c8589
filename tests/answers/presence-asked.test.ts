import { describe, expect, it } from "vitest";
import { postAsked, presenceSaid } from "../../src/answers/presence-asked.js";

describe("postAsked", () => {
  it.each([
    ["is rhiannon sawyer the vru director?", "rhiannon sawyer", "vru director"],
    ["is helen bailey mopac's director?", "helen bailey", "mopac's director"],
    [
      "was diana luchford the chief executive of mopac in 2020",
      "diana luchford",
      "chief executive of mopac",
    ],
    ["was kenny bowie a mopac director at the april 2022 board", "kenny bowie", "mopac director"],
  ])("reads the post asked of someone in “%s”", (text, name, post) => {
    expect(postAsked(text, name)).toBe(post);
  });

  it("reads no post where none follows the name", () => {
    expect(postAsked("was claire waxman at the casey meeting", "claire waxman")).toBeNull();
    expect(postAsked("is carina heckroodt from the nps?", "carina heckroodt")).toBeNull();
    expect(postAsked("is the vru director here", null)).toBeNull();
  });
});

describe("presenceSaid", () => {
  it("reads what one side of a comparison says of its people", () => {
    expect(presenceSaid("who came to the 2021 meeting")).toBe("came");
    expect(presenceSaid(" missed 2022")).toBe("away");
    expect(presenceSaid(" send apologies in 2023?")).toBe("apologies");
    expect(presenceSaid("the 2022 board")).toBeNull();
    // A side named as its attendance list: "apols in apr 22 v attendees in feb 21".
    expect(presenceSaid(" attendees in feb 21 - any overlap?")).toBe("came");
    expect(presenceSaid("the attendance list in 2023")).toBe("came");
  });
});
