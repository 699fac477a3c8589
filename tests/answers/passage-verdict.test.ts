import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { answerQuestion } from "../../src/answers/index.js";
import { denyingSentence, passageVerdict } from "../../src/answers/passage-verdict.js";

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

  it("does not need a word the minutes never write ('handed')", () => {
    const subject = ["grants", "handed", "disproportionality", "challenge", "fund"];
    const asked = "were any grants handed out from the disproportionality challenge fund?";
    expect(passageVerdict(asked, subject, GRANTS, new Set(["handed"]))?.verdict).toBe(true);
    expect(passageVerdict(asked, subject, GRANTS, NONE)).toBeNull();
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

  it("leaves what became of something to the outcome's own answer", () => {
    const answer = answerQuestion("has the London Policing Board been set up yet", context);
    expect(answer.title).not.toMatch(/^(?:Yes|No)\b/);
  });
});
