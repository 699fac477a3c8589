import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answers/answer.js";
import {
  type AnswerContext,
  answerContext,
  createAnswerContext,
} from "../../../src/answers/context.js";
import { answerQuestion } from "../../../src/answers/index.js";
import { answerToTerminal } from "../../../src/console/terminal.js";
import { conversationOn } from "../../support/conversation.js";

// Each executor through the router, on the five seed minutes, with questions as people type them.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});
const ask = (text: string) => answerQuestion(text, context);
const textOf = (answer: Answer) => answerToTerminal(answer, { color: false });

describe("apologies", () => {
  it("gives the apologies first, then the rest of the list", () => {
    const answer = ask("who sent apologies for the april 2023 meeting");
    expect(answer.title).toBe("Apologies for the LCRB meeting on 12 April 2023");
    expect(answer.summary).toMatch(/^12 sent apologies: Kenny Bowie, Ali Griffin,/);
    expect(answer.sections[0]?.heading).toBe("Apologies (12)");
    expect(answer.sections[0]?.citation?.line).toBe(70);
  });

  it("says no apologies were recorded rather than listing none", () => {
    expect(ask("who sent apologies to the 2015 meeting").summary).toMatch(
      /^No apologies recorded for this meeting\./,
    );
  });

  it("counts them", () => {
    const answer = ask("how many apologies were there at the 2022 meeting");
    expect(answer).toMatchObject({
      kind: "count",
      title: "2 sent apologies to the LCRB meeting on 27 April 2022",
    });
  });
});

describe("chair", () => {
  it("names the chair from the attendance list, not everyone", () => {
    const answer = ask("who chaired the march 2015 meeting");
    expect(answer.title).toBe("Boris Johnson chaired the LCRB meeting on 10 March 2015");
    expect(textOf(answer)).not.toContain("Kate Gilbert");
  });

  it("names co-chairs, and not a post that chairs something else", () => {
    const answer = ask("who chaired the dmg");
    expect(answer.title).toBe(
      "Sophie Linden and Stephen House chaired the DMG meeting on 8 June 2020",
    );
    expect(textOf(answer)).not.toContain("Claire Waxman");
  });

  it("names who chairs another body when an attendance line says so, cited there", () => {
    // 000_bc5123fd089beeb5.txt:17 "Paul Wylie	Director of Strategy MOPAC and Chair of LMSPB &
    // SOCB"; :16 "Claire Waxman	Victims Commissioner, Chair Victim & Hate Crime Boards".
    const lmspb = ask("who chaired the LMSPB, per the dmg attendance?");
    expect(lmspb.title).toBe("Paul Wylie: listed as chair of LMSPB");
    expect(lmspb.sections[0]?.citation?.line).toBe(17);
    expect(ask("who chairs the hate crime board?").title).toBe(
      "Claire Waxman: listed as chair of hate crime board",
    );
    // Our own bodies' chairs are the meetings' chairs, as before.
    expect(ask("who chaired the dmg").title).toMatch(/^Sophie Linden and Stephen House chaired/);
  });

  it("answers once when every meeting that fits had the same chair, naming each, cited", () => {
    // Disproportionality came up at the LCRB of 2 February 2021 and of 12 April 2023, both
    // chaired by Sadiq Khan: which one is meant does not change the answer.
    const answer = ask("the board with the disproportionality paper - who chaired?");
    expect(answer.title).toBe(
      "Sadiq Khan chaired both: LCRB, 2 February 2021 and LCRB, 12 April 2023",
    );
    expect(answer.meetings).toEqual(["lcrb-2021-02-02", "lcrb-2023-04-12"]);
    expect(answer.sections.map((s) => s.citation?.line)).toEqual([27, 21]);
    // Chairs that differ are still a choice: the DMG of June 2020 had two co-chairs.
    expect(ask("who chaired the meeting that discussed community engagement?").title).toBe(
      "Which meeting?",
    );
  });

  it("reads who opened the meeting when the list names no chair", () => {
    const answer = ask("who chaired the april 2022 meeting");
    expect(answer.title).toBe("Sadiq Khan chaired the LCRB meeting on 27 April 2022");
    expect(answer.sections[0]?.citation?.line).toBe(43);
  });
});

describe("presence", () => {
  it("answers yes or no first, then the evidence", () => {
    expect(ask("was sadiq khan at the dmg?").title).toBe(
      "No: Sadiq Khan is not named in the attendance list of the DMG meeting on 8 June 2020",
    );
    expect(ask("was claire waxman at the dmg").title).toBe(
      "Yes: Claire Waxman was present at the DMG meeting on 8 June 2020",
    );
    expect(ask("was claire waxman at the dmg")).toMatchObject({ kind: "yes-no", verdict: true });
    expect(ask("was jas athwal at the april 2022 meeting")).toMatchObject({
      kind: "yes-no",
      verdict: false,
      title: "No: Jas Athwal sent apologies to the LCRB meeting on 27 April 2022",
    });
  });
});

describe("counts", () => {
  it("counts those who came: present and in attendance", () => {
    const answer = ask("how many people attended the april 2022 meeting");
    expect(answer.title).toBe("22 people attended the LCRB meeting on 27 April 2022");
    expect(answer).toMatchObject({ kind: "count", count: 22 });
    expect(answer.summary).toMatch(/^18 present, 4 in attendance; 2 sent apologies\./);
  });

  it("counts agenda items", () => {
    expect(ask("how many items were on the agenda in march 2015").title).toBe(
      "5 agenda items at the LCRB meeting on 10 March 2015",
    );
  });
});

describe("meetings named by subject", () => {
  it("resolves a subject to the meeting whose item is about it", () => {
    expect(ask("who attended the fraud meeting?").meeting?.id).toBe("lcrb-2022-04-27");
    expect(ask("what happened at the prevent meeting").meeting?.id).toBe("lcrb-2015-03-10");
    expect(ask("the meeting lynne owens presented at").meeting?.id).toBe("lcrb-2023-04-12");
  });

  it("offers a choice when several meetings are about it, never a silent latest", () => {
    const answer = ask("who attended the police and crime plan meeting");
    expect(answer.meeting).toBeNull();
    expect(answer.kind).toBe("candidates");
    expect(answer.candidates.map((c) => c.id)).toEqual([
      "dmg-2020-06-08",
      "lcrb-2021-02-02",
      "lcrb-2022-04-27",
    ]);
  });

  it("lists the first ten of many meetings that fit, saying how many more", () => {
    // The seed minutes four times over, each copy ten years on: twelve meetings hold the plan.
    const copies = [0, 10, 20, 30].flatMap((years) =>
      context.meetings.map((meeting) => {
        const date = `${Number(meeting.date.slice(0, 4)) + years}${meeting.date.slice(4)}`;
        return { ...meeting, date, id: meeting.id.replace(meeting.date, date) };
      }),
    );
    const { directory: _, ...snapshot } = context;
    const many = answerContext({ ...snapshot, meetings: copies });
    const answer = answerQuestion("who attended the police and crime plan meeting", many);
    expect(answer.kind).toBe("candidates");
    expect(answer.summary).toBe(
      "12 meetings fit “the meeting that discussed “police crime plan””: which one do you mean? The first 10 are listed; name a date or a year to narrow the 2 more.",
    );
    expect(answer.candidates.map((c) => c.id).slice(0, 4)).toEqual([
      "dmg-2020-06-08",
      "lcrb-2021-02-02",
      "lcrb-2022-04-27",
      "dmg-2030-06-08",
    ]);
    expect(answer.candidates).toHaveLength(10);
    expect(answer.sections[0]?.bullets).toHaveLength(10);
    expect(answer.followUps).toHaveLength(10);
  });

  it("reads a misspelt subject as the minutes spell it", () => {
    expect(ask("who atended the fruad meeting").meeting?.id).toBe("lcrb-2022-04-27");
  });
});

describe("across meetings", () => {
  it("lists each meeting that discussed a subject, in date order, with a cited line", () => {
    const answer = ask("which meetings discussed disproportionality?");
    expect(answer.kind).toBe("list");
    expect(answer.meetings).toEqual(["dmg-2020-06-08", "lcrb-2021-02-02", "lcrb-2023-04-12"]);
    expect(textOf(answer)).toContain("002_0368bc6123038781.txt:107");
  });

  it("finds the first and the last time", () => {
    expect(ask("when was vawg first raised").meeting?.id).toBe("lcrb-2022-04-27");
    expect(ask("when did the board last discuss court backlogs").title).toBe(
      "Last discussed on 12 April 2023 (LCRB)",
    );
  });

  it("counts how often, and gives a timeline in date order", () => {
    expect(ask("how often has fraud come up").title).toBe("“fraud” came up in 1 meeting");
    const timeline = ask("timeline of the police and crime plan");
    expect(timeline).toMatchObject({
      kind: "timeline",
      meetings: ["dmg-2020-06-08", "lcrb-2021-02-02", "lcrb-2022-04-27"],
    });
  });

  it("says plainly when the minutes never mention it", () => {
    const answer = ask("which meetings discussed brexit");
    expect(answer.title).toBe("The minutes do not mention “brexit”");
    expect(answer.meetings).toEqual([]);
  });

  it("reads a topic since a year as a timeline from then", () => {
    const answer = ask("whats changed on disproportionality since 2021");
    expect(answer.meetings).toEqual(["lcrb-2021-02-02", "lcrb-2023-04-12"]);
  });
});

describe("attendance compared", () => {
  it("says who joined and who left, by organisation", () => {
    const answer = ask("compare attendance between the april 2022 and april 2023 meetings");
    expect(answer.kind).toBe("comparison");
    expect(answer.meetings).toEqual(["lcrb-2022-04-27", "lcrb-2023-04-12"]);
    const [joined, left] = answer.sections;
    expect(joined?.heading).toMatch(/^Joined: /);
    expect(joined?.bullets).toContain("MPS: Lynne Owens");
    expect(joined?.bullets).toContain(
      "London Councils: Ian Edwards, Daniel Houghton, Nesil Caliskan, Althea Loderick, Ella Watson",
    );
    expect(left?.heading).toMatch(/^Left: /);
    expect(left?.bullets.join(" ")).toContain("Helen Ball");
    // Claire Waxman came in 2022 and sent apologies in 2023.
    expect(left?.bullets.join(" ")).toContain("Claire Waxman (sent apologies)");
  });

  it("narrows to an organisation, and to one direction when asked", () => {
    const answer = ask("which london councils people joined between 2022 and 2023");
    expect(answer.sections.map((s) => s.heading)).toEqual([
      expect.stringMatching(/^Joined: .*\(5\)$/),
    ]);
    expect(textOf(answer)).not.toContain("Lynne Owens");
    expect(answer).toMatchObject({
      kind: "comparison",
      comparison: {
        joined: [
          "Ian Edwards",
          "Daniel Houghton",
          "Nesil Caliskan",
          "Althea Loderick",
          "Ella Watson",
        ],
      },
    });
  });

  it("says which side it has no minutes for", () => {
    expect(ask("compare attendance between 2019 and 2023").summary).toMatch(
      /^I have no minutes for a meeting in 2019\./,
    );
  });
});

describe("relative and chained meetings", () => {
  it.each([
    ["what happened at the meeting after march 2015", "dmg-2020-06-08"],
    ["the lcrb meeting after march 2015", "lcrb-2021-02-02"],
    ["the meeting before the casey meeting", "lcrb-2022-04-27"],
    ["the lcrb meeting before the dmg", "lcrb-2015-03-10"],
    ["what was on the agenda two meetings before the latest", "lcrb-2021-02-02"],
    ["latest meeting before 2022", "lcrb-2021-02-02"],
    ["the second lcrb meeting", "lcrb-2021-02-02"],
  ])("%s → %s", (text, id) => {
    expect(ask(text).meeting?.id).toBe(id);
  });

  it("lists several meetings counted from an end", () => {
    expect(ask("the last two lcrb meetings")).toMatchObject({
      kind: "list",
      meetings: ["lcrb-2022-04-27", "lcrb-2023-04-12"],
    });
  });

  it("lists each meeting's items without the ones every meeting has", () => {
    const answer = ask("the first two lcrb meetings");
    expect(answer.meetings).toEqual(["lcrb-2015-03-10", "lcrb-2021-02-02"]);
    const bullets = answer.sections[1]?.bullets.join("\n") ?? "";
    expect(bullets).toContain("The Action Plan");
    expect(bullets).not.toMatch(/Agreement of minutes/i);
  });

  it("answers 'the next meeting after' from that meeting's own minutes", () => {
    const answer = ask("the next meeting after the march 2015 one");
    expect(answer.summary).toBe(
      "Next LCRB meeting: Tuesday 9 June 2015, 12:00, City Hall (I have no minutes of it).",
    );
    expect(answer.sections[0]?.citation?.line).toBe(73);
  });

  it("says there is none after the latest", () => {
    const answer = ask("who attended the meeting after the casey meeting");
    expect(answer.meeting).toBeNull();
    expect(answer.summary).toMatch(
      /^I have no minutes for the meeting after the LCRB meeting on 12 April 2023\./,
    );
  });
});

describe("when it cannot know", () => {
  it("says what the minutes before announced for a meeting it has no minutes of", () => {
    const answer = ask("who attended the 9 june 2015 meeting");
    expect(answer.summary).toContain("I have no minutes for a meeting on 9 June 2015.");
    expect(answer.summary).toContain(
      "The minutes of LCRB, 10 March 2015 scheduled the next LCRB meeting for Tuesday 9 June 2015, 12:00, City Hall.",
    );
    expect(answer.sections[0]?.citation).toMatchObject({
      file: "004_17215f53eb22288e.txt",
      line: 73,
    });
  });
});

describe("an item named by its title", () => {
  it("opens the item whose whole title the subject is, within the year named", () => {
    const answer = ask("tell me about the Operational update in 2022");
    expect(answer.title).toBe("LCRB, 27 April 2022: 3 Operational update");
    expect(answer.summary).toBe("All 5 paragraphs of the item.");
    expect(answer.sections.map((s) => s.citation?.line)).toEqual([57, 59, 61, 63, 65]);
  });

  it("opens it from 'the … item' with fewer words than the title", () => {
    expect(ask("read me the youth action plan disproportionality item").title).toBe(
      "LCRB, 2 February 2021: 3 Tackling ethnic disproportionality in the Youth Action Plan",
    );
    expect(ask("show me the tackling fraud item").title).toBe(
      "LCRB, 27 April 2022: 6 Tackling fraud",
    );
  });

  it("then points to the other meetings that speak of the subject, latest first", () => {
    const answer = ask("tell me about disproportionality");
    expect(answer.title).toBe("LCRB, 12 April 2023: 3 Disproportionality");
    expect(answer.summary).toBe(
      "All 4 paragraphs of the item. 2 other meetings speak of it, below.",
    );
    expect(answer.sections.slice(4).map((s) => s.heading)).toEqual([
      "LCRB, 2 February 2021: 3 Tackling ethnic disproportionality in the Youth Action Plan",
      "DMG, 8 June 2020: 1 Welcome, Minutes and Actions",
    ]);
  });

  it("searches a subject that titles an item at several meetings, part of a title, or a title typed alone", () => {
    expect(ask("what came up under any other business").title).toMatch(
      /^What the minutes say about/,
    );
    expect(ask("what was said about terms of reference").title).toMatch(
      /^What the minutes say about/,
    );
    expect(ask("tackling fraud").title).toBe("What the minutes say about “tackling fraud”");
    expect(ask("who gave the operational update").intent).toBe("search");
    expect(ask("what was said about casey review?").intent).toBe("search");
  });

  it("reads 'counter' as a word of the subject, not as asking for a count", () => {
    expect(ask("counter terrorism").query?.topic).toEqual(["counter", "terrorism"]);
    expect(ask("counter terrorism").title).toBe("What the minutes say about “counter terrorism”");
  });

  it("in a conversation, takes the item from the meeting talked about", () => {
    const say = conversationOn(context);
    say("what happened at the April 2022 board?");
    expect(say("show me the fraud item").title).toBe("LCRB, 27 April 2022: 6 Tackling fraud");
    say("DMG June 2020");
    expect(say("tell me about the police and crime plan item").title).toBe(
      "DMG, 8 June 2020: 4 Police and Crime Plan",
    );
  });
});

describe("follow-ups in a conversation", () => {
  const conversation = () => conversationOn(context);

  it("reads 'what else came up?' and 'when was the next one?' from the meeting talked about", () => {
    const say = conversation();
    say("who attended the 2021 meeting");
    expect(say("what else came up?").meeting?.id).toBe("lcrb-2021-02-02");
    expect(say("when was the next one?").meeting?.id).toBe("lcrb-2022-04-27");
    expect(say("who chaired the one before that?").meeting?.id).toBe("lcrb-2021-02-02");
    // Asked in the present, "the next meeting" is still the one to come.
    expect(say("when is the next meeting?").intent).toBe("next");
  });

  it("inherits the meeting, then steps from it", () => {
    const say = conversation();
    expect(say("who attended the fraud meeting?").meeting?.id).toBe("lcrb-2022-04-27");
    expect(say("and who sent apologies?").title).toBe(
      "Apologies for the LCRB meeting on 27 April 2022",
    );
    expect(say("the one before?").title).toBe("Apologies for the LCRB meeting on 2 February 2021");
    expect(say("what about the DMG?").title).toBe("Apologies for the DMG meeting on 8 June 2020");
  });

  it("opens an item in full: 'more on item 3', 'tell me more'", () => {
    const say = conversation();
    say("summarise the march 2015 meeting");
    const item = say("more on item 3");
    expect(item.title).toBe("LCRB, 10 March 2015: 3 Counter Terrorism");
    expect(item.sections.map((s) => s.citation?.line)).toEqual([47, 48, 49, 50, 54]);
    say("what did the board say about fraud");
    expect(say("tell me more").title).toBe("LCRB, 27 April 2022: 6 Tackling fraud");
  });

  it("keeps the person of a yes/no question for the next meeting asked about", () => {
    const say = conversation();
    say("was sadiq khan at the dmg");
    expect(say("what about the 2021 meeting?").title).toBe(
      "Yes: Sadiq Khan was present at the LCRB meeting on 2 February 2021",
    );
  });

  it("reads a new question in a conversation on its own", () => {
    const say = conversation();
    say("who attended the fraud meeting?");
    expect(say("when is the next meeting?").intent).toBe("next");
    expect(say("which meetings discussed stalking").meetings).toEqual(["lcrb-2022-04-27"]);
  });
});

describe("organisations ranked", () => {
  it("ranks by meetings attended, one organisation however the lists write it", () => {
    const answer = ask("which organisations attended the most meetings");
    expect(answer.kind).toBe("list");
    expect(answer.summary).toMatch(/^Most: MOPAC \(5 meetings, 29 attendances\)\./);
    const bullets = answer.sections[0]?.bullets ?? [];
    // 2015 writes "Crown Prosecution Service", later lists "CPS": one organisation, four meetings.
    expect(bullets).toContain("Crown Prosecution Service: 4 meetings, 6 attendances");
    expect(bullets.some((b) => b.startsWith("CPS:"))).toBe(false);
    // "London Council" (2022) is London Councils.
    expect(bullets.some((b) => b.startsWith("London Council:"))).toBe(false);
  });

  it("ranks by people at one meeting, ties named together, apologies not counted", () => {
    const answer = ask("which organisation sent the most people to the April 2023 meeting");
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    // 002_0368bc6123038781.txt: seven MOPAC and seven London Councils lines among those present;
    // Kenny Bowie (MOPAC) and Ali Griffin (London Councils) sent apologies.
    expect(answer.summary).toMatch(/^Most: London Councils, MOPAC \(7 people\)\./);
  });

  it("puts the fewest first when asked for the fewest", () => {
    const answer = ask("which organisations attended the fewest meetings");
    expect(answer.summary).toMatch(/^Fewest: .*\(1 meeting, 1 attendance\)\./);
  });
});

describe("organisations at a meeting or on a board", () => {
  it("leads with how many were at one meeting and lists every one", () => {
    const answer = ask("which organisations attended the 2023 meeting");
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    expect(answer.title).toBe("Organisations at LCRB, 12 April 2023");
    // 002_0368bc6123038781.txt: the Mayor and the DMPC are listed with posts, not organisations.
    expect(answer.summary).toMatch(
      /^9 organisations named in the attendance list at LCRB, 12 April 2023\. Most: London Councils, MOPAC \(7 people\)\. 2 attendees with no organisation given/,
    );
    const bullets = answer.sections[0]?.bullets ?? [];
    expect(bullets).toHaveLength(9);
    expect(bullets).toContain("London Prisons Group: 1 person");
  });

  it("counts them the same way", () => {
    expect(ask("how many organisations were at the April 2023 board").summary).toMatch(
      /^9 organisations named/,
    );
  });

  it("reads a board's membership over every meeting of that board", () => {
    const answer = ask("what agencies sit on the board");
    expect(answer.title).toBe("Organisations over 4 meetings of the LCRB");
    expect(answer.meetings).not.toContain("dmg-2020-06-08");
    expect(answer.sections[0]?.bullets).toContain("MOPAC: 4 meetings, 26 attendances");
  });

  it("keeps 'the last DMG' as one meeting", () => {
    expect(ask("which organisations were at the last DMG").meeting?.id).toBe("dmg-2020-06-08");
  });
});

describe("subjects that come back", () => {
  it("finds the subjects on more than one agenda, most meetings first", () => {
    const answer = ask("which agenda items recur");
    expect(answer.summary).toMatch(/^Most often: Police and Crime Plan \(3 meetings\)\./);
    expect(answer.sections[0]?.bullets?.[1]).toMatch(
      /^Disproportionality: 2 meetings, LCRB, 2 February 2021, item 3 Tackling ethnic disproportionality/,
    );
    expect(answer.meetings).toEqual([
      "dmg-2020-06-08",
      "lcrb-2021-02-02",
      "lcrb-2022-04-27",
      "lcrb-2023-04-12",
    ]);
  });

  it("covers only the board named", () => {
    const answer = ask("what does the LCRB discuss most");
    expect(answer.title).toBe("Subjects on more than one agenda, over 4 meetings of the LCRB");
    expect(answer.meetings).not.toContain("dmg-2020-06-08");
  });
});

describe("over time", () => {
  it("gives each meeting's attendance in date order, with where it started and ended", () => {
    const answer = ask("did attendance go up or down over time");
    expect(answer.kind).toBe("timeline");
    expect(answer.meetings).toEqual([
      "lcrb-2015-03-10",
      "dmg-2020-06-08",
      "lcrb-2021-02-02",
      "lcrb-2022-04-27",
      "lcrb-2023-04-12",
    ]);
    // The board and its delivery group are two series, not one.
    expect(answer.summary).toBe(
      "LCRB: up from 20 to 24 (10 March 2015 to 12 April 2023); most 36 (2 February 2021), fewest 20 (10 March 2015). 13 people came to DMG, 8 June 2020.",
    );
    expect(answer.sections[0]?.bullets).toContain(
      "LCRB, 12 April 2023: 24 people came, 12 sent apologies",
    );
  });

  it("says the minutes do not give a board's frequency, and gives the gaps between its meetings", () => {
    const answer = ask("how often does the board meet");
    expect(answer.meetings).toEqual([
      "lcrb-2015-03-10",
      "lcrb-2021-02-02",
      "lcrb-2022-04-27",
      "lcrb-2023-04-12",
    ]);
    expect(answer.summary).toMatch(/^The minutes do not say how often the LCRB meets\./);
    expect(answer.sections[0]?.bullets).toContain(
      "LCRB, 2 February 2021: 5 years 10 months after the one before",
    );
  });

  it("leaves how often a subject was discussed to the passages", () => {
    expect(ask("how often was fraud discussed").query?.aggregation).toBe("count");
  });
});

describe("a subject between two years", () => {
  it("searches only the meetings in the period", () => {
    const answer = ask("what was said about disproportionality between 2020 and 2022");
    const meetings = new Set(answer.results.map((r) => r.meetingId));
    expect(meetings.has("lcrb-2021-02-02")).toBe(true);
    expect(meetings.has("lcrb-2023-04-12")).toBe(false);
    expect(answer.title).toBe("What the minutes say about “disproportionality”");
  });
});

describe("an organisation's people, asked yes or no or counted", () => {
  it("says no one came, and how many sent apologies, before the list", () => {
    expect(ask("was HMCTS represented at the 2023 board").title).toBe(
      "No: no one from HMCTS attended the LCRB meeting on Wednesday 12 April 2023; 1 sent apologies",
    );
    expect(ask("was london councils there in 2015").title).toBe(
      "Yes: 3 people from london councils attended the LCRB meeting on Tuesday 10 March 2015",
    );
  });

  it("counts only the organisation's people", () => {
    const answer = ask("how many from the mps at the 2022 board");
    expect(answer.title).toBe("2 people from mps attended the LCRB meeting on 27 April 2022");
    expect(textOf(answer)).toContain("Jane E Garvan");
  });
});

describe("someone's record", () => {
  it("is about every meeting its lines show, the meeting asked after first", () => {
    // Lionel Idan is listed at the February 2021 (corpus/001… line 63), April 2022 and April
    // 2023 (corpus/002… line 61, "CPS South") boards.
    const answer = ask("lionel idan's org 2021 v 2023?");
    expect(answer.meeting?.id).toBe("lcrb-2021-02-02");
    expect(answer.meetings).toEqual(["lcrb-2021-02-02", "lcrb-2022-04-27", "lcrb-2023-04-12"]);
    expect(textOf(answer)).toContain("CPS South");
  });
});

describe("whether someone held a post", () => {
  it("answers yes or no, with the posts as the lists write them", () => {
    expect(ask("was Kenny Bowie a MOPAC director?").title).toBe(
      "Yes: Kenny Bowie is listed as Director, S&MPS Oversight MOPAC at LCRB, 27 April 2022",
    );
    expect(ask("is Claire Waxman the victims commissioner").title).toMatch(
      /^Yes: Claire Waxman is listed as Victims Commissioner/,
    );
    expect(ask("is Kilvinder Vigurs the NPS chief executive?").title).toBe(
      "No: Kilvinder Vigurs is not listed as NPS chief executive; listed as NPS (2021); Regional Director, NPS (2022); Probation (2023)",
    );
  });

  it("leaves whether they chaired the meeting to the chair's answer", () => {
    expect(ask("was Sadiq Khan the chair in 2023").title).toBe(
      "Yes: Sadiq Khan chaired the LCRB meeting on 12 April 2023",
    );
  });
});

describe("whether someone was with an organisation at the meeting named", () => {
  it("answers from that meeting's line, not from whether they came", () => {
    expect(ask("was Lib Peck with the VRU in 2015").title).toBe(
      "No: Lib Peck is not listed with VRU at the LCRB meeting on 10 March 2015; listed as LB Lambeth (2015); VRU (2021, 2023)",
    );
    expect(ask("was Lib Peck with the VRU in 2023").title).toBe(
      "Yes: Lib Peck is listed as VRU at the LCRB meeting on 12 April 2023",
    );
  });
});

describe("a subject that names another body", () => {
  it("finds only the items where its name's words stand together", () => {
    const answer = ask("was the disproportionality board ever discussed");
    expect(answer.title).toBe("Yes: “disproportionality board” came up at LCRB, 12 April 2023");
    expect(answer.meetings).toEqual(["lcrb-2023-04-12"]);
  });
});

describe("whether a post chaired a meeting", () => {
  it("answers yes or no from the chairs the attendance list names", () => {
    expect(ask("did the DMPC chair the june 2020 group").title).toBe(
      "Yes: Sophie Linden (DMPC) chaired the DMG meeting on 8 June 2020",
    );
    expect(ask("did the mayor chair the june 2020 dmg").title).toBe(
      "No: Sophie Linden and Stephen House chaired the DMG meeting on 8 June 2020, not the mayor",
    );
  });

  it("is a yes-or-no answer with its verdict, for every face to lead with", () => {
    expect(ask("did the DMPC chair the june 2020 group")).toMatchObject({
      kind: "yes-no",
      verdict: true,
    });
    expect(ask("did the Mayor chair the DMG?")).toMatchObject({ kind: "yes-no", verdict: false });
  });
});

describe("attendance asked as who has been coming", () => {
  it("is the attendance list", () => {
    expect(ask("who has been coming to the DMG").title).toBe(
      "Who attended the DMG meeting on Monday 8 June 2020",
    );
  });
});

describe("what did not happen", () => {
  it("lists the meetings that did not discuss a subject", () => {
    const answer = ask("which meetings did not discuss the police and crime plan");
    expect(answer.title).toBe("2 meetings did not discuss “police crime plan”");
    expect(answer.meetings).toEqual(["lcrb-2015-03-10", "lcrb-2023-04-12"]);
    expect(ask("which meetings never mentioned fraud").summary).toMatch(/The other meeting did\.$/);
  });

  it("reads 'who missed' as the apologies", () => {
    expect(ask("who missed the 2023 meeting").title).toBe(
      "Apologies for the LCRB meeting on 12 April 2023",
    );
  });

  it("finds who came and never sent apologies, and who only sent apologies", () => {
    const never = ask("who has never sent apologies");
    expect(never.summary).toMatch(/^67 people came and never sent apologies/);
    expect(never.sections[0]?.bullets?.[0]).toBe("Doug Flight: came to 5 meetings");
    const text = textOf(never);
    // 002_0368bc6123038781.txt: Kenny Bowie is among the 2023 apologies.
    expect(text).not.toContain("Kenny Bowie");
    expect(ask("who never came").summary).toMatch(/^7 people sent apologies and never came\./);
  });
});

describe("an item at an end of the agenda", () => {
  it("is the meeting's first or last item, the latest meeting's when none is named", () => {
    expect(ask("what was the last item at the 2022 meeting").title).toBe(
      "LCRB, 27 April 2022: 7 Any other business",
    );
    expect(ask("what was the first item").title).toBe(
      "LCRB, 12 April 2023: 1 Welcome, minutes and previous actions",
    );
  });
});

describe("chairs across meetings", () => {
  it("ranks who chaired the most meetings, co-chairs together", () => {
    const answer = ask("who chaired the most meetings");
    expect(answer.title).toBe("Most meetings chaired: Sadiq Khan (3 meetings)");
    expect(answer.sections[0]?.bullets).toContain(
      "Sophie Linden and Stephen House: 1 meeting (DMG, 8 June 2020)",
    );
  });

  it("gives the chairs in turn, each body on its own", () => {
    expect(ask("has the chair changed").summary).toBe(
      "LCRB: Boris Johnson, then Sadiq Khan. DMG: Sophie Linden and Stephen House at its one meeting here.",
    );
    const board = ask("who has chaired the board over the years");
    expect(board.meetings).not.toContain("dmg-2020-06-08");
    expect(board.sections[0]?.bullets).toContain(
      "Sadiq Khan: LCRB, 2 February 2021 to 12 April 2023 (3 meetings)",
    );
  });
});

describe("a meeting's topics", () => {
  it("is the meeting's business", () => {
    const answer = ask("what topics were discussed at the 2021 meeting");
    expect(answer.meeting?.id).toBe("lcrb-2021-02-02");
    expect(answer.sections.map((s) => s.heading)).toContain(
      "3 Tackling ethnic disproportionality in the Youth Action Plan",
    );
  });

  it("leaves issues raised about a subject to the search", () => {
    expect(ask("what issues were raised about fraud").meeting).toBeNull();
  });
});

describe("a person's own first and last meeting", () => {
  it("is the first they attended, not the first in the minutes", () => {
    const answer = ask("when did Lynne Owens first attend");
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    expect(answer.summary).toMatch(/^First attended LCRB, 12 April 2023: present/);
  });

  it("keeps 'the last meeting' as the minutes' last meeting", () => {
    const answer = ask("was Claire Waxman at the last meeting");
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    expect(answer.summary).not.toMatch(/^Last attended/);
  });
});

describe("attendance at both", () => {
  it("lists only those at both meetings", () => {
    const answer = ask("who attended both the 2022 and 2023 meetings");
    expect(answer.kind).toBe("comparison");
    expect(answer.title).toBe("At both: LCRB, 27 April 2022 and LCRB, 12 April 2023");
    expect(answer.sections.map((s) => s.heading)).toEqual(["At both (12)"]);
    const text = textOf(answer);
    expect(text).toContain("Sadiq Khan");
    expect(text).not.toContain("Lynne Owens");
  });
});

describe("when and where a meeting was held", () => {
  it("gives the start time and venue the header records", () => {
    // 000_bc5123fd089beeb5.txt: "Monday 8 June 2020, 14:00, MS Teams".
    const answer = ask("what time did the June 2020 meeting start");
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
    expect(answer.title).toBe("The DMG meeting on Monday 8 June 2020: 14:00, MS Teams");
    expect(answer.summary).toBe("Started at 14:00; held at MS Teams.");
  });

  it("says what the minutes do not record instead of guessing", () => {
    const answer = ask("what time did the April 2023 meeting start");
    expect(answer.summary).toBe("The minutes do not record the start time or the venue.");
  });

  it("lists the meetings held online and those with no venue", () => {
    const answer = ask("which meetings were held online");
    expect(answer.kind).toBe("list");
    expect(answer.meetings).toEqual(["dmg-2020-06-08"]);
    expect(answer.sections[1]?.heading).toBe("No venue recorded");
  });

  it("leaves a question about the next meeting to the next meeting's answer", () => {
    expect(ask("what time is the next meeting").intent).toBe("next");
  });
});

describe("a subject the minutes are silent on", () => {
  it("offers the narrower question when the words they do mention are an agenda subject", () => {
    const answer = ask("did the board discuss online fraud");
    expect(answer.results).toEqual([]);
    // 003_0417dfde59a34df8.txt, item 6 "Tackling fraud".
    expect(answer.followUps[0]).toBe("what was said about fraud?");
  });

  it("offers nothing narrower when those words are no subject of their own", () => {
    const answer = ask("what was said about stop and search");
    expect(answer.results).toEqual([]);
    expect(answer.followUps).toEqual(["list the meetings", "help"]);
  });
});

describe("a subject within a period", () => {
  it("is silent when the period's minutes do not mention all of a short subject", () => {
    // "review" alone is in 2021's minutes; "casey" only in 2023's.
    // Asked yes or no, it is answered so (since the twelfth round of phrasings): no, in the period.
    const answer = ask("was the Casey review discussed before 2023");
    expect(answer.results).toEqual([]);
    expect(answer.title).toBe("No: “casey review” did not come up before 2023");
  });

  it("keeps results from inside the period only", () => {
    const answer = ask("what was said about the police and crime plan since 2021");
    expect(answer.results.length).toBeGreaterThan(0);
    for (const result of answer.results) expect(result.date >= "2021-01-01").toBe(true);
  });
});

describe("whether someone chaired", () => {
  it("answers yes with the meetings whose attendance list names them chair", () => {
    const answer = ask("did Boris Johnson chair any meetings");
    // 004_17215f53eb22288e.txt: "Mayor Boris Johnson, Chair".
    expect(answer).toMatchObject({
      kind: "yes-no",
      verdict: true,
      title: "Yes: Boris Johnson chaired LCRB, 10 March 2015",
    });
  });

  it("answers no for a post that chairs something else", () => {
    // "Chair Victim & Hate Crime Boards" is Claire Waxman's post, not the meeting's chair.
    expect(ask("did Claire Waxman chair any meetings")).toMatchObject({ verdict: false });
  });

  it("takes the chair from the minutes' prose when the attendance list names none", () => {
    const answer = ask("was Sadiq Khan the chair in April 2022");
    expect(answer).toMatchObject({ verdict: true, meeting: { id: "lcrb-2022-04-27" } });
    expect(answer.summary).toContain("the minutes say who opened the meeting");
  });
});

describe("who was new at one meeting", () => {
  it("sets the meeting beside the one of its body before it", () => {
    const answer = ask("who was new at the 2023 meeting");
    expect(answer.meetings).toEqual(["lcrb-2022-04-27", "lcrb-2023-04-12"]);
    expect(answer.sections[0]?.heading).toMatch(/^Joined: at LCRB, 12 April 2023/);
  });

  it("says there is nothing to compare with for the first meeting", () => {
    expect(ask("who joined at the 2015 meeting").summary).toBe(
      "The LCRB meeting on 10 March 2015 is the first in the minutes: there is no earlier meeting to compare it with.",
    );
  });
});

describe("a post named in an attendance question", () => {
  it("is whoever's role names it, not everyone at an organisation whose name holds the word", () => {
    const text = textOf(ask("was the Mayor at the April 2023 meeting"));
    // 002_0368bc6123038781.txt: "Sadiq Khan, Mayor of London (Chair)"; MOPAC (the Mayor's Office
    // for Policing and Crime) staff such as Diana Luchford are not the Mayor.
    expect(text).toContain("Sadiq Khan");
    expect(text).not.toContain("Diana Luchford");
  });
});

describe("two meetings compared, no subject named", () => {
  it("sets each meeting's business beside the other's, then who joined and left", () => {
    const answer = ask("how did the 2023 meeting differ from the one before");
    expect(answer.title).toBe("LCRB, 27 April 2022 and LCRB, 12 April 2023 compared");
    expect(answer.meetings).toEqual(["lcrb-2022-04-27", "lcrb-2023-04-12"]);
    expect(answer.summary).toBe(
      "12 people came to both; 12 joined at the second and 10 of the first did not come.",
    );
    expect(answer.sections.map((s) => s.heading)).toEqual([
      "London Crime Reduction Board (LCRB), Wednesday 27 April 2022",
      "London Crime Reduction Board (LCRB), Wednesday 12 April 2023",
      "Joined: at LCRB, 12 April 2023, not LCRB, 27 April 2022 (12)",
      "Left: at LCRB, 27 April 2022, not LCRB, 12 April 2023 (10)",
    ]);
    expect(answer.sections[1]?.bullets).toEqual(["2 Casey Review", "3 Disproportionality"]);
  });

  it("names the subjects both agendas share", () => {
    const shared = ask("compare the 2021 and 2023 meetings").sections.find(
      (s) => s.heading === "On both agendas",
    );
    expect(shared?.bullets).toEqual([
      "3 Tackling ethnic disproportionality in the Youth Action Plan (2 February 2021) · 3 Disproportionality (12 April 2023)",
    ]);
    expect(shared?.citation?.line).toBe(105);
  });

  it("takes the last two meetings as the two sides", () => {
    expect(ask("compare the last two LCRB meetings").title).toBe(
      "LCRB, 27 April 2022 and LCRB, 12 April 2023 compared",
    );
  });

  it("reads a subject as a subject, not as two meetings", () => {
    const answer = ask("how has the police and crime plan changed since 2020");
    expect(answer.title).not.toMatch(/compared$/);
  });
});

describe("apologies compared", () => {
  it("lists each meeting's apologies and who sent apologies to both", () => {
    const answer = ask("compare the apologies at the 2022 and 2023 meetings");
    expect(answer.meetings).toEqual(["lcrb-2022-04-27", "lcrb-2023-04-12"]);
    expect(answer.summary).toBe(
      "2 sent apologies to LCRB, 27 April 2022, 12 to LCRB, 12 April 2023; 2 to both: Darren Rodwell, Jas Athwal.",
    );
    expect(answer.sections.map((s) => s.heading)).toEqual([
      "Apologies for LCRB, 27 April 2022 (2)",
      "Apologies for LCRB, 12 April 2023 (12)",
      "Sent apologies to both (2)",
    ]);
    // "**Apologies** Cllr Jas Athwal (JA) London Councils" and "Kenny Bowie, MOPAC".
    expect(answer.sections[0]?.citation?.line).toBe(35);
    expect(answer.sections[1]?.bullets[0]).toBe("MOPAC: Kenny Bowie, Claire Waxman");
  });

  it("gives only those at both when asked who sent apologies to both", () => {
    const answer = ask("who sent apologies to both the 2022 and 2023 meetings");
    expect(answer.sections.map((s) => s.heading)).toEqual(["Sent apologies to both (2)"]);
    expect(textOf(answer)).not.toContain("Joanne Towens");
  });
});

describe("apologies compared for one person", () => {
  it("counts only that person's apologies", () => {
    const answer = ask("did claire waxman send apologies to both the 2022 and 2023 meetings");
    expect(answer.summary).toBe(
      "0 sent apologies to LCRB, 27 April 2022, 1 to LCRB, 12 April 2023; no one sent apologies to both.",
    );
  });
});

describe("a person 'still attending', no two meetings named", () => {
  it("is that person's record, not a comparison", () => {
    expect(ask("is claire waxman still attending").title).toBe("Claire Waxman");
  });
});

describe("attendance compared by size", () => {
  it("says which meeting more people came to, each number cited at its list", () => {
    const answer = ask("were there more people at the DMG or at the 2015 board?");
    expect(answer.title).toBe(
      "More people at LCRB, 10 March 2015: 20, against 13 at DMG, 8 June 2020",
    );
    expect(answer.sections.map((s) => s.text)).toEqual([
      "20 people came: 17 present, 3 in attendance.",
      "13 people came: 11 present, 2 in attendance.",
    ]);
    // "Mayor Boris Johnson	Chair" and "Sophie Linden	DMPC (Co-chair),".
    expect(answer.sections.map((s) => s.citation?.line)).toEqual([13, 13]);
  });
});

describe("attendance at one meeting and still at another", () => {
  it("gives those at both", () => {
    const answer = ask("who was at the 2015 meeting and was still coming in 2023");
    expect(answer.title).toBe("At both: LCRB, 10 March 2015 and LCRB, 12 April 2023");
    expect(answer.sections[0]?.bullets).toEqual(["VRU: Lib Peck", "London Councils: Doug Flight"]);
  });
});

describe("two meetings named by their subjects", () => {
  it("says which meeting each subject named and compares the agendas, not who came", () => {
    const answer = ask("how did the casey meeting's agenda differ from the fraud meeting's");
    expect(answer.meetings).toEqual(["lcrb-2022-04-27", "lcrb-2023-04-12"]);
    expect(answer.summary).toBe(
      "The casey meeting is LCRB, 12 April 2023; the fraud meeting is LCRB, 27 April 2022.",
    );
    expect(answer.sections.map((s) => s.heading)).toEqual([
      "London Crime Reduction Board (LCRB), Wednesday 27 April 2022",
      "London Crime Reduction Board (LCRB), Wednesday 12 April 2023",
    ]);
    expect(answer.sections[0]?.bullets).toContain("6 Tackling fraud");
  });
});

describe("meetings we hold no minutes of, as other minutes speak of them", () => {
  it("gives the meeting before the first we hold from the minutes item that approves its minutes", () => {
    const answer = ask("when was the board meeting before march 2015");
    expect(answer.summary).toBe(
      "I have no minutes for the LCRB meeting before March 2015. The minutes of LCRB, 10 March 2015 speak of an earlier LCRB meeting on 15 September 2014 (the minutes write “15 September”).",
    );
    expect(answer.sections[0]?.citation?.line).toBe(41);
  });

  it("answers yes from the sentence that records the actions closed, naming whose minutes say so", () => {
    const answer = ask("were the actions from the february DMG closed");
    expect(answer.title).toBe("Yes, as the minutes of DMG, 8 June 2020 record");
    expect(answer.summary).toMatch(/^I have no minutes for a DMG meeting in February\./);
    expect(answer.meetings).toEqual(["dmg-2020-06-08"]);
    expect(answer.sections[0]?.citation?.line).toBe(32);
  });

  it("gives no verdict when the sentence does not say what was asked", () => {
    expect(ask("were the actions from the february DMG reopened").title).not.toMatch(/^Yes/);
  });

  it("quotes the agenda another meeting set for it", () => {
    const answer = ask("what was agreed for the agenda of the july 2020 board");
    expect(answer.meetings).toEqual(["dmg-2020-06-08"]);
    expect(textOf(answer)).toContain("would cover race equality in the criminal justice system");
  });

  it("says a meeting's minutes name the earlier meeting whose minutes they approve", () => {
    const answer = ask("which meeting's minutes were signed off in april 2022");
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
    expect(answer.summary).toMatch(/^They speak of an earlier LCRB meeting on 24 January 2022;/);
    expect(answer.sections[0]?.citation?.line).toBe(47);
  });

  it("says the minutes set no date for the next meeting, quoting where they speak of it", () => {
    const answer = ask("did the 2023 minutes set a date for the next board");
    expect(answer.title).toBe("No next meeting dated in the minutes of LCRB, 12 April 2023");
    expect(answer.summary).toBe(
      "The minutes of LCRB, 12 April 2023 do not announce a next meeting. They speak of the next one only in passing, in July 2023 (the minutes write “July”).",
    );
    expect(textOf(answer)).toContain(
      "“The issue of court backlogs will be discussed again at the next LCRB in July.”",
    );
  });
});

describe("a meeting found before another, though that one's minutes date one in between", () => {
  it("gives the meeting we hold and says which the later minutes name in between", () => {
    const answer = ask("which meeting came before the april 2022 board");
    expect(answer.meeting?.id).toBe("lcrb-2021-02-02");
    expect(answer.summary).toMatch(
      /^Between them, the minutes of LCRB, 27 April 2022 speak of an earlier LCRB meeting on 24 January 2022, which I have no minutes of\./,
    );
    expect(answer.sections.at(-1)?.citation?.line).toBe(47);
  });

  it("says nothing in between when the minutes date no meeting there", () => {
    expect(ask("who attended the meeting before the casey one").summary).not.toMatch(/Between/);
  });
});

describe("the last meeting's actions, as a meeting took them up", () => {
  it("quotes the minutes item on the last meeting's actions first", () => {
    const answer = ask("were there outstanding actions at the 2015 board");
    expect(answer.sections[0]).toMatchObject({
      heading: "The last meeting's actions, as LCRB, 10 March 2015 took them up",
      text: "The minutes were agreed as a true and accurate record of the meeting. There were no outstanding actions.",
      citation: { line: 43 },
    });
  });

  it("is not added when the question asks only for the meeting's own actions", () => {
    expect(ask("actions from the 2015 meeting").sections[0]?.heading).toBe(
      "Action 1, LCRB, 10 March 2015",
    );
  });
});

describe("what the minutes say of the next meeting, no meeting named", () => {
  it("is the next meeting to come, not one past meeting's announcement", () => {
    expect(ask("what did the minutes say about the next meeting").intent).toBe("next");
  });
});

describe("the outcome of a discussion", () => {
  it("is the decisions on what the meeting was named by", () => {
    const answer = ask("what was the outcome of the counter terrorism discussion");
    expect(answer.title).toBe(
      "Decisions about “counter terrorism” at the LCRB meeting on 10 March 2015",
    );
    expect(answer.sections.map((s) => s.citation?.line)).toEqual([50]);
  });

  it("prefers decisions naming a subject of several words as a phrase", () => {
    const answer = ask("what was the result of the terms of reference item");
    expect(answer.meetings).toEqual(["lcrb-2022-04-27"]);
    // "The terms of reference item" names its meeting (since the sixteenth round of phrasings).
    expect(answer.summary).toBe(
      "1 decision recorded about “terms reference” at the LCRB meeting on 27 April 2022.",
    );
  });
});

describe("meetings and people ranked", () => {
  it("ranks meetings by the people who came, and makes the top one the answer's meeting", () => {
    const answer = ask("which meeting had the most attendees");
    expect(answer.title).toBe("Most people: LCRB, 2 February 2021 (36 people)");
    expect(answer.meeting?.id).toBe("lcrb-2021-02-02");
    expect(answer.sections[0]?.bullets.at(-1)).toBe("DMG, 8 June 2020: 13 people");
  });

  it("ranks by apologies or agenda items when asked, fewest first when asked", () => {
    expect(ask("which meeting had the most apologies").title).toBe(
      "Most apologies: LCRB, 12 April 2023 (12 apologies)",
    );
    expect(ask("which meeting had the fewest agenda items").title).toBe(
      "Fewest agenda items: LCRB, 12 April 2023 (3 agenda items)",
    );
    expect(ask("which LCRB meeting had the fewest people since 2020").title).toBe(
      "Fewest people: LCRB, 27 April 2022 (22 people)",
    );
  });

  it("ranks people by the meetings they came to, each person once", () => {
    const answer = ask("who has attended the most meetings");
    expect(answer.summary).toBe("Most: Doug Flight (came to 5 of 5 meetings).");
    expect(answer.sections[0]?.bullets.slice(0, 2)).toEqual([
      "Doug Flight: 5 meetings",
      "Barry Hughes: 4 meetings",
    ]);
  });

  it("names only those at every meeting when asked who came to every one", () => {
    const answer = ask("who attended every LCRB meeting");
    expect(answer.title).toBe("At every one of 4 meetings of the LCRB");
    expect(answer.summary).toBe("Doug Flight: at all 4 meetings of the LCRB.");
  });

  it("counts apologies when the question is about them", () => {
    expect(ask("who sent apologies most often").summary).toBe(
      "Most: Darren Rodwell, Jas Athwal (sent apologies to 2 of 5 meetings).",
    );
  });
});

describe("whether a subject came up", () => {
  it("says yes, where, with the sentence that mentions it", () => {
    const answer = ask("was disproportionality raised at the dmg");
    expect(answer.title).toBe("Yes: “disproportionality” came up at DMG, 8 June 2020");
    expect(answer).toMatchObject({ kind: "yes-no", verdict: true });
    expect(answer.sections[0]?.text).toBe(
      "The actions from the February DMG meeting were all closed and actions on disproportionality from the January 14 LCRB meeting were covered in the Agenda.",
    );
  });

  it("says no for the meetings asked about, and where else it came up", () => {
    const answer = ask("was fraud discussed in 2023");
    expect(answer.title).toBe("No: “fraud” did not come up at LCRB, 12 April 2023");
    expect(answer.summary).toBe("It came up at LCRB, 27 April 2022.");
    expect(answer.sections[0]?.citation?.line).toBe(87);
  });

  it("names the period when the meetings were named by a date bound", () => {
    expect(ask("was the casey review discussed before 2023").title).toBe(
      "No: “casey review” did not come up before 2023",
    );
  });

  it("says no outright when no meeting mentions it", () => {
    const answer = ask("has knife crime ever been discussed");
    expect(answer.title).toBe("No: the minutes do not mention “knife crime”");
    expect(answer).toMatchObject({ kind: "yes-no", verdict: false });
  });
});

describe("a person's post, and what they said", () => {
  it("reads 'what is X's role' and 'which organisation is X from' as their record, posts by year", () => {
    // 004_17215f53eb22288e.txt: "Lib Peck – LB Lambeth"; 001_…: "Lib Peck, VRU".
    expect(ask("what is Lib Peck's role").summary).toContain(
      "Listed as LB Lambeth (2015); VRU (2021, 2023).",
    );
    expect(ask("which organisation is Barry Hughes from").title).toBe("Barry Hughes");
    expect(ask("who does Doug Flight represent").title).toBe("Doug Flight");
  });

  it("says the minutes do not give a borough or a post that no attendance line gives", () => {
    // 002_0368bc6123038781.txt: "Cllr Nesil Caliskan, London Councils"; 004_…: "Cllr Richard
    // Cornelius	LB Barnet"; 001_…: "Natasha Plummer, MOPAC".
    expect(ask("which borough is nesil caliskan from?").summary).toMatch(
      /^The minutes do not record Nesil Caliskan's borough: .* Listed as London Councils \(2023\)\.$/,
    );
    expect(ask("Cllr Cornelius - which borough?").summary).not.toContain("do not record");
    expect(ask("what's natasha plummer's job?").summary).toContain(
      "The minutes do not record Natasha Plummer's post",
    );
    expect(ask("what's Paul Wylie's role").summary).not.toContain("do not record");
  });

  it("says a person is named in the attendance lists when no passage names them", () => {
    const answer = ask("what did Claire Waxman say");
    expect(answer.summary).toBe(
      "No agenda item names Claire Waxman; the attendance lists name them at 4 meetings.",
    );
    expect(answer.followUps[0]).toBe("which meetings did Claire Waxman attend?");
  });

  it("ranks an organisation's own people when one is named", () => {
    const answer = ask("who from MOPAC usually attends");
    expect(answer.title).toBe("People by attendance over 5 meetings, only those from “MOPAC”");
    expect(answer.summary).toBe(
      "Most: Diana Luchford, Tony Hawker, Will Balakrishnan (came to 3 of 5 meetings).",
    );
  });

  it("keeps 'who from X attended the Y meeting' about that meeting", () => {
    expect(ask("who from london councils attended the fraud meeting").meeting?.id).toBe(
      "lcrb-2022-04-27",
    );
  });
});

describe("one action, and who presented", () => {
  it("gives the action a question names by its number, owner and all", () => {
    const answer = ask("who owns action 2 from 2015");
    expect(answer.title).toBe("Action 2 from the LCRB meeting on 10 March 2015");
    expect(answer.sections.map((s) => s.citation?.line)).toEqual([67]);
    expect(answer.sections[0]?.text).toContain("(owner: London Councils and MOPAC)");
  });

  it("says which numbers there are when the one asked for is not recorded", () => {
    expect(ask("what was action 5 at the march 2015 meeting").summary).toBe(
      "No action 5 is recorded at the LCRB meeting on 10 March 2015. The actions there are numbered 1, 2.",
    );
  });

  it("reads whether actions were completed as the meeting's actions, not a topic", () => {
    expect(ask("were the actions from the 2015 meeting completed").summary).toBe(
      "2 actions recorded at the LCRB meeting on 10 March 2015.",
    );
  });

  it("finds who presented an item in the passages, not the attendance list", () => {
    const answer = ask("who gave the operational update");
    expect(answer.results[0]?.meetingId).toBe("lcrb-2022-04-27");
    expect(ask("who spoke at the 2023 meeting").intent).not.toBe("search");
  });
});

describe("one discussion summed up", () => {
  it("gives the item a meeting's subject names, not the whole meeting", () => {
    const answer = ask("summarise the fraud discussion");
    expect(answer.title).toBe("LCRB, 27 April 2022: 6 Tackling fraud");
    expect(answer.sections[0]?.citation?.line).toBe(85);
  });

  it("reads 'the counter terrorism item' as naming its meeting", () => {
    expect(ask("summary of the counter terrorism item").title).toBe(
      "LCRB, 10 March 2015: 3 Counter Terrorism",
    );
  });
});

describe("someone's words at a meeting named by its subject or its year", () => {
  it("searches the speaker at that meeting, not its summary", () => {
    const cps = ask("what did the CPS report at the fraud meeting");
    expect(cps.intent).toBe("search");
    expect(cps.meeting?.id).toBe("lcrb-2022-04-27");
    expect(cps.query?.topic).toEqual(["cps"]);
    expect(cps.sections[0]?.text).toMatch(/^The CPS provided an update .* RASSO/);
    const councils = ask("what did London Councils push back on at the Turnaround plan meeting");
    expect(councils.meeting?.id).toBe("lcrb-2023-04-12");
    expect(textOf(councils)).toContain("London Councils raised continued concerns");
  });

  it("gives the one meeting the question's year holds", () => {
    const mayor = ask("what did the Mayor bring up under AOB in 2015");
    expect(mayor.meeting?.id).toBe("lcrb-2015-03-10");
    expect(mayor.sections[0]?.text).toContain("the Mayor raised the issue of police corruption");
    expect(ask("what did the VRU walk the board through in 2021").meeting?.id).toBe(
      "lcrb-2021-02-02",
    );
  });

  it("still summarises a meeting a question only names", () => {
    expect(ask("what happened at the fraud meeting").intent).toBe("meeting");
  });
});

describe("a meeting named by a month just gone", () => {
  it("is the latest such month before today", () => {
    const onDay = (today: string) => ({ ...context, today: () => today });
    const april = answerQuestion(
      "remind me what the board covered back in April",
      onDay("2023-06-20"),
    );
    expect(april).toMatchObject({ intent: "meeting", meeting: { id: "lcrb-2023-04-12" } });
    const june = answerQuestion(
      "fill me in on what the DMG went through back in June",
      onDay("2020-09-01"),
    );
    expect(june.meeting?.id).toBe("dmg-2020-06-08");
    expect(answerQuestion("what was on the table in March 2015", context).meeting?.id).toBe(
      "lcrb-2015-03-10",
    );
  });
});

describe("a finding, outcome or later event the minutes do not record", () => {
  it("says so before the passages that name the subject", () => {
    const survey = ask("what did the Police Complainants survey find");
    expect(survey.summary).toMatch(
      /^The minutes do not say what “police complainants survey” found/,
    );
    expect(survey.results[0]?.meetingId).toBe("lcrb-2021-02-02");
    expect(ask("what did the statistics on the CRC show").summary).not.toContain("minutes do not");
  });

  it("says so over the decisions that only plan it", () => {
    const roundtable = ask("what came out of the fraud roundtable");
    expect(roundtable.summary).toMatch(/^The minutes do not say what came of “fraud roundtable”/);
    expect(ask("what came out of the women's safety at night discussion").summary).not.toContain(
      "minutes do not",
    );
  });

  it("shows what the minutes say of it outside the dates asked", () => {
    const vawg = ask("was the VAWG action plan refreshed again in 2023");
    expect(vawg.summary).toMatch(
      /^The minutes do not say that “vawg plan” was refreshed again in 2023: no agenda item in 2023 mentions “vawg”/,
    );
    expect(vawg.sections[0]?.citation?.line).toBe(59);
    const contest = ask("did the CONTEST board ever meet in June 2015?");
    expect(contest.summary).toMatch(
      /^The minutes do not say that “contest board” met in June 2015/,
    );
    expect(textOf(contest)).toContain("May or June 2015");
  });
});

describe("how someone replied, after what was raised", () => {
  it("looks at the last answer's meeting, and takes the reply verb for no subject", () => {
    const say = conversationOn(context);
    say("what did London Councils raise at the Casey meeting");
    const reply = say("how did Lynne Owens respond?");
    expect(reply.query?.topic).toEqual(["lynne", "owens"]);
    expect(reply.meeting?.id).toBe("lcrb-2023-04-12");
    expect(reply.summary).not.toContain("do not record");
    expect(textOf(reply)).toContain("Dame Lynne Owens agreed that the former needs to be reviewed");
  });
});

describe("a question the minutes are silent on in one word", () => {
  it("shows the passages on the rest of it as the closest", () => {
    // 004_17215f53eb22288e.txt:71 "The Met has an open approach to dealing with corruption …":
    // no figures.
    const answer = ask("what did the met's corruption figures show?");
    expect(answer.summary).toMatch(
      /^The minutes do not mention “figures”\..* The closest passages:$/,
    );
    expect(answer.results[0]?.meetingId).toBe("lcrb-2015-03-10");
    // One message: the passages shown are not also said not to answer it.
    expect(answer.summary).not.toContain("would not answer");
  });

  it("shows no passages when the word missing names the subject, not a measure of it", () => {
    // "knife" is the head of "knife crime": passages on "crime" and "policing" are on another
    // subject (review 4 C9).
    for (const question of [
      "what did the board say about knife crime policing?",
      "how much effort is going into knife crime?",
    ]) {
      const answer = ask(question);
      expect(answer.summary).toMatch(/^The minutes do not mention “knife”/);
      expect(answer.summary).not.toContain("The closest passages");
    }
  });
});

describe("a post asked in the plural", () => {
  // 004_17215f53eb22288e.txt: "Marie Snelling	Director, MOPAC", "Rebecca Lawrence	Director,
  // MOPAC"; 003_0417dfde59a34df8.txt: "Will Balakrishnan ((WB) Director, C&P, MOPAC", "Kenny
  // Bowie (KB) Director, S&MPS Oversight MOPAC", "Sophie Linden (SL) Deputy Mayor, MOPAC",
  // "Debbie Weekes-Bernard (DBW) Deputy Mayor".
  it("names each holder of the post at the meetings of the year asked", () => {
    expect(ask("who were the two mopac directors in 2015?").title).toBe(
      "Marie Snelling and Rebecca Lawrence — mopac director at the LCRB meeting on 10 March 2015",
    );
    expect(ask("who were the mopac directors in 2022?").title).toMatch(
      /^Will Balakrishnan and Kenny Bowie — /,
    );
    expect(ask("who were the deputy mayors in 2022?").title).toMatch(
      /^Sophie Linden and Debbie Weekes-Bernard — /,
    );
  });
});

describe("a meeting known only from another meeting's minutes", () => {
  // 000_bc5123fd089beeb5.txt:32 "The actions from the February DMG meeting were all closed and
  // actions on disproportionality from the January 14 LCRB meeting were covered in the Agenda."
  it("says the minutes do not record what was asked, and whose minutes speak of it", () => {
    const feb = ask("who chaired the feb dmg?");
    expect(feb.title).toBe(
      "No minutes of it: the minutes do not record it, but those of DMG, 8 June 2020 speak of it",
    );
    expect(feb.meetings).toEqual(["dmg-2020-06-08"]);
  });

  it("reads 'jan 14' as the 14th of January when no January 2014 is held or spoken of", () => {
    const jan = ask("what was agreed at the jan 14 lcrb?");
    expect(jan.meetings).toEqual(["dmg-2020-06-08"]);
    expect(jan.summary).toContain("an earlier LCRB meeting on 14 January 2020");
  });
});

describe("a meeting only announced, asked what it did", () => {
  // 000_bc5123fd089beeb5.txt:64 "DMG meeting: 7 September 2020", which no minutes we hold record.
  it("says the minutes do not record it, with the minutes that announce it", () => {
    const answer = ask("who chaired the sept dmg?");
    expect(answer.title).toBe(
      "No minutes of it: the minutes do not record it, but those of DMG, 8 June 2020 announce it",
    );
    expect(answer.meetings).toEqual(["dmg-2020-06-08"]);
  });

  it("leaves 'when was it?', which the announcement answers, as it was", () => {
    expect(ask("when was the sept dmg?").title).not.toMatch(/do not record/);
  });
});
