import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion } from "../../../src/answers/index.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("a meeting asked as someone's first or last", () => {
  // 002_0368bc6123038781.txt:57 "Ella Watson, London Councils", :35 "Sarah Bott, MOPAC" (April
  // 2023, their only meeting); Lionel Idan, Crown Prosecution Service, at the Feb 2021 board first.
  it("answers yes when the meeting named is the first of that body they came to", () => {
    expect(answerQuestion("was 2023 ella watson's first board?", context).title).toMatch(
      /^Yes: the LCRB meeting on 12 April 2023 was Ella Watson's first LCRB meeting/,
    );
    expect(answerQuestion("was apr 23 sarah bott's first lcrb?", context).title).toMatch(
      /^Yes: the LCRB meeting on 12 April 2023 was Sarah Bott's first/,
    );
  });

  it("answers no with the one that was", () => {
    const answer = answerQuestion("was 2022 lionel idan's first board?", context);
    expect(answer.title).toBe(
      "No: Lionel Idan's first LCRB meeting in the minutes was the LCRB meeting on 2 February 2021",
    );
    expect(answer).toMatchObject({ kind: "yes-no", verdict: false });
  });
});

describe("someone's record asked yes or no by how often they came", () => {
  // 002_0368bc6123038781.txt:79 "Joanne Towens, HMCTS" under Apologies: her only line.
  it("answers no to 'ever turned up' for someone only ever sending apologies", () => {
    const answer = answerQuestion("joanne towens - ever actually turned up?", context);
    expect(answer.title).toBe(
      "No: Joanne Towens is named as attending no meeting; sent apologies to 1 meeting",
    );
    expect(answer).toMatchObject({ kind: "yes-no", verdict: false });
  });

  // 003_0417dfde59a34df8.txt:33 "Kenny Bowie (KB) Director, S&MPS Oversight MOPAC" (present).
  it("answers yes to 'ever come' for someone present once", () => {
    expect(answerQuestion("kenny bowie - ever actually come to one?", context).title).toBe(
      "Yes: Kenny Bowie attended 1 meeting: LCRB, 27 April 2022",
    );
  });

  // Claire Waxman: present June 2020, Feb 2021, April 2022; apologies April 2023.
  it("compares the meetings attended with 'more than' a number", () => {
    expect(answerQuestion("did claire waxman come to more than two mtgs?", context).title).toMatch(
      /^Yes: Claire Waxman attended 3 meetings/,
    );
    expect(
      answerQuestion("did claire waxman come to more than three mtgs?", context).title,
    ).toMatch(/^No: Claire Waxman attended 3 meetings/);
  });

  // She came to two boards (Feb 2021, April 2022) and the one DMG (June 2020).
  it("counts only the body the counted word names: boards are the LCRB, the group the DMG", () => {
    expect(answerQuestion("did claire waxman go to 3 or more boards?", context).title).toBe(
      "No: Claire Waxman attended 2 LCRB meetings: LCRB, 2 February 2021; LCRB, 27 April 2022",
    );
    expect(
      answerQuestion("did claire waxman come to more than two boards?", context).title,
    ).toMatch(/^No: Claire Waxman attended 2 LCRB meetings/);
  });

  it("counts over a named body rather than answering of its one meeting", () => {
    expect(answerQuestion("did claire waxman come to more than one dmg?", context).title).toMatch(
      /^No: Claire Waxman attended 1 DMG meeting/,
    );
    expect(
      answerQuestion("did claire waxman attend at least two lcrb meetings?", context).title,
    ).toMatch(/^Yes: Claire Waxman attended 2 LCRB meetings/);
    expect(answerQuestion("did claire waxman come to more than two lcrbs?", context).title).toMatch(
      /^No: Claire Waxman attended 2 LCRB meetings/,
    );
  });

  // Sophie Linden is present at all four meetings: "ever been absent" is no "ever come".
  it("does not read 'ever been absent' as asking whether they came", () => {
    expect(answerQuestion("has sophie linden ever been absent?", context).title).not.toMatch(
      /^Yes/,
    );
  });
});

describe("initials typed before a dash, then the job", () => {
  // 003_0417dfde59a34df8.txt: "Naomi Sterling (NS) Senior Advisor, MOPAC", "Tina Price (TP)
  // Officer, MOPAC", "Rhiannon Sawyer (RS) Asst Director, VRU", "Kilvinder Vigurs (KV) Regional
  // Director, NPS"; Nick Smart (2015) and Tom Pickup (2021) have the same initials as two of them.
  it("answers the one person the initials fit with their record", () => {
    expect(answerQuestion("KV - what's their role?", context).summary).toContain(
      "Regional Director, NPS",
    );
    const rs = answerQuestion("RS - what does she do?", context);
    expect(rs.title).toBe("Rhiannon Sawyer");
    expect(rs.summary).toContain("Asst Director, VRU");
  });

  it("gives each person the initials fit with their posts, so the one meant can be told", () => {
    const answer = answerQuestion("NS - what's her job?", context);
    expect(answer.title).toBe("Several people match “ns”");
    expect(answer.sections[0]?.bullets).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Naomi Sterling: Senior Advisor, MOPAC (2022)"),
        expect.stringContaining("Nick Smart: CEO, CRC London (2015)"),
      ]),
    );
  });

  it("keeps capitals that are an acronym of the field a subject", () => {
    expect(answerQuestion("VRU - what does it do?", context).intent).not.toBe("person");
  });
});

describe("someone's own first or last meeting, asked after their name", () => {
  // 001_c2fb2c5d5dd83175.txt: "Cllr Gareth Roberts, London Councils" and "Tony Hawker, MOPAC"
  // (February 2021); Tony Hawker is an officer in 2015 and 2020 too, Gareth Roberts at the 2022
  // and 2023 boards; Sinead Dervin came to the June 2020 DMG before any board.
  it("answers the first or latest meeting they attended", () => {
    expect(answerQuestion("gareth roberts - first board he came to?", context).summary).toMatch(
      /^First attended LCRB, 2 February 2021/,
    );
    expect(answerQuestion("tony hawker - most recent mtg?", context).summary).toMatch(
      /^Last attended LCRB, 2 February 2021/,
    );
  });

  it("counts only the body the meeting word names", () => {
    expect(answerQuestion("sinead dervin - first board?", context).summary).toMatch(
      /^First attended LCRB, 2 February 2021/,
    );
    expect(answerQuestion("sinead dervin - first mtg?", context).summary).toMatch(
      /^First attended DMG, 8 June 2020/,
    );
    expect(answerQuestion("paul wylie - first board?", context).summary).toMatch(
      /^Not named as attending any LCRB meeting/,
    );
  });
});

describe("away from a meeting, asked over every one", () => {
  // Sophie Linden is listed as attending four meetings and sends no apologies; 002_0368bc6123038781.txt
  // lists "Kenny Bowie, MOPAC" under "Apologies" (April 2023), after he came in April 2022.
  it("says no when the record holds no apologies", () => {
    const answer = answerQuestion("has sophie linden ever sent apologies?", context);
    expect(answer.title).toBe(
      "No: the minutes record no apologies from Sophie Linden; attended 4 of the 5 meetings",
    );
    expect(answer).toMatchObject({ kind: "yes-no", verdict: false });
  });

  // The 2015 board's list does not name her: "absent" gets that meeting, not a No.
  it("names the list that does not name them when asked if they were ever absent", () => {
    expect(answerQuestion("has sophie linden ever been absent?", context).title).toBe(
      "Sophie Linden is not listed at 1 of the 5 meetings: LCRB, 10 March 2015; the minutes record no apologies from Sophie Linden",
    );
  });

  it("says yes with the meetings they sent apologies to", () => {
    expect(answerQuestion("kenny bowie - ever sent apols?", context).title).toBe(
      "Yes: Kenny Bowie sent apologies to 1 meeting: LCRB, 12 April 2023",
    );
  });
});

describe("missed a meeting, asked of someone absent from some lists without apologies", () => {
  // Lib Peck is listed at the 2015, 2021 and 2023 boards and under no apologies: the 2022 board's
  // list does not name her. "Missed" is not only "sent apologies", so no bare "No".
  it("says which meetings of their body do not list them, with no yes-or-no", () => {
    const answer = answerQuestion("has lib peck ever missed a meeting?", context);
    expect(answer.title).not.toMatch(/^No\b/);
    expect(answer.title).toMatch(
      /^Lib Peck is not listed at 1 of the 4 LCRB meetings: LCRB, \d+ \w+ 2022/,
    );
    expect(answer.title).toMatch(/the minutes record no apologies from Lib Peck$/);
    expect(answer).not.toMatchObject({ kind: "yes-no" });
  });

  it("still answers no to 'ever sent apologies', which the minutes do record", () => {
    expect(answerQuestion("has lib peck ever sent apologies?", context)).toMatchObject({
      kind: "yes-no",
      verdict: false,
    });
  });
});

describe("'ever' between the name and the verb", () => {
  // Lib Peck is listed in 2015, 2021 and 2023, never under apologies.
  it("asks the person's record, not the latest meeting's apologies", () => {
    expect(answerQuestion("has lib peck ever sent apologies?", context).title).toBe(
      "No: the minutes record no apologies from Lib Peck; attended 3 of the 5 meetings",
    );
  });
});

describe("what someone does, and what they did", () => {
  // 001_c2fb2c5d5dd83175.txt:41 "Lib Peck, VRU": "what does she do?" asks her post; in the past,
  // what she did at the meetings.
  it("answers the present with their post and leaves the past to what the minutes say", () => {
    expect(answerQuestion("what does lib peck do?", context).intent).toBe("person");
    expect(answerQuestion("what did lib peck do for a living?", context).intent).toBe("person");
    expect(answerQuestion("what did lib peck do?", context).intent).not.toBe("person");
  });
});
