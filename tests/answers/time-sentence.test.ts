import { describe, expect, it } from "vitest";
import { withTimeSentence } from "../../src/answers/time-sentence.js";
import type { Meeting } from "../../src/corpus/model.js";
import type { SearchResult } from "../../src/search/types.js";
import { fixtureContext, lcrb2023 } from "./fixtures.js";

// Item 1 of the April 2023 minutes (corpus/002…, line 85), whole.
const BACKLOGS =
  "The previous minutes were agreed, and MOPAC went through the outstanding actions. There is progress in relation to resettlement teams between Probation and Prisons and an update will be provided at the next meeting. In respect of court backlogs, MOPAC has now started work with partners to develop a model of capacity and demand across the CJS and partners have agreed to share data. The issue of court backlogs will be discussed again at the next LCRB in July.";
const meeting: Meeting = {
  ...lcrb2023,
  items: [
    {
      number: "1",
      title: "Welcome, minutes and previous actions",
      line: 83,
      passages: [{ text: BACKLOGS, line: 85 }],
    },
  ],
};
const context = fixtureContext("2026-12-05", [], [meeting]);
const result: SearchResult = {
  meetingId: meeting.id,
  date: meeting.date,
  body: meeting.body,
  item: { number: "1", title: "Welcome, minutes and previous actions" },
  score: 1,
  excerpt:
    "In respect of court backlogs, MOPAC has now started work with partners to develop a model of capacity and demand across the CJS and partners have agreed to share data.",
  highlights: [[14, 28]],
  source: { file: meeting.file, line: 85 },
};

describe("withTimeSentence", () => {
  it("follows an excerpt naming no time with the passage's sentence that says when", () => {
    const [shown] = withTimeSentence(
      "when are court backlogs back on the agenda",
      ["court", "backlogs"],
      [result],
      context,
    );
    expect(shown?.excerpt).toContain(result.excerpt);
    expect(shown?.excerpt).toMatch(/discussed again at the next LCRB in July\.$/);
    expect(shown?.highlights).toEqual(result.highlights);
  });

  it("adds only a sentence about the subject", () => {
    const [shown] = withTimeSentence("when was fraud raised", ["fraud"], [result], context);
    expect(shown?.excerpt).toBe(result.excerpt);
  });

  it("leaves questions that do not ask when", () => {
    const [shown] = withTimeSentence(
      "what was said about court backlogs",
      ["court", "backlogs"],
      [result],
      context,
    );
    expect(shown?.excerpt).toBe(result.excerpt);
  });
});
