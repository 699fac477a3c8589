import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answers/index.js";
import { fixtureContext, lcrb2015, lcrb2023 } from "./fixtures.js";

describe("MinutesDirectory", () => {
  it("holds the people of its own context's meetings, gathered once", () => {
    const { directory } = fixtureContext(undefined, undefined, [lcrb2023]);
    expect(directory.people.map((p) => p.name)).toContain("Lynne Owens");
    expect(directory.people.map((p) => p.name)).not.toContain("Boris Johnson");
    expect(directory.people).toBe(directory.people);
  });

  it("spells the words of the lists' posts and organisations as the minutes do", () => {
    // 004_17215f53eb22288e.txt:28 "Martin Esom	CEO Waltham Forest, Chair Prevent": "forest" is
    // not a misspelt "first" in "the waltham forest ceo".
    const esom = {
      name: "Martin Esom",
      status: "present" as const,
      honorific: null,
      role: "CEO Waltham Forest, Chair Prevent",
      organisation: null,
      line: 28,
    };
    const meeting = { ...lcrb2015, attendees: [...lcrb2015.attendees, esom] };
    const { directory } = fixtureContext(undefined, undefined, [meeting]);
    expect(directory.spelledWords.has("forest")).toBe(true);
    // 2015's "Cllr Lib Peck	LB Lambeth": an organisation's words too.
    expect(directory.spelledWords.has("lambeth")).toBe(true);
  });

  it("lists each role, organisation and honorific written once, across every meeting", () => {
    const { directory } = fixtureContext(undefined, undefined, [lcrb2015, lcrb2023]);
    const key = (a: {
      role: string | null;
      organisation: string | null;
      honorific: string | null;
    }) => [a.role, a.organisation, a.honorific].join("|");
    const written = new Set([...lcrb2015.attendees, ...lcrb2023.attendees].map(key));
    expect(directory.listings.map(key).toSorted()).toEqual([...written].toSorted());
    expect(directory.listings).toBe(directory.listings);
  });

  it("knows the words of its own meetings only: a reload's directory keeps none of the old corpus", () => {
    const before = fixtureContext(undefined, undefined, [lcrb2023]).directory.words;
    const after = fixtureContext(undefined, undefined, [lcrb2015]).directory.words;
    expect(before.all).toBeNull();
    for (const words of [before, after]) for (const meeting of words.meetings) words.of(meeting);
    // 2023's "Casey Review" item; 2015's "Counter Terrorism".
    expect(before.all?.sorted).toContain("casey");
    expect(after.all?.sorted).not.toContain("casey");
    expect(after.all?.sorted).toContain("terrorism");
  });

  it("gathers every meeting's words between questions, a few meetings a step", () => {
    const { directory } = fixtureContext(undefined, undefined, [lcrb2015, lcrb2023]);
    expect(directory.words.all).toBeNull();
    for (const step of directory.preparations()) step();
    expect(directory.words.all?.sorted).toEqual(expect.arrayContaining(["casey", "terrorism"]));
  });

  it("answers about people from the context asked, so a reload's context knows its new attendees", () => {
    const before = fixtureContext(undefined, undefined, [lcrb2023]);
    const after = fixtureContext(undefined, undefined, [lcrb2015, lcrb2023]);
    expect(answerQuestion("has Boris Johnson been coming?", before).intent).not.toBe("person");
    expect(answerQuestion("has Boris Johnson been coming?", after)).toMatchObject({
      intent: "person",
      title: "Boris Johnson",
    });
  });

  it("gathers each fact once, whether a preparation step or a question asks for it first", () => {
    const { directory } = fixtureContext(undefined, undefined, [lcrb2015, lcrb2023]);
    const records = directory.records;
    const gathered = directory.preparations().map((step) => step());
    expect(gathered).toContain(records);
    expect(gathered).toContain(directory.people);
    expect(gathered).toContain(directory.titles);
    expect(gathered).toContain(directory.organisations);
  });
});
