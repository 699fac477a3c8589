import { describe, expect, it } from "vitest";
import { citationText } from "../../../src/slack/blocks/citation.js";

const citation = {
  body: "LCRB" as const,
  date: "2023-04-12",
  item: "2 Casey Review",
  file: "002_0368bc6123038781.txt",
  line: 42,
};

describe("citationText", () => {
  it("makes the meeting and date a link to the published page, keeping item and file:line", () => {
    expect(
      citationText({ ...citation, url: "https://www.london.gov.uk/minutes?a=1&b=<2>|x" }),
    ).toBe(
      "<https://www.london.gov.uk/minutes?a=1&amp;b=&lt;2&gt;%7Cx|LCRB · 12 April 2023> · 2 Casey Review · `002_0368bc6123038781.txt:42`",
    );
  });

  it("links nothing when the meeting has no source", () => {
    expect(citationText(citation)).toBe(
      "LCRB · 12 April 2023 · 2 Casey Review · `002_0368bc6123038781.txt:42`",
    );
  });
});
