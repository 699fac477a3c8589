import { beforeAll, describe, expect, it } from "vitest";
import type { Intent } from "../../src/answers/answer.js";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import { classify } from "../../src/answers/intent.js";
import { collectPeople } from "../../src/answers/people.js";
import { readQuestion } from "../../src/answers/question.js";
import { MEETINGS } from "./fixtures.js";

const people = collectPeople(MEETINGS);

describe("classify", () => {
  it.each<[string, Intent]>([
    ["help", "help"],
    ["what can you do?", "help"],
    ["next", "next"],
    ["when is the next meeting?", "next"],
    ["whens the next board", "next"],
    ["any upcoming meetings?", "next"],
    ["meetings", "meetings"],
    ["which meetings do you have", "meetings"],
    // What the minutes say about a subject is a search, not the list of meetings.
    ["what did the minutes say about fraud", "search"],
    ["what do the minutes say about knife crime", "search"],
    ["what was in the minutes about the casey review", "search"],
    ["list all minutes", "meetings"],
    // "Did X attend" is an organisation's attendance; "did the Mayor raise at it" is not.
    ["did mopac attend the 2022 meeting", "attendees"],
    // An organisation's or post's people asked after with "any", or "did X make the board".
    ["any cllrs at the 2015 meeting?", "attendees"],
    ["anyone from london councils at the 2015 meeting?", "attendees"],
    ["2015 meeting - anyone there from MOPAC?", "attendees"],
    ["did mopac make the 2015 board?", "attendees"],
    ["any actions for london councils?", "actions"],
    ["did Stephen Greenhalgh make the 2015 board?", "person"],
    ["what was the turnout at the 2022 meeting", "attendees"],
    ["attendees April 2023", "attendees"],
    ["who was at the april 2023 meeting", "attendees"],
    ["who sent apologies in april 2023", "attendees"],
    ["attendance at the dmg", "attendees"],
    ["has claire waxman been coming?", "person"],
    ["who is Sturt", "person"],
    ["person waxman", "person"],
    ["people at the april 2023 meeting", "attendees"],
    ["did Lynne Owens attend the April 2023 meeting?", "person"],
    ["which meetings did jas athwal attend", "person"],
    ["waxman", "person"],
    // A person's organisation, asked in shorthand or with a title before the surname.
    ["Cllr Peck - which borough?", "person"],
    ["Greenhalgh: what post?", "person"],
    // A name first, then a question that asks something else of the minutes.
    ["Lynne Owens: what was said about the Casey report?", "search"],
    ["Flight - when is the next meeting?", "next"],
    ["councillor robathan's organisation", "person"],
    ["what org is Doug Flight with", "person"],
    ["and who did Claire Waxman represent in 2023?", "person"],
    // How many meetings someone came to, counted as a number of.
    ["number of meetings Doug Flight attended", "person"],
    ["the count of meetings Lib Peck has been to", "person"],
    // A post asked of someone named, yes or no.
    ["was Claudia Strut a YJB director?", "person"],
    ["is Jane Garvan the MPS's head of strategy", "person"],
    ["is Claire Waxman mopac's victims commissioner?", "person"],
    ["actions from the march 2015 board", "actions"],
    ["what actions were agreed", "actions"],
    ["what's outstanding from the last meeting", "actions"],
    ["what was said about outstanding court cases", "search"],
    ["what happened on 12/04/2023?", "meeting"],
    ["summarise the latest meeting", "meeting"],
    ["the March 2015 board", "meeting"],
    ["what was discussed about fraud", "search"],
    ["what did they say about the youth action plan", "search"],
    ["casey review", "search"],
    // How many times a body met, and meetings arranged ahead.
    ["how many times has the DMG met?", "meetings"],
    ["number of LCRB meetings since 2015", "meetings"],
    ["any meetings planned for next year?", "next"],
    ["is a DMG booked?", "next"],
    ["what did the board plan for next year", "search"],
    ["what did the board say about the planned roundtable", "search"],
    ["who is the chair", "attendees"],
    ["who is the victims commissioner", "search"],
    ["Cllr Athwal attendance", "person"],
    ["jas athwal's attendance record", "person"],
    ["has claire waxman been to any meetings", "person"],
    ["attendance at the latest meeting", "attendees"],
    ["what did they say about it?", "search"],
    ["what was said about this", "search"],
    ["tell me about that meeting", "meeting"],
    ["is there a meeting today", "next"],
    ["is there a board meeting this month", "next"],
    ["any dmg meetings next week?", "next"],
    ["what happened in april 22", "meeting"],
    // Topic words with no meeting named are a search, though "membership" is about attendance.
    ["what about the efficiency board membership", "search"],
    ["membership of the safer streets board", "search"],
    ["membership of the board", "attendees"],
    // An organisation's attendance, by "represented" or "was … at".
    ["was the met represented at the june 2020 dmg?", "attendees"],
    ["was the met at the june 2020 dmg", "attendees"],
    ["was fraud discussed at the april 2022 meeting", "search"],
    ["thanks!", "help"],
    // What members said, not who they were: 004_17215f53eb22288e.txt:47 "A general view was put
    // forward that more political oversight and leadership on a London level would be beneficial".
    ["so what did members want more of?", "search"],
    ["what did members want more of at the 2015 board?", "search"],
    // When a thing is due is in the passages (000_bc5123fd089beeb5.txt:50 "the latest the Police
    // and Crime Plan (PCP) can be published was March 2022"); when a meeting is due, the next.
    ["when's the next pcp due at the latest, per the dmg?", "search"],
    ["when's the first contest board due?", "search"],
    ["when's the next board due?", "next"],
    ["when is the next dmg due?", "next"],
    // Whatever the order of the words, a meeting of ours due is the next meeting.
    ["when is our next board meeting due?", "next"],
    ["when is the board next due to meet?", "next"],
    ["when's the dmg next expected to meet?", "next"],
    ["when is the next meeting of the lcrb due?", "next"],
    ["when is the fraud strategy due?", "search"],
  ])("%j → %s", (text, intent) => {
    expect(classify(readQuestion(text), people).intent).toBe(intent);
  });

  it("keeps the topic words for a search narrowed by a date", () => {
    expect(classify(readQuestion("what was said about fraud in april 2022"), people).topic).toEqual(
      ["fraud"],
    );
  });
});

describe("classify: people asked as chat asks after them (sweep 8)", () => {
  const attendee = (name: string, role: string, organisation: string, line: number) => ({
    name,
    status: "in_attendance" as const,
    honorific: null,
    role,
    organisation,
    line,
  });
  // 003_0417dfde59a34df8.txt "Tina Price (TP) Officer, MOPAC" (April 2022); 001_…:
  // "Tom Pickup, London Councils" (February 2021, a list without initials).
  const meetings = MEETINGS.map((meeting) =>
    meeting.id === "lcrb-2022-04-27"
      ? {
          ...meeting,
          attendees: [...meeting.attendees, attendee("Tina Price", "Officer", "MOPAC", 37)],
        }
      : meeting.id === "dmg-2020-06-08"
        ? {
            ...meeting,
            attendees: [...meeting.attendees, attendee("Tom Pickup", "", "London Councils", 60)],
          }
        : meeting,
  );
  const everyone = collectPeople(meetings);
  const asked = (text: string) => classify(readQuestion(text, "2026-12-05"), everyone);

  it("reads initials followed by the meeting whose list gives them as the person there", () => {
    const tp = asked("who's TP in the apr 22 attendance?");
    expect(tp.intent).toBe("person");
    expect(tp.people.map((p) => p.name)).toEqual(["Tina Price"]);
  });

  it("reads initials that are someone's possessive as the person at the meeting named", () => {
    const tp = asked("what was TP's job in apr 22?");
    expect(tp.intent).toBe("person");
    expect(tp.people.map((p) => p.name)).toEqual(["Tina Price"]);
    // With no meeting named, both people the initials may be.
    expect(
      asked("who's TP?")
        .people.map((p) => p.name)
        .sort(),
    ).toEqual(["Tina Price", "Tom Pickup"]);
  });

  it("reads 'who's X with?' as the body someone came for, from their record", () => {
    expect(asked("who's Tina Price with?")).toMatchObject({ intent: "person", name: "tina price" });
  });
});

describe("a person asked of a meeting named by a clause", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await createAnswerContext({
      corpusDir: "corpus",
      cacheDir: null,
      today: "2026-12-05",
    });
  });
  const asked = (text: string) =>
    classify(
      readQuestion(text, "2026-12-05"),
      context.directory.people,
      context.directory.ordinary,
    );

  // 003_0417dfde59a34df8.txt:157 "The Mayor opened the meeting welcoming Deputy Commissioner Helen
  // Ball and Amy Lame."; :149 "Gareth Roberts (GR) London Council".
  it("reads the name after the dash, not across it from the clause's own 'was'", () => {
    const found = asked("the mtg where amy lame was welcomed - was gareth roberts there?");
    expect(found.intent).toBe("person");
    expect(found.people.map((p) => p.name)).toEqual(["Gareth Roberts"]);
  });

  it("reads a meeting named by a clause with no 'where' before a dash", () => {
    const found = asked("the mtg helen ball got welcomed at - was naomi sterling there?");
    expect(found.intent).toBe("person");
    expect(found.people.map((p) => p.name)).toEqual(["Naomi Sterling"]);
    expect(
      readQuestion("the mtg helen ball got welcomed at - was naomi sterling there?").text,
    ).toBe("the meeting where helen ball got welcomed - was naomi sterling there?");
  });

  // 003_0417dfde59a34df8.txt:113 "Kenny Bowie (KB) Director, S&MPS Oversight MOPAC", present in
  // April 2022: "in the room" asks whether someone was there, as "there" and "on the call" do.
  it("reads 'in the room' as being at the meeting, of a person and of a body", () => {
    const found = asked(
      "board that talked up the £60m for vawg survivors - was kenny bowie in the room?",
    );
    expect(found.intent).toBe("person");
    expect(found.people.map((p) => p.name)).toEqual(["Kenny Bowie"]);
    expect(asked("was the yjb in the room at the casey board?").intent).toBe("attendees");
  });
});
