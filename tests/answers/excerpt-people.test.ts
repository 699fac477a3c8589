import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { outsidersNamedIn, peopleNamedIn } from "../../src/answers/excerpt-people.js";
import { answerQuestion, InMemoryConversationStore } from "../../src/answers/index.js";

let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

const named = (text: string) =>
  peopleNamedIn(text, context.directory.people, context.directory.ordinary).map((p) => p.name);

describe("peopleNamedIn", () => {
  it("finds the listed people an excerpt names whole, a post or honorific before them", () => {
    // corpus/002… line 107 and line 92.
    expect(
      named(
        "DMPC Sophie Linden reported that there has been progress and work since the initial discussion in 2021, through the LCJB and the Disproportionality Board.",
      ),
    ).toEqual(["Sophie Linden"]);
    expect(
      named(
        "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning.",
      ),
    ).toEqual(["Lynne Owens"]);
  });

  it("takes no surname alone, nor a name no attendance list holds", () => {
    // corpus/002… line 103: "Casey" is the review's name; no one listed is called Casey.
    expect(
      named(
        "London Councils reflected on Baroness Casey's view of the relationship between MOPAC and the MPS and MOPAC's oversight.",
      ),
    ).toEqual([]);
    // corpus/003… line 57: Amy Lame is welcomed but listed nowhere, the councillors by surname.
    expect(
      named(
        "The Mayor opened the meeting welcoming Deputy Commissioner Helen Ball and Amy Lame. Apologies were received from Councillor Athwal and Councillor Rodwell.",
      ),
    ).toEqual(["Helen Ball"]);
  });
});

describe("a pronoun after an excerpt naming one person", () => {
  it("means that person", () => {
    const store = new InMemoryConversationStore();
    const ask = (text: string) =>
      answerQuestion(text, context, { conversation: { id: "excerpt-people", store } });
    ask("who reported on disproportionality progress at the 2023 board?");
    const answer = ask("was she at the june 2020 dmg as well?");
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
    expect(answer.title).toMatch(/^Yes: Sophie Linden/);
  });
});

describe("a possessive after an excerpt naming one person", () => {
  it("stays with the excerpt's meeting when it asks after no attendance", () => {
    const store = new InMemoryConversationStore();
    const ask = (text: string) =>
      answerQuestion(text, context, { conversation: { id: "excerpt-her", store } });
    ask("who spoke on the casey report in 2023?");
    expect(ask("what were her asks of partners?").meeting?.id).toBe("lcrb-2023-04-12");
  });
});

describe("outsidersNamedIn", () => {
  it("finds someone the prose names by title whom no attendance list holds", () => {
    const outsiders = (text: string) =>
      outsidersNamedIn(text, context.directory.people, context.directory.ordinary);
    // corpus/002… lines 103 and 113.
    expect(
      outsiders(
        "London Councils reflected on Baroness Casey's view of the relationship between MOPAC and the MPS and MOPAC's oversight.",
      ),
    ).toEqual(["Baroness Casey"]);
    expect(
      outsiders(
        "Commander Nick John is leading MPS criminal justice work which includes disproportionality considerations within out of court disposals",
      ),
    ).toEqual(["Commander Nick John"]);
    // corpus/002… line 92: Dame Lynne Owens is listed at the same meeting.
    expect(
      outsiders("Dame Lynne Owens spoke about the Casey report which she described as devastating"),
    ).toEqual([]);
  });

  it("reads a post as no one, and a listed person's title and surname as listed", () => {
    const outsiders = (text: string) =>
      outsidersNamedIn(text, context.directory.people, context.directory.ordinary);
    // corpus/001… line 109, corpus/000… line 36, corpus/003… line 43.
    expect(
      outsiders(
        "The Deputy Mayor convened a meeting on 25 January to gain support from partners for the plan and to agree actions and outcomes.",
      ),
    ).toEqual([]);
    expect(
      outsiders(
        "The Deputy Commissioner gave a brief update on the recent disorder, the causes and the police response.",
      ),
    ).toEqual([]);
    expect(
      outsiders("Apologies were received from Councillor Athwal and Councillor Rodwell."),
    ).toEqual([]);
  });
});

describe("someone spoken of whom no list holds, asked whether they came", () => {
  it("is answered no, saying where the minutes speak of them", () => {
    const store = new InMemoryConversationStore();
    const ask = (text: string) =>
      answerQuestion(text, context, { conversation: { id: "outsider", store } });
    ask("whose view of mopac's oversight did london councils bring up in 2023?");
    const answer = ask("was she at the meeting?");
    expect(answer.title).toBe(
      "No: Baroness Casey is not named in the attendance list of the LCRB meeting on 12 April 2023",
    );
  });

  it("leaves a question whether they were discussed", () => {
    const answer = answerQuestion("was casey discussed at the 2023 meeting?", context);
    expect(answer.title).not.toMatch(/^No/);
  });
});
