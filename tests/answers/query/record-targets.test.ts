import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerContext } from "../../../src/answers/context.js";
import { type AnswerContext, answerQuestion } from "../../../src/answers/index.js";
import { answerToMrkdwn } from "../../../src/slack/blocks/mrkdwn.js";
import { conversationOn } from "../../support/conversation.js";

const CORPUS = fileURLToPath(new URL("../../../corpus/", import.meta.url));

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: CORPUS, cacheDir: null, today: "2026-12-05" });
});

const ask = (question: string) => answerQuestion(question, context);
const cited = (question: string) =>
  ask(question).sections.flatMap((s) =>
    s.citation ? [`${s.citation.file}:${s.citation.line}`] : [],
  );

describe("decisions", () => {
  it("finds what was decided about a subject across the minutes", () => {
    const answer = ask("what was decided about fraud?");
    expect(answer.query?.target).toBe("decisions");
    expect(answer.sections.map((s) => s.text)).toEqual([
      "Noted: Members noted MOPAC's intention to set up a roundtable in which partners would be invited to discuss the issue of fraud and how best to combat this issue.",
    ]);
    expect(cited("what was decided about fraud?")).toEqual(["003_0417dfde59a34df8.txt:91"]);
  });

  it("lists one meeting's decisions", () => {
    expect(cited("what was agreed at the March 2015 meeting?")).toEqual([
      "004_17215f53eb22288e.txt:43",
      "004_17215f53eb22288e.txt:50",
      "004_17215f53eb22288e.txt:65",
    ]);
  });

  it("keeps to the body asked about", () => {
    const lines = cited("what did the DMG decide?");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^000_/);
  });

  it("says when none is recorded about a subject, then what the minutes say", () => {
    const answer = ask("what was decided about stalking?");
    expect(answer.summary).toMatch(/^No decision about “stalking” is recorded in the minutes\./);
  });
});

describe("decisions and commitments in a conversation", () => {
  const conversation = () => conversationOn(context);

  it("takes the meeting of the last answer when the question names none", () => {
    const say = conversation();
    say("who attended the fraud meeting");
    expect(say("and the one before?").meeting?.id).toBe("lcrb-2021-02-02");
    const decided = say("what was decided?");
    expect(decided.query?.target).toBe("decisions");
    expect(decided.meeting?.id).toBe("lcrb-2021-02-02");
    expect(say("what was promised?").meeting?.id).toBe("lcrb-2021-02-02");
  });

  it("still looks across the minutes for a subject", () => {
    const say = conversation();
    say("what happened at the 2015 meeting");
    expect(cited("what was decided about fraud?")).toEqual(["003_0417dfde59a34df8.txt:91"]);
    expect(say("what was decided about fraud?").meeting?.id).not.toBe("lcrb-2015-03-10");
  });

  it("is the latest meeting with no conversation", () => {
    expect(ask("what was decided?").meeting?.id).toBe("lcrb-2023-04-12");
  });
});

describe("what is outstanding", () => {
  it("is the actions, with what was recorded instead when a meeting has none", () => {
    const answer = ask("what's outstanding from the last meeting");
    expect(answer.intent).toBe("actions");
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    // 002_0368bc6123038781.txt:85, "… an update will be provided at the next meeting."
    expect(cited("what's outstanding from the last meeting")).toContain(
      "002_0368bc6123038781.txt:85",
    );
  });

  it("does not search for 'still'", () => {
    const answer = ask("which actions are still open");
    expect(answer.title).toBe("Actions in the minutes");
    expect(answer.meetings).toEqual(["lcrb-2015-03-10"]);
  });
});

describe("commitments", () => {
  it("lists what an owner is committed to, across meetings", () => {
    const answer = ask("what is MOPAC committed to?");
    expect(answer.query?.target).toBe("commitments");
    const lines = cited("what is MOPAC committed to?");
    expect(lines).toContain("002_0368bc6123038781.txt:103");
    expect(lines).toContain("004_17215f53eb22288e.txt:65");
    expect(answerToMrkdwn(answer)).not.toContain("owner: partners");
  });

  it("answers what was due at a later meeting, saying when no later meeting took it up", () => {
    const answer = ask("what was promised for the next meeting, and did it come up?");
    const text = answerToMrkdwn(answer);
    expect(text).toContain("an update will be provided at the next meeting");
    expect(text).toContain("due: the next LCRB meeting");
    expect(text).toContain("No later meeting is in the minutes yet.");
  });

  it("cites the later meeting's item that took a commitment up", () => {
    const answer = ask("what did the DMG commit to?");
    const headings = answer.sections.map((s) => s.heading ?? "");
    expect(headings.some((h) => h.startsWith("Taken up at LCRB, 2 February 2021"))).toBe(true);
    expect(cited("what did the DMG commit to?")).toEqual([
      "000_bc5123fd089beeb5.txt:46",
      "001_c2fb2c5d5dd83175.txt:103",
    ]);
  });
});

describe("actions with the body filter", () => {
  it("lists only the DMG's actions, and says what it recorded instead when there are none", () => {
    const answer = ask("actions from the DMG");
    expect(answer.summary).toBe("No actions are recorded at DMG meetings.");
    expect(answer.sections[0]?.heading).toMatch(/^Recorded instead — /);
    for (const line of cited("actions from the DMG")) expect(line).toMatch(/^000_/);
  });

  it("keeps the LCRB's actions for the LCRB", () => {
    expect(cited("actions from the LCRB")).toEqual([
      "004_17215f53eb22288e.txt:54",
      "004_17215f53eb22288e.txt:67",
    ]);
  });
});

describe("glossary", () => {
  it.each([
    ["what does MOPAC stand for?", "MOPAC stands for Mayor's Office for Policing and Crime"],
    ["what is the VRU", "VRU stands for Violence Reduction Unit"],
    ["what does VAWG stand for?", "VAWG stands for Violence Against Women and Girls"],
    ["what does rasso mean?", "RASSO stands for rape and serious sexual offences"],
  ])("%s", (question, title) => {
    expect(ask(question).title).toBe(title);
  });

  it("cites where the minutes spell an acronym out", () => {
    expect(cited("what does VAWG stand for?")).toEqual(["003_0417dfde59a34df8.txt:57"]);
  });

  it("says so when it does not know an acronym", () => {
    expect(ask("what does QXZV stand for?").title).toBe("I do not know what QXZV stands for");
  });

  it("leaves 'what is fraud' to the search", () => {
    expect(ask("what is fraud").query?.target).not.toBe("posts");
    expect(ask("what is fraud").intent).toBe("search");
  });
});

describe("posts", () => {
  it("says who held a post in a year, cited at the attendance line", () => {
    const answer = ask("who was the deputy commissioner in 2015?");
    expect(answer.title).toMatch(/^Craig Mackey/);
    expect(cited("who was the deputy commissioner in 2015?")).toEqual([
      "004_17215f53eb22288e.txt:18",
    ]);
  });

  it("follows a post across the meetings", () => {
    const names = ask("who represents the CPS?").sections.map((s) => s.text);
    expect(names[0]).toMatch(/^Baljit Ubhey/);
    expect(names.some((n) => n?.startsWith("Lionel Idan"))).toBe(true);
  });

  it("leaves a person's name to the person answer", () => {
    expect(ask("who is claire waxman").query?.target).not.toBe("posts");
  });

  it("does not join a title and the start of an organisation into a post", () => {
    // 004_17215f53eb22288e.txt:21 "Mayor Jules Pipe	London Councils" is no Mayor of London.
    const answer = ask("who was the mayor of london in 2015?");
    expect(answer.sections.map((s) => s.text).join(" ")).not.toContain("Jules Pipe");
    expect(answer.title).toBe("No one is listed as mayor of london at that meeting");
  });
});

describe("who followed someone in their post", () => {
  it("names the next person the lists give the post, both lines cited", () => {
    const answer = ask("who replaced Craig Mackey");
    expect(answer.query?.target).toBe("succession");
    expect(answer.title).toBe("Stephen House — Deputy Commissioner after Craig Mackey");
    expect(cited("who replaced Craig Mackey")).toEqual([
      "004_17215f53eb22288e.txt:18",
      "000_bc5123fd089beeb5.txt:14",
    ]);
  });

  it("reads a post from a role ending 'of the MPS', and looks back for a predecessor", () => {
    // 003_0417dfde59a34df8.txt:23 "Helen Ball (HB) Deputy Commissioner of the MPS".
    expect(ask("who did Helen Ball replace").title).toBe(
      "Stephen House — Deputy Commissioner before Helen Ball",
    );
  });

  it("takes the board's Chair, not another board's chair listed at the same meeting", () => {
    // 2015: "Mayor Boris Johnson	Chair" and "Martin Esom	CEO Waltham Forest, Chair Prevent".
    expect(ask("who did Sadiq Khan replace").title).toBe("Boris Johnson — Chair before Sadiq Khan");
  });

  it("says when no later meeting lists anyone else in the post", () => {
    expect(ask("who replaced Sophie Linden").title).toBe(
      "No one is listed as DMPC after Sophie Linden",
    );
  });

  it("says when the lists give a person no post", () => {
    expect(ask("who replaced Lib Peck").title).toBe("No post is listed for Lib Peck");
  });
});
