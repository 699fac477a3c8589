import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { conversationOn } from "../../../support/conversation.js";

// The headers of the seed minutes: "Tuesday 10 March 2015, 3:30 Mayor's Office, City Hall, GLA"
// (004_…, line 7), "Monday 8 June 2020, 14:00, MS Teams" (000_…, line 9); the 2021 and 2022
// minutes give neither a time nor a venue.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("two meetings' start times and venues side by side", () => {
  it("says which started earlier in the day when both headers give a time", () => {
    const answer = conversationOn(context)(
      "which started earlier, the 2015 board or the june 2020 dmg?",
    );
    expect(answer.query).toMatchObject({ target: "venue", aggregation: "compare" });
    expect(answer.title).toBe(
      "DMG, 8 June 2020 started earlier in the day (14:00) than LCRB, 10 March 2015 (15:30)",
    );
    expect(answer.meetings).toEqual(["lcrb-2015-03-10", "dmg-2020-06-08"]);
  });

  it("gives each venue, asked where each was held", () => {
    const answer = conversationOn(context)(
      "where was each held - the 2015 board and the 2020 dmg?",
    );
    expect(answer.summary).toContain("held at Mayor's Office, City Hall, GLA");
    expect(answer.summary).toContain("held at MS Teams");
  });

  it("says the minutes do not record a time that neither header gives", () => {
    const answer = conversationOn(context)("start times: feb 21 board v apr 22 board");
    expect(answer.summary).toBe(
      "LCRB, 2 February 2021: The minutes do not record the start time or the venue. LCRB, 27 April 2022: The minutes do not record the start time or the venue.",
    );
  });

  it("keeps the subject when what started or was held is not the meetings", () => {
    // Review 3 C11: work started, projects begun, events held are a subject searched at each
    // meeting, not the two meetings' start times and venues.
    for (const question of [
      "feb 21 board vs apr 22 board - what work was started?",
      "what projects began: feb 21 board v apr 23 board?",
      "the 2015 board vs apr 22 board: were any events held?",
      // Review 3 S1: the one reader of when and where a meeting was held asks the same of these.
      "when did the work start: feb 21 board v apr 23 board",
      "where were the events held: feb 21 board v apr 23 board",
    ]) {
      const answer = conversationOn(context)(question);
      expect(answer.query?.target, question).not.toBe("venue");
      expect(answer.title, question).not.toContain("Start times");
    }
  });
});
