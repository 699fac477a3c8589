import { describe, expect, it } from "vitest";
import {
  askedClause,
  asksYesOrNo,
  readQuestion,
  topicWords,
  withPersonNamed,
} from "../../src/answers/question.js";

describe("readQuestion", () => {
  it("gives a meeting named by a clause the article chat leaves out", () => {
    expect(readQuestion("mtg that talked about bribe taking - was dan hales there?").text).toBe(
      "the meeting that talked about bribe taking - was dan hales there?",
    );
    expect(readQuestion("mtg w the hmcts tech rollout update - anyone from hmcts?").text).toBe(
      "the meeting with the hmcts tech rollout update - anyone from hmcts?",
    );
    // A meeting asked for by its date, or the list of meetings, is left as typed.
    expect(readQuestion("meeting 12 april 2023").text).toBe("meeting 12 april 2023");
    expect(readQuestion("meetings that mentioned fraud").text).toBe(
      "meetings that mentioned fraud",
    );
  });

  it("reads 'at the latest' as a bound on when, not the latest meeting", () => {
    expect(readQuestion("when's the next pcp due at the latest, per the dmg?").text).toBe(
      "when is the next pcp due, per the dmg?",
    );
    expect(readQuestion("whos at the latest meeting").text).toBe("who is at the latest meeting");
    expect(readQuestion("what's the deadline at the latest?").text).toBe("what's the deadline?");
  });

  it("keeps 'at the earliest/latest' where it names the meeting a who or what is asked of", () => {
    expect(readQuestion("who chaired at the earliest?").text).toBe("who chaired at the earliest?");
    expect(readQuestion("what was decided at the earliest?").text).toBe(
      "what was decided at the earliest?",
    );
    expect(readQuestion("who came at the latest?").text).toBe("who came at the latest?");
  });

  it("reads 'why so …?' as 'why?' unless the word after 'so' is the minutes' own", () => {
    expect(readQuestion("why so late?", undefined, new Set(["latest"])).text).toBe("why?");
    // 004_17215f53eb22288e.txt:49 "The reluctance sometimes shown by the MPS …".
    expect(readQuestion("why so reluctant?", undefined, new Set(["reluctance"])).text).toBe(
      "why so reluctant?",
    );
  });

  it("writes out 'any1', 'some1' and 'every1' as the words they sound", () => {
    expect(readQuestion("any1 from evaw ever attend?").text).toBe("anyone from evaw ever attend?");
    expect(readQuestion("was some1 from the cps there?").text).toBe(
      "was someone from the cps there?",
    );
  });

  it("reads 'X - where do they come up' as which meetings mentioned X", () => {
    expect(readQuestion("black n asian officers - where do they come up").text).toBe(
      "which meetings mentioned black and asian officers?",
    );
    // "They" as the board asks what it did, not where a subject came up.
    expect(readQuestion("fraud - what did they decide?").text).not.toMatch(/^which meetings/);
  });

  it("reads 'thru' as typed in chat", () => {
    expect(readQuestion("the mtg that talked abt offenders falling thru the gaps").text).toBe(
      "the meeting that talked about offenders falling through the gaps",
    );
  });

  it("drops the 'n' or 'and' that only joins a second question after a break", () => {
    expect(readQuestion("the fraud board - n how many apologies?").text).toBe(
      "the fraud board - how many apologies?",
    );
    expect(
      readQuestion("the mtg that talked about fraud - n was anyone from the nhs there?").text,
    ).toBe("the meeting that talked about fraud - was anyone from the nhs there?");
    // A subject's own "n" is its "and": "capacity and demand" is one subject.
    expect(readQuestion("capacity n demand - which mtgs?").text).toBe(
      "which meetings mentioned capacity and demand?",
    );
  });

  it("reads a second question after a break by the one list of openers, whichever it opens with", () => {
    // WHICH_MEETING_THEN_ASKED took "did …" and "how many …" but not "when …", which JOINED_QUESTION
    // took: one list now (002_0368bc6123038781.txt:185 "a model of capacity and demand").
    expect(
      readQuestion("which mtg went through the capacity n demand model - when was it held?").text,
    ).toBe("the meeting that went through the capacity and demand model - when was it held?");
    expect(readQuestion("which board adopted the terms of reference - who chaired?").text).toBe(
      "the board that adopted the terms of reference - who chaired?",
    );
  });

  it("reads chat's 'n' as 'and' once, for every reader after, but not in 'y/n' or 'n/a'", () => {
    expect(
      readQuestion("plummer n bottomley - at both the feb 21 board and the 2023 one?").text,
    ).toBe("plummer and bottomley - at both the feb 21 board and the 2023 one?");
    expect(readQuestion("n the next year?").text).toBe("and the next year?");
    expect(readQuestion("was the y/n vote recorded?").text).toBe("was the y/n vote recorded?");
  });

  it("reads 'which mtg went through X - did Y …?' as asking Y of the meeting that did", () => {
    // 002_0368bc6123038781.txt:185 "MOPAC has now started work with partners to develop a model
    // of capacity and demand across the CJS".
    expect(
      readQuestion(
        "which mtg went through the capacity n demand model for courts - n did anyone from the nhs make it?",
      ).text,
    ).toBe(
      "the meeting that went through the capacity and demand model for courts - did anyone from the nhs make it?",
    );
    // "Signed off" is read as "agreed" (000_bc5123fd089beeb5.txt:105 "The detailed notes were
    // approved"), a record verb that names the meeting as well.
    expect(
      readQuestion("which mtg signed off the detailed notes - was clive grimshaw there?").text,
    ).toBe("the meeting that agreed the detailed notes - was clive grimshaw there?");
    // Asked alone, it is which meetings did.
    expect(readQuestion("which mtg went through the capacity model?").text).toBe(
      "which meeting went through the capacity model?",
    );
  });

  it("writes out the year a question names from today", () => {
    expect(readQuestion("What happened at the meeting last year?", "2023-06-01").text).toBe(
      "what happened at the meeting in 2022?",
    );
    expect(readQuestion("any meetings this year", "2023-06-01").reference.date?.spec).toEqual({
      kind: "year",
      year: 2023,
    });
    expect(readQuestion("what did the DMG discuss the year before last", "2022-03-01").text).toBe(
      "what did the dmg discuss in 2020",
    );
  });

  it("reads 'earlier this year' as the year, with no 'earlier' left for a subject", () => {
    expect(readQuestion("did the board discuss fraud earlier this year?", "2022-08-01").text).toBe(
      "did the board discuss fraud in 2022?",
    );
    expect(
      readQuestion("earlier this yr - did the board hear from Dame Lynne?", "2023-06-15").text,
    ).toBe("in 2023 - did the board hear from dame lynne?");
  });

  it("reads 'signed off' as agreed, the word the minutes write", () => {
    expect(readQuestion("did the ToR get signed off at the board?").text).toBe(
      "did the tor get agreed at the board?",
    );
    expect(readQuestion("did the dmg sign off the lcrb agenda").text).toBe(
      "did the dmg agree the lcrb agenda",
    );
    expect(readQuestion("who signed-off the minutes").text).toBe("who agreed the minutes");
  });

  it("reads approval as chat writes it ('ok', 'rubber-stamped', 'green-lit') as agreed", () => {
    // 003_0417dfde59a34df8.txt:53 "Members noted and approved the terms of reference".
    expect(readQuestion("did the board ok the terms of reference?").text).toBe(
      "did the board agree the terms of reference?",
    );
    expect(readQuestion("was the agenda rubber-stamped by the dmg?").text).toBe(
      "was the agenda agreed by the dmg?",
    );
    expect(readQuestion("which plan got green-lit in 2022").text).toBe(
      "which plan got agreed in 2022",
    );
    expect(readQuestion("ok so who came to the 2015 board").text).toBe(
      "ok so who came to the 2015 board",
    );
    expect(readQuestion("is it ok the minutes are late").text).toBe(
      "is it ok the minutes are late",
    );
    // "ok" after a noun says how something is, not that it was approved.
    expect(readQuestion("is the funding ok this year?").text).not.toMatch(/agree/);
    expect(readQuestion("was the plan ok the way it was written?").text).not.toMatch(/agree/);
    expect(readQuestion("will the dmg ok the new terms of reference?").text).toBe(
      "will the dmg agree the new terms of reference?",
    );
    expect(readQuestion("who okayed the plan?").text).toBe("who agreed the plan?");
  });

  it("writes out last month from today, across a new year too", () => {
    expect(readQuestion("who chaired last month's board", "2023-05-02").text).toBe(
      "who chaired the april 2023 board",
    );
    expect(readQuestion("anything decided last month?", "2021-01-20").text).toBe(
      "anything decided december 2020?",
    );
    expect(
      readQuestion("who chaired last month's board", "2023-05-02").reference.date?.spec,
    ).toEqual({ kind: "month", year: 2023, month: 4 });
  });

  it("leaves the words alone without a today, or when no year is named from it", () => {
    expect(readQuestion("what happened last year").text).toBe("what happened last year");
    expect(readQuestion("who attended last april", "2023-06-01").text).toBe(
      "who attended last april",
    );
  });
});

describe("a preamble that names the meeting or subject", () => {
  it("keeps a meeting the preamble names, and reads 'it' as the subject it ends on", () => {
    expect(readQuestion("I am asking about the 2022 meeting: who attended?").text).toBe(
      "i am asking about the 2022 meeting: who attended?",
    );
    expect(readQuestion("We're reviewing the DMG - who attended?").text).toBe(
      "we're reviewing the dmg - who attended?",
    );
    expect(
      readQuestion("I'm preparing a briefing on fraud - when was it last discussed?").text,
    ).toBe("when was fraud last discussed?");
  });
});

describe("a subject set before the question", () => {
  it("writes it in where the question points back at it, or came up", () => {
    expect(readQuestion("the estate strategy - where did that come up?").text).toBe(
      "where did the estate strategy come up?",
    );
    // "That meeting" is a meeting, not the subject.
    expect(readQuestion("the casey review - who chaired that meeting?").text).toBe(
      "the casey review - who chaired that meeting?",
    );
  });

  it("writes it in where the question asks how it was discussed", () => {
    expect(readQuestion("stalking - has that ever been on the agenda?").text).toBe(
      "has stalking ever been on the agenda?",
    );
    expect(readQuestion("extremism - when was it last on the table?").text).toBe(
      "when was extremism last on the table?",
    );
    expect(readQuestion("devolution: did the board ever chew it over?").text).toBe(
      "devolution: did the board ever chew it over?",
    );
  });

  it("asks a question of a word or two about it in full", () => {
    expect(readQuestion("vawg: first time?").text).toBe("when was vawg first mentioned?");
    expect(readQuestion("HMICFRS - which meetings?").text).toBe(
      "which meetings mentioned hmicfrs?",
    );
    expect(readQuestion("fraud - how often?").text).toBe("how often was fraud mentioned?");
    expect(readQuestion("community engagement - how many mtgs?").text).toBe(
      "how many meetings mentioned community engagement?",
    );
    expect(readQuestion("police accountability - list the mtgs").text).toBe(
      "which meetings mentioned police accountability?",
    );
  });

  it("asks the name of whoever holds a post as who holds it (sweep 8)", () => {
    expect(readQuestion("whats the dep mayor for social integration called").text).toBe(
      "who is the deputy mayor for social integration?",
    );
    expect(readQuestion("the crc london ceo - what's his name?").text).toBe(
      "who is the crc london ceo?",
    );
    // A thing's name is not a person's.
    expect(readQuestion("what was the new board called").text).toBe(
      "what was the new board called",
    );
  });

  it("reads 'one' after what the meetings did as the subject set before (sweep 9)", () => {
    expect(readQuestion("evidence base - which mtgs talk about building one").text).toBe(
      "which meetings mentioned evidence base?",
    );
    expect(readQuestion("roundtable - any mtgs where they planned holding one?").text).toBe(
      "which meetings mentioned roundtable?",
    );
  });

  it("reads 'when's that come up' of a meeting set before as when it is held, not mentioned", () => {
    expect(readQuestion("next lcrb - when's that come up?").text).not.toMatch(/mentioned/);
    expect(readQuestion("the 2015 board - when did it come up?").text).not.toMatch(/mentioned/);
  });

  it("gives no article to 'meeting' before a bare question word ('meeting when?')", () => {
    expect(readQuestion("meeting when?").text).toBe("meeting when?");
    expect(readQuestion("meeting where fraud was raised - who chaired?").text).toMatch(
      /^the meeting where fraud was raised/,
    );
  });

  it("reads 'when's that come up' of a subject set before as when it was mentioned (sweep 9)", () => {
    expect(readQuestion("partnership board - when's that come up").text).toBe(
      "when was partnership board mentioned?",
    );
    expect(readQuestion("london policing board - when's it been brought up?").text).toBe(
      "when was london policing board mentioned?",
    );
    expect(readQuestion("safer streets board - when did that crop up").text).toBe(
      "when was safer streets board mentioned?",
    );
    // When it comes back is what its minutes announce, not when it was mentioned.
    expect(readQuestion("court backlogs - when's it coming back to the board?").text).not.toContain(
      "mentioned",
    );
  });

  it("reads the subject of an across question through the asker's filler (sweep 8)", () => {
    // A hyphened word is part of the subject, and "stuff" after it is no part of it.
    expect(readQuestion("pre-charge stuff - which mtgs?").text).toBe(
      "which meetings mentioned pre-charge?",
    );
    // What the meetings did with it, pointed at by "them" or "it".
    expect(readQuestion("witnesses - which mtgs bring them up").text).toBe(
      "which meetings mentioned witnesses?",
    );
    expect(readQuestion("outcomes - which mtgs mention them").text).toBe(
      "which meetings mentioned outcomes?",
    );
    expect(readQuestion("backlogs - which mtgs talk abt them").text).toBe(
      "which meetings mentioned backlogs?",
    );
    // An acronym's plural, typed in capitals, is the acronym the minutes write ("in each BCU").
    expect(readQuestion("BCUs - list the mtgs").text).toBe("which meetings mentioned bcu?");
  });

  it("leaves a person set before the question to their record", () => {
    const namesPerson = (words: string) => words === "doug flight";
    expect(
      readQuestion("Doug Flight: which meetings?", undefined, new Set(), namesPerson).text,
    ).toBe("doug flight: which meetings?");
  });
});

describe("a request to be told", () => {
  it("reads the question it leads into", () => {
    expect(readQuestion("remind me what the board covered back in April").text).toBe(
      "what the board covered back in april",
    );
    expect(readQuestion("fill me in on what the DMG went through back in June").text).toBe(
      "what the dmg went through back in june",
    );
    expect(readQuestion("can you catch me up on who chaired the fraud meeting?").text).toBe(
      "who chaired the fraud meeting?",
    );
  });

  it("asks about a subject it names", () => {
    expect(readQuestion("catch me up on the fraud roundtable").text).toBe(
      "tell me about the fraud roundtable",
    );
    expect(readQuestion("bring me up to speed on stalking please").text).toBe(
      "tell me about stalking please",
    );
  });

  it("leaves a question that only mentions a reminder", () => {
    expect(readQuestion("was a reminder sent about the actions?").text).toBe(
      "was a reminder sent about the actions?",
    );
  });
});

describe("a preamble before the question", () => {
  it("leaves out who is asking and why, set off by a dash, colon or full stop", () => {
    expect(
      readQuestion("I'm new to the partnership team - who oversaw Prevent in London?").text,
    ).toBe("who oversaw prevent in london?");
    expect(readQuestion("sorry if this was asked before: who chaired the 2022 meeting").text).toBe(
      "who chaired the 2022 meeting",
    );
    expect(
      readQuestion("hi there, i'm writing a briefing - what did the board say about fraud?").text,
    ).toBe("what did the board say about fraud?");
  });

  it("keeps a question that has no preamble set off", () => {
    expect(readQuestion("I am looking for what was said about fraud").text).toBe(
      "i am looking for what was said about fraud",
    );
    expect(readQuestion("sorry, who chaired it?").text).toBe("sorry, who chaired it?");
  });
});

describe("questions typed as in chat", () => {
  it("writes out chat spellings and misspelt question words", () => {
    expect(readQuestion("wat happend at the last meetin").text).toBe(
      "what happened at the last meeting",
    );
    expect(readQuestion("who r the ppl from mopac at the last mtg").text).toBe(
      "who are the people from mopac at the last meeting",
    );
    expect(readQuestion("whos the chair").text).toBe("who is the chair");
    expect(readQuestion("who wz at the dmg").text).toBe("who was at the dmg");
    expect(readQuestion("who's been coming").text).toBe("who's been coming");
    // A possessive keeps its chat spelling written out.
    expect(readQuestion("what did last wk's mtg cover").text).toBe(
      "what did last week's meeting cover",
    );
  });

  it("leaves the minutes' own words and people's names alone", () => {
    const known = new Set(["claire", "went"]);
    expect(readQuestion("what did claire waxman say", undefined, known).text).toBe(
      "what did claire waxman say",
    );
    expect(readQuestion("who went", undefined, known).text).toBe("who went");
    // A word the minutes write is theirs, not a chat spelling ("the R rate").
    expect(readQuestion("what is the r rate", undefined, new Set(["r"])).text).toBe(
      "what is the r rate",
    );
    // An apostrophe or hyphen joins a letter to its word: no chat spelling there.
    expect(readQuestion("the u-turn on policing").text).toBe("the u-turn on policing");
  });
});

describe("'did they raise anything?'", () => {
  it("asks what they raised or said", () => {
    expect(readQuestion("did he raise anything himself?").text).toBe("what did he raise?");
    expect(readQuestion("did the CPS say anything at all?").text).toBe("what did the cps say?");
    expect(readQuestion("did anything come up about fraud?").text).toBe(
      "did anything come up about fraud?",
    );
  });
});

describe("withPersonNamed", () => {
  it("writes a pronoun as the person the conversation was about", () => {
    const asked = withPersonNamed(readQuestion("was she at the 2023 meeting"), "claire waxman");
    expect(asked.text).toBe("was claire waxman at the 2023 meeting");
    expect(asked.reference.date?.spec).toEqual({ kind: "year", year: 2023 });
    expect(withPersonNamed(readQuestion("did he attend in 2015"), "craig mackey").text).toBe(
      "did craig mackey attend in 2015",
    );
    // "His" belongs as often to someone the question names ("the Mayor … his commitment").
    expect(withPersonNamed(readQuestion("what was his role"), "craig mackey").text).toBe(
      "what was his role",
    );
    // "Her" before the thing she has is a possessive; before "at", "from" it is her.
    expect(withPersonNamed(readQuestion("whats her job"), "naomi sterling").text).toBe(
      "whats naomi sterling's job",
    );
    expect(
      withPersonNamed(
        readQuestion("did the board hear from her at the 2023 meeting"),
        "lynne owens",
      ).text,
    ).toBe("did the board hear from lynne owens at the 2023 meeting");
  });

  it("writes chat shorthand for posts and years out", () => {
    expect(readQuestion("who was dep commish in 2022?").text).toBe(
      "who was deputy commissioner in 2022?",
    );
    expect(readQuestion("wandsworth's chief exec").text).toBe("wandsworth's chief executive");
  });

  it("writes 'they' as the person when their post or organisation is asked after", () => {
    expect(
      withPersonNamed(readQuestion("and who did they represent at the last one?"), "ian bickers")
        .text,
    ).toBe("and who did ian bickers represent at the last one?");
    expect(withPersonNamed(readQuestion("what was their role in 2022"), "kenny bowie").text).toBe(
      "what was kenny bowie role in 2022",
    );
    // "They" with no post asked is as often the board.
    expect(withPersonNamed(readQuestion("what did they discuss"), "kenny bowie").text).toBe(
      "what did they discuss",
    );
  });

  it("leaves a question alone with no such person", () => {
    expect(withPersonNamed(readQuestion("was she there"), null).text).toBe("was she there");
  });
});

describe("who ran a meeting", () => {
  it("reads 'ran', 'led', 'headed up' a meeting as chaired it, and 'w' as with", () => {
    expect(readQuestion("who ran the CT board compared w the covid dmg?").text).toBe(
      "who chaired the ct board compared with the covid dmg?",
    );
    expect(readQuestion("who headed up the 2015 meeting").text).toBe(
      "who chaired the 2015 meeting",
    );
    expect(readQuestion("who leads on fraud?").text).toBe("who leads on fraud?");
  });

  it("leaves 'led' a piece of work that a meeting word only comes after", () => {
    for (const text of [
      "who led the presentation on fraud at the april 2023 meeting?",
      "who led the work on the violence reduction unit at the 2021 board?",
      "who heads up the violence reduction unit's work with the boroughs at the 2021 board?",
      "who led the meeting's discussion of knife crime?",
    ])
      expect(readQuestion(text).text).toBe(text);
    expect(readQuestion("who led the covid dmg?").text).toBe("who chaired the covid dmg?");
  });
});

describe("a body asked whether it sent anyone", () => {
  it("reads 'did probation send anyone' as anyone from probation", () => {
    // 004_17215f53eb22288e.txt:29 "Kate Gilbert	Probation".
    expect(readQuestion("the march 2015 board - did probation send anyone?").text).toBe(
      "the march 2015 board - anyone from probation?",
    );
    expect(readQuestion("did the cps have someone there in 2022?").text).toBe(
      "anyone from cps in 2022?",
    );
  });
});

describe("dates counted from today", () => {
  it("reads weeks as chat cuts them short ('2 wks back') as the month they fall in", () => {
    expect(readQuestion("did the board 2 wks back get a VRU update?", "2021-02-16").text).toBe(
      "did the board in february 2021 get a vru update?",
    );
  });

  it("reads a weekday as the day it names, 'tuesday's board' asked on a Thursday", () => {
    expect(readQuestion("tuesday's board - was the NHS there?", "2015-03-12").text).toBe(
      "the 10 march 2015 board - was the nhs there?",
    );
  });

  it("reads 'two years ago' and 'last spring' as the year and season they name", () => {
    expect(readQuestion("agenda from two years ago?", "2024-04-20").text).toBe(
      "agenda from in 2022?",
    );
    expect(readQuestion("what did the board discuss last spring", "2023-09-15").text).toBe(
      "what did the board discuss spring 2023",
    );
    // In April, last spring is the year before's.
    expect(readQuestion("what did the board discuss last spring", "2023-04-20").text).toBe(
      "what did the board discuss spring 2022",
    );
  });
});

describe("topicWords", () => {
  it("keeps 'board' when words before it name another body, not when it is the board", () => {
    expect(topicWords("which meetings mentioned the safer streets board", [])).toEqual([
      "safer",
      "streets",
      "board",
    ]);
    expect(topicWords("what did the board say about fraud", [])).toEqual(["fraud"]);
  });
});

describe("how a message sets its parts apart", () => {
  it("reads an ampersand standing free as 'and', not one inside a name", () => {
    expect(readQuestion("2015 & 2021 boards - anyone at both?").text).toBe(
      "2015 and 2021 boards - anyone at both?",
    );
    expect(readQuestion("who came from DMC&SJ?").text).toBe("who came from dmc&sj?");
  });

  it("finds the question a message ends on", () => {
    expect(askedClause("the board a fortnight ago - was claire waxman there?")).toBe(
      "was claire waxman there",
    );
    expect(
      askedClause("probation and prisons resettlement meeting: was anyone from the nhs there?"),
    ).toBe("was anyone from the nhs there");
    // A hyphen inside a name is no break.
    expect(askedClause("was debbie weekes-bernard there?")).toBe("was debbie weekes-bernard there");
    // A bracketed aside after the question mark says where to look, and asks nothing.
    expect(askedClause("did the crc's ceo visit the prisons? (2015)")).toBe(
      "did the crc's ceo visit the prisons",
    );
    expect(askedClause("has the cps set up a panel on disproportionality? (apr 23)")).toBe(
      "has the cps set up a panel on disproportionality",
    );
  });

  it("reads 'folk' as people", () => {
    expect(readQuestion("CPS folk at the board?").text).toBe("cps people at the board?");
  });
});

describe("asksYesOrNo", () => {
  it("reads a question of the board as yes or no, a request to the bot not", () => {
    expect(asksYesOrNo("did we agree the terms of reference?")).toBe(true);
    expect(asksYesOrNo("can the vru bid for the fund?")).toBe(true);
    expect(asksYesOrNo("can you please tell me who chaired it?")).toBe(false);
    expect(asksYesOrNo("could i get the minutes of the june 2020 dmg?")).toBe(false);
    expect(asksYesOrNo("and do u know whether the charter was signed?")).toBe(false);
  });
});
