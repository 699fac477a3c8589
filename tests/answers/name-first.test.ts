import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { answerQuestion } from "../../src/answers/index.js";
import { nameFirst, withNameFirstInPlace } from "../../src/answers/name-first.js";
import { readQuestion } from "../../src/answers/question.js";

// The people of the five seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const first = (text: string) =>
  nameFirst(text, context.directory.people, context.directory.ordinary);

describe("nameFirst", () => {
  it.each([
    // 004_17215f53eb22288e.txt: "Cllr Richard Cornelius	LB Barnet".
    ["cllr cornelius - which borough?", "cllr cornelius", "Richard Cornelius", "which borough?"],
    // 004_17215f53eb22288e.txt: "Martin Esom	CEO Waltham Forest, Chair Prevent".
    ["esom — what post?", "esom", "Martin Esom", "what post?"],
    ["lionel idan: which meetings?", "lionel idan", "Lionel Idan", "which meetings?"],
    ["councillor athwal – apologies?", "councillor athwal", "Jas Athwal", "apologies?"],
  ])("reads “%s” as a name, then a question about them", (text, name, person, rest) => {
    const found = first(text);
    expect(found?.name).toBe(name);
    expect(found?.people.map((p) => p.name)).toEqual([person]);
    expect(found?.rest).toBe(rest);
  });

  it("finds no one before a dash or colon that is a subject, a post or a hyphenated name", () => {
    expect(first("pcp: feb 2021 vs april 2022")).toBeNull();
    expect(first("disproportionality - dmg v casey board")).toBeNull();
    expect(first("deputy commissioner - counter terrorism board v the fraud board")).toBeNull();
    expect(first("weekes-bernard attendance")).toBeNull();
  });
});

describe("withNameFirstInPlace", () => {
  const inPlace = (text: string) =>
    withNameFirstInPlace(
      readQuestion(text, undefined, context.directory.spelledWords),
      context.directory.people,
      context.directory.ordinary,
    ).text;

  it("asks several people set bare before a meeting each by the name the lists give", () => {
    // "Natasha Plummer, MOPAC", "James Bottomley, MOPAC" (2021 and 2023); "n" is chat's "and" between names.
    expect(inPlace("plummer n bottomley - at both the feb 21 board and the 2023 one?")).toBe(
      "were natasha plummer and james bottomley at both the feb 21 board and the 2023 one?",
    );
    // Words that name no one are left as read (chat's "n" is "and" for every reader).
    expect(inPlace("fraud n vawg - at both the 2022 board and the 2023 one?")).toBe(
      "fraud and vawg - at both the 2022 board and the 2023 one?",
    );
  });

  it("writes the name where the pronoun stands", () => {
    expect(inPlace("Bickers — how many boards did he go to?")).toBe(
      "how many boards did bickers go to?",
    );
    expect(inPlace("Claire Waxman: was she at the Casey meeting?")).toBe(
      "was claire waxman at the casey meeting?",
    );
  });

  it("reads 'there for' an item as whether they came to the meeting that took it", () => {
    // 003_0417dfde59a34df8.txt:59 "The MPS set out their focus to reduce teen homicide".
    expect(inPlace("claire waxman - there for the teen homicide item?")).toBe(
      "was claire waxman at the meeting on teen homicide?",
    );
    expect(inPlace("lib peck - there for the vru update in feb 21?")).toBe(
      "was lib peck at the meeting on vru update in feb 21?",
    );
  });

  it("reads two bodies after a name as which of them they are from", () => {
    // 002_0368bc6123038781.txt:137 "Connie Stygall, MOPAC".
    expect(inPlace("is connie stygall mopac or LC?")).toBe("is connie stygall from mopac or lc?");
    expect(inPlace("kenny bowie - mopac or met?")).toBe("is kenny bowie from mopac or met?");
    expect(inPlace("is the minutes record mopac or lc?")).toBe(
      "is the minutes record mopac or lc?",
    );
  });

  it("reads a body alone after a name as whether they are from it", () => {
    // 001_c2fb2c5d5dd83175.txt:152 "Michelle Chapman, MPS"; :140 "Sasha Salmon, Mayor of
    // London's Private Office".
    expect(inPlace("michelle chapman - met?")).toBe("is michelle chapman met?");
    expect(inPlace("rory murray - police?")).toBe("is rory murray police?");
    expect(inPlace("sasha salmon: mopac?")).toBe("is sasha salmon mopac?");
    // Not a body: left for the record's shorthand or the question it is.
    expect(inPlace("lib peck - apologies?")).toBe("lib peck - apologies?");
    expect(inPlace("lib peck - anything on play space?")).toBe(
      "lib peck - anything on play space?",
    );
  });

  it("reads 'been to …' or 'any lcrbs' after a name as whether they came", () => {
    expect(inPlace("colin allars - been to a board apart from the dmg?")).toBe(
      "has colin allars been to a board apart from the dmg?",
    );
    expect(inPlace("paul wylie - any lcrbs, or only dmg?")).toBe(
      "has paul wylie been to any lcrbs, or only dmg?",
    );
  });

  it("reads 'whose officer?' after a name as the body they serve", () => {
    // 000_bc5123fd089beeb5.txt:27 "Andy Davis	MOPAC" under "Officers".
    expect(inPlace("andy davis - whose officer?")).toBe("which organisation is andy davis from?");
    expect(inPlace("naomi sterling - whose adviser?")).toBe(
      "which organisation is naomi sterling from?",
    );
    expect(inPlace("lib peck - whose idea was play space?")).toBe(
      "lib peck - whose idea was play space?",
    );
  });

  it("reads how long someone stayed as no item naming the meeting", () => {
    expect(inPlace("Claire Waxman - there for the whole meeting?")).toBe(
      "was claire waxman there?",
    );
    expect(inPlace("lib peck: present for the start?")).toBe("was lib peck there?");
    expect(inPlace("lib peck - there for the vru update?")).toBe(
      "was lib peck at the meeting on vru update?",
    );
  });

  it("reads no body choice in an “or” between other words than bodies", () => {
    expect(inPlace("was Lynne Owens there or not?")).toBe("was lynne owens there or not?");
    expect(inPlace("Sophie Linden - april or july?")).toBe("sophie linden - april or july?");
    expect(inPlace("is connie stygall here or there?")).toBe("is connie stygall here or there?");
  });

  it("writes a titled list of surnames as the people the minutes name", () => {
    // 001_c2fb2c5d5dd83175.txt:51-55 "Cllr Gareth Roberts", "Cllr Rachael Robathan", "Cllr Jas Athwal".
    expect(inPlace("cllrs robathan, roberts and athwal - at the feb 21 board?")).toBe(
      "were racheal robathan, gareth roberts and jas athwal at the feb 21 board?",
    );
    expect(inPlace("were councillors peck and cornelius at the 2015 board?")).toBe(
      "were lib peck and richard cornelius at the 2015 board?",
    );
  });

  it("reads a bare name before a meeting, asked, as whether they were there", () => {
    expect(inPlace("Kenny Bowie at the estate strategy meeting?")).toBe(
      "was kenny bowie at the estate strategy meeting?",
    );
    expect(inPlace("Doug Flight at the 2015 board - yes or no")).toBe(
      "was doug flight at the 2015 board",
    );
    expect(inPlace("did Lynne Owens attend in 2023, y/n")).toBe("did lynne owens attend in 2023");
    expect(inPlace("fiona taylor - at the casey board?")).toBe(
      "was fiona taylor at the casey board?",
    );
    // Not a name, or not asked: left alone.
    expect(inPlace("fraud at the 2022 board?")).toBe("fraud at the 2022 board?");
    expect(inPlace("Kenny Bowie at the estate strategy meeting")).toBe(
      "kenny bowie at the estate strategy meeting",
    );
  });

  it("leaves a shorthand with no pronoun as asked", () => {
    expect(inPlace("Cllr Cornelius - which borough?")).toBe("cllr cornelius - which borough?");
  });
});

describe("a bare name before a meeting, answered", () => {
  it("answers yes or no first", () => {
    // 002_0368bc6123038781.txt: "Kenny Bowie, MOPAC" under Apologies.
    expect(answerQuestion("Kenny Bowie at the Casey meeting?", context).title).toBe(
      "No: Kenny Bowie sent apologies to the LCRB meeting on 12 April 2023",
    );
    expect(answerQuestion("Carolyn Downs at the 2022 board — yes or no?", context).title).toBe(
      "Yes: Carolyn Downs was present at the LCRB meeting on 27 April 2022",
    );
  });
});

describe("a name first, answered", () => {
  it("answers a body alone after a name yes or no", () => {
    // 001_c2fb2c5d5dd83175.txt:152 "Michelle Chapman, MPS".
    expect(answerQuestion("michelle chapman - met?", context).title).toMatch(/^Yes\b/);
    expect(answerQuestion("sasha salmon - mopac?", context).title).toMatch(/^No\b/);
  });

  it("answers the shorthand with the person's record", () => {
    const borough = answerQuestion("Cllr Cornelius - which borough?", context);
    expect(borough.intent).toBe("person");
    expect(borough.summary).toContain("LB Barnet");
    const count = answerQuestion("Lionel Idan: how many meetings?", context);
    expect(count.intent).toBe("person");
    expect(count.summary).toMatch(/Named in 3 meetings/);
  });
});
