import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { conversationOn } from "../support/conversation.js";

// Whether several people came, put person by person, on the five seed minutes: Cllr Jas Athwal
// and Cllr Darren Rodwell sent apologies to the April 2022 and April 2023 boards; in February
// 2021 Athwal was present and Rodwell is not named; Sophie Linden and Claire Waxman were both at
// the June 2020 DMG.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("people named together", () => {
  it("answers each of two named people, with each one's cited line", () => {
    const answer = conversationOn(context)(
      "were sophie linden and claire waxman both at the june 2020 dmg?",
    );
    expect(answer.kind).toBe("yes-no");
    expect(answer.title).toMatch(
      /^Yes: Sophie Linden was present at .*; Claire Waxman was present at /,
    );
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
    expect(answer.sections.map((s) => s.heading)).toEqual([
      "Sophie Linden: DMG, 8 June 2020",
      "Claire Waxman: DMG, 8 June 2020",
    ]);
    expect(answer.sections.every((s) => s.citation?.file === "000_bc5123fd089beeb5.txt")).toBe(
      true,
    );
  });

  it("says 'Not all' when only some of them came, and 'Yes' to 'either … or'", () => {
    const both = conversationOn(context)("did jas athwal and darren rodwell attend in feb 2021?");
    expect(both.title).toMatch(
      /^Not all: Jas Athwal was present at .*; Darren Rodwell is not named/,
    );
    expect(both.kind === "yes-no" && both.verdict).toBe(false);
    const either = conversationOn(context)(
      "did either jas athwal or darren rodwell attend in feb 2021?",
    );
    expect(either.title).toMatch(/^Yes: /);
  });

  it("leaves a question naming two people that is not yes or no to the other rules", () => {
    const answer = conversationOn(context)("compare jas athwal and darren rodwell");
    expect(answer.title).not.toMatch(/^(?:Yes|No|Not all): /);
  });
});

describe("a group the last answer listed", () => {
  it("reads 'those two' as the people listed, and asks it again of another year", () => {
    const ask = conversationOn(context);
    ask("which people gave apologies for the 2022 board");
    const away = ask("did those two miss the 2023 meeting too?");
    expect(away.title).toMatch(
      /^Yes: Jas Athwal sent apologies .*; Darren Rodwell sent apologies /,
    );
    expect(away.people).toEqual(["Jas Athwal", "Darren Rodwell"]);
    // Asked again of 2021, still as "did they miss it": Rodwell is not named, Athwal came.
    const again = ask("and in 2021?");
    expect(again.meeting?.id).toBe("lcrb-2021-02-02");
    expect(again.title).toMatch(/^Not all: Jas Athwal was present .*; Darren Rodwell is not named/);
  });

  it("counts a longer group rather than naming everyone in the title", () => {
    const ask = conversationOn(context);
    ask("who came from london councils to the april 2022 meeting");
    const answer = ask("were all of them at the 2023 board?");
    expect(answer.title).toMatch(/^Not all: 2 of the 4 \(/);
    expect(answer.sections).toHaveLength(4);
  });

  it("does not split a question that is not about the people listed", () => {
    const ask = conversationOn(context);
    ask("who sent apologies to the april 2022 board");
    const answer = ask("what did they agree about the night safety charter?");
    expect(answer.people).toBeUndefined();
  });
});

describe("someone staying away", () => {
  it.each([
    ["was cllr athwal absent from the april 2022 meeting", "Yes"],
    ["did darren rodwell skip the april 2022 board", "Yes"],
    ["did sophie linden miss the june 2020 dmg", "No"],
  ])("%s → %s", (question, lead) => {
    expect(conversationOn(context)(question).title).toMatch(new RegExp(`^${lead}: `));
  });

  it("keeps asking about absence when the follow-up names only a meeting", () => {
    const ask = conversationOn(context);
    ask("did darren rodwell miss the april 2022 meeting");
    expect(ask("what about 2021?").title).toMatch(/^Yes: Darren Rodwell is not named/);
  });
});

describe("one person a list named, and their other meetings", () => {
  it("takes 'he' as the one person the last list named, and 'any other meetings' as his record", () => {
    const ask = conversationOn(context);
    ask("who came from the youth justice board to the june 2020 dmg");
    const answer = ask("has he been to any other meetings?");
    expect(answer.title).toBe(
      "Yes: Colin Allars attended 2 meetings: DMG, 8 June 2020; LCRB, 2 February 2021",
    );
  });

  it("steps to the meeting after the last one for 'did she go to the next one too?'", () => {
    const ask = conversationOn(context);
    ask("was claire waxman at the feb 2021 board");
    const answer = ask("did she come to the next one too?");
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
    expect(answer.title).toMatch(/^(?:Yes|No): Claire Waxman /);
  });
});

describe("a calendar year's step from a meeting", () => {
  it("reads 'the year before the fraud one' as the meeting held the year before it", () => {
    const answer = conversationOn(context)("who chaired the board the year before the fraud one");
    expect(answer.meeting?.id).toBe("lcrb-2021-02-02");
  });
});

describe("someone's post, asked yes or no or by year", () => {
  it.each([
    [
      "is colin allars with the youth justice board?",
      /^Yes: Colin Allars is listed as Youth Justice Board/,
    ],
    ["was claire waxman from the met", /^No: Claire Waxman is not listed with met; listed as /],
  ])("%s", (question, title) => {
    expect(conversationOn(context)(question).title).toMatch(title);
  });

  it("answers 'what role did X have in <year>' from that year's attendance line", () => {
    const answer = conversationOn(context)("what position did lib peck hold in 2015");
    expect(answer.summary).toMatch(/^LCRB, 10 March 2015: present \(LB Lambeth\)/);
  });
});

describe("the chair as the one a follow-up means", () => {
  it("takes 'he' as the chair just named, and 'both of them' as co-chairs", () => {
    const ask = conversationOn(context);
    ask("who was chairing in march 2015");
    expect(ask("did he come to the feb 2021 board?").title).toMatch(
      /^No: Boris Johnson is not named/,
    );
    const dmg = conversationOn(context);
    dmg("who chaired the delivery management group");
    expect(dmg("were they both at the 2021 board?").people).toEqual([
      "Sophie Linden",
      "Stephen House",
    ]);
  });
});
