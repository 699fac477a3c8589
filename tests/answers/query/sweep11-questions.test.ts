import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { conversationOn } from "../../support/conversation.js";

// The rules written for the eleventh sweep's meetings named by subject, comparisons and dates
// relative to today (bench/data/question-sweep11.ts), through the router on the five seed minutes.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string, today = "2026-12-05") =>
  conversationOn({ ...context, today: () => today })(text);
const names = (answer: ReturnType<typeof ask>) =>
  answer.sections.flatMap((section) => section.people?.map((p) => p.name) ?? []);

describe("a list the minutes head with a plain word", () => {
  it("answers 'who were the officers?' with those listed in attendance at the meeting named", () => {
    // 000_bc5123fd089beeb5.txt:25-28 "Officers / Andy Davis MOPAC / Tony Hawker MOPAC".
    const answer = ask("the dmg w the transition board update - who were the officers?");
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
    expect(names(answer)).toEqual(["Andy Davis", "Tony Hawker"]);
  });

  it("says so when the meeting's list sets no officials apart, before giving everyone", () => {
    // 002_0368bc6123038781.txt: the April 2023 list has present and apologies, no "in attendance"
    // part; review 5 C7: everyone was answered as the officials, without a word.
    const answer = ask("who were the officials at the 2023 board?");
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    expect(answer.summary).toContain("sets no officers or officials apart");
  });
});

describe("someone's presence asked in other words", () => {
  it("leads with yes for 'in the room' at a meeting named by what it heard", () => {
    // 003_0417dfde59a34df8.txt:103 "over £60 million in programmes set up to support survivors of
    // VAWG"; Kenny Bowie (KB) is listed present.
    const answer = ask(
      "board that talked up the £60m for vawg survivors - was kenny bowie in the room?",
    );
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
    expect(answer.title).toMatch(/^Yes/);
  });
});

describe("two meetings compared on a body's people, yes or no", () => {
  it("reads 'the dmg n the casey board' as two meetings, and 'send the same person' as same or not", () => {
    // 000_bc5123fd089beeb5.txt:20 "Sinead Dervin NHSE"; 002_0368bc6123038781.txt:57 "Sinead
    // Dervin, NHS".
    const answer = ask("did the nhs send the same person to the dmg n the casey board?");
    expect(answer.query?.target).toBe("attendees");
    expect(answer.meetings).toEqual(["dmg-2020-06-08", "lcrb-2023-04-12"]);
    expect(answer.title).toMatch(/^Yes/);
    expect(JSON.stringify(answer.sections)).toContain("Sinead Dervin");
  });

  it("leads 'anyone on both lists?' with yes, then who", () => {
    // 003_0417dfde59a34df8.txt: "Apologies Cllr Jas Athwal (JA) … Cllr Darren Rodwell (DR)";
    // 002_0368bc6123038781.txt:69,73 both again among the apologies.
    const answer = ask("apols: apr 22 v apr 23 - anyone on both lists?");
    expect(answer.title).toMatch(/^Yes/);
    expect(answer.summary).toContain("Darren Rodwell, Jas Athwal");
  });
});

describe("two subjects set side by side", () => {
  it("lists each subject's meetings, as if asked alone, and says none took up both", () => {
    // 003_0417dfde59a34df8.txt "6. Tackling fraud"; 004_17215f53eb22288e.txt:71 "the Mayor
    // raised the issue of police corruption".
    const answer = ask("fraud v corruption - which mtgs?");
    expect(answer.meetings).toEqual(["lcrb-2015-03-10", "lcrb-2022-04-27"]);
    expect(answer.summary).toContain("No meeting took up both.");
    expect(answer.sections.map((s) => s.citation?.line)).toEqual([87, 71]);
  });
});

describe("subjects set side by side at the word that sets them so", () => {
  // 003_0417dfde59a34df8.txt:75 "violence against women at night": "against" inside a subject is
  // not the "v" that sets the two side by side.
  it("keeps 'against' inside a subject when 'v' sets the sides", () => {
    const answer = ask("violence against women v fraud - which mtgs?");
    expect(answer.title).not.toMatch(/“women fraud”/);
    expect(answer.summary).toContain("“fraud”: LCRB, 27 April 2022");
    expect(answer.meetings).toContain("lcrb-2022-04-27");
    expect(ask("which meetings discussed crime against businesses v fraud?").title).not.toMatch(
      /businesses fraud/,
    );
  });

  // Lib Peck is listed at three boards and named in no passage: not "not mentioned".
  it("says where the attendance lists name a person set side by side", () => {
    const answer = ask("sophie linden v lib peck - which meetings?");
    expect(answer.title).not.toMatch(/do not mention “lib peck”/);
    expect(answer.summary).toContain("the attendance lists name Lib Peck at 3 meetings");
  });
});

describe("two meetings' next meetings side by side", () => {
  it("gives what each one's minutes announced, each cited at its line", () => {
    // 004_17215f53eb22288e.txt:73 "Date of next LCRB meeting: 9 June 2015. 12:00pm at City Hall";
    // 000_bc5123fd089beeb5.txt:62-64 "LCRB meeting: 8 July 2020", "DMG meeting: 7 September 2020".
    const answer = ask("next mtg dates: 2015 board v june 2020 dmg");
    expect(answer.query).toMatchObject({ target: "scheduled", aggregation: "compare" });
    expect(answer.meetings).toEqual(["lcrb-2015-03-10", "dmg-2020-06-08"]);
    expect(answer.summary).toContain("9 June 2015");
    expect(answer.summary).toContain("7 September 2020");
    expect(answer.sections.map((s) => s.citation?.line)).toEqual([73, 62, 64]);
  });
});

describe("a month named without its year", () => {
  it("is this year's when this year's has been held, searched at that meeting", () => {
    // 002_0368bc6123038781.txt: "MOPAC are in the process of developing the new London Policing
    // Board"; the April 2022 board was a year before.
    const answer = ask(
      "the board in april - what did it say abt the new policing board?",
      "2023-06-01",
    );
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    expect(answer.results.every((r) => r.meetingId === "lcrb-2023-04-12")).toBe(true);
  });

  it("reads a month's short name before the meeting word as the month", () => {
    // 001_c2fb2c5d5dd83175.txt:17 "Sadiq Khan, Mayor of London, Chair" (2 February 2021).
    const answer = ask("the feb board - who chaired?", "2021-03-01");
    expect(answer.meeting?.id).toBe("lcrb-2021-02-02");
    expect(answer.title).toContain("Sadiq Khan");
  });
});
