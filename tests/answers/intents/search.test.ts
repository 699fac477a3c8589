import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion } from "../../../src/answers/index.js";
import { answerToTerminal } from "../../../src/console/terminal.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("a search asking what someone said at a meeting named by its date", () => {
  it("is not refused for a verb of speaking that meeting's minutes do not write", () => {
    // 001_c2fb2c5d5dd83175.txt line 119: "There was a short update on the work of the VRU.
    // Several issues were highlighted including: the work around Play Space with the boroughs".
    const answer = answerQuestion("what did the VRU report at the feb 21 board?", context);
    expect(answer.meeting?.id).toBe("lcrb-2021-02-02");
    expect(answerToTerminal(answer, { color: false })).toContain("Play Space");
  });

  it("still says which subject words that meeting's minutes do not write", () => {
    const answer = answerQuestion("what did the VRU say about fraud at the feb 21 board?", context);
    expect(answer.results ?? []).toEqual([]);
    expect(answerToTerminal(answer, { color: false })).toContain("“fraud”");
  });
});

describe("a search asking what a body is for, or who sits on it", () => {
  it("says the minutes do not say, when its passages only mention it", () => {
    // 001_c2fb2c5d5dd83175.txt line 123: "… membership of the proposed Efficiency Board and the
    // Safer Streets Board was raised and noted."
    const answer = answerQuestion("what is the safer streets board for?", context);
    expect(answer.summary).toMatch(/^The minutes do not say what the Safer Streets Board is for/);
    expect(answer.results.length).toBeGreaterThan(0);
  });

  it("reads every passage of the items found, not only the best one for the question's words", () => {
    // 004_17215f53eb22288e.txt line 50, paragraph 4 of item 3: "… would be co-chaired by the DMPC
    // and the chair of London Councils … would include attendees from the police, NOMS, Health
    // and the Home Office"; the item's best passage for "sits contest board" is Action 1.
    expect(answerQuestion("who sits on the contest board?", context).summary).not.toMatch(
      /minutes do not say who sits/,
    );
  });

  it("leaves an answer whose passage says it alone", () => {
    // 000_bc5123fd089beeb5.txt line 44: "The Social Recovery Working Group was to monitor …".
    const answer = answerQuestion("what is the social recovery working group for?", context);
    expect(answer.summary).not.toMatch(/minutes do not/);
    expect(answerToTerminal(answer, { color: false })).toContain("was to monitor");
  });
});

describe("a search asking what someone said they would do", () => {
  it("puts first the item where they say it on the subject, at the sentence doing the deed", () => {
    // 003_0417dfde59a34df8.txt line 93, item 6 Tackling fraud: "MOPAC officers made clear their
    // support to partners stating that they would provide and the tools to assist work to tackle
    // fraud." MOPAC speaks in other items too (the Casey Review's "MOPAC accept the
    // recommendations and are responding"), but not on fraud.
    const answer = answerQuestion("what did mopac say they'd give partners on fraud?", context);
    expect(answer.results[0]?.item.title).toBe("Tackling fraud");
    expect(answer.results[0]?.excerpt).toContain("the tools to assist");
    expect(answer.results[0]?.source.line).toBe(93);
  });
});

describe("everyday words for what the minutes say formally", () => {
  it("reads 'worried' as the concerns the minutes record", () => {
    // 002_0368bc6123038781.txt line 101: "London Councils raised continued concerns regarding the
    // Estate Strategy and BCU model."
    const answer = answerQuestion("what were london councils worried about in 2023?", context);
    expect(answer.results[0]?.excerpt).toContain("raised continued concerns");
  });

  it("reads 'help' as the support the minutes record, at the sentence giving it", () => {
    // 003_0417dfde59a34df8.txt line 93: "MOPAC officers made clear their support to partners …".
    const answer = answerQuestion("how will mopac help partners on fraud?", context);
    expect(answer.results[0]?.excerpt).toContain("made clear their support to partners");
  });
});

describe("a search asking when, where or why of something the minutes name", () => {
  it("says the minutes do not give it, of the word as corrected", () => {
    // 000_bc5123fd089beeb5.txt line 36: "The Deputy Commissioner gave a brief update on the
    // recent disorder, the causes and the police response."
    const where = answerQuestion("where in london was the 2020 disoder?", context);
    expect(where.summary).toMatch(/^The minutes do not give a place for “disorder”/);
    const why = answerQuestion("what were the causes of the 2020 disorder?", context);
    expect(why.summary).toMatch(/^The minutes do not give the causes of “disorder”/);
  });

  it("is silent only when the closest passage gives no date", () => {
    // 002_0368bc6123038781.txt line 83: "The issue of court backlogs will be discussed again at
    // the next LCRB in July."
    const back = answerQuestion("when will court backlogs be discussed again?", context);
    expect(back.summary).not.toContain("do not give");
  });
});
