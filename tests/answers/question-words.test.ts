import { describe, expect, it } from "vitest";
import { correctQuestionWords } from "../../src/answers/question-words.js";

const minutesWords = new Set(["went", "police", "fraud", "plan"]);

describe("correctQuestionWords", () => {
  it.each([
    ["wich meetings discussed fraud", "which meetings discussed fraud"],
    ["who atended the fraud meeting", "who attended the fraud meeting"],
    ["apologys for the casey meeting", "apologies for the casey meeting"],
    ["timline of the police plan", "timeline of the police plan"],
    ["what descisions were made on fraud", "what decisions were made on fraud"],
    ["any decison on the police plan", "any decision on the police plan"],
  ])("%s → %s", (typed, corrected) => {
    expect(correctQuestionWords(typed, minutesWords)).toBe(corrected);
  });

  it("leaves a question word spelt right alone, not taken for a typo of another", () => {
    expect(
      correctQuestionWords("the fraud meeting compared with the casey meeting", minutesWords),
    ).toBe("the fraud meeting compared with the casey meeting");
    expect(correctQuestionWords("who were the joint chairs of the dmg", minutesWords)).toBe(
      "who were the joint chairs of the dmg",
    );
  });

  it("leaves words of the minutes, stop words and names alone", () => {
    expect(correctQuestionWords("who went to the stalking meeting", minutesWords)).toBe(
      "who went to the stalking meeting",
    );
    expect(correctQuestionWords("was lynne owens there", minutesWords)).toBe(
      "was lynne owens there",
    );
  });
});

describe("words of a date", () => {
  it("are not taken for misspelt question words", () => {
    expect(correctQuestionWords("who attended in late 2022", new Set())).toBe(
      "who attended in late 2022",
    );
    expect(correctQuestionWords("any meetings in the summer of 2021", new Set())).toBe(
      "any meetings in the summer of 2021",
    );
  });
});

describe("question words with their endings", () => {
  it("are spelt right, not typos of the bare word", () => {
    expect(correctQuestionWords("who chairs the board", new Set())).toBe("who chairs the board");
  });
});
