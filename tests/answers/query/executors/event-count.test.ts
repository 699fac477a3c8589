import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../../src/answers/context.js";
import { conversationOn } from "../../../support/conversation.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("a head-count of a gathering the minutes only speak of", () => {
  it("says the minutes do not record it and shows the passage naming it", () => {
    // 003_0417dfde59a34df8.txt: "Members noted MOPAC's intention to set up a roundtable in which
    // partners would be invited to discuss the issue of fraud …".
    const answer = conversationOn(context)("how many attended the fraud roundtable?");
    expect(answer.summary).toMatch(
      /^The minutes do not record how many came to the “fraud roundtable”/,
    );
    expect(answer.results[0]?.meetingId).toBe("lcrb-2022-04-27");
    // 002_0368bc6123038781.txt: "… progressing through four working groups: …".
    const groups = conversationOn(context)("how many people are in each of the 4 working groups?");
    expect(groups.summary).toMatch(/^The minutes do not record how many came/);
  });

  it("still counts a meeting's attendance, or an organisation's people at it", () => {
    expect(conversationOn(context)("how many people attended?").title).toMatch(
      /^24 people attended/,
    );
    expect(conversationOn(context)("how many from the yjb?").title).toMatch(/from yjb attended/);
  });
});
