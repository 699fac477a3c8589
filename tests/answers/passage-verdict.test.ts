import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { answerQuestion } from "../../src/answers/index.js";
import { denyingSentence, passageVerdict, saysAbsent } from "../../src/answers/passage-verdict.js";

// Real sentences of the minutes in corpus/.
const PREVENT =
  "The nature and aims and limitations of the London Prevent Board and the Contest Strategy were considered. Prevent is a tactical board and covers the 17 priority boroughs and because of this it does not have comprehensive oversight of all areas of the Contest strategy.";
const RECOVERY =
  "There was no plan to produce an interim PCP because the Mayor's London Recovery Board and its subgroups (including LCRB/DMG) provide the opportunity to assess police and crime issues and evolve a vision for London post recovery within that broader context.";
const GRANTS =
  "Since publishing the Youth Justice Criminal Action Plan in Autumn 2019, MOPAC's Disproportionality Challenge Fund was launched in June 2022 and grants have now been awarded to three projects covering six London boroughs in areas of high disproportionality within the youth justice system.";
const RELUCTANCE =
  "The reluctance sometimes shown by the MPS to share information more widely stemmed from a concern that this may reveal how information is gathered and compromise future work. However in the West Midlands this has not been a problem.";
const OPEN =
  "The Met has an open approach to dealing with corruption which you would not find in America.";
const EXTREMISM =
  "The problems of extremism are across London and the strategy needed to match this.";
const NONE = new Set<string>();
const THREAT =
  "There was a need to understand the level of threat and this was not always available across all of London but an understanding of this would help all partners, not least the Mayor, in establishing the level of resources needed.";
const POLICED =
  "Work was underway to build police confidence in the use of their powers and ensure that communities do not feel over-policed.";
const YOUTH = "The Board was given a summary on progress on the Youth Action Plan.";
const PCP =
  "The deferral of the mayoral election has meant that the latest the Police and Crime Plan (PCP) can be published was March 2022.";
const CHARTER =
  "The Mayors' commitment to ensure that London was a city where all women felt confident and safe at night was made clear and as such the Women's Night Safety Charter launched in 2018 was noted as being one of the key ways in which the commitment was being implemented.";

describe("passageVerdict", () => {
  it("says yes when the excerpt holds every word asked and denies none of them", () => {
    expect(
      passageVerdict(
        "is the dmg a subgroup of the london recovery board?",
        ["dmg", "subgroup", "london", "recovery", "board"],
        RECOVERY,
        NONE,
      ),
    ).toEqual({ verdict: true, denial: null });
  });

  it("says yes by the minutes' word for a verb asked that no passage writes ('handed out': 'awarded')", () => {
    // The deed asked ("handed out") is one the minutes write otherwise: "grants have now been
    // awarded" says it, as the everyday equivalents (search/synonyms.ts) record.
    const subject = ["grants", "handed", "disproportionality", "challenge", "fund"];
    const asked = "were any grants handed out from the disproportionality challenge fund?";
    expect(passageVerdict(asked, subject, GRANTS, new Set(["handed"]))?.verdict).toBe(true);
    expect(
      passageVerdict(
        "have grants been awarded from the disproportionality challenge fund?",
        ["grants", "awarded", "disproportionality", "challenge", "fund"],
        GRANTS,
        NONE,
      )?.verdict,
    ).toBe(true);
  });

  it("says yes by another form of the verb or its equivalent ('paying': 'spending')", () => {
    // 004_17215f53eb22288e.txt, item 4 paragraph 7.
    const SPENDING =
      "London borough councils are already spending money on services such as these, although there is some disparity in the amounts being spent by individual boroughs.";
    expect(
      passageVerdict(
        "are boroughs already paying for that?",
        ["boroughs", "already", "paying"],
        SPENDING,
        new Set(["paying"]),
      )?.verdict,
    ).toBe(true);
  });

  it("answers a question asked of a plan ('will it be run separately?') by the plan's 'would'", () => {
    // 004_17215f53eb22288e.txt, item 3 paragraph 4.
    const CONTEST =
      "The Board discussed the proposed new model for London – the London-wide CONTEST Board. This would be separate to the LCRB and would be co-chaired by the DMPC and the chair of London Councils.";
    expect(
      passageVerdict(
        "will the contest board be run separately from the lcrb?",
        ["contest", "board", "run", "separately", "lcrb"],
        CONTEST,
        new Set(["run"]),
      )?.verdict,
    ).toBe(true);
    // Asked of what was done, the plan's "would" says nothing of it.
    expect(
      passageVerdict(
        "was the contest board run separately from the lcrb?",
        ["contest", "board", "run", "separately", "lcrb"],
        CONTEST,
        new Set(["run"]),
      ),
    ).toBeNull();
  });

  it("gives no verdict to 'will …?' from a possibility or a deadline ('can be published')", () => {
    // 000_bc5123fd089beeb5.txt, DMG 8 June 2020: a latest date, not that it will be published.
    const PCP =
      "The deferral of the mayoral election has meant that the latest the Police and Crime Plan (PCP) can be published was March 2022.";
    expect(
      passageVerdict(
        "will the police and crime plan be published?",
        ["police", "crime", "plan", "published"],
        PCP,
        NONE,
      ),
    ).toBeNull();
  });

  it("says no, quoting the sentence, when a clause holding a word asked says 'not' or 'no'", () => {
    expect(
      passageVerdict(
        "does the london prevent board oversee the whole of contest?",
        ["london", "prevent", "board", "oversee", "whole", "contest"],
        PREVENT,
        new Set(["oversee"]),
      ),
    ).toEqual({ verdict: false, denial: expect.stringContaining("does not have comprehensive") });
    expect(
      passageVerdict(
        "was an interim police and crime plan on the cards in june 2020?",
        ["interim", "police", "crime", "plan", "cards"],
        RECOVERY,
        new Set(["cards"]),
      )?.verdict,
    ).toBe(false);
  });

  it("reads the MPS as the police, an acronym as the words it stands for", () => {
    expect(
      passageVerdict(
        "has police reluctance to share info been a problem in the west midlands?",
        ["police", "reluctance", "share", "info", "problem", "west", "midlands"],
        RELUCTANCE,
        new Set(["info"]),
      )?.verdict,
    ).toBe(false);
  });

  it("takes no 'not' of another clause for a no", () => {
    expect(
      passageVerdict(
        "does the met have an open approach to corruption?",
        ["met", "open", "approach", "corruption"],
        OPEN,
        NONE,
      )?.verdict,
    ).toBe(true);
  });

  it("gives no verdict on a question that is no yes or no, a choice, or 'just' one thing", () => {
    expect(
      passageVerdict("what did the board say about extremism?", ["extremism"], EXTREMISM, NONE),
    ).toBeNull();
    expect(
      passageVerdict(
        "is extremism a london problem or a borough one?",
        ["extremism", "london", "problem", "borough"],
        EXTREMISM,
        NONE,
      ),
    ).toBeNull();
    expect(
      passageVerdict(
        "is extremism just a borough problem, per 2015?",
        ["extremism", "borough", "problem"],
        EXTREMISM,
        NONE,
      ),
    ).toBeNull();
  });

  it("gives no verdict when a word asked is missing from the excerpt", () => {
    expect(
      passageVerdict(
        "did Lynne Owens say anything about disproportionality?",
        ["lynne", "owens", "disproportionality"],
        "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning.",
        NONE,
      ),
    ).toBeNull();
  });
});

describe("passageVerdict on everyday questions (review 2)", () => {
  it("takes a polite request for no yes-or-no question (C14)", () => {
    for (const asked of [
      "can you tell me about the youth action plan?",
      "could you show me the youth action plan?",
      "will you show me what the board said about the youth action plan?",
      "do you know what the board said about the youth action plan?",
      "would u give me the youth action plan",
      "can we see the youth action plan?",
    ])
      expect(passageVerdict(asked, ["youth", "action", "plan"], YOUTH, NONE), asked).toBeNull();
    expect(
      passageVerdict(
        "can you tell me about the youth action plan?",
        ["youth", "action", "plan"],
        YOUTH,
        NONE,
      ),
    ).toBeNull();
  });

  it("says no Yes when the verb asked is in no passage of the minutes (C1)", () => {
    expect(
      passageVerdict(
        "was the youth action plan ditched?",
        ["youth", "action", "plan", "ditched"],
        YOUTH,
        new Set(["ditched"]),
      ),
    ).toBeNull();
    expect(
      passageVerdict(
        "is the women's night safety charter still running?",
        ["women's", "night", "safety", "charter", "running"],
        CHARTER,
        new Set(["running"]),
      ),
    ).toBeNull();
  });

  it("says no No for a 'not' in another clause of the sentence (C2)", () => {
    expect(
      passageVerdict(
        "is there a need to understand the level of threat?",
        ["need", "understand", "level", "threat"],
        THREAT,
        NONE,
      ),
    ).toEqual({ verdict: true, denial: null });
  });

  it("says no No for a 'not' inside an aim (C3)", () => {
    expect(
      passageVerdict(
        "do communities feel over-policed?",
        ["communities", "feel", "over-policed"],
        POLICED,
        NONE,
      ),
    ).toBeNull();
    expect(
      denyingSentence("The work was planned in order not to duplicate the borough reviews.", [
        "borough",
        "reviews",
      ]),
    ).toBeNull();
  });

  it("says no No for a 'not' in a relative clause", () => {
    expect(denyingSentence(OPEN, ["america"])).toBeNull();
  });

  it("does not affirm by a word the search reads for another ('sign' is not 'commit', C4)", () => {
    expect(
      passageVerdict(
        "did the mayor sign the charter?",
        ["mayor", "sign", "charter"],
        CHARTER,
        NONE,
      ),
    ).toBeNull();
  });

  it("says no Yes when the sentence gives the deed as a deadline or a possibility (C9)", () => {
    expect(
      passageVerdict(
        "was the police and crime plan published?",
        ["police", "crime", "plan", "published"],
        PCP,
        NONE,
      ),
    ).toBeNull();
  });
});

describe("saysAbsent", () => {
  it("finds a subject said to be absent, not one beside another 'not'", () => {
    expect(saysAbsent("There was no other business.", ["business"])).toBe(true);
    expect(saysAbsent("There were no outstanding actions.", ["actions"])).toBe(true);
    expect(saysAbsent("Knife crime was not discussed.", ["knife", "crime"])).toBe(true);
    expect(saysAbsent(OPEN, ["america"])).toBe(false);
    expect(saysAbsent(RELUCTANCE, ["west", "midlands"])).toBe(false);
  });
});

describe("denyingSentence", () => {
  it("finds 'There was no other business' for 'business'", () => {
    expect(denyingSentence("There was no other business.", ["business"])).toBe(
      "There was no other business.",
    );
    expect(denyingSentence(OPEN, ["corruption"])).toBeNull();
  });
});

describe("a yes-or-no question answered from the minutes' passages", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await createAnswerContext({
      corpusDir: "corpus",
      cacheDir: null,
      today: "2026-12-05",
    });
  });

  it("leads with yes or no as the excerpt shown says", () => {
    const yes = answerQuestion("is the dmg a subgroup of the london recovery board?", context);
    expect(yes.title).toBe("Yes, as the minutes of DMG, 8 June 2020 record");
    expect(yes.kind).toBe("yes-no");
    const no = answerQuestion(
      "is the level of threat understood everywhere in london, per 2015?",
      context,
    );
    expect(no.title).toMatch(
      /^No: the minutes of LCRB, 10 March 2015 say “There was a need to understand the level of threat and this was not always available/,
    );
  });

  it("says no when the only sentence naming what was raised says there was none", () => {
    const answer = answerQuestion("was any other business raised at the june 2020 dmg?", context);
    expect(answer.title).toBe(
      "No: the minutes of DMG, 8 June 2020 say “There was no other business.”",
    );
  });

  it("says yes to whether something came up, whatever a sentence naming it denies (C13)", () => {
    const america = answerQuestion("did america come up in 2015?", context);
    expect(america.title).toMatch(/^Yes\b/);
    const midlands = answerQuestion("did the 2015 board talk about the west midlands?", context);
    expect(midlands.title).toMatch(/^Yes\b/);
  });

  it("leads with no Yes or No for a polite request or a verb the minutes never write", () => {
    for (const asked of [
      "can you tell me about the youth action plan?",
      "will you show me what the board said about fraud?",
      "do you know what the dmg said about rape victims?",
      "was the youth action plan ditched?",
      "did the mayor sign the charter?",
      "do communities feel over-policed?",
      "was the police and crime plan published?",
    ])
      expect(answerQuestion(asked, context).title, asked).not.toMatch(/^(?:Yes|No)\b/);
  });

  it("leaves what became of something to the outcome's own answer", () => {
    const answer = answerQuestion("has the London Policing Board been set up yet", context);
    expect(answer.title).not.toMatch(/^(?:Yes|No)\b/);
  });
});
