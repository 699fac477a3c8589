import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { answerQuestion } from "../../src/answers/index.js";
import { findPeople, type Person } from "../../src/answers/people.js";
import { spokenOn } from "../../src/answers/spoken-on.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const person = (name: string): Person => {
  const [found] = findPeople(name, context.directory.people, context.directory.ordinary);
  if (!found) throw new Error(`no ${name} in the minutes`);
  return found;
};
const lines = (name: string, subject: string[]) =>
  spokenOn(person(name), subject, context.meetings, context.directory.words).map(
    (s) => s.passage.line,
  );

describe("spokenOn", () => {
  it("finds the passages naming someone that mention every word of the subject", () => {
    // 002, line 101: "Dame Lynne Owens agreed that the former needs to be reviewed … She
    // discussed … neighbourhood policing."
    expect(lines("Lynne Owens", ["estate", "strategy"])).toEqual([101]);
    expect(lines("Lynne Owens", ["neighbourhood", "policing"])).toEqual([101]);
    // 002, line 107: "DMPC Sophie Linden reported … through the LCJB".
    expect(lines("Sophie Linden", ["lcjb"])).toEqual([107]);
  });

  it("is empty when the minutes name the person and speak of the subject, but never together", () => {
    expect(lines("Sophie Linden", ["violence", "women"])).toEqual([]);
    expect(lines("Lynne Owens", ["disproportionality"])).toEqual([]);
  });
});

describe("a search for someone on a subject", () => {
  it("says the minutes do not record them on it, before the closest passages", () => {
    const answer = answerQuestion(
      "what did Sophie Linden say about violence against women?",
      context,
    );
    expect(answer.summary).toMatch(
      /^The minutes do not record Sophie Linden on “violence women”; the passages closest to it are below\./,
    );
    expect(answer.results.length).toBeGreaterThan(0);
  });

  it("says nothing of the kind when they are together, and names the one meeting where", () => {
    const answer = answerQuestion("what did Lynne Owens say about the estate strategy", context);
    expect(answer.summary).not.toMatch(/do not record/);
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
  });
});
