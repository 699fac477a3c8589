import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { conversationOn } from "../../support/conversation.js";

// A subject at two meetings side by side, on the five seed minutes: the Police and Crime Plan
// had an item at February 2021 and at April 2022; fraud came up in April 2022 and not in 2023.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("a subject at two meetings", () => {
  it("gives the boards each side's minutes name, asked 'new boards mentioned'", () => {
    const answer = conversationOn(context)("new boards mentioned: feb 21 v apr 23");
    expect(answer.summary).toBe(
      "LCRB, 2 February 2021: Efficiency Board, Safer Streets Board. LCRB, 12 April 2023: London Policing Board, Disproportionality Board.",
    );
  });

  it("shows a side that names no body of the kind but speaks of one in lower case", () => {
    // 002_0368bc6123038781.txt (12 April 2023): "A disproportionality scrutiny panel has also been
    // set up by the CPS"; "progressing through four working groups".
    const panels = conversationOn(context)("panels - feb 21 board v apr 23 board");
    expect(panels.summary).toContain("LCRB, 12 April 2023: none named; 1 item speaks of panels.");
    expect(panels.summary).toContain("LCRB, 2 February 2021: none named.");
    const groups = conversationOn(context)("groups mentioned: feb 21 v apr 23");
    expect(groups.summary).toContain("LCRB, 12 April 2023: none named; 1 item speaks of groups.");
  });

  it("shows a side whose minutes write the subject in another word, and says which", () => {
    // 003_0417dfde59a34df8.txt line 72: "… violence against women at night particularly
    // following the pandemic and in light of the re-opening of the night time economy."
    const answer = conversationOn(context)(
      "covid - dmg 2020 v apr 22 board, what was said each time",
    );
    expect(answer.summary).toMatch(/^Discussed at both/);
    expect(answer.summary).toContain("The minutes of LCRB, 27 April 2022 write “pandemic”.");
    expect(answer.sections.at(-1)?.citation?.file).toBe("003_0417dfde59a34df8.txt");
  });

  it("reads the subject once, and each side's date as a meeting, not as subject words", () => {
    const answer = conversationOn(context)("police and crime plan feb 2021 versus apr 2022");
    expect(answer.query).toMatchObject({
      target: "passages",
      aggregation: "compare",
      topic: ["police", "crime", "plan"],
    });
    expect(answer.meetings).toEqual(["lcrb-2021-02-02", "lcrb-2022-04-27"]);
    expect(answer.summary).toMatch(/^Discussed at both/);
    // The earlier meeting's passages first, then the later one's.
    expect(answer.sections[0]?.citation?.file).toBe("001_c2fb2c5d5dd83175.txt");
    expect(answer.sections.at(-1)?.citation?.file).toBe("003_0417dfde59a34df8.txt");
  });

  it("says which side's minutes do not mention it, earlier side first", () => {
    const answer = conversationOn(context)("compare fraud at the 2023 board with the 2022 one");
    expect(answer.summary).toBe(
      "Discussed at LCRB, 27 April 2022 only; the minutes of LCRB, 12 April 2023 do not mention “fraud”.",
    );
    expect(answer.sections.at(-1)?.text).toBe("No agenda item mentions “fraud”.");
  });

  it("reads a subject set before the sides by a dash, and shows each side's substance", () => {
    const answer = conversationOn(context)(
      "disproportionality - june 2020 dmg v apr 23 board, what's moved on?",
    );
    expect(answer.query).toMatchObject({
      target: "passages",
      aggregation: "compare",
      topic: ["disproportionality"],
    });
    const texts = answer.sections.map((section) => section.text ?? "");
    // Not item 1's "actions on disproportionality … were covered in the Agenda" (procedure), but
    // item 3's "… transparency on disproportionality data in terms of workforce and outcomes".
    expect(texts.join(" ")).toContain("in terms of workforce and outcomes");
    expect(texts.join(" ")).not.toContain("were covered in the Agenda");
    // The 2023 side has one item: two of its passages.
    expect(texts.join(" ")).toContain("four working groups");
  });

  it("leaves a subject changing over a stretch of time to the timeline", () => {
    const answer = conversationOn(context)(
      "how did talk of the police and crime plan change between 2020 and 2022",
    );
    expect(answer.query?.aggregation).toBe("timeline");
  });
});

describe("organisations at two meetings", () => {
  it("lists the organisations at both and at only one, not the people", () => {
    const answer = conversationOn(context)(
      "which partners attended both the 2021 and the 2023 boards",
    );
    expect(answer.title).toBe("Organisations at LCRB, 2 February 2021 and LCRB, 12 April 2023");
    expect(answer.sections[0]?.heading).toMatch(/^At both \(\d+\)$/);
    expect(answer.sections[0]?.bullets).toEqual(expect.arrayContaining(["MOPAC", "MPS"]));
    const listed = answer.sections.flatMap((s) => s.bullets);
    // Each organisation once, in whichever section it falls.
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe("which side was bigger, typed short", () => {
  it("answers 'fewer … than …?' yes or no", () => {
    expect(
      conversationOn(context)("less people at the 2023 board than the 2021 one?").title,
    ).toMatch(/^Yes: More people at LCRB, 2 February 2021/);
  });
});

describe("a body's every meeting as one side", () => {
  it("reads 'never at any LCRB' as all the LCRB meetings held, not the latest", () => {
    const answer = conversationOn(context)("who went to the DMG but never to any LCRB");
    expect(answer.title).toBe(
      "Attendance: the 4 LCRB meetings, 10 March 2015 to 12 April 2023 and DMG, 8 June 2020",
    );
    // Two bodies are no before and after: no one "joined" or "left".
    expect(answer.sections[0]?.heading).toMatch(
      /^Only at DMG, 8 June 2020, not the 4 LCRB meetings/,
    );
    const listed = answer.sections[0]?.bullets.join("\n") ?? "";
    // Barry Hughes came to the DMG and to the February 2021 board: he is not among them.
    expect(listed).not.toContain("Barry Hughes");
    expect(listed).toContain("Paul Wylie");
  });
});

describe("an organisation's people at two meetings", () => {
  it("reads 'the Met's representation' as the Met's people, on both sides", () => {
    const answer = conversationOn(context)(
      "how has the met's representation changed between 2015 and 2023",
    );
    expect(answer.query?.organisation).toEqual(["met"]);
    expect(answer.summary).toMatch(/^1 came to the first/);
  });
});

describe("someone at two meetings set side by side", () => {
  it("gives their record, not a search for their name in the passages", () => {
    // 003: "Claire Waxman … London Victims Commissioner" present; 002: her apologies.
    const answer = conversationOn(context)("Claire Waxman at the 2022 board v the 2023 board");
    expect(answer.intent).toBe("person");
    expect(answer.title).toBe("Claire Waxman");
    expect(answer.summary).not.toMatch(/mention/);
  });
});
