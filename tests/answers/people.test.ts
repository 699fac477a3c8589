import { describe, expect, it } from "vitest";
import { ordinaryWords } from "../../src/answers/minutes-words.js";
import { collectPeople, findByInitials, findPeople, nameTokens } from "../../src/answers/people.js";
import { editDistance } from "../../src/answers/similarity.js";
import type { Attendee, Meeting } from "../../src/corpus/model.js";
import { MEETINGS } from "./fixtures.js";

const people = collectPeople(MEETINGS);
const names = (typed: string) => findPeople(typed, people).map((p) => p.name);

describe("editDistance", () => {
  it.each([
    ["sturt", "stuart", 1],
    ["sturt", "strut", 1],
    ["racheal", "rachael", 1],
    ["waxman", "waxman", 0],
    ["owens", "owen", 1],
  ])("%s ↔ %s = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe("nameTokens", () => {
  it("drops honorifics, initials, case and hyphens", () => {
    expect(nameTokens("Dame Lynne Owens")).toEqual(["lynne", "owens"]);
    expect(nameTokens("Jane E Garvan")).toEqual(["jane", "garvan"]);
    expect(nameTokens("Debbie Weekes-Bernard")).toEqual(["debbie", "weekes", "bernard"]);
    expect(nameTokens("Cllr Rachael Robathan")).toEqual(["rachael", "robathan"]);
  });
});

describe("collectPeople", () => {
  it("merges 'Claudia Strut' (2022) and 'Claudia Stuart' (2023) into one person", () => {
    const claudia = people.filter((p) => p.spellings.some((s) => s.startsWith("Claudia")));
    expect(claudia).toHaveLength(1);
    expect(claudia[0]?.spellings.sort()).toEqual(["Claudia Strut", "Claudia Stuart"]);
  });

  it("merges 'Jane E Garvan' and 'Jane Garvan'", () => {
    expect(people.filter((p) => p.name.includes("Garvan"))).toHaveLength(1);
  });

  it("keeps every appearance, in date order", () => {
    const waxman = people.find((p) => p.name === "Claire Waxman");
    expect(waxman?.appearances.map((a) => a.meeting.id)).toEqual([
      "dmg-2020-06-08",
      "lcrb-2022-04-27",
      "lcrb-2023-04-12",
    ]);
  });
});

describe("findPeople", () => {
  it.each([
    ["Claire Waxman", "Claire Waxman"],
    ["waxman", "Claire Waxman"],
    ["WAXMAN", "Claire Waxman"],
    ["Ms Waxman", "Claire Waxman"],
    ["claire waxmann", "Claire Waxman"],
    ["Sturt", "Claudia Stuart"],
    ["Strut", "Claudia Stuart"],
    ["Stuart", "Claudia Stuart"],
    ["Claudia Sturt", "Claudia Stuart"],
    ["Dame Lynne Owens", "Lynne Owens"],
    ["owens", "Lynne Owens"],
    ["Debbie Weekes-Bernard", "Debbie Weekes Bernard"],
    ["weekes bernard", "Debbie Weekes Bernard"],
    ["bernard", "Debbie Weekes Bernard"],
    ["Sadiq", "Sadiq Khan"],
  ])("%j → %s", (typed, expected) => {
    expect(names(typed)).toEqual([expected]);
  });

  it.each(["fraud", "the board", "anyone from the cps", ""])("finds no one for %j", (typed) => {
    expect(names(typed)).toEqual([]);
  });
});

describe("findPeople on a single word", () => {
  // Real lines of the April 2022 minutes (two attendees) and of the June 2020 DMG's (a passage).
  const meetings = MEETINGS.map((meeting) =>
    meeting.id === "lcrb-2022-04-27"
      ? {
          ...meeting,
          items: [
            ...meeting.items,
            {
              number: "2",
              title: "Policing and Community Relations",
              line: 28,
              passages: [
                {
                  text: "The Deputy Commissioner gave a brief update on the recent disorder, the causes and the police response.",
                  line: 30,
                },
              ],
            },
          ],
          attendees: [
            ...meeting.attendees,
            {
              name: "Tina Price",
              status: "in_attendance" as const,
              honorific: null,
              role: "Officer",
              organisation: "MOPAC",
              line: 37,
            },
            {
              name: "Will Balakrishnan",
              status: "present" as const,
              honorific: null,
              role: "Director",
              organisation: "MOPAC",
              line: 23,
            },
          ],
        }
      : meeting,
  );
  const everyone = collectPeople(meetings);
  const ordinary = ordinaryWords(meetings);
  const found = (typed: string) => findPeople(typed, everyone, ordinary).map((p) => p.name);

  it("does not read a word of the minutes as a misspelt surname ('police' is not 'Price')", () => {
    expect(ordinary.has("police")).toBe(true);
    expect(found("police")).toEqual([]);
  });

  it("does not read a first name that is also a word of the minutes as a person ('will')", () => {
    expect(ordinary.has("will")).toBe(true);
    expect(found("will")).toEqual([]);
  });

  it("still takes an exact surname, and a misspelling of five letters or more", () => {
    expect(found("price")).toEqual(["Tina Price"]);
    expect(found("prise")).toEqual(["Tina Price"]);
    expect(found("waxmann")).toEqual(["Claire Waxman"]);
    expect(found("Balakrishnen")).toEqual(["Will Balakrishnan"]);
  });

  it("does not forgive a typo in a word shorter than five letters", () => {
    expect(found("peck")).toEqual(["Lib Peck"]);
    expect(found("pek")).toEqual([]);
  });
});

// Lines of the 2015 and 2021 attendance lists: two Stephens, one of them "Sir".
const STEPHENS = collectPeople([
  {
    ...MEETINGS[0],
    attendees: [
      { ...attendee("Stephen Greenhalgh", null), role: "DMPC", organisation: "MOPAC" },
      { ...attendee("Stephen House", "Sir"), role: "Deputy Commissioner" },
      { ...attendee("Sophie Linden", null), role: "Deputy Mayor" },
      { ...attendee("Jane E Garvan", null), organisation: "MPS" },
    ],
  } as Meeting,
]);

function attendee(name: string, honorific: string | null): Attendee {
  return { name, status: "present", honorific, role: null, organisation: null, line: 1 };
}

describe("findPeople with an honorific", () => {
  it("keeps only the people who hold an honorific typed: 'Sir Stephen' is Stephen House", () => {
    expect(findPeople("Sir Stephen", STEPHENS).map((p) => p.name)).toEqual(["Stephen House"]);
    expect(findPeople("Stephen", STEPHENS).map((p) => p.name)).toEqual([
      "Stephen Greenhalgh",
      "Stephen House",
    ]);
  });

  it("ignores an honorific no one of that name holds", () => {
    expect(findPeople("Dame Stephen", STEPHENS)).toHaveLength(2);
  });
});

describe("findByInitials", () => {
  it("reads 'SL' as Sophie Linden, as the minutes write 'Sophie Linden (SL)'", () => {
    expect(findByInitials("SL", STEPHENS).map((p) => p.name)).toEqual(["Sophie Linden"]);
  });

  it("reads a middle initial or not: 'JG' and 'JEG' are Jane E Garvan", () => {
    expect(findByInitials("jg", STEPHENS).map((p) => p.name)).toEqual(["Jane E Garvan"]);
    expect(findByInitials("JEG", STEPHENS).map((p) => p.name)).toEqual(["Jane E Garvan"]);
  });

  it("finds no one for initials nobody has", () => {
    expect(findByInitials("XY", STEPHENS)).toEqual([]);
  });
});
