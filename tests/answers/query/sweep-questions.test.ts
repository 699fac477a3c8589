import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../../src/answers/context.js";
import { postAsked } from "../../../src/answers/query/executors/posts.js";
import { conversationOn } from "../../support/conversation.js";

// The rules written for the fresh sweep of everyday questions (bench/data/question-sweep.ts),
// through the router on the five seed minutes: follow-ups that point back at the last answer ("it"
// as the last subject or meeting, "there", "then", "her", "has it taken place yet?"), figures and
// minute takers the minutes do not give, a subject over time, whether a decision was taken.
let context: AnswerContext;
beforeAll(async () => {
  context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null, today: "2026-12-05" });
});

describe("'it' as the last answer's subject", () => {
  it("searches the last subject with the words asked now, over every meeting", () => {
    const ask = conversationOn(context);
    ask("which meetings discussed disproportionality");
    const answer = ask("what has the cps done about it?");
    expect(answer.query?.topic).toEqual(["cps", "disproportionality"]);
    expect(answer.query?.meetings).toEqual([]);
    // The CPS's disproportionality scrutiny panel (April 2023) is the first result.
    expect(answer.results[0]?.meetingId).toBe("lcrb-2023-04-12");
  });

  it("answers 'who raised it?' from the last subject's passage", () => {
    const ask = conversationOn(context);
    ask("what was said about stalking");
    const answer = ask("who raised it?");
    // The last answer was about one meeting (stalking comes up only in April 2022), so the
    // follow-up is answered from that meeting's minutes, and says so.
    expect(answer.title).toBe("What the minutes say about “stalking” at LCRB, 27 April 2022");
    expect(answer.sections[0]?.text).toContain("The CPS provided an update");
  });

  it("keeps 'which meeting was it?' about the last meeting", () => {
    const ask = conversationOn(context);
    ask("what was said about stalking");
    expect(ask("which meeting was it?").meeting?.id).toBe("lcrb-2022-04-27");
  });
});

describe("'has it taken place yet?'", () => {
  it("says the minutes do not record it when no later meeting mentions it", () => {
    const ask = conversationOn(context);
    ask("when was the fraud roundtable proposed");
    const answer = ask("has it taken place yet?");
    expect(answer.query).toMatchObject({
      target: "passages",
      aggregation: "whether",
      topic: ["fraud", "roundtable"],
      since: "2022-04-28",
    });
    expect(answer.title).toBe(
      "The minutes do not record it: “fraud roundtable” does not come up after 27 April 2022",
    );
    expect(answer.summary).toBe("Not at LCRB, 12 April 2023, the meeting I hold since.");
    // Where it was last spoken of, cited.
    expect(answer.sections[0]?.citation?.line).toBe(91);
  });

  it("says where it came up again, without a yes or no, when a later meeting mentions it", () => {
    const ask = conversationOn(context);
    ask("what did the 2021 meeting say about disproportionality");
    const answer = ask("has it happened yet?");
    expect(answer.title).toMatch(
      /^“disproportionality” came up again after 2 February 2021, at LCRB, 12 April 2023$/,
    );
    expect(answer.meetings).toEqual(["lcrb-2023-04-12"]);
  });
});

describe("'it', 'there' and 'then' as the last meeting", () => {
  it("searches within the last meeting", () => {
    const ask = conversationOn(context);
    ask("tell me about the DMG");
    const answer = ask("what did it say about victims?");
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
    expect(answer.title).toBe("What the minutes say about “victims” at DMG, 8 June 2020");
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((r) => r.meetingId === "dmg-2020-06-08")).toBe(true);
  });

  it("searches every meeting for a new subject that does not point back", () => {
    const ask = conversationOn(context);
    ask("tell me about the DMG");
    const answer = ask("what was said about fraud?");
    // Not scoped to the DMG: every meeting is searched (fraud came up only in April 2022, so
    // that is the answer's one meeting).
    expect(answer.query?.meetings).toEqual([]);
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
    expect(answer.results[0]?.meetingId).toBe("lcrb-2022-04-27");
  });

  it("gives who held a post at the last meeting", () => {
    const ask = conversationOn(context);
    ask("was sophie linden at the 2015 meeting");
    const answer = ask("who was the DMPC then?");
    expect(answer.meeting?.id).toBe("lcrb-2015-03-10");
    expect(answer.sections.map((s) => s.text)).toEqual(["Stephen Greenhalgh: DMPC, MOPAC"]);
  });
});

describe("postAsked", () => {
  it("leaves a pointer back and a follow-up's opening word out of the post", () => {
    expect(postAsked("who was the dmpc then?")).toBe("dmpc");
    expect(postAsked("and who was the deputy commissioner at the time?")).toBe(
      "deputy commissioner",
    );
    expect(postAsked("who was the deputy commissioner in 2015")).toBe("deputy commissioner");
    // A month and a two-figure year, as chat writes them (sweep 8's "apr 22").
    expect(postAsked("who was the senior advisor from mopac in apr 22?")).toBe(
      "senior advisor from mopac",
    );
    // A word for someone after the post is no part of it.
    expect(postAsked("who is the hq strategy and governance person?")).toBe(
      "hq strategy and governance",
    );
  });

  it("ends the post where a meeting named by its subject begins, not at another board's name", () => {
    expect(postAsked("who was the dmpc at the counter terrorism meeting")).toBe("dmpc");
    expect(postAsked("who was chief crown prosecutor at the one on fraud")).toBe(
      "chief crown prosecutor",
    );
    expect(postAsked("who was the chair of the london prevent board")).toBe(
      "chair of the london prevent board",
    );
  });
});

describe("a post named with a verb of its own", () => {
  it("reads 'what did the mayor raise at the 2015 meeting' as a search, not the Mayor's attendance", () => {
    const ask = conversationOn(context);
    const answer = ask("what did the mayor raise at the 2015 meeting");
    expect(answer.intent).toBe("search");
    expect(answer.results.every((r) => r.meetingId === "lcrb-2015-03-10")).toBe(true);
  });

  it("still reads 'did MOPAC attend the 2022 meeting' as its attendance", () => {
    const answer = conversationOn(context)("did mopac attend the 2022 meeting");
    expect(answer.intent).toBe("attendees");
    expect(answer.summary).toMatch(/^Only those from “mopac”/);
  });
});

describe("figures and minute takers the minutes do not give", () => {
  const ask = (text: string) => conversationOn(context)(text);

  it("says no amount is recorded when the closest passage gives none", () => {
    const answer = ask("how much money did the disproportionality challenge fund award");
    expect(answer.summary).toMatch(
      /^The minutes do not record an amount for this: the closest passage gives none\./,
    );
    expect(answer.results[0]?.source.line).toBe(111);
  });

  it("reads 'whats the … budget' and 'what % of …' as asking for a figure", () => {
    expect(ask("whats the youth action plan budget").summary).toMatch(
      /^The minutes do not record an amount for this/,
    );
    expect(ask("what % of Met officers are BAME").summary).toMatch(
      /^The minutes do not give a number for this/,
    );
  });

  it("says no number is given, unless the closest passage gives one", () => {
    expect(
      ask("how many officers did the MPS recruit through the outreach scheme").summary,
    ).toMatch(/^The minutes do not give a number for this/);
    // "grants have now been awarded to three projects".
    expect(
      ask("how many projects got grants from the disproportionality challenge fund").summary,
    ).not.toMatch(/do not give a number/);
  });

  it("says the minutes do not record who took them", () => {
    const answer = ask("who took the minutes at the dmg");
    expect(answer.title).toBe("The minutes do not record who took them (DMG, 8 June 2020)");
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
  });
});

describe("a subject over time, asked in everyday words", () => {
  it.each([
    ["how has thinking on disproportionality evolved over time", ["disproportionality"]],
    ["how has the discussion of victims changed over the years", ["victims"]],
    ["how has the conversation on court backlogs developed", ["court", "backlogs"]],
  ])("%s", (question, topic) => {
    const answer = conversationOn(context)(question);
    expect(answer.query).toMatchObject({ target: "passages", aggregation: "timeline", topic });
  });
});

describe("'her', 'his' as someone spoken of at the last meeting", () => {
  it("looks for the words asked now at that meeting, with the list its passage introduces", () => {
    const ask = conversationOn(context);
    ask("who presented on the casey review");
    const answer = ask("what were her asks of partners?");
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    const [first] = answer.sections;
    expect(first?.text).toBe(
      "From this, Dame Lynne Owens discussed 6 areas/asks for partners on the board to consider supporting the MPS with:",
    );
    // The six entries the minutes set out after it (lines 94–99), without their numbers.
    expect(first?.bullets).toEqual([
      "Feedback on the Turnaround plan",
      "Community engagement",
      "Estate strategy",
      "External expertise",
      "Public protection",
      "Supporting vulnerable people",
    ]);
  });
});

describe("whether a decision was taken", () => {
  it("answers yes first, from a decision recorded in a passage about the subject", () => {
    const answer = conversationOn(context)("did the 2015 board agree to set up the CONTEST board?");
    // "Set up" asks for the decision; the passage proposing the CONTEST board ends "This was
    // agreed by the Board." (004_17215f53eb22288e.txt:50).
    expect(answer.title).toBe(
      "Yes: 1 decision about “contest” recorded at the LCRB meeting on 10 March 2015",
    );
    expect(answer.sections[0]?.citation?.line).toBe(50);
  });

  it("says no decision is recorded, first, when none is", () => {
    expect(conversationOn(context)("did the 2023 meeting agree anything about fraud?").title).toBe(
      "No decision about “fraud” is recorded at the LCRB meeting on 12 April 2023",
    );
  });
});

describe("asked as a new user would", () => {
  const ask = (text: string) => conversationOn(context)(text);

  it("ranks organisations by apologies when the question asks for them", () => {
    const answer = ask("which partners sent apologies most");
    expect(answer.title).toBe("Organisations by apologies over 5 meetings");
    expect(answer.summary).toMatch(/^Most: London Councils \(2 meetings, 6 apologies\)\./);
  });

  it("says no when a subject came up at some meetings only, asked of every meeting", () => {
    const answer = ask("has vawg come up at every meeting");
    expect(answer.title).toBe("No: “vawg” came up at 1 meeting of the 5");
    expect(answer.meetings).toEqual(["lcrb-2022-04-27"]);
  });

  it("says the minutes do not record how long a meeting lasted", () => {
    expect(ask("how long was the 2015 meeting").summary).toMatch(
      /^The minutes do not record when it ended or how long it lasted\. Started at 15:30;/,
    );
  });

  it("lists the councillors at a meeting, by their title", () => {
    const answer = ask("were there any councillors at the 2022 meeting");
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
    expect(answer.summary).toMatch(/^Only those from “councillors”: 3 of the 24/);
  });
});

describe("short follow-ups", () => {
  it("reads 'say more' as the whole item, like 'tell me more'", () => {
    const ask = conversationOn(context);
    ask("what did the 2022 meeting say about fraud");
    const answer = ask("say more");
    expect(answer.title).toBe("LCRB, 27 April 2022: 6 Tackling fraud");
    expect(answer.summary).toBe("All 6 paragraphs of the item.");
  });

  it("reads 'who else was there?' as the meeting's attendance", () => {
    const ask = conversationOn(context);
    ask("who sent apologies in 2023");
    expect(ask("who else was there?").title).toBe(
      "Who attended the LCRB meeting on Wednesday 12 April 2023",
    );
  });

  it("counts 'the year after' from the conversation's meeting", () => {
    const ask = conversationOn(context);
    ask("who sent apologies in 2021");
    const answer = ask("what about the year after?");
    expect(answer.title).toBe("Apologies for the LCRB meeting on 27 April 2022");
  });
});

describe("apologies asked for, not attendance", () => {
  const ask = (text: string) => conversationOn(context)(text);

  it("says yes when someone asked about did send apologies", () => {
    expect(ask("did cllr athwal send apolgies in spring 2023").title).toBe(
      "Yes: Jas Athwal sent apologies to the LCRB meeting on 12 April 2023",
    );
    expect(ask("was jas athwal at the 2023 meeting").title).toBe(
      "No: Jas Athwal sent apologies to the LCRB meeting on 12 April 2023",
    );
  });

  it("compares the numbers who sent apologies, yes or no for the side named first", () => {
    expect(ask("did more people send apologies in 2023 than in 2022?").title).toBe(
      "Yes: More apologies at LCRB, 12 April 2023: 12, against 2 at LCRB, 27 April 2022",
    );
  });
});

describe("the second sweep's misses, by rule", () => {
  it("reads 'co-chaired' as chaired", () => {
    expect(conversationOn(context)("who co-chaired the DMG").title).toBe(
      "Sophie Linden and Stephen House chaired the DMG meeting on 8 June 2020",
    );
  });

  it("reads 'make it to' as attending", () => {
    expect(
      conversationOn(context)("did Cllr Robathan make it to the night safety charter one?").title,
    ).toBe("Yes: Racheal Robathan was present at the LCRB meeting on 27 April 2022");
  });

  it("reads 'she' as the person the last question was about", () => {
    const ask = conversationOn(context);
    ask("was claire waxman at the dmg");
    expect(ask("was she at the Casey one too?").title).toBe(
      "No: Claire Waxman sent apologies to the LCRB meeting on 12 April 2023",
    );
  });

  it("keeps the organisation asked about when a follow-up names only another meeting", () => {
    const ask = conversationOn(context);
    ask("who represented probation in 2021");
    const answer = ask("and the DMG?");
    expect(answer.title).toBe("Who attended the DMG meeting on Monday 8 June 2020");
    expect(answer.summary).toMatch(/^Only those from “probation”: 1 of the 13/);
  });
});

describe("more of the second sweep's misses, by rule", () => {
  const ask = (text: string) => conversationOn(context)(text);

  it("reads 'she' as the one person the last answer named", () => {
    const chat = conversationOn(context);
    chat("who was the Victims Commissioner at the DMG");
    expect(chat("was she at the Casey one too?").title).toBe(
      "No: Claire Waxman sent apologies to the LCRB meeting on 12 April 2023",
    );
  });

  it("reads 'touched on', 'looked at' and 'appears' as discussed", () => {
    expect(ask("which meetings touched on rape?").title).toBe("2 meetings discussed “rape”");
    expect(ask("has the board looked at out-of-court disposals at all").title).toBe(
      "Yes: “out-of-court disposals” came up at LCRB, 12 April 2023",
    );
    expect(ask("first time the VRU appears in the minutes?").title).toBe(
      "First discussed on 2 February 2021 (LCRB)",
    );
  });

  it("reads a subject set before the question that points back at it", () => {
    expect(ask("Prevent - did the 2015 board get into it?").title).toBe(
      "Yes: “prevent” came up at LCRB, 10 March 2015",
    );
  });

  it("reads 'the Met' as the MPS the minutes write", () => {
    expect(ask("BAME recruitment in the Met over time").meetings).toEqual(["lcrb-2021-02-02"]);
  });

  it("compares headcounts and agendas set side by side", () => {
    expect(ask("headcount: Feb 2021 board vs the DMG").title).toBe(
      "More people at LCRB, 2 February 2021: 36, against 13 at DMG, 8 June 2020",
    );
    expect(ask("put the 2021 and 2022 agendas side by side").meetings).toEqual([
      "lcrb-2021-02-02",
      "lcrb-2022-04-27",
    ]);
  });
});

describe("an organisation's representatives, and what day a subject came up", () => {
  const ask = (text: string) => conversationOn(context)(text);

  it("lists an organisation's reps at a meeting named by its topic", () => {
    const answer = ask("list the London Councils reps at the teen homicide meeting");
    expect(answer.title).toBe("Who attended the LCRB meeting on Wednesday 27 April 2022");
    expect(answer.summary).toMatch(/^Only those from “London Councils”: 6 of the 24/);
  });

  it("reads 'what day did the board hear about X' as when X was discussed", () => {
    const answer = ask("what day did the board hear about a new Superintendent for every borough");
    expect(answer.meetings).toEqual(["lcrb-2023-04-12"]);
  });

  it("says no amount is recorded for 'what budget has …'", () => {
    expect(ask("what budget has the Met put on the estate strategy").summary).toMatch(
      /^The minutes do not record an amount for this/,
    );
  });
});

describe("pronouns and preambles, as the review found them", () => {
  it("leaves a pronoun alone when the question names someone itself", () => {
    const ask = conversationOn(context);
    ask("who was the DMPC in 2015?");
    const answer = ask("Claire Waxman - did she attend in 2022?");
    // Not Stephen Greenhalgh, the last answer's person: Claire Waxman, named before the dash, at
    // the 2022 meeting (it answered with that meeting's whole attendance before name-first.ts).
    expect(answer.title).toBe(
      "Yes: Claire Waxman was present at the LCRB meeting on 27 April 2022",
    );
  });

  it("reads 'has that happened yet?' like 'has it'", () => {
    const ask = conversationOn(context);
    ask("when was the fraud roundtable proposed");
    expect(ask("has that happened yet?").title).toBe(
      "The minutes do not record it: “fraud roundtable” does not come up after 27 April 2022",
    );
  });
});

describe("who did something, when the passage names them by post", () => {
  const ask = (text: string) => conversationOn(context)(text);

  it("names who held the post at that meeting", () => {
    // 000_bc5123fd089beeb5.txt:36 "The Deputy Commissioner gave a brief update on the recent
    // disorder"; :14 "Sir Stephen House	Deputy Commissioner, MPS (Co-chair)".
    expect(ask("who briefed on the recent disorder").summary).toContain(
      "The Deputy Commissioner at DMG, 8 June 2020 was Stephen House.",
    );
  });

  it("names no one whose sentence does not do what was asked", () => {
    // 004_17215f53eb22288e.txt:71: "the Mayor raised the issue of police corruption. The Deputy
    // Commissioner explained …": the Deputy Commissioner did not raise it.
    expect(ask("who raised police corruption").summary).not.toContain("Deputy Commissioner");
  });

  it("matches the verb after an auxiliary, not the auxiliary", () => {
    // 004_17215f53eb22288e.txt:71: "The Deputy Commissioner explained that historically
    // corruption was bribe taking": that sentence holds "was", but says nothing of concern.
    expect(ask("who was concerned about police corruption").summary).not.toContain(
      "Deputy Commissioner",
    );
    // 000_bc5123fd089beeb5.txt:36 "The Deputy Commissioner gave a brief update …".
    expect(ask("who was briefing on the recent disorder").summary).toContain(
      "The Deputy Commissioner at DMG, 8 June 2020 was Stephen House.",
    );
  });
});

describe("the chair of another body", () => {
  const ask = (text: string) => conversationOn(context)(text);

  it("quotes the passage naming the body beside its chair", () => {
    const answer = ask("who chaired the London Prevent Board?");
    expect(answer.title).toBe("Who chairs the London Prevent Board");
    // 004_17215f53eb22288e.txt:50: "… the London Prevent Board (chaired by Martin Esom)."
    expect(answer.sections[0]?.text).toContain("Martin Esom");
  });

  it("says the minutes do not name one, and keeps our own boards' chairs", () => {
    expect(ask("who chairs the youth justice board").title).toBe(
      "The minutes do not say who chairs the youth justice board",
    );
    expect(ask("who chairs the board").title).toBe(
      "Sadiq Khan chaired the LCRB meeting on 12 April 2023",
    );
  });

  it("reads a meeting of ours named by a board it discussed as that meeting", () => {
    // 000_bc5123fd089beeb5.txt:44 "the work of the London Recovery Board"; :13-14 the co-chairs.
    expect(ask("who co-chaired the mtg about the Mayor's recovery board?").title).toBe(
      "Sophie Linden and Stephen House chaired the DMG meeting on 8 June 2020",
    );
  });
});

describe("the review's older misses", () => {
  const ask = (text: string) => conversationOn(context)(text);

  it("says whether someone attended every meeting", () => {
    expect(ask("did Doug Flight attend every meeting?").title).toBe(
      "Yes: Doug Flight attended all 5 meetings",
    );
    expect(ask("was Claire Waxman at every meeting?").title).toBe(
      "No: Claire Waxman attended 3 of the 5 meetings",
    );
  });

  it("finds the Met's people by the MPS in their role line", () => {
    const answer = ask("who came from the Met in 2022");
    // 003_0417dfde59a34df8.txt:23: "Helen Ball (HB) Deputy Commissioner of the MPS".
    expect(answer.summary).toMatch(/^Only those from “Met”: 2 of the 24/);
  });
});

describe("a word the scope writes only as an acronym", () => {
  it("finds 'prosecution' at the DMG through the CPS, and says the word itself is not written", () => {
    const answer = conversationOn(context)(
      "anything on prosecution at the delivery management group",
    );
    expect(answer.summary).toContain(
      "mentions “prosecution”; these mention CPS (Crown Prosecution Service)",
    );
    expect(answer.results[0]?.meetingId).toBe("dmg-2020-06-08");
  });

  it("still says the minutes in scope are silent when no acronym stands in", () => {
    const answer = conversationOn(context)("anything on stalking at the DMG");
    expect(answer.results).toEqual([]);
    expect(answer.summary).toContain("mentions “stalking”");
  });
});

describe("an action the minutes tell in other words", () => {
  it("answers 'who will arrange the roundtable' from the passage on setting it up", () => {
    const ask = conversationOn(context);
    const answer = ask("who will arrange the roundtable");
    expect(answer.summary).toContain("The minutes do not say “arrange”");
    expect(answer.sections[0]?.text).toContain("MOPAC's intention to set up a roundtable");
  });
});

describe("a rate the minutes give no figure for", () => {
  it("does not take the paragraph's own number ('6. The criminal justice work …') for a figure", () => {
    const answer = conversationOn(context)("what is the reoffending rate");
    expect(answer.summary).toMatch(/^The minutes do not give a number for this/);
    expect(answer.sections[0]?.citation?.line).toBe(59);
  });

  it("reads 'decisons' as the decisions asked for", () => {
    const answer = conversationOn(context)("were any decisons taken in april 2022");
    expect(answer.query?.target).toBe("decisions");
  });
});

describe("every passage of an item at one meeting", () => {
  it("shows the item's other passages on the subject under its best one, each cited", () => {
    const ask = conversationOn(context);
    ask("tell me about the april 2023 board");
    const answer = ask("what was said there on disproportionality?");
    const lines = answer.sections.map((s) => s.citation?.line);
    expect(new Set(lines).size).toBe(lines.length);
    expect(answer.sections.length).toBeGreaterThan(1);
    expect(answer.sections.some((s) => s.text?.includes("scrutiny panel"))).toBe(true);
  });
});

describe("a search whose every result is at one meeting", () => {
  it("names that meeting as the answer's, so it is shown and remembered as one", () => {
    const answer = conversationOn(context)("the fraud roundtable");
    expect(answer.results.map((r) => r.meetingId)).toEqual(["lcrb-2022-04-27"]);
    expect(answer.meeting?.id).toBe("lcrb-2022-04-27");
  });

  it("names none when the results span meetings", () => {
    expect(conversationOn(context)("night safety charter").meeting).toBeNull();
  });
});

describe("a meeting named by another meeting its minutes speak of (sweep 8)", () => {
  it("finds the meeting whose minutes set the other's agenda or approved its minutes", () => {
    // 000_bc5123fd089beeb5.txt: "The agenda for the July 8 London Crime Reduction Board was
    // agreed"; 003_0417dfde59a34df8.txt: "Members approved the minutes of the meeting held on 24
    // January 2022."
    const planned = conversationOn(context)(
      "was mopac's strategy director at the mtg that planned the 8 july board?",
    );
    expect(planned.meeting?.id).toBe("dmg-2020-06-08");
    expect(planned.title).toMatch(/^Yes/);
    const signed = conversationOn(context)(
      "the mtg that signed off the 24 jan 2022 minutes - was claire waxman there?",
    );
    expect(signed.title).toBe(
      "Yes: Claire Waxman was present at the LCRB meeting on 27 April 2022",
    );
  });
});

describe("a body asked after at one meeting (sweep 8)", () => {
  it("answers no from the list's counts, citing it, and suggests no one else's record", () => {
    // 003_0417dfde59a34df8.txt names no one from the Mayor's private office (2021's list does:
    // "Nick Bowes, Mayor of London's Private Office").
    const none = conversationOn(context)(
      "the board on 27 april 2022 - anyone from the private office?",
    );
    expect(none.title).toMatch(/^No: no one is listed as private office/);
    expect(none.sections.map((s) => s.heading)).toEqual(["Attendance list"]);
    expect(JSON.stringify(none.sections)).not.toContain("Naomi Sterling");
    // 002_0368bc6123038781.txt: "Claudia Stuart, YJB" … "Kenny Bowie, MOPAC" among the apologies.
    const yjb = conversationOn(context)("any apols from the yjb at the 2023 board?");
    expect(yjb.followUps.join(" ")).not.toContain("Kenny Bowie");
  });
});

describe("a meeting still to come, asked yes or no (sweep 8)", () => {
  it("says yes when earlier minutes set one for a day after today", () => {
    // 000_bc5123fd089beeb5.txt: "DMG meeting: 7 September 2020".
    const onDay = { ...context, today: () => "2020-07-15" };
    const answer = conversationOn(onDay)("is there a dmg in september?");
    expect(answer.title).toBe("Yes: the minutes of DMG, 8 June 2020 set one for 7 September 2020");
    // Whether one was held the announcement cannot say.
    const held = conversationOn({ ...context, today: () => "2020-09-20" })(
      "did the dmg meet in september?",
    );
    expect(held.title).not.toMatch(/^Yes/);
  });
});
