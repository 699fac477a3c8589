import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { outsiderPresence } from "../../src/answers/outsider-presence.js";
import type { Meeting } from "../../src/corpus/model.js";

let context: AnswerContext;
let casey: Meeting;
let covid: Meeting;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
  const byFile = (prefix: string) => {
    const meeting = context.meetings.find((m) => m.file.startsWith(prefix));
    if (!meeting) throw new Error(`no meeting parsed from corpus/${prefix}…`);
    return meeting;
  };
  casey = byFile("002_");
  covid = byFile("003_");
});

// corpus/002… line 103: Baroness Casey is spoken of, and no attendance list holds her.
const CASEY_PASSAGE =
  "London Councils reflected on Baroness Casey's view of the relationship between MOPAC and the MPS and MOPAC's oversight.";
// corpus/002… line 113: Commander Nick John leads work the board hears of; no list holds him.
const COMMANDER_PASSAGE =
  "Commander Nick John is leading MPS criminal justice work which includes disproportionality considerations within out of court disposals; particularly considering the new legislation and forthcoming framework.";
// corpus/003… line 43: Deputy Commissioner Helen Ball is welcomed, and listed.
const WELCOME_PASSAGE =
  "The Mayor opened the meeting welcoming Deputy Commissioner Helen Ball and Amy Lame. Apologies were received from Councillor Athwal and Councillor Rodwell.";

describe("outsiderPresence", () => {
  it("answers no for someone the prose names and no list holds, saying where they are spoken of", () => {
    const answer = outsiderPresence(
      "Was Baroness Casey at the meeting?",
      [{ text: CASEY_PASSAGE, meeting: casey }],
      casey,
      context,
    );
    expect(answer?.title).toMatch(/^No: Baroness Casey is not named in the attendance list of /);
    expect(answer?.summary).toMatch(/^The minutes speak of Baroness Casey at .*2023/);
  });

  it("says 'any attendance list' when no meeting was asked, and reads the name without its title or by surname", () => {
    const passages = [{ text: COMMANDER_PASSAGE, meeting: casey }];
    const none = "No: Commander Nick John is not named in any attendance list";
    expect(outsiderPresence("did nick john attend?", passages, null, context)?.title).toBe(none);
    expect(outsiderPresence("was Commander John there?", passages, null, context)?.title).toBe(
      none,
    );
  });

  it("leaves a listed person, and a question that asks no presence, to other answers", () => {
    // Helen Ball is in the 2022 attendance list: not an outsider.
    expect(
      outsiderPresence(
        "was helen ball at the meeting?",
        [{ text: WELCOME_PASSAGE, meeting: covid }],
        covid,
        context,
      ),
    ).toBeNull();
    // "Was Casey discussed" asks after the review, not whether she came.
    expect(
      outsiderPresence(
        "was casey discussed at it?",
        [{ text: CASEY_PASSAGE, meeting: casey }],
        casey,
        context,
      ),
    ).toBeNull();
  });
});
