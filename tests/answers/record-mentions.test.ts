import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { textMentions } from "../../src/answers/query/mentions.js";
import {
  type MinutesRecord,
  ownerWordsOf,
  RecordMentions,
  recordsMentioning,
  recordText,
} from "../../src/answers/record-mentions.js";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Meeting } from "../../src/corpus/model.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));

let meetings: Meeting[];
let index: RecordMentions;
beforeAll(async () => {
  meetings = (await loadCorpus(CORPUS)).meetings;
  index = new RecordMentions(meetings);
});

// The records a subject is about, read one by one: their item's title and passage mention it.
function readOneByOne(subject: string[]): MinutesRecord[] {
  return meetings.flatMap((meeting) =>
    [...meeting.decisions, ...meeting.commitments].filter((record) =>
      textMentions(recordText(meeting, record), subject),
    ),
  );
}

describe("RecordMentions", () => {
  it("finds the records whose item and passage mention every subject word, as reading each would", () => {
    const subjects = [
      ["contest", "board"],
      ["fraud"],
      ["disproportionality"],
      ["police", "plan"],
      ["violence", "women"],
      ["casey"],
      ["vawg"],
      ["shared"],
      ["plan", "plan"],
    ];
    for (const subject of subjects)
      expect([...index.mentioning(subject)], subject.join(" ")).toEqual(readOneByOne(subject));
  });

  it("finds the same records read in place, meeting by meeting, as through the gathered words", () => {
    for (const subject of [["fraud"], ["contest", "board"], ["minutes"], ["plan", "plan"], ["&"]])
      expect([...recordsMentioning(meetings, subject)], subject.join(" ")).toEqual([
        ...index.mentioning(subject),
      ]);
  });

  it("reads a subject word by its stem, so 'backlogs' finds records saying 'backlog'", () => {
    const found = [...index.mentioning(["disproportionality"])];
    expect(found.length).toBeGreaterThan(0);
    expect(index.mentioning(["contest", "board"]).size).toBeGreaterThan(0);
  });

  it("finds nothing for no subject, a word of no letters, or a word nobody wrote", () => {
    expect(index.mentioning([]).size).toBe(0);
    expect(meetings.flatMap((m) => m.decisions).every(index.about([]))).toBe(true);
    expect(index.mentioning(["&"]).size).toBe(0);
    expect(index.mentioning(["zyxwv"]).size).toBe(0);
  });
});

describe("ownerWordsOf", () => {
  it("holds the words of the owners the commitments name and the justice acronyms", () => {
    const owners = ownerWordsOf(meetings);
    const named = meetings.flatMap((m) => m.commitments.flatMap((c) => c.owner ?? []));
    expect(named.length).toBeGreaterThan(0);
    for (const owner of named)
      for (const word of owner.toLowerCase().match(/[a-z&]+/g) ?? [])
        expect(owners).toContain(word);
    expect(owners).toContain("cps");
  });
});
