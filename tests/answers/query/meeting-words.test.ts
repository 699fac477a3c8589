import { describe, expect, it } from "vitest";
import {
  holdsWord,
  MeetingWords,
  startsSomeWord,
  startsWordsOf,
  wordsOf,
} from "../../../src/answers/query/meeting-words.js";
import type { Meeting } from "../../../src/corpus/model.js";

// Two agenda items of the February 2021 minutes (001_c2fb2c5d5dd83175.txt:101-115), as parsed, and
// one of the June 2020 DMG (000_bc5123fd089beeb5.txt), cut to what the words are read from.
const FEBRUARY_2021 = {
  id: "lcrb-2021-02-02",
  items: [
    {
      number: "2",
      title: "The Action Plan - transparency, accountability and trust in policing",
      line: 101,
      passages: [
        {
          line: 103,
          text: "In the weeks since the Action Plan launch in November there was good progress in a number of areas such as the Police Complainants survey, MPS work on the pre-handcuffing review, and road traffic stops.",
        },
      ],
    },
    {
      number: "3",
      title: "Any other business",
      line: 117,
      passages: [{ line: 118, text: "None." }],
    },
  ],
} as unknown as Meeting;
const JUNE_2020 = {
  id: "dmg-2020-06-08",
  items: [
    {
      number: "4",
      title: "Police and Crime Plan",
      line: 40,
      passages: [{ line: 41, text: "The latest the PCP can be published was March 2022." }],
    },
  ],
} as unknown as Meeting;

describe("wordsOf", () => {
  it("reads the runs of lower-case letters and digits, as mentions read them", () => {
    expect(wordsOf("MPS work on the pre-handcuffing review, 2021")).toEqual([
      "mps",
      "work",
      "on",
      "the",
      "pre",
      "handcuffing",
      "review",
      "2021",
    ]);
  });
});

describe("MeetingWords", () => {
  it("gives a meeting's words sorted and unique, from its titles and passages", () => {
    const words = new MeetingWords([FEBRUARY_2021]).of(FEBRUARY_2021);
    expect(words.places).toBeNull();
    expect(words.sorted).toEqual([...new Set(words.sorted)].sort());
    expect(holdsWord(words, "complainants")).toBe(true);
    expect(holdsWord(words, "accountability")).toBe(true);
    expect(holdsWord(words, "none")).toBe(true);
    expect(holdsWord(words, "knife")).toBe(false);
  });

  it("gives an item only its own words, as places in its meeting's", () => {
    const known = new MeetingWords([FEBRUARY_2021]);
    const [plan, other] = FEBRUARY_2021.items;
    if (!plan || !other) throw new Error("two items");
    expect(holdsWord(known.ofItem(FEBRUARY_2021, plan), "handcuffing")).toBe(true);
    expect(holdsWord(known.ofItem(FEBRUARY_2021, other), "handcuffing")).toBe(false);
    expect(holdsWord(known.ofItem(FEBRUARY_2021, other), "business")).toBe(true);
    expect(startsSomeWord(known.ofItem(FEBRUARY_2021, other), "busi")).toBe(true);
    expect(startsSomeWord(known.ofItem(FEBRUARY_2021, other), "compl")).toBe(false);
  });

  it("knows every word of the snapshot only once each meeting's words are read", () => {
    const known = new MeetingWords([FEBRUARY_2021, JUNE_2020]);
    known.of(FEBRUARY_2021);
    expect(known.all).toBeNull();
    known.of(JUNE_2020);
    expect(holdsWord(known.all ?? { sorted: [], places: null }, "pcp")).toBe(true);
    expect(holdsWord(known.all ?? { sorted: [], places: null }, "complainants")).toBe(true);
  });

  it("reads every meeting's words in steps, the whole list last", () => {
    const known = new MeetingWords([FEBRUARY_2021, JUNE_2020]);
    const steps = known.preparations(1);
    expect(steps).toHaveLength(3);
    for (const step of steps) step();
    expect(known.all?.sorted).toContain("handcuffing");
    expect(known.all?.sorted).toContain("published");
  });
});

describe("startsWordsOf", () => {
  const words = new MeetingWords([JUNE_2020]).of(JUNE_2020);

  it("is true when every stem starts some word", () => {
    expect(startsWordsOf(words, ["publish", "crime"])).toBe(true);
  });

  it("is false when a stem starts none, or is empty", () => {
    expect(startsWordsOf(words, ["publish", "fraud"])).toBe(false);
    expect(startsWordsOf(words, [""])).toBe(false);
  });
});
