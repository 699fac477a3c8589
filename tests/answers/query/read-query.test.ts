import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answers/answer.js";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion, InMemoryConversationStore } from "../../../src/answers/index.js";
import { answerToTerminal } from "../../../src/console/terminal.js";

// How readQuery reads an organisation's or a post's people at one meeting, through the router on
// the five seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);
const textOf = (answer: Answer) => answerToTerminal(answer, { color: false });

describe("a meeting named, and otherwise only a post", () => {
  it.each([
    // 004_17215f53eb22288e.txt:18 "Deputy Commissioner Craig Mackey"; "sat on the board" is attending it.
    [
      "which Deputy Commissioner sat on the board when the CONTEST proposal was put",
      "lcrb-2015-03-10",
      "Craig Mackey",
      "Boris Johnson",
    ],
    // 004_17215f53eb22288e.txt: "Deputy Commissioner Craig Mackey	Metropolitan Police Service (MPS)".
    [
      "the deputy commissioner at the counter terrorism meeting",
      "lcrb-2015-03-10",
      "Craig Mackey",
      "Boris Johnson",
    ],
    // 001_c2fb2c5d5dd83175.txt: "Colin Allars, Youth Justice Board".
    [
      "Youth Justice Board person at the February 2021 board",
      "lcrb-2021-02-02",
      "Colin Allars",
      "Georgia Gould",
    ],
    // 003_0417dfde59a34df8.txt: "Sophie Linden (SL) Deputy Mayor, MOPAC", "Debbie Weekes-Bernard (DBW) Deputy Mayor".
    [
      "which deputy mayors were at the fraud meeting",
      "lcrb-2022-04-27",
      "Debbie Weekes-Bernard",
      "Helen Ball",
    ],
    // 002_0368bc6123038781.txt: "Dame Lynne Owens, MPS", "Jane Garvan, MPS"; "board" names the
    // meeting, not a post.
    ["MPS people at the April 2023 board", "lcrb-2023-04-12", "Jane Garvan", "Lib Peck"],
    // 000_bc5123fd089beeb5.txt: "Barry Hughes	CPS".
    ["the CPS at the June 2020 DMG", "dmg-2020-06-08", "Barry Hughes", "Carina Heckroodt"],
  ])("“%s”: that post's people at that meeting", (question, meeting, named, other) => {
    const answer = ask(question);
    expect(answer.intent).toBe("attendees");
    expect(answer.meeting?.id).toBe(meeting);
    expect(textOf(answer)).toContain(named);
    expect(textOf(answer)).not.toContain(other);
  });

  it("leaves a question asking something else of them to the search", () => {
    expect(ask("what did the MPS say at the Casey meeting").intent).not.toBe("attendees");
    expect(ask("how did the CPS contribute at the fraud meeting").intent).not.toBe("attendees");
    expect(ask("anything on probation at the 2015 meeting").intent).not.toBe("attendees");
    // Asked further on in the question, not only in its first words.
    expect(ask("in 2023 what did London Councils say?").intent).not.toBe("attendees");
    expect(ask("could you tell me about probation at the 2023 meeting").intent).not.toBe(
      "attendees",
    );
  });

  it("reads 'met' after the board as meeting, not as the Met", () => {
    expect(ask("has the board met since the Casey meeting?").title).not.toMatch(/from met/i);
    expect(ask("was the Met at the Casey meeting").title).toMatch(/^Yes: 2 people from Met/);
  });

  it("leaves a subject that is no post to the meeting's answer", () => {
    expect(ask("the fraud roundtable at the April 2022 meeting").intent).not.toBe("attendees");
  });
});

describe("anyone from an organisation", () => {
  it("answers yes or no first, asked without a verb", () => {
    expect(ask("anybody from the Ministry of Justice at the 2015 meeting?").title).toMatch(
      /^Yes: 1 person from Ministry of Justice attended the LCRB meeting on Tuesday 10 March 2015/,
    );
    expect(ask("anyone from HMCTS at the April 2023 board").title).toMatch(
      /^No: no one from HMCTS attended the LCRB meeting on Wednesday 12 April 2023; 1 sent apologies/,
    );
  });
});

// How a question naming two meetings side by side is read.
const queryOf = (text: string) => answerQuestion(text, context).query;
const meetingsOf = (text: string) => answerQuestion(text, context).meetings;

describe("two meetings side by side, whatever the question asks of them", () => {
  it.each([
    // A post's or an organisation's people, typed short.
    ["Deputy Commissioner in 2020 vs 2022", ["deputy", "commissioner"]],
    ["VRU reps: 2021 vs 2022", ["vru"]],
    ["probation 2015 v 2023", ["probation"]],
    ["CPS - the DMG against the Casey meeting", ["cps"]],
    ["NHS rep: counter terrorism board vs Casey board", ["nhs"]],
    ["who represented the VRU at the Casey meeting and at the fraud meeting?", ["vru"]],
  ])("compares the people of what “%s” names", (question, organisation) => {
    expect(queryOf(question)).toMatchObject({
      target: "attendees",
      aggregation: "compare",
      organisation,
    });
  });

  it.each([
    ["disproportionality: DMG v Casey board", ["dmg-2020-06-08", "lcrb-2023-04-12"]],
    [
      "disproportionality in the My Ends meeting v the Casey one",
      ["lcrb-2021-02-02", "lcrb-2023-04-12"],
    ],
    [
      "night time economy: the covid DMG vs the women's safety meeting",
      ["dmg-2020-06-08", "lcrb-2022-04-27"],
    ],
  ])("compares a subject that is no one's post: “%s”", (question, meetings) => {
    expect(queryOf(question)).toMatchObject({ target: "passages", aggregation: "compare" });
    expect(meetingsOf(question)).toEqual(meetings);
  });

  it("reads a word of a post that is not its whole name as a subject: 'victims'", () => {
    expect(queryOf("victims: DMG vs 2022")).toMatchObject({
      target: "passages",
      aggregation: "compare",
      topic: ["victims"],
    });
  });

  it.each([
    "did the DMG or the Feb 2021 board have more from London Councils?",
    "more MOPAC people in Feb 2021 or April 2023?",
    "were more people at the fraud board or the Casey board?",
    "did more people send apologies in 2023 than in 2022?",
  ])("counts heads on each side: “%s”", (question) => {
    expect(queryOf(question)).toMatchObject({ target: "attendees", aggregation: "compare" });
  });

  it.each([
    "who was at the 2021 board but sent apologies in 2023",
    "who sent apologies to the 2022 board having come in 2021",
    "apologies: women's safety board vs Casey board",
  ])("compares apologies: “%s”", (question) => {
    expect(queryOf(question)).toMatchObject({ target: "apologies", aggregation: "compare" });
  });

  it("leaves a stretch of time ('between 2020 and 2022') to the search across it", () => {
    expect(
      queryOf("what was said about disproportionality between 2020 and 2022")?.aggregation,
    ).not.toBe("compare");
  });

  it("leaves a person's own record theirs", () => {
    expect(queryOf("was Lib Peck at the 2021 board and the 2023 one")?.target).not.toBe(
      "attendees",
    );
  });
});

describe("the 'board' that named a meeting by its subject", () => {
  it.each([
    ["VRU reps at the Casey board", ["vru"]],
    ["who from the CPS was at the fraud board", ["cps"]],
    ["met police attendees at the Casey review board", ["police"]],
  ])("is no part of the organisation asked after: %s", (question, organisation) => {
    expect(queryOf(question)?.organisation).toEqual(organisation);
  });
});

describe("what is asked of two meetings joined by 'and'", () => {
  it("reads what someone said there as their words, not their attendance", () => {
    expect(
      queryOf("what did the CPS say at the fraud meeting and at the Casey meeting"),
    ).toMatchObject({
      target: "passages",
      aggregation: "compare",
      topic: ["cps"],
    });
  });

  it.each([
    "summarise the 2022 and 2023 meetings",
    "what happened at the DMG and at the 2021 board",
  ])("reads a request about the meetings as the meetings whole: %s", (question) => {
    expect(queryOf(question)).toMatchObject({ target: "meeting", aggregation: "compare" });
  });
});

describe("an organisation's words asked beside two meetings", () => {
  it("compares what it said at each, not who came from it", () => {
    // 004_17215f53eb22288e.txt line 60: "The CPS wants to get people to court more quickly …";
    // 003_0417dfde59a34df8.txt line 63: "The CPS provided an update on … RASSO …".
    const answer = ask("what did the CPS say in 2015 vs 2022");
    expect(answer.query?.target).toBe("passages");
    expect(answer.query?.aggregation).toBe("compare");
    expect(textOf(answer)).toContain("more quickly");
    expect(textOf(answer)).toContain("RASSO");
  });

  it("still compares who came from it when no words are asked after", () => {
    expect(ask("CPS people in 2015 vs 2022").query?.target).toBe("attendees");
  });
});

describe("what two meetings decided, side by side", () => {
  it("lists each meeting's decisions, not who came to both", () => {
    const answer = ask("what did the board sign off in mar 15 compared to apr 22");
    const text = textOf(answer);
    // 004_17215f53eb22288e.txt:65 "The Board agreed that the work on public service reform …";
    // 003_0417dfde59a34df8.txt:53 "Members noted and approved the terms of reference …".
    expect(text).toContain("public service reform should be developed");
    expect(text).toContain("approved the terms of reference");
    expect(text).not.toContain("came to both");
  });
});

describe("someone named by a word of their post and a word for a person", () => {
  it.each([
    // 003_0417dfde59a34df8.txt:35 "Ian Bickers (IB) London Prisons".
    ["was the prisons guy at the young black women in gangs mtg", "Ian Bickers", "Yes"],
    // 002_0368bc6123038781.txt:159 "Kilvinder Vigurs, Probation".
    ["was the probation lady at the casey mtg?", "Kilvinder Vigurs", "Yes"],
    // 003_0417dfde59a34df8.txt: "Diana Luchford (DL) CEO, MOPAC".
    ["mopac's ceo at the 2022 board?", "Diana Luchford", ""],
    // 000_bc5123fd089beeb5.txt:87 "Sir Stephen House	Deputy Commissioner, MPS (Co-chair)".
    ["the DC at the dmg?", "Stephen House", ""],
  ])("%j names %s", (question, name, lead) => {
    const text = textOf(ask(question));
    expect(text).toContain(name);
    expect(text.startsWith(lead)).toBe(true);
    expect(text).toContain("Only those from");
  });

  it("leaves a word of a post with no word for a person a subject", () => {
    expect(textOf(ask("victims at the 2022 meeting"))).toContain("What the minutes say about");
  });
});

describe("a post's people at two meetings, each list read by itself", () => {
  it("finds the 2023 'DMPC' a deputy mayor though the 2021 list writes the post out", () => {
    const text = textOf(ask("dep mayors at the feb 21 board v the casey one?"));
    // 002_0368bc6123038781.txt:123 "Sophie Linden, DMPC".
    expect(text).toMatch(/At both \(1\)\n\s+• DMPC: Sophie Linden/);
  });
});

describe("someone's presence asked as chat asks it", () => {
  it("answers which of two bodies someone is from, with the lines that say so", () => {
    const answer = ask("is barry hughes cps or hmcts?");
    // 002_0368bc6123038781.txt:163 "Barry Hughes, CPS North".
    expect(answer.title).toMatch(/^cps: Barry Hughes is listed as CPS/);
    expect(answer.meetings).toContain("lcrb-2023-04-12");
    expect(ask("is connie stygall hmcts or yjb?").title).toMatch(/^Neither: /);
  });

  it("reads the Casey review discussion as the meeting, not whether it came up", () => {
    // 002_0368bc6123038781.txt:170 "Kenny Bowie, MOPAC" under "Apologies".
    expect(ask("did kenny bowie make it to the casey review discussion?").title).toBe(
      "No: Kenny Bowie sent apologies to the LCRB meeting on 12 April 2023",
    );
  });

  it("reads 'did probation send anyone' as whether anyone came from it", () => {
    // 004_17215f53eb22288e.txt:29 "Kate Gilbert	Probation".
    const text = textOf(ask("the march 2015 board - did probation send anyone?"));
    expect(text).toMatch(/^Yes: 1 person from probation/);
    expect(text).toContain("Kate Gilbert");
  });
});

describe("a meeting named in shorthand by its subject, set beside another", () => {
  it("reads 'the CT board' as the counter-terrorism meeting, not a DMG on 'ct'", () => {
    const text = textOf(ask("who ran the CT board compared w the covid dmg?"));
    // 004_17215f53eb22288e.txt:13 "Mayor Boris Johnson	Chair"; 000_bc5123fd089beeb5.txt:86-87
    // "Sophie Linden	DMPC (Co-chair)", "Sir Stephen House	Deputy Commissioner, MPS (Co-chair)".
    expect(text).toContain("Boris Johnson: LCRB, 10 March 2015");
    expect(text).toContain("Sophie Linden and Stephen House: DMG, 8 June 2020");
  });
});

describe("whether a meeting got someone's update", () => {
  it("answers yes or no on whether it came up", () => {
    // 001_c2fb2c5d5dd83175.txt:119 "There was a short update on the work of the VRU."
    expect(ask("did the feb 2021 board get a VRU update?").title).toBe(
      "Yes: “vru” came up at LCRB, 2 February 2021",
    );
  });
});

describe("the members of another body", () => {
  it("are searched for in the minutes' prose, not read as an attendance list", () => {
    // 002_0368bc6123038781.txt line 107: "… through the LCJB and the Disproportionality Board."
    const answer = ask("who's on the disproportionality board?");
    expect(answer.query?.target).toBe("search");
    expect(answer.summary).toMatch(
      /^The minutes do not say who sits on the Disproportionality Board/,
    );
  });

  it("leave the board whose minutes these are, and an organisation of the lists, to attendance", () => {
    expect(ask("who's on the board?").query?.target).toBe("attendees");
    expect(ask("who is on the youth justice board").query?.target).toBe("attendees");
  });
});

describe("what the thing the last answer was about is for", () => {
  it("is searched where that answer found it, at the sentence saying what it would do", () => {
    const store = new InMemoryConversationStore();
    const chat = (text: string) =>
      answerQuestion(text, context, { conversation: { id: "purpose-of-it", store } });
    chat("shared intel hubs - who's developing them?");
    const answer = chat("what'll they be for?");
    expect(answer.query?.target).toBe("search");
    // 003_0417dfde59a34df8.txt line 65: "… that would facilitate immediate crime updates …".
    expect(textOf(answer)).toContain("would facilitate immediate crime updates");
  });
});

describe("actions counted at one meeting or two", () => {
  it("counts the actions of a meeting named by its subject, the subject naming no action", () => {
    // 000_bc5123fd089beeb5.txt records no actions; 004_17215f53eb22288e.txt:54 and :67 two.
    expect(ask("how many actions at the covid dmg?").summary).toBe(
      "No actions are recorded at the DMG meeting on 8 June 2020.",
    );
    expect(ask("how many actions came out of the CT board?").summary).toBe(
      "2 actions recorded at the LCRB meeting on 10 March 2015.",
    );
  });

  it("sets two meetings' actions side by side, each counted", () => {
    expect(ask("how many actions were agreed at the 2015 board v the 2022 board").title).toBe(
      "Actions recorded — LCRB, 10 March 2015: 2 actions; LCRB, 27 April 2022: no actions",
    );
    expect(ask("actions: 2015 vs casey board - how many each?").title).toBe(
      "Actions recorded — LCRB, 10 March 2015: 2 actions; LCRB, 12 April 2023: no actions",
    );
  });
});

describe("someone's post at two meetings", () => {
  it("gives how each meeting's list writes them, both meetings shown", () => {
    const answer = ask("lionel idan's org 2021 v 2023?");
    // 001_c2fb2c5d5dd83175.txt:63 "Lionel Idan, Crown Prosecution Service";
    // 002_0368bc6123038781.txt:161 "Lionel Idan, CPS South".
    expect(answer.summary).toMatch(
      /^LCRB, 2 February 2021: present \(Crown Prosecution Service\)\. LCRB, 12 April 2023: present \(CPS South\)\./,
    );
    expect(answer.meetings).toContain("lcrb-2023-04-12");
  });

  it("reads the second side's month as the meeting's, not a subject: 'feb 21 vs apr 23'", () => {
    // 001_c2fb2c5d5dd83175.txt:73 "Ian Bickers, HMPPS"; 002_0368bc6123038781.txt:165 "Ian
    // Bickers, London Prisons Group". "bickers'" is a possessive of a name ending in s.
    const answer = ask("ian bickers' org feb 21 vs apr 23");
    expect(answer.query).toMatchObject({ target: "person" });
    expect(answer.summary).toMatch(
      /^LCRB, 2 February 2021: present \(HMPPS\)\. LCRB, 12 April 2023: present \(London Prisons Group\)\./,
    );
  });

  it("reads a post asked of a DMG and a board by their months", () => {
    // 000_bc5123fd089beeb5.txt:96 "Barry Hughes	CPS"; 003_0417dfde59a34df8.txt:27 "Barry Hughes
    // (BH) Chief Crown Prosecutor, CPS".
    const answer = ask("barry hughes' post: june 2020 dmg v apr 22 board");
    expect(answer.summary).toMatch(
      /^DMG, 8 June 2020: present \(CPS\)\. LCRB, 27 April 2022: present \(Chief Crown Prosecutor, CPS\)\./,
    );
  });
});

describe("a meeting named by what it agreed or noted, asked something after the break", () => {
  it("asks the question after the break of that meeting, not for its decisions", () => {
    // 003_0417dfde59a34df8.txt:53 "Members noted and approved the terms of reference for the new
    // partnership board structure"; :35 "Claudia Strut (CS) CEO, YJB".
    const answer = ask(
      "the board that signed off the new partnership board structure - was the yjb ceo there?",
    );
    expect(answer.query?.target).toBe("attendees");
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
    expect(answer.title).toMatch(/^Yes/);
    expect(textOf(answer)).toContain("Claudia Strut");
  });

  it("reads someone's presence there", () => {
    // 000_bc5123fd089beeb5.txt:105 "The detailed notes were approved"; :94 "Clive Grimshaw
    // London Councils".
    const answer = ask("which mtg signed off the detailed notes - was clive grimshaw there?");
    expect(answer.query?.target).toBe("presence");
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
  });

  it("keeps a record verb with nothing asked after it as the decisions asked for", () => {
    expect(ask("which board approved the terms of reference?").query?.target).toBe("decisions");
  });

  it.each([
    "which board approved the terms of reference - who chaired?",
    "which board adopted the terms of reference - who chaired?",
    "the board that adopted the terms of reference - who chaired?",
    "which board accepted the terms of reference - who chaired?",
    "which board endorsed the terms of reference - who chaired?",
  ])("names the meeting by any record verb of the one list: %s", (question) => {
    // 003_0417dfde59a34df8.txt:53 "Members noted and approved the terms of reference …".
    const answer = ask(question);
    expect(answer.query?.target).toBe("chair");
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
  });

  it("reads 'resolved to adopt' as the record verb it is, asking the question after the break", () => {
    const answer = ask(
      "which board resolved to adopt the terms of reference - was claire waxman there?",
    );
    expect(answer.query?.target).toBe("presence");
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
  });
});

describe("an organisation by its initials at a meeting named by its subject", () => {
  it("reads 'lc attendees' as London Councils' people there", () => {
    // 001_c2fb2c5d5dd83175.txt:103 "… the pre-handcuffing review, and road traffic stops"; :79
    // "Tom Pickup, London Councils".
    const answer = ask("mtg that went over road traffic stops - lc attendees?");
    expect(answer.query?.target).toBe("attendees");
    expect(textOf(answer)).toContain("Tom Pickup");
    expect(textOf(answer)).not.toContain("Michelle Chapman");
  });
});
