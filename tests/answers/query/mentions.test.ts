import { describe, expect, it } from "vitest";
import {
  closestMentions,
  itemMentions,
  itemsMentioning,
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

  // The item is read by its words, worked out once; what it finds is what reading its text finds.
  const [ACTION_PLAN] = FEBRUARY_2021.items;
  const whole = `${ACTION_PLAN?.title} ${ACTION_PLAN?.passages.map((p) => p.text).join(" ")}`;

  it("finds the item when the words stand in its title, a passage, or only across its parts", () => {
    const inTitle = itemMentions(FEBRUARY_2021, ["accountability", "trust"])[0];
    expect(inTitle?.inTitle).toBe(true);
    expect(inTitle?.passages.map((p) => p.line)).toEqual([]);
    const inPassage = itemMentions(FEBRUARY_2021, ["complainants", "survey"])[0];
    expect(inPassage?.inTitle).toBe(false);
    expect(inPassage?.passages.map((p) => p.line)).toEqual([103]);
    // "handcuffing" in one passage, "BWV" in the other: the item, but neither passage alone.
    const across = itemMentions(FEBRUARY_2021, ["handcuffing", "bwv"])[0];
    expect(across?.passages).toEqual([]);
    expect(textMentions(whole, ["handcuffing", "bwv"])).toBe(true);
    expect(itemMentions(FEBRUARY_2021, ["handcuffing", "drones"])).toEqual([]);
  });

  it("says whether the words stand as themselves, or with an 's' added or taken away", () => {
    const exact = (subject: string[]) => itemMentions(FEBRUARY_2021, subject)[0]?.exact;
    expect(exact(["survey"])).toBe(true);
    expect(exact(["surveys"])).toBe(true);
    expect(exact(["officer"])).toBe(true);
    expect(exact(["stop"])).toBe(true);
    expect(exact(["handcuffing", "review"])).toBe(true);
    // "polic" only starts "police", and "invest" "investment".
    expect(exact(["polic"])).toBe(false);
    expect(exact(["invest"])).toBe(false);
  });

  it("gives the same items without their passages (itemsMentioning)", () => {
    for (const subject of [["transparency"], ["handcuffing", "bwv"], ["drones"]])
      expect(itemsMentioning(FEBRUARY_2021, subject)).toEqual(
        itemMentions(FEBRUARY_2021, subject).map(({ passages: _, ...rest }) => rest),
      );
  });
});

describe("spellSubject", () => {
  // APRIL_2022 (below) holds 003_0417dfde59a34df8.txt:75 "… the re-opening of the night time economy".
  it("reads a compound closed up, hyphenated or apart as the minutes write it", () => {
    const nightTimeEconomy = ["night", "time", "economy"];
    expect(spellSubject(["nighttime", "economy"], [APRIL_2022], noSearch)).toEqual(
      nightTimeEconomy,
    );
    // "Night life" is "nightlife", which the minutes call the night time economy.
    expect(spellSubject(["night", "life"], [APRIL_2022], noSearch)).toEqual(nightTimeEconomy);
  });

  it("reads an acronym's name said short, words left out or turned round, as the acronym", () => {
    // 001_c2fb2c5d5dd83175.txt:115 "percentage increases in BAME and female officers".
    for (const subject of [
      ["ethnic", "minority", "officers"],
      ["black", "minority", "ethnic", "officers"],
    ])
      expect(spellSubject(subject, [FEBRUARY_2021], noSearch)).toEqual(["bame", "officers"]);
  });

  it("takes a known acronym's other form when the minutes hold only that one", () => {
    expect(spellSubject(["body-worn", "video"], [FEBRUARY_2021], noSearch)).toEqual(["bwv"]);
    expect(spellSubject(["body", "worn", "video"], [FEBRUARY_2021], noSearch)).toEqual(["bwv"]);
  });

  it("takes an acronym's other form for a run of several words of the subject", () => {
    // "Black and Asian" is BAME said short; the minutes write "BAME and female officers".
    expect(spellSubject(["black", "asian", "officers"], [FEBRUARY_2021], noSearch)).toEqual([
      "bame",
      "officers",
    ]);
  });

  it("takes the phrase the minutes write for an everyday word", () => {
    expect(spellSubject(["nightlife"], [APRIL_2022], noSearch)).toEqual([
      "night",
      "time",
      "economy",
    ]);
    // Not where the minutes do not hold the phrase.
    expect(spellSubject(["nightlife"], [FEBRUARY_2021], noSearch)).toEqual(["nightlife"]);
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

  it("finds a short plural's singular, but leaves initials and words ending in 's' alone", () => {
    // 003_0417dfde59a34df8.txt:59 and 001_c2fb2c5d5dd83175.txt:113.
    const REFRESHED =
      "It was noted that the refreshed action plan to tackle violence against victim and girls was launched in April";
    expect(textMentions(REFRESHED, ["action", "plans"])).toBe(true);
    expect(textMentionsTogether(REFRESHED, ["action", "plans"])).toBe(true);
    expect(textMentions("Barry Hughes, CPS", ["cps"])).toBe(true);
    expect(textMentions("Barry Hughes, CP", ["cps"])).toBe(false);
  });

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

// Lines of the seed minutes: 002_0368bc6123038781.txt:85 and :92, 003_0417dfde59a34df8.txt:79.
const APRIL_2023 = {
  id: "lcrb-2023-04-12",
  items: [
    {
      number: "1",
      title: "Welcome, minutes and previous actions",
      line: 83,
      passages: [
        {
          line: 85,
          text: "The previous minutes were agreed, and MOPAC went through the outstanding actions. There is progress in relation to resettlement teams between Probation and Prisons and an update will be provided at the next meeting.",
        },
      ],
    },
    {
      number: "2",
      title:
        "Ways for partners to support the MPS with the next steps to address Casey's recommendations",
      line: 90,
      passages: [
        {
          line: 92,
          text: "From this, Dame Lynne Owens discussed 6 areas/asks for partners on the board to consider supporting the MPS with:",
        },
      ],
    },
  ],
} as unknown as Meeting;
const APRIL_2022 = {
  id: "lcrb-2022-04-27",
  items: [
    {
      number: "5",
      title: "Women's safety at night",
      line: 73,
      passages: [
        {
          line: 79,
          text: "In addition, was shared regarding the investment of over £60 million in programmes set up to support survivors of VAWG and challenge perpetrator behaviour.",
        },
        {
          line: 75,
          text: "Set out to members was the Mayor's key concerns in relation to violence against women at night particularly following the pandemic and in light of the re-opening of the night time economy.",
        },
      ],
    },
  ],
} as unknown as Meeting;
const BOTH = [APRIL_2022, APRIL_2023];

/** A search that corrects one word, as the index's spelling correction would. */
const correcting = (from: string, to: string) => ({
  search: (query: string) => ({
    query,
    results: [],
    suggestions: [],
    total: 0,
    note: null,
    corrections: query === from ? [{ from, to }] : [],
  }),
});

describe("spellSubject word by word", () => {
  it("writes a number in the form the minutes use", () => {
    expect(spellSubject(["six", "asks"], BOTH, noSearch)).toEqual(["6", "asks"]);
  });

  it("writes a number counting the word after it as the minutes write that count", () => {
    // 002_0368bc6123038781.txt:97 "4. External expertise" holds "4" as typed, but the count is
    // written out: :109 "… progressing through four working groups: …".
    const groups = {
      id: "lcrb-2023-04-12",
      items: [
        {
          number: "2",
          title: "Casey Review",
          line: 80,
          passages: [{ line: 97, text: "4. External expertise" }],
        },
        {
          number: "3",
          title: "Disproportionality",
          line: 105,
          passages: [
            {
              line: 109,
              text: "Partnership work on adult disproportionality within the CJS is progressing through four working groups: pre-charge and charge, courts and sentencing, offender and sentence management and third sector and service user voice.",
            },
          ],
        },
      ],
    } as unknown as Meeting;
    expect(spellSubject(["4", "working", "groups"], [groups], noSearch)).toEqual([
      "four",
      "working",
      "groups",
    ]);
    // Written as typed, it stays.
    expect(spellSubject(["four", "working", "groups"], [groups], noSearch)).toEqual([
      "four",
      "working",
      "groups",
    ]);
  });

  it("writes an amount out as the minutes do", () => {
    expect(spellSubject(["60m", "vawg"], BOTH, noSearch)).toEqual(["60", "million", "vawg"]);
  });

  it("takes the search's correction of a misspelt word", () => {
    expect(
      spellSubject(["resettlment", "teams"], BOTH, correcting("resettlment", "resettlement")),
    ).toEqual(["resettlement", "teams"]);
  });

  it("takes the nearest word of the passage the search found, one or two edits away", () => {
    const found = {
      search: (query: string) => ({
        query,
        results: [
          {
            meetingId: "lcrb-2023-04-12",
            date: "2023-04-12",
            body: "LCRB" as const,
            item: { number: "1", title: "Welcome, minutes and previous actions" },
            score: 1,
            excerpt: APRIL_2023.items[0]?.passages[0]?.text ?? "",
            highlights: [],
            source: { file: "002_0368bc6123038781.txt", line: 85 },
          },
        ],
        suggestions: [],
        total: 1,
        note: null,
      }),
    };
    expect(spellSubject(["resettlment", "teams"], BOTH, found)).toEqual(["resettlement", "teams"]);
  });

  it("leaves a word no meeting holds in any form", () => {
    expect(spellSubject(["seventeen", "boroughs"], BOTH, noSearch)).toEqual([
      "seventeen",
      "boroughs",
    ]);
  });
});

describe("closestMentions", () => {
  it("finds the meeting whose item holds most of a subject no meeting holds whole", () => {
    const [first, second] = closestMentions(BOTH, ["mps", "set", "6", "asks", "partners"]);
    expect(first?.meeting.id).toBe("lcrb-2023-04-12");
    expect(first?.matched).toEqual(["mps", "6", "asks", "partners"]);
    // "set" alone (2022's "set up", "set out") is not enough for a meeting to be close.
    expect(second).toBeUndefined();
  });

  it("finds none for a subject of one word", () => {
    expect(closestMentions(BOTH, ["pandemic"])).toEqual([]);
  });

  it("counts a word the minutes write by its root ('feeling': 'feel')", () => {
    // 000_bc5123fd089beeb5.txt:40.
    const JUNE_2020 = {
      id: "dmg-2020-06-08",
      items: [
        {
          number: "2",
          title: "Policing and Community Relations",
          line: 34,
          passages: [
            {
              line: 40,
              text: "build police confidence in the use of their powers and ensure that communities do not feel over-policed.",
            },
          ],
        },
      ],
    } as unknown as Meeting;
    const [first] = closestMentions([JUNE_2020, ...BOTH], ["communities", "feeling", "policed"]);
    expect(first?.meeting.id).toBe("dmg-2020-06-08");
    expect(first?.matched).toEqual(["communities", "feeling", "policed"]);
  });
});
