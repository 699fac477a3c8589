import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import { createAnswerContext } from "../../src/answers/context.js";
import { calendarFeed } from "../../src/calendar/feed.js";
import type { NextMeeting } from "../../src/corpus/model.js";

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string | null;
  description: string;
  allDay: boolean;
  /** The start as an instant (timed events) or the date (all-day events). */
  start: string;
  zone: string;
}

// Reads the feed back the way Thunderbird does (Mozilla's ical.js), taking the time zone from the
// feed's own VTIMEZONE so that what is checked is what we wrote.
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      allDay: start.isDate,
      start: start.isDate ? start.toString() : start.toJSDate().toISOString(),
      zone: start.zone?.tzid ?? "",
    };
  });
}

let seeds: AnswerContext;
beforeAll(async () => {
  seeds = await createAnswerContext({ corpusDir: "corpus", cacheDir: null });
});

const on = (today: string, schedule: NextMeeting[] = seeds.schedule): AnswerContext => ({
  ...seeds,
  schedule,
  today: () => today,
});

describe("calendarFeed", () => {
  it("puts a 12:00 summer meeting at 12:00 London time (11:00 UTC), with venue and citation", () => {
    // 003_0417dfde59a34df8.txt (10 March 2015) announces the Board's 9 June 2015 meeting.
    const [event, ...rest] = parseFeed(calendarFeed(on("2015-04-01")));
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      uid: "lcrb-2015-06-09@lcrb-bot",
      summary: "London Crime Reduction Board (LCRB)",
      location: "City Hall",
      allDay: false,
      start: "2015-06-09T11:00:00.000Z",
      zone: "Europe/London",
    });
    expect(event?.description).toMatch(
      /^LCRB meeting on 9 June 2015\. Announced in the minutes of LCRB, 10 March 2015 \(\S+\.txt:\d+\)\.$/,
    );
  });

  it("stamps each event in UTC, as RFC 5545 requires of DTSTAMP", () => {
    const text = calendarFeed(on("2015-04-01"));
    const stamps = text.split("\r\n").filter((line) => line.startsWith("DTSTAMP"));
    expect(stamps.length).toBeGreaterThan(0);
    for (const stamp of stamps) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  });

  it("makes a meeting announced without a time an all-day event on its date", () => {
    const events = parseFeed(calendarFeed(on("2020-06-10")));
    expect(events.map((e) => [e.uid, e.allDay, e.start])).toEqual([
      ["lcrb-2020-07-08@lcrb-bot", true, "2020-07-08"],
      ["dmg-2020-09-07@lcrb-bot", true, "2020-09-07"],
    ]);
    expect(events[1]?.description).toContain("000_bc5123fd089beeb5.txt:64");
  });

  it("keeps a winter time on GMT and says schedule.yml is the source", () => {
    const schedule: NextMeeting[] = [
      {
        body: "DMG",
        date: "2027-01-20",
        time: "09:30",
        venue: "MOPAC, 169 Union Street",
        line: null,
      },
      { body: "LCRB", date: "2027-03-28", time: "14:00", venue: null, line: null },
    ];
    const events = parseFeed(calendarFeed(on("2026-12-05", schedule)));
    expect(events.map((e) => [e.uid, e.start, e.location])).toEqual([
      ["dmg-2027-01-20@lcrb-bot", "2027-01-20T09:30:00.000Z", "MOPAC, 169 Union Street"],
      // The clocks went forward at 01:00 UTC that morning.
      ["lcrb-2027-03-28@lcrb-bot", "2027-03-28T13:00:00.000Z", null],
    ]);
    expect(events[0]?.description).toBe(
      "DMG meeting on 20 January 2027. From the meeting schedule (corpus/schedule.yml).",
    );
  });

  it("gives the same UIDs on every run and lists one body when asked", () => {
    const uids = (text: string) => parseFeed(text).map((e) => e.uid);
    const first = calendarFeed(on("2020-06-10"));
    const second = calendarFeed(on("2020-06-10"));
    expect(uids(second)).toEqual(uids(first));
    expect(uids(calendarFeed(on("2020-06-10"), "DMG"))).toEqual(["dmg-2020-09-07@lcrb-bot"]);
    expect(uids(calendarFeed(on("2020-06-10"), "LCRB"))).toEqual(["lcrb-2020-07-08@lcrb-bot"]);
  });

  it("is a valid empty calendar when nothing is announced after today", () => {
    const text = calendarFeed(on("2032-01-01"));
    expect(parseFeed(text)).toEqual([]);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });
});
