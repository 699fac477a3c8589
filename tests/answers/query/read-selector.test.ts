import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { answerQuestion } from "../../../src/answers/index.js";
import { ordinaryWords } from "../../../src/answers/minutes-words.js";
import { collectPeople, type Person } from "../../../src/answers/people.js";
import { readPosition, readSelector, readSides } from "../../../src/answers/query/read-selector.js";

// The people, ordinary words and board names of the five seed minutes, read once for every test
// that reads a selector against them.
let people: Person[] = [];
let ordinary: Set<string> = new Set();
let boards: ReadonlySet<string> = new Set();
let seed: AnswerContext;
beforeAll(async () => {
  const context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null });
  seed = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
  people = collectPeople(context.meetings);
  ordinary = ordinaryWords(context.meetings);
  boards = context.directory.boardNames;
});

describe("readPosition", () => {
  it.each([
    ["the first dmg", { from: "start", skip: 0, count: 1 }],
    ["first two lcrb meetings", { from: "start", skip: 0, count: 2 }],
    ["the last two meetings", { from: "end", skip: 0, count: 2 }],
    ["summarise the last three meetings", { from: "end", skip: 0, count: 3 }],
    ["the latest meeting", { from: "end", skip: 0, count: 1 }],
    ["the second lcrb meeting", { from: "start", skip: 1, count: 1 }],
    ["who attended the meeting before last", { from: "end", skip: 1, count: 1 }],
    ["the previous lcrb meeting", { from: "end", skip: 1, count: 1 }],
    ["what happened at the third one?", { from: "start", skip: 2, count: 1 }],
  ])("%s", (text, position) => {
    expect(readPosition(text)).toEqual(position);
  });

  it("reads no meeting in an ordinal that counts something else", () => {
    // 002_0368bc6123038781.txt:209 "third sector and service user voice".
    expect(readPosition("third sector - where's it come up")).toBeNull();
    expect(readPosition("was a second plan agreed")).toBeNull();
  });

  it("reads no position in a question without one", () => {
    expect(readPosition("who attended the fraud meeting")).toBeNull();
  });
});

describe("readSides", () => {
  it.each([
    [
      "compare attendance between the april 2022 and april 2023 meetings",
      ["the april 2022", "april 2023 meetings"],
    ],
    ["how did attendance change from 2021 to 2023", ["2021", "2023"]],
    ["compare the dmg and the 2021 lcrb attendance", ["the dmg", "the 2021 lcrb attendance"]],
    ["attendance 2021 vs 2022", ["attendance 2021 ", " 2022"]],
    [
      "who was at the 2023 meeting but not at the 2022 one",
      ["who was at the 2023 meeting ", " the 2022 one"],
    ],
    [
      "who was at the 2015 meeting and was still coming in 2023",
      ["who was at the 2015 meeting ", " coming in 2023"],
    ],
    [
      "were there more people at the dmg or at the 2015 board?",
      ["were there more people at the dmg ", " at the 2015 board?"],
    ],
    [
      "what was on the agenda at the fraud meeting compared with the casey meeting",
      ["what was on the agenda at the fraud meeting ", " the casey meeting"],
    ],
    // What is asked of both, after a dash, names neither side.
    ["actions: 2015 vs casey board - how many each?", ["actions: 2015 ", " casey board"]],
    [
      "the reoffending board v the youth action plan board - who chaired each?",
      ["the reoffending board ", " the youth action plan board"],
    ],
  ])("%s", (text, sides) => {
    expect(readSides(text)).toEqual(sides);
  });

  it.each([
    ["probation 2015 v 2023", ["probation 2015 ", " 2023"]],
    ["disproportionality: dmg v casey board", ["disproportionality: dmg ", " casey board"]],
  ])("reads 'v' as 'vs': %s", (text, sides) => {
    expect(readSides(text)).toEqual(sides);
  });

  it("finds no sides in a question about one meeting", () => {
    expect(readSides("who attended the fraud meeting")).toBeNull();
  });
});

describe("readSides with a subject set before the first side", () => {
  const namesMeeting = (phrase: string) => /\b(?:\d{4}|dmg|board)\b/.test(phrase);
  it.each([
    [
      "disproportionality - june 2020 dmg v apr 23 board, what's moved on?",
      ["june 2020 dmg ", " apr 23 board, what's moved on?"],
    ],
    ["pcp: june 2020 dmg v apr 22 board", ["june 2020 dmg ", " apr 22 board"]],
    // What is set before names a meeting itself: it is the side.
    [
      "the dmg - who was there - v the 2023 board",
      ["the dmg - who was there - ", " the 2023 board"],
    ],
  ])("%s", (text, sides) => {
    expect(readSides(text, namesMeeting)).toEqual(sides);
  });
});

describe("readSides with sides joined by chat's 'n' (read as 'and') or by 'then'", () => {
  // The meetings in month shorthand: "apr 22", "june 2020", "feb 21".
  const namesMeeting = (phrase: string) => /\b(?:\d{4}|dmg|board|apr 22)\b/.test(phrase);
  it.each([
    [
      // "apr 22 board n june 2020 dmg", as question.ts writes chat's "n".
      "apr 22 board and june 2020 dmg - who was at both?",
      ["apr 22 board", " june 2020 dmg - who was at both?"],
    ],
    // A subject set before the first side by a dash is no part of its meeting's name.
    ["vru reps - feb 21 board, then apr 22?", ["feb 21 board", " apr 22?"]],
    // Each side ends on or is headed by its meeting word: "the dmg", "the casey board" ("… the dmg
    // n the casey board?" as question.ts writes chat's "n").
    [
      "did the nhs send the same person to the dmg and the casey board?",
      ["did the nhs send the same person to the dmg", " the casey board?"],
    ],
    ["vru reps - the dmg then the casey board?", ["the dmg", " the casey board?"]],
  ])("%s", (text, sides) => {
    expect(readSides(text, namesMeeting)).toEqual(sides);
  });

  it("takes no 'then' for a joint where a side names no meeting by its date", () => {
    expect(readSides("what did the board decide then?", namesMeeting)).toBeNull();
  });
});

describe("readSides with clauses joined by 'and', 'but', 'having' or 'who'", () => {
  // A clause names a meeting here when it holds a year or "the … meeting".
  const namesMeeting = (phrase: string) => /\b\d{4}\b|\bthe \w+ meeting\b/.test(phrase);
  it.each([
    [
      "who represented the vru at the casey meeting and at the fraud meeting?",
      ["who represented the vru at the casey meeting", " at the fraud meeting?"],
    ],
    [
      "who was at the 2021 board but sent apologies in 2023",
      ["who was at the 2021 board", " sent apologies in 2023"],
    ],
    [
      "who sent apologies to the 2022 board having come in 2021",
      ["who sent apologies to the 2022 board", " come in 2021"],
    ],
    [
      "was the deputy commissioner at the 2022 board the same as in 2023",
      ["was the deputy commissioner at the 2022 board", " in 2023"],
    ],
    [
      "was anyone at the 2020 dmg who sent apologies to the casey meeting?",
      ["was anyone at the 2020 dmg", " sent apologies to the casey meeting?"],
    ],
    // No joining word: the second clause's verb after the first clause's meeting.
    [
      "did anyone who came in 2022 send apologies in 2023?",
      ["did anyone who came in 2022", "send apologies in 2023?"],
    ],
  ])("%s", (text, sides) => {
    expect(readSides(text, namesMeeting)).toEqual(sides);
  });

  it("joins no clauses when one of them names no meeting", () => {
    expect(readSides("who was at the 2021 board and what did they say", namesMeeting)).toBeNull();
    // Without a reader of meetings, only the comparison words split.
    expect(readSides("who was at the 2021 board but sent apologies in 2023")).toBeNull();
  });
});

describe("readSelector", () => {
  const read = (text: string) => readSelector(text, people, ordinary);

  it("reads 'then' and 'at the time' at the end as the conversation's meeting", () => {
    expect(read("who was the dmpc then?").previous).toBe(true);
    expect(read("and who was the deputy commissioner at the time?").previous).toBe(true);
    expect(read("who was the commissioner back then").previous).toBe(true);
    // "Then" leading a question is a follow-up's opening word, not a meeting.
    expect(read("then who chaired the 2021 meeting").previous).toBe(false);
  });

  it("reads a meeting named by what it discussed", () => {
    expect(read("who attended the fraud meeting")).toMatchObject({ topic: ["fraud"], date: null });
    expect(
      read("apologies for the meeting where they discussed the night safety charter").topic,
    ).toEqual(["night", "safety", "charter"]);
    expect(read("who attended the meeting about the youth action plan").topic).toEqual([
      "youth",
      "action",
      "plan",
    ]);
    expect(read("who from the mps attended the casey meeting").topic).toEqual(["casey"]);
  });

  it("reads a board named by what it noted, agreed or was with", () => {
    // 003_0417dfde59a34df8.txt:59 "the refreshed action plan … was launched in April"; :53
    // "Members noted and approved the terms of reference for the new partnership board structure".
    expect(
      read("the board that noted the refreshed vawg action plan - how many apologies?").topic,
    ).toEqual(["refreshed", "vawg", "action", "plan"]);
    expect(
      read("the board that agreed the terms of reference - was claire waxman there?").topic,
    ).toEqual(["terms", "reference"]);
    // 001_c2fb2c5d5dd83175.txt:119 "… a parenting programme and networks for parents"; the
    // asker's "stuff" is no part of the subject.
    expect(
      read("the board with the parenting programme stuff - was phil douglas there?").topic,
    ).toEqual(["parenting", "programme"]);
  });

  it("reads no word naming the business (item, paper, on the agenda) as the board's subject", () => {
    expect(read("the board with the fraud item - who chaired?").topic).toEqual(["fraud"]);
    expect(read("the board with the casey review item - was lib peck there?").topic).toEqual([
      "casey",
      "review",
    ]);
    expect(read("the board with the disproportionality paper - who chaired?").topic).toEqual([
      "disproportionality",
    ]);
    expect(read("the board with fraud on the agenda - who chaired?").topic).toEqual(["fraud"]);
  });

  it("finds the board by its item when named by the business it was (review 4 C5)", () => {
    const title = (q: string) => answerQuestion(q, seed).title;

    // 003_0417dfde59a34df8.txt item "Tackling fraud" (LCRB 27 April 2022, chaired by the Mayor).
    expect(title("the board with the fraud item - who chaired?")).not.toMatch(/No such meeting/);
    expect(title("the board w fraud on the agenda - who chaired?")).not.toMatch(/No such meeting/);
    // LCRB 12 April 2023, item 2 "Casey Review".
    expect(title("the board w the casey review item - was lib peck there?")).toMatch(
      /12 April 2023/,
    );
    expect(title("the board with the disproportionality paper - who chaired?")).not.toMatch(
      /No such meeting/,
    );
  });

  it("finds the board by the apologies it received (review 4 C6)", () => {
    // Claire Waxman sent apologies to the LCRB of 12 April 2023 only.
    const title = answerQuestion(
      "the board that received apologies from claire waxman - who chaired?",
      seed,
    ).title;
    expect(title).not.toMatch(/No such meeting/);
  });

  it("reads no subject in a board's record of attendance (review 4 C6)", () => {
    expect(
      read("the board that received apologies from claire waxman - who chaired?").topic,
    ).toEqual([]);
    expect(read("the board that noted the apologies of lib peck").topic).toEqual([]);
  });

  it("reads no board named by a record verb the board was told of", () => {
    expect(read("what did london councils tell the board that was agreed").topic).toEqual([]);
  });

  it("reads no meeting in 'ones' standing for the plural asked after", () => {
    // 004_17215f53eb22288e.txt line 47: "Prevent … covers the 17 priority boroughs".
    expect(read("which 17 boroughs are the prevent priority ones").topic).toEqual([]);
    expect(read("which meetings were the covid ones").topic).toEqual(["covid"]);
  });

  it("reads a meeting named by who spoke at it, when that is someone in the minutes", () => {
    expect(read("the meeting lynne owens presented at")).toMatchObject({
      person: "lynne owens",
      topic: [],
    });
    expect(read("the meeting dame lynne owens spoke at").person).toBe("dame lynne owens");
  });

  it("reads no subject from a date, a body or a position", () => {
    expect(read("who attended the april 2022 meeting")).toMatchObject({
      topic: [],
      date: { kind: "month", year: 2022, month: 4 },
    });
    expect(read("the first lcrb meeting")).toMatchObject({ topic: [], body: "LCRB" });
    expect(read("which meetings mention the london recovery board").body).toBeNull();
  });

  it("reads a step before or after another meeting, whatever names that one", () => {
    expect(read("what happened at the meeting after march 2015").shift).toMatchObject({
      direction: "after",
      steps: 1,
      from: { date: { kind: "month", year: 2015, month: 3 } },
    });
    expect(read("who attended the one before the fraud meeting").shift).toMatchObject({
      direction: "before",
      from: { topic: ["fraud"] },
    });
    expect(read("the lcrb meeting before the dmg")).toMatchObject({
      body: "LCRB",
      shift: { direction: "before", from: { body: "DMG" } },
    });
    expect(read("what was on the agenda two meetings before the latest").shift).toMatchObject({
      steps: 2,
      from: { position: { from: "end", skip: 0, count: 1 } },
    });
    expect(read("the one before").shift).toMatchObject({ from: { previous: true } });
  });

  it("reads a step put as 'came before' or 'the previous meeting to'", () => {
    expect(read("which meeting came before the april 2022 board").shift).toMatchObject({
      direction: "before",
      from: { date: { kind: "month", year: 2022, month: 4 } },
    });
    expect(
      read("what was the previous board meeting to the counter terrorism one").shift,
    ).toMatchObject({ direction: "before", from: { topic: ["counter", "terrorism"] } });
  });

  it("reads 'the next meeting' as no subject", () => {
    expect(read("what did the minutes say about the next meeting").topic).toEqual([]);
  });

  it("reads 'it' and 'that meeting' as the conversation's last meeting", () => {
    expect(read("who chaired it").previous).toBe(true);
    expect(read("who attended that meeting").previous).toBe(true);
    expect(read("who attended the first one").previous).toBe(true);
    expect(read("who attended the first meeting").previous).toBe(false);
  });

  it("reads a closing 'there' and 'was that' as the last meeting, not an existential 'there'", () => {
    expect(read("what was decided there?").previous).toBe(true);
    expect(read("which meeting was that?").previous).toBe(true);
    expect(read("was there a meeting in 2019").previous).toBe(false);
    expect(read("were there any actions on fraud").previous).toBe(false);
  });
});

describe("a meeting named as the time the board took a subject", () => {
  it("reads 'when the board went through X' as the meeting that discussed X", () => {
    expect(
      readSelector(
        "who represented the cps when the board went through the action plan on trust in policing",
        people,
        ordinary,
      ).topic,
    ).toEqual(["action", "plan", "trust", "policing"]);
  });

  it("leaves 'when did the board discuss X' a question of when", () => {
    expect(readSelector("when did the board discuss fraud", people, ordinary).topic).toEqual([]);
  });
});

describe("a meeting named by its subject before 'board' or 'DMG', or in a clause after 'board'", () => {
  const read = (text: string) => readSelector(text, people, ordinary, boards);

  it.each([
    ["did the casey board have more people", ["casey"]],
    ["were more people at the fraud board", ["fraud"]],
    ["headcount at the counter terrorism board", ["counter", "terrorism"]],
    ["was lib peck at the board where my ends came up?", ["ends"]],
    [
      "was claire waxman at the board that talked about road traffic stops",
      ["road", "traffic", "stops"],
    ],
    // "On" as after "meeting" (review 5 C12): the 27 April 2022 board took fraud and adopted the
    // terms of reference (003_0417dfde59a34df8.txt).
    ["the board on fraud - who chaired?", ["fraud"]],
    ["the board on the terms of reference - who were the officials?", ["terms", "reference"]],
  ])("%s", (text, topic) => {
    expect(read(text).topic).toEqual(topic);
  });

  it.each([
    ["apologies: women's safety board", ["women's", "safety"]],
    ["casey board", ["casey"]],
    ["headcount, counter terrorism meeting ", ["counter", "terrorism"]],
  ])("reads a side typed without 'the': %s", (text, topic) => {
    expect(read(text).topic).toEqual(topic);
  });

  it("keeps the body with its subject: 'the covid DMG'", () => {
    expect(read("than the covid dmg?")).toMatchObject({ body: "DMG", topic: ["covid"] });
  });

  it("reads a board spoken of as still to come as another body, not a meeting's subject", () => {
    // 004_17215f53eb22288e.txt line 50: "the proposed new model for London – the London-wide
    // CONTEST Board … would be co-chaired by the DMPC and the chair of London Councils".
    expect(read("who would chair the new board?").topic).toEqual([]);
    expect(read("who sits on the proposed board").topic).toEqual([]);
    expect(read("who was at the casey board").topic).toEqual(["casey"]);
  });

  it("reads a board the minutes name as that board, not as a meeting's subject", () => {
    expect(read("what structure was decided for the london policing board").topic).toEqual([]);
    expect(
      read("which meeting approved the terms of reference for the new partnership boards").topic,
    ).toEqual([]);
    expect(read("who chairs the efficiency board").topic).toEqual([]);
    // Typed short: "the London-wide CONTEST Board" (2015) is named so.
    expect(read("contest board").topic).toEqual([]);
    expect(read("did the first contest board actually meet in may 2015").topic).toEqual([]);
    // A count asked for names no meeting.
    expect(read("number of lcrb meetings").topic).toEqual([]);
    // A meeting word after the board's name still names a meeting by it.
    expect(read("summary of the efficiency board meeting").topic).toEqual(["efficiency"]);
  });

  it("reads a board's clause as a meeting only when it says a subject was talked about", () => {
    expect(read("who sits on the board that oversees prevent").topic).toEqual([]);
    expect(read("the board which went through the action plan").topic).toEqual(["action", "plan"]);
    expect(read("the group where backlogs were raised").topic).toEqual(["backlogs"]);
  });

  it("reads a board told about something as hearing it, not as a meeting named by it", () => {
    expect(read("what did london councils tell the board about the estate strategy").topic).toEqual(
      [],
    );
    expect(read("who attended the board about the estate strategy").topic).toEqual([
      "estate",
      "strategy",
    ]);
  });

  it("reads the bodies' own names as no subject", () => {
    expect(read("who attended the london crime reduction board in 2021").topic).toEqual([]);
    expect(read("who chaired the delivery management group").topic).toEqual([]);
  });
});

describe("a meeting named by a subject as people type it", () => {
  const topic = (text: string) => readSelector(text, people, ordinary).topic;

  it("reads 'the previous minutes' of a dated meeting as its minutes, not the meeting before", () => {
    // 002_0368bc6123038781.txt:85: "The previous minutes were agreed".
    const selector = readSelector(
      "did the previous minutes get agreed at the board in april 2023?",
      people,
      ordinary,
    );
    expect(selector.position).toBeNull();
    expect(selector.date).toEqual({ kind: "month", year: 2023, month: 4 });
    expect(readSelector("what did the previous meeting agree", people, ordinary).position).toEqual({
      from: "end",
      skip: 1,
      count: 1,
    });
  });

  it("keeps someone's own delivery group as the subject, not our DMG", () => {
    expect(topic("NHS rep at the meeting about the deputy commissioner's delivery group?")).toEqual(
      ["deputy", "commissioner's", "delivery", "group"],
    );
  });

  it("reads the clause after a verb asked of the meeting: 'the mtg held that talked about …'", () => {
    // 000_bc5123fd089beeb5.txt: "the opening up of hospitality and the night time economy".
    expect(topic("where was the meeting held that talked about hospitality")).toEqual([
      "hospitality",
    ]);
    expect(topic("what time did the meeting start that discussed fraud")).toEqual(["fraud"]);
  });

  it("keeps a number that counts the subject, drops one that counts meetings", () => {
    expect(topic("the four working groups meeting - what date was it")).toEqual([
      "four",
      "working",
      "groups",
    ]);
    expect(topic("the meeting about the 17 priority boroughs")).toEqual([
      "17",
      "priority",
      "boroughs",
    ]);
    expect(topic("the last two meetings")).toEqual([]);
    expect(topic("the first three meetings")).toEqual([]);
  });

  it("ends the subject at a dash, colon or question mark: what follows asks of the meeting", () => {
    expect(
      topic("the mtg where the MPS set out six asks of partners - what date pls"),
    ).not.toContain("date");
  });

  it("reads 'when X came up' as the meeting where X was spoken of", () => {
    expect(topic("who co-chaired when the strategic coordination group came up")).toEqual([
      "strategic",
      "coordination",
      "group",
    ]);
    expect(topic("who attended when the london recovery board was discussed")).toEqual([
      "london",
      "recovery",
    ]);
  });

  it("reads a question that opens with its meeting, then asks after a colon or dash", () => {
    expect(
      topic("probation and prisons resettlement meeting: was anyone from the nhs there?"),
    ).toEqual(["probation", "prisons", "resettlement"]);
    expect(topic("equal merits meeting - anyone there from the mayor's private office?")).toEqual([
      "equal",
      "merits",
    ]);
    // A question that ends with a meeting is not one that opens with it.
    expect(topic("did doug flight attend every meeting?")).toEqual([]);
  });
});
