import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import {
  findNextMeetingSentence,
  isMeetingFieldsRow,
  readNextMeeting,
  readNextMeetings,
  readNextMeetingsHeading,
  readSharedDetails,
  sameAsThisMeeting,
} from "../../../src/corpus/parse/next-meetings.js";

describe("readNextMeetings", () => {
  it("reads dates written as one list as one meeting each, with the time and venue after them (unseen-minutes/10)", () => {
    expect(
      readNextMeetings(
        "Future meetings: 12 March, 11 June and 10 September 2025, all at 09:30 in City Hall.",
        30,
        "LCRB",
        "2024-12-04",
      ).map((m) => [m.date, m.time, m.venue]),
    ).toEqual([
      ["2025-03-12", "09:30", "City Hall"],
      ["2025-06-11", "09:30", "City Hall"],
      ["2025-09-10", "09:30", "City Hall"],
    ]);
  });

  it("reads one meeting from a line whose dates are not one list", () => {
    expect(
      readNextMeetings("Next meeting: 18/01/2024 at 14:00 (moved from 11/01/2024)", 3, "DMG", null),
    ).toHaveLength(1);
  });

  it("does not take the end time of the next meeting for its venue (unseen-minutes/07)", () => {
    expect(
      readNextMeetings("Tuesday 11 June 2024, 10:00 – 12:00, City Hall", 36, "LCRB", null),
    ).toEqual([{ body: "LCRB", date: "2024-06-11", time: "10:00", venue: "City Hall", line: 36 }]);
  });
});

describe("readNextMeeting", () => {
  it.each([
    [
      "Date of next LCRB meeting: 9 June 2015. 12:00pm at City Hall",
      "LCRB",
      { body: "LCRB", date: "2015-06-09", time: "12:00", venue: "City Hall" },
    ],
    [
      "LCRB meeting: 8 July 2020",
      "DMG",
      { body: "LCRB", date: "2020-07-08", time: null, venue: null },
    ],
    [
      "DMG meeting: 7 September 2020",
      "DMG",
      { body: "DMG", date: "2020-09-07", time: null, venue: null },
    ],
    [
      "Next DMG meeting: Thursday 29 November 2018, 2.30pm, MOPAC",
      "DMG",
      { body: "DMG", date: "2018-11-29", time: "14:30", venue: "MOPAC" },
    ],
    [
      "DMG – Monday 22 February 2021, 10am, virtual",
      "LCRB",
      { body: "DMG", date: "2021-02-22", time: "10:00", venue: "virtual" },
    ],
    [
      "The next meeting will be held on 14 July 2021 at 2pm at City Hall.",
      "LCRB",
      { body: "LCRB", date: "2021-07-14", time: "14:00", venue: "City Hall" },
    ],
  ])("reads %j", (text, defaultBody, expected) => {
    expect(readNextMeeting(text, 7, defaultBody as "LCRB" | "DMG", "2015-01-01")).toEqual({
      ...expected,
      line: 7,
    });
  });
});

describe("readNextMeetingsHeading", () => {
  it.each([
    ["Date of next meetings", ""],
    ["Next meetings", ""],
    ["Date of next DMG: 5 December 2019, 10am, MOPAC", "5 December 2019, 10am, MOPAC"],
    [
      "Date of next LCRB meeting: 9 June 2015. 12:00pm at City Hall",
      "9 June 2015. 12:00pm at City Hall",
    ],
    [
      "Date of next meeting: Tuesday 13 June 2017, 10:00, City Hall",
      "Tuesday 13 June 2017, 10:00, City Hall",
    ],
    // unseen-minutes-4/28, and written for this test: under a council's minute number.
    ["36/23 DATE OF NEXT MEETING", ""],
    ["112/24. Date of next meeting: 6 March 2025", "6 March 2025"],
    // unseen-minutes-5/40: a call's notes.
    ["Next call: Tue 11 June, 10:00, Teams", "Tue 11 June, 10:00, Teams"],
    // unseen-minutes-5/42: a heading over a table of dates.
    ["Forward dates", ""],
    // unseen-minutes-5/44: "next" misspelt, with a date after it.
    ["Date of nxt meeting: 12 December 2024, 2pm, City Hall", "12 December 2024, 2pm, City Hall"],
    // unseen-minutes-8/66: the last of a section's items.
    ["3.2  Date of next meeting", ""],
    // unseen-minutes-9/75, and written for this test: the dates put to the members' diaries.
    [
      "Dates for your diary: Wednesday 14 January 2026 and Wednesday 15 April 2026,",
      "Wednesday 14 January 2026 and Wednesday 15 April 2026,",
    ],
    ["For your diary", ""],
    ["Diary dates: 3 March 2026", "3 March 2026"],
    // layout-variants-10b/113: a slide's title over its date.
    ["Next DMG", ""],
  ])("opens the next-meetings section: %j", (text, inline) => {
    expect(readNextMeetingsHeading(text)).toEqual({ inline });
  });

  it("reads no misspelt 'next' without a date after it, nor 'last' (two letters from 'next')", () => {
    expect(readNextMeetingsHeading("Date of nxt meeting: to be confirmed")).toBeNull();
    expect(readNextMeetingsHeading("Date of last meeting: 13 June 2024")).toBeNull();
  });

  it("is not prose that mentions future meetings", () => {
    expect(
      readNextMeetingsHeading(
        "Future meetings of the partnership board will focus on delivery against the plan.",
      ),
    ).toBeNull();
    expect(
      readNextMeetingsHeading(
        "The next call for evidence on shop theft will go out in the spring.",
      ),
    ).toBeNull();
  });
});

describe("findNextMeetingSentence", () => {
  it("finds the sentence inside a paragraph", () => {
    expect(
      findNextMeetingSentence(
        "There was no other business. The next meeting will be held on 14 July 2021 at City Hall.",
      ),
    ).toBe("The next meeting will be held on 14 July 2021 at City Hall");
  });

  it("finds 'The Board will next meet on …' (unseen-minutes-5/45)", () => {
    const sentence = findNextMeetingSentence(
      "The Board will next meet on Wednesday 5 March 2025 at 10.00am at City Hall.",
    );
    expect(sentence).toBe("will next meet on Wednesday 5 March 2025 at 10.00am at City Hall");
    expect(readNextMeeting(sentence ?? "", 1, "LCRB", "2024-12-04")).toMatchObject({
      date: "2025-03-05",
      time: "10:00",
      venue: "City Hall",
    });
  });

  it("finds 'will next meet' only of the body itself: 'the' and one word naming it, or 'we'", () => {
    expect(
      findNextMeetingSentence(
        "MOPAC and MPS officers will next meet on 12 June 2024 to review progress on the plan.",
      ),
    ).toBeNull();
    expect(
      findNextMeetingSentence(
        "The task and finish group will next meet on 4 April 2024 to agree the terms of reference.",
      ),
    ).toBeNull();
    expect(findNextMeetingSentence("We will next meet on 4 April 2024 at City Hall.")).toBe(
      "will next meet on 4 April 2024 at City Hall",
    );
    expect(findNextMeetingSentence("The Group will next meet on 4 April 2024.")).toBe(
      "will next meet on 4 April 2024",
    );
  });

  it("finds the next meeting told as the Chair closed the meeting (unseen-minutes-10/82, layout-variants-10a/105)", () => {
    expect(
      findNextMeetingSentence(
        "There was no other business. The Chair thanked members and closed the meeting at 11.50am, noting that the Board would next meet on Thursday 9 July 2026 at 10.00am in Committee Room 4, City Hall.",
      ),
    ).toBe("would next meet on Thursday 9 July 2026 at 10.00am in Committee Room 4, City Hall");
    expect(
      findNextMeetingSentence(
        "None. The Chair closed the meeting at 3.35pm; members noted that the Group would meet again on Tuesday 8 December 2026 at 2pm at MOPAC, 169 Union Street.",
      ),
    ).toBe("would meet again on Tuesday 8 December 2026 at 2pm at MOPAC, 169 Union Street");
    expect(
      findNextMeetingSentence(
        "None. The Chair closed the meeting; we agreed to meet next on Wednesday 17 February 2027 at 2pm in Room 3.01.",
      ),
    ).toBe("agreed to meet next on Wednesday 17 February 2027 at 2pm in Room 3.01");
    expect(
      findNextMeetingSentence("Officers would meet again on 4 April 2024 to agree the terms."),
    ).toBeNull();
    expect(
      findNextMeetingSentence("Boroughs agreed to meet next on 4 April 2024 to agree the terms."),
    ).toBeNull();
  });

  it("finds nothing without a date", () => {
    expect(findNextMeetingSentence("The next meeting will be arranged in due course.")).toBeNull();
    expect(findNextMeetingSentence("The Group will next meet when the review reports.")).toBeNull();
  });
});

describe("readSharedDetails (unseen-minutes-3/24)", () => {
  it("reads the time and place a heading gives every date under it", () => {
    expect(readSharedDetails("Dates of future meetings (all at 11.00am, City Hall)")).toEqual({
      time: "11:00",
      venue: "City Hall",
    });
  });

  it("reads nothing from a heading with no bracket, or a bracket with neither", () => {
    expect(readSharedDetails("Dates of future meetings")).toBeNull();
    expect(readSharedDetails("Next meeting (hybrid)")).toBeNull();
  });

  it("gives those details to the dates under the heading that state none", () => {
    const meeting = parseMinutes(
      "DELIVERY MANAGEMENT GROUP\n\nMonday 12 February 2024\n\nItem 1 Welcome\nThe Chair welcomed members.\n\nDates of future meetings (all at 11.00am, City Hall)\n13 May 2024\n9 September 2024, 14:00\n",
      "dmg.txt",
    ).meeting;
    expect(meeting?.nextMeetings.map((n) => [n.date, n.time, n.venue])).toEqual([
      ["2024-05-13", "11:00", "City Hall"],
      ["2024-09-09", "14:00", "City Hall"],
    ]);
  });
});

describe("a table of dates under 'Forward dates' (unseen-minutes-5/42)", () => {
  it("reads the title row as no meeting, and each row as one", () => {
    expect(isMeetingFieldsRow("Date                 Time     Venue")).toBe(true);
    expect(isMeetingFieldsRow("10 December 2024     14:00    City Hall")).toBe(false);
    const meeting = parseMinutes(
      [
        "London Crime Reduction Board",
        "Minutes",
        "Tuesday 10 September 2024 — 2pm to 4pm — City Hall, Kamal Chunchie Way",
        "",
        "Agenda item 4: Any other business",
        "None.",
        "",
        "Forward dates",
        "Date                 Time     Venue",
        "10 December 2024     14:00    City Hall",
        "11 March 2025        14:00    City Hall",
      ].join("\n"),
      "lcrb.txt",
    ).meeting;
    expect(meeting?.nextMeetings.map((m) => [m.date, m.time, m.venue])).toEqual([
      ["2024-12-10", "14:00", "City Hall"],
      ["2025-03-11", "14:00", "City Hall"],
    ]);
  });
});

describe("readNextMeetings: a date in brackets dates the note, not the meeting (unseen-minutes-6/46)", () => {
  const read = (text: string) =>
    readNextMeetings(text, 36, "DMG", "2024-01-03").map((m) => [m.date, m.time, m.venue]);

  describe("as round 6 writes it", () => {
    it("reads the meeting after a post-meeting note's own date", () => {
      expect(
        read(
          "Post-meeting note (8th Jan): the next meeting has been fixed for Weds 6th Mar '24, 2pm, Room 4.10, 169 Union Street.",
        ),
      ).toEqual([["2024-03-06", "14:00", "Room 4.10, 169 Union Street"]]);
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["Update (12 Jan 2024): next meeting moved to 6 March 2024, 2pm, City Hall", "2024-03-06"],
      [
        "Note added after the meeting (8/1/24): next meeting on Wednesday 6 March 2024",
        "2024-03-06",
      ],
      ["[Added 8 January] Next meeting: 6 March 2024, 14:00, Teams", "2024-03-06"],
    ])("reads %j as %s", (text, date) => {
      expect(read(text)[0]?.[0]).toBe(date);
    });
  });

  describe("left as it was", () => {
    it.each([
      ["Next meeting: 18/01/2024 at 14:00 (moved from 11/01/2024)", "2024-01-18"],
      ["Next meeting (provisional): 6 March 2024, City Hall", "2024-03-06"],
      ["(6 March 2024)", "2024-03-06"],
    ])("reads %j as %s", (text, date) => {
      expect(read(text)[0]?.[0]).toBe(date);
    });
  });
});

describe("readNextMeeting: a timestamp in UTC (written after round 6)", () => {
  it("reads the time on London's clock", () => {
    expect(
      readNextMeetings("Next meeting start: 2024-07-10T13:00:00Z, City Hall", 3, "LCRB", null).map(
        (m) => [m.date, m.time, m.venue],
      ),
    ).toEqual([["2024-07-10", "14:00", "City Hall"]]);
  });
});

describe("the next meeting as a calendar's or a note-taker's words (unseen-minutes-7/55, /58)", () => {
  it.each([
    // 55: a meeting recap's export; 58: terse notes.
    [
      "Next occurrence: Tuesday, November 12, 2024 10:00 AM-11:30 AM (GMT), Microsoft Teams",
      "Tuesday, November 12, 2024 10:00 AM-11:30 AM (GMT), Microsoft Teams",
    ],
    ["next one: 13/1/25 2pm teams", "13/1/25 2pm teams"],
    // Written otherwise.
    ["Next session: 4 March 2025, 14:00, City Hall", "4 March 2025, 14:00, City Hall"],
    ["NEXT ONE - Mon 3 Feb, 10am, Zoom", "Mon 3 Feb, 10am, Zoom"],
  ])("opens the next-meetings section: %j", (text, inline) => {
    expect(readNextMeetingsHeading(text)).toEqual({ inline });
  });

  it.each([
    ["Next one on the list was the budget, which was deferred."],
    ["Next steps: MOPAC to write to the chairs by 12 March."],
  ])("is no next meeting: %j", (text) => {
    expect(readNextMeetingsHeading(text)).toBeNull();
  });

  it.each([
    [
      "Next occurrence: Tuesday, November 12, 2024 10:00 AM-11:30 AM (GMT), Microsoft Teams",
      ["2024-11-12", "10:00", "Microsoft Teams"],
    ],
    ["next one: 13/1/25 2pm teams", ["2025-01-13", "14:00", "teams"]],
    // Written otherwise: a zone after the time is no place, nor is it one alone.
    ["Next session: 4 March 2025, 14:00 (GMT), zoom", ["2025-03-04", "14:00", "zoom"]],
    ["Next meeting: 10 July 2025, 2pm BST, City Hall", ["2025-07-10", "14:00", "City Hall"]],
    ["Next meeting: 10 July 2025, 2pm (BST)", ["2025-07-10", "14:00", null]],
  ])("reads %j", (text, [date, time, venue]) => {
    expect(readNextMeetings(text, 3, "DMG", null).map((m) => [m.date, m.time, m.venue])).toEqual([
      [date, time, venue],
    ]);
  });
});

describe("readNextMeetingsHeading: under a minute reference with the body's code (unseen-minutes-7/56)", () => {
  it.each([
    ["LCRB/24/38  DATE OF NEXT MEETING", ""],
    ["DMG/25/09 Date of next meeting: 6 March 2025", "6 March 2025"],
  ])("opens the next-meetings section: %j", (text, inline) => {
    expect(readNextMeetingsHeading(text)).toEqual({ inline });
  });
});

describe("the next meeting at the same time and place (unseen-minutes-8/68)", () => {
  it.each([
    ["Next meeting: Monday 10 February 2025, same time and place.", { time: true, place: true }],
    ["Next meeting: Tuesday 1 July 2025, same time and venue", { time: true, place: true }],
    ["Next meeting: 4 March 2025, 2pm, same venue.", { time: false, place: true }],
    ["Next meeting: 4 March 2025 at the same time, Room 2", { time: true, place: false }],
    ["Next meeting: 4 March 2025, 2pm, City Hall.", { time: false, place: false }],
    // Review 3 C16: the same time as another board's meeting is not this meeting's time.
    [
      "Tuesday 9 September 2025, at the same time as the Safer Streets Board meeting.",
      { time: false, place: false },
    ],
    [
      "Next meeting: 4 March 2025, same time and place as this meeting.",
      { time: true, place: true },
    ],
    ["Next meeting: 4 March 2025, same time as usual.", { time: true, place: false }],
  ])("reads %j", (text, same) => {
    expect(sameAsThisMeeting(text)).toEqual(same);
  });
});

describe("the next meeting at this meeting's time and place", () => {
  it("takes the time and venue this meeting was held at (unseen-minutes-8/68)", () => {
    const meeting = parseMinutes(
      [
        "Delivery Management Group (DMG)",
        "Minutes – Monday 13 January 2025, 10:00–11:30",
        "Room 5.12, 169 Union Street, SE1 (and Teams)",
        "",
        "1. Minutes of 9 December and action log",
        "Agreed. The action on youth diversion referrals is complete.",
        "",
        "Next meeting: Monday 10 February 2025, same time and place.",
      ].join("\n"),
      "dmg.txt",
    ).meeting;
    expect(meeting?.nextMeetings.map((m) => [m.date, m.time, m.venue])).toEqual([
      ["2025-02-10", "10:00", "Room 5.12, 169 Union Street, SE1 (and Teams)"],
    ]);
  });
});

describe("a next meeting's time and place in fields under its date (unseen-minutes-8/64)", () => {
  const next = (...lines: string[]) =>
    parseMinutes(
      [
        "London Crime Reduction Board",
        "",
        "Tuesday 11 March 2025, 15:00, The Old Library, Guildhall",
        "",
        "1. Welcome and apologies",
        "The Chair welcomed members.",
        "",
        ...lines,
      ].join("\n"),
      "lcrb.txt",
    ).meeting?.nextMeetings.map((m) => [m.date, m.time, m.venue]);

  it("reads a grid's rows, put together as a markdown table's, under the heading", () => {
    expect(
      next(
        "Next meeting",
        "",
        "| Date            | Tuesday 10 June 2025                                |",
        "",
        "| Time            | 3pm                                                 |",
        "",
        "| Venue           | The Old Library, Guildhall                          |",
      ),
    ).toEqual([["2025-06-10", "15:00", "The Old Library, Guildhall"]]);
  });

  it("reads labelled lines (layout-variants-8b/83, written otherwise)", () => {
    expect(
      next("Next meeting", "Date: Thursday 19 June 2025", "Time: 10am", "Venue: Room 4.01, MOPAC"),
    ).toEqual([["2025-06-19", "10:00", "Room 4.01, MOPAC"]]);
  });
});

describe("a meeting's own time and venue after a next meeting's line in its header (review 3 C18)", () => {
  it("keeps Time: and Venue: for this meeting: no heading of the next meeting's stands over them", () => {
    const meeting = parseMinutes(
      [
        "DELIVERY MANAGEMENT GROUP",
        "Meeting notes, 10 June 2025",
        "Next meeting: 9 September 2025",
        "Time: 2pm",
        "Venue: City Hall, Room 4",
        "",
        "Present:",
        "Jane Doe (MOPAC)",
        "Tom Reyes (MPS)",
        "",
        "1. Knife crime",
        "The MPS reported a fall in knife injuries.",
      ].join("\n"),
      "dmg.txt",
    ).meeting;
    expect([meeting?.time, meeting?.venue]).toEqual(["14:00", "City Hall, Room 4"]);
    expect(meeting?.nextMeetings.map((m) => [m.date, m.time, m.venue])).toEqual([
      ["2025-09-09", null, null],
    ]);
  });
});

describe("a chat's or a OneNote page's next meeting (unseen-minutes-9/73, /77)", () => {
  it("reads 'Next DMG' straight before a date, and the place after 'same time'", () => {
    const line = "Next DMG Mon 7 July, same time, Teams";
    expect(readNextMeetingsHeading(line)).toEqual({ inline: "Mon 7 July, same time, Teams" });
    expect(readNextMeeting(line, 48, "DMG", "2025-06-09")).toMatchObject({
      body: "DMG",
      date: "2025-07-07",
      venue: "Teams",
    });
  });

  it("reads a Slackbot's reminder of the body's meeting", () => {
    const line = "Reminder: DMG – Tuesday 2 December 2025 at 3pm, Room 3.06, 169 Union Street.";
    expect(readNextMeetingsHeading(line)?.inline).toBe(
      "Tuesday 2 December 2025 at 3pm, Room 3.06, 169 Union Street.",
    );
    expect(
      readNextMeetingsHeading("Reminder: Next LCRB Wed 14 Jan, same time and place.")?.inline,
    ).toBe("Wed 14 Jan, same time and place.");
  });

  it("leaves a reminder of no meeting of the body, and a body before no date, alone", () => {
    expect(readNextMeetingsHeading("Reminder: papers are due a week before.")).toBeNull();
    expect(readNextMeetingsHeading("Next DMG agenda to include knife crime")).toBeNull();
  });
});
