import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { answerQuestion } from "../../src/answers/index.js";
import {
  holdersNamedByPost,
  namedPerson,
  passagesByPost,
} from "../../src/answers/named-by-post.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("namedPerson", () => {
  it("finds a full name among the topic words and keeps the rest", () => {
    const named = namedPerson(["craig", "mackey", "corruption"], context);
    expect(named?.person.name).toBe("Craig Mackey");
    expect(named?.rest).toEqual(["corruption"]);
  });

  it("does not read a lone ordinary word as a surname", () => {
    expect(namedPerson(["ball", "corruption"], context)).toBeNull();
  });
});

describe("passagesByPost", () => {
  it("finds 'the Deputy Commissioner' at the meeting where he alone held the post", () => {
    const named = namedPerson(["craig", "mackey", "corruption"], context);
    const found = named ? passagesByPost(named.person, named.rest) : [];
    // 004_17215f53eb22288e.txt:71 "… The Deputy Commissioner explained that historically …"
    expect(found.map((f) => [f.meeting.file, f.passage.line, f.by, f.kind])).toEqual([
      ["004_17215f53eb22288e.txt", 71, "Deputy Commissioner", "post"],
    ]);
  });

  it("takes an organisation only when no one else came from it", () => {
    const lib = namedPerson(["lib", "peck"], context);
    const found = lib ? passagesByPost(lib.person, ["vru"]) : [];
    expect(found.every((f) => f.kind === "organisation" && f.by === "VRU")).toBe(true);
    expect(found.map((f) => f.passage.line)).toContain(119);
    // "Mayor Jules Pipe	London Councils": another Mayor and other London Councils members were
    // at the 2015 meeting, so neither "the Mayor" nor "London Councils" is him.
    const jules = namedPerson(["jules", "pipe"], context);
    expect(jules ? passagesByPost(jules.person, []) : null).toEqual([]);
  });
});

describe("passagesByPost with a title the minutes call someone by", () => {
  it("reads 'the Mayor' as the Mayor the minutes named by title and surname there", () => {
    // 004_17215f53eb22288e.txt:39 "The Chair, Mayor Johnson welcomed the Board members"; :71
    // "the Mayor raised the issue of police corruption". "Mayor Jules Pipe" is never "Mayor Pipe".
    const boris = namedPerson(["boris", "johnson"], context);
    const found = boris ? passagesByPost(boris.person, ["corruption"]) : [];
    expect(found.map((f) => [f.passage.line, f.by, f.kind])).toEqual([[71, "Mayor", "title"]]);
  });
});

describe("the search answer", () => {
  it("puts first the passages where the post does what was asked, at the one meeting", () => {
    const answer = answerQuestion("what did boris johnson raise?", context);
    expect(answer.summary).toMatch(/where the minutes call Boris Johnson “Mayor Johnson”/);
    expect(answer.sections[0]?.citation?.line).toBe(71);
    expect(answer.meeting?.id).toBe("lcrb-2015-03-10");
  });

  it("cites those passages instead of saying the name is not mentioned", () => {
    const answer = answerQuestion("what did Craig Mackey say about corruption", context);
    expect(answer.summary).toMatch(
      /^No passage names Craig Mackey\. 1 passage speaks of “the Deputy Commissioner”/,
    );
    expect(answer.sections[0]?.citation?.line).toBe(71);
    expect(answer.meetings).toEqual(["lcrb-2015-03-10"]);
  });

  it("says the attendance lists name someone the passages never speak of", () => {
    const answer = answerQuestion("what did Stephen Greenhalgh say about reoffending", context);
    expect(answer.summary).toMatch(
      /^No agenda item names Stephen Greenhalgh; the attendance lists name them at 1 meeting/,
    );
  });
});

describe("holdersNamedByPost", () => {
  it("names who held the post a sentence speaks of, at that meeting", () => {
    const dmg = context.meetings.find((m) => m.id === "dmg-2020-06-08");
    const lcrb = context.meetings.find((m) => m.id === "lcrb-2022-04-27");
    // 000_bc5123fd089beeb5.txt:36.
    const sentence =
      "The Deputy Commissioner gave a brief update on the recent disorder, the causes and the police response.";
    const names = (meeting: typeof dmg) =>
      meeting
        ? holdersNamedByPost(sentence, meeting, context.directory.people).map(
            (h) => `${h.person.name}: ${h.by}`,
          )
        : [];
    expect(names(dmg)).toEqual(["Stephen House: Deputy Commissioner"]);
    // Helen Ball held the post in April 2022.
    expect(names(lcrb)).toEqual(["Helen Ball: Deputy Commissioner"]);
  });
});
