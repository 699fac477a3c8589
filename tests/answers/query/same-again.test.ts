import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answers/answer.js";
import type { ConversationMemory } from "../../../src/answers/conversation-store.js";
import { emptySelector, type Query } from "../../../src/answers/query/query.js";
import {
  askedAgain,
  counterpartAsked,
  samePeopleLead,
  withoutSameNoun,
} from "../../../src/answers/query/same-again.js";

const query = (organisation: string[]): Query => ({
  target: "attendees",
  aggregation: "one",
  meetings: [{ ...emptySelector(), previous: true }],
  since: null,
  until: null,
  topic: [],
  person: null,
  organisation,
  item: null,
  followUp: false,
});

describe("askedAgain", () => {
  it("reads 'same person in 2015?' and 'anyone from there in 2023?' as the last question again", () => {
    expect(askedAgain("same person in 2015?", query(["nhs"]))).toBe(true);
    expect(askedAgain("was it the same rep at the dmg?", query(["nhs"]))).toBe(true);
    expect(askedAgain("same subject in 2022?", query([]))).toBe(true);
    expect(askedAgain("anyone from there in 2023?", query(["hmcts"]))).toBe(true);
  });

  it("leaves 'from there' when the last question asked after no organisation", () => {
    expect(askedAgain("anyone from there in 2023?", query([]))).toBe(false);
    expect(askedAgain("who sent apologies in 2023?", query(["hmcts"]))).toBe(false);
  });
});

describe("samePeopleLead", () => {
  // 003_0417dfde59a34df8.txt: "Sinead Dervin (SD) NHS England" (2022); 004_17215f53eb22288e.txt:
  // "Joanne Murfitt	NHS England" (2015).
  const memory = (people: string[]): ConversationMemory => ({
    query: query(["nhs"]),
    meeting: "lcrb-2022-04-27",
    meetings: ["lcrb-2022-04-27"],
    people,
    item: null,
  });
  const answer = (people: string[]) => ({ people }) as Answer;

  it("says no, with both, when the people listed now are others", () => {
    expect(
      samePeopleLead("same person in 2015?", memory(["Sinead Dervin"]), answer(["Joanne Murfitt"])),
    ).toBe("No: Joanne Murfitt, not Sinead Dervin");
  });

  it("says yes when they are the same", () => {
    expect(
      samePeopleLead("same person in 2021?", memory(["Sinead Dervin"]), answer(["Sinead Dervin"])),
    ).toBe("Yes: Sinead Dervin again");
  });

  it("says nothing for a subject asked again, or when either answer names no one", () => {
    expect(
      samePeopleLead("same subject in 2022?", memory(["Sinead Dervin"]), answer(["X"])),
    ).toBeNull();
    expect(
      samePeopleLead("same person in 2015?", memory([]), answer(["Joanne Murfitt"])),
    ).toBeNull();
  });
});

describe("withoutSameNoun", () => {
  it("drops the noun of 'same subject', which points back and is no subject", () => {
    expect(withoutSameNoun(["subject"], "same subject in 2022?")).toEqual([]);
    expect(withoutSameNoun(["subject", "fraud"], "what was said about fraud?")).toEqual([
      "subject",
      "fraud",
    ]);
  });
});

describe("counterpartAsked", () => {
  it("reads the word naming the other side of the last subject", () => {
    expect(counterpartAsked("and the youth side?")).toBe("youth");
    expect(counterpartAsked("and the adult end?")).toBe("adult");
    expect(withoutSameNoun(["youth", "side"], "and the youth side?")).toEqual(["youth"]);
  });

  it("reads no side from a word that only points: 'the other side', 'the opposite end'", () => {
    expect(counterpartAsked("what about the other side?")).toBeNull();
    expect(counterpartAsked("and the opposite end?")).toBeNull();
  });

  it("reads no side in a meeting or a subject of its own", () => {
    expect(counterpartAsked("and the 2023 one?")).toBeNull();
    expect(counterpartAsked("what was said on the supply side of recruitment?")).toBeNull();
  });
});
