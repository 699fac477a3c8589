import { describe, expect, it } from "vitest";
import { buildSearch } from "../../src/search/index.js";
import { MEETINGS } from "./fixtures.js";

const PAGE = "https://www.london.gov.uk/who-we-are/london-crime-reduction-board-12-april-2023";

describe("search results' source", () => {
  it("carries the published page's URL when the meeting has one, beside file and line", () => {
    const meetings = MEETINGS.map((m) =>
      m.id === "lcrb-2023-04-12" ? { ...m, source: { url: PAGE } } : m,
    );
    const [first] = buildSearch(meetings).search("Baroness Casey's report").results;
    expect(first?.meetingId).toBe("lcrb-2023-04-12");
    expect(first?.source).toEqual({
      file: expect.any(String),
      line: expect.any(Number),
      url: PAGE,
    });
  });

  it("has no url for minutes kept only as a corpus file", () => {
    const [first] = buildSearch(MEETINGS).search("Baroness Casey's report").results;
    expect(first?.source).not.toHaveProperty("url");
  });
});
