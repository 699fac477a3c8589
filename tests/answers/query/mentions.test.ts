import { describe, expect, it } from "vitest";
import {
  itemMentions,
  spellSubject,
  textMentions,
  textMentionsTogether,
} from "../../../src/answers/query/mentions.js";
import type { Meeting } from "../../../src/corpus/model.js";

// Lines of the seed minutes (003_0417dfde59a34df8.txt:53 and 000_bc5123fd089beeb5.txt:46).
const TERMS_OF_REFERENCE =
  "Members noted and approved the terms of reference for the new partnership board structure.";
const APART =
  "With reference to disproportionality, beyond a simple policing issue, it was agreed to continue to seek transparency on disproportionality data in terms of workforce and outcomes in the flow of cases through the CJS.";

describe("textMentionsTogether", () => {
  it("finds the words of a subject standing together, short words between", () => {
    expect(textMentionsTogether(TERMS_OF_REFERENCE, ["terms", "reference"])).toBe(true);
  });

  it("does not count the words apart, or out of order", () => {
    expect(textMentionsTogether(APART, ["terms", "reference"])).toBe(false);
    expect(textMentionsTogether(TERMS_OF_REFERENCE, ["reference", "terms"])).toBe(false);
  });

  it("matches each word by its stem, and one word anywhere", () => {
    expect(textMentionsTogether(APART, ["disproportionality", "data"])).toBe(true);
    expect(textMentionsTogether(APART, ["workforce"])).toBe(true);
    expect(textMentionsTogether(APART, [])).toBe(false);
  });
});

// One agenda item of the February 2021 minutes (001_c2fb2c5d5dd83175.txt:103 and :115), as parsed.
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
        {
          line: 115,
          text: "Notable achievements included significant investment in the police with percentage increases in BAME and female officers, the championing of technology for instance BWV and the transparency and accountability that this has delivered.",
        },
      ],
    },
  ],
} as unknown as Meeting;
const noSearch = {
  search: () => ({ query: "", results: [], suggestions: [], total: 0, note: null }),
};

describe("itemMentions", () => {
  it("matches a hyphenated subject word part by part, as the minutes' words are read", () => {
    expect(itemMentions(FEBRUARY_2021, ["pre-handcuffing", "review"])).toHaveLength(1);
    expect(itemMentions(FEBRUARY_2021, ["post-handcuffing"])).toHaveLength(0);
  });
});

describe("spellSubject", () => {
  it("takes a known acronym's other form when the minutes hold only that one", () => {
    expect(spellSubject(["body-worn", "video"], [FEBRUARY_2021], noSearch)).toEqual(["bwv"]);
    expect(spellSubject(["body", "worn", "video"], [FEBRUARY_2021], noSearch)).toEqual(["bwv"]);
  });

  it("keeps a subject the minutes hold as asked", () => {
    expect(spellSubject(["bwv"], [FEBRUARY_2021], noSearch)).toEqual(["bwv"]);
    expect(spellSubject(["road", "traffic"], [FEBRUARY_2021], noSearch)).toEqual([
      "road",
      "traffic",
    ]);
  });
});

describe("textMentions", () => {
  // 004_17215f53eb22288e.txt:50 and 000_bc5123fd089beeb5.txt:50 (the DMG's "context").
  const CONTEST =
    "4. The Board discussed the proposed new model for London – the London-wide CONTEST Board.";
  const CONTEXT =
    "The deferral of the mayoral election has meant that the latest the Police and Crime Plan (PCP) can be published was March 2022. There was no plan to produce an interim PCP because the Mayor's London Recovery Board and its subgroups (including LCRB/DMG) provide the opportunity to assess police and crime issues and evolve a vision for London post recovery within that broader context. Work on the next PCP was underway along with conversations with partners on the evidence base.";

  it("finds a word by its stem only when the letters cut could end an English ending", () => {
    expect(textMentions(CONTEST, ["contest"])).toBe(true);
    expect(textMentions(CONTEXT, ["contest"])).toBe(false);
    // 003_0417dfde59a34df8.txt:57 and 000_bc5123fd089beeb5.txt:36, 44.
    expect(textMentions("progress made by the MPS to reduce violence", ["violent"])).toBe(true);
    expect(textMentions("the causes and the police response", ["policing"])).toBe(true);
    expect(textMentions("the recovery of services, backlog and the roll out", ["backlogs"])).toBe(
      true,
    );
  });
});
