import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../../src/corpus/parse/front-matter.js";
import { withCommonKeys } from "../../../src/corpus/parse/front-matter-keys.js";

describe("withCommonKeys", () => {
  it("copies another tool's key to the bot's, which wins when both are written", () => {
    expect(
      withCommonKeys({ group: "DMG", start: "10:30", location: "Room 1", venue: "City Hall" }),
    ).toEqual({
      group: "DMG",
      start: "10:30",
      location: "Room 1",
      body: "DMG",
      time: "10:30",
      venue: "City Hall",
    });
  });
});

// unseen-minutes-9/70: a static site's page whose front matter is another tool's, its keys not the bot's.
describe("splitFrontMatter: another tool's keys", () => {
  const SITE = [
    "---",
    'title: "Delivery Management Group: notes of the meeting"',
    "layout: minutes",
    "group: DMG",
    "date: 2025-05-14",
    'start: "10:30"',
    'end: "12:00"',
    'location: "Room 5.12, 169 Union Street"',
    "attendees:",
    "  - name: Yetunde Okonkwo-Reilly",
    "    org: MOPAC",
    "    role: Head of Criminal Justice Policy (chair)",
    "  - name: Det Ch Supt Ruaridh Fennimore",
    "    org: MPS",
    "apologies:",
    "  - Dr Keziah Amankwah (NHS England London)",
    "secretariat:",
    "  - Lowri Davenport-Tsang (MOPAC)",
    "next_meeting: 2025-06-11T10:30:00+01:00",
    'next_location: "Room 5.12, 169 Union Street"',
    'tags: [dmg, notes, "2025"]',
    "permalink: /dmg/2025-05-14/",
    "---",
  ].join("\n");

  it("reads group, start, location and next_meeting as the meeting's fields", () => {
    const split = splitFrontMatter(SITE, "a.md");
    expect(split.problems).toEqual([]);
    expect(split.frontMatter).toMatchObject({
      body: "DMG",
      date: "2025-05-14",
      time: "10:30",
      venue: "Room 5.12, 169 Union Street",
      nextMeetings: [
        { body: null, date: "2025-06-11", time: "10:30", venue: "Room 5.12, 169 Union Street" },
      ],
    });
  });

  it("reads org as the organisation, a title before the name as the honorific, secretariat as in attendance", () => {
    const people = splitFrontMatter(SITE, "a.md").frontMatter?.attendees ?? [];
    expect(people.map((a) => [a.honorific, a.name, a.status, a.organisation])).toEqual([
      [null, "Yetunde Okonkwo-Reilly", "present", "MOPAC"],
      ["Det Ch Supt", "Ruaridh Fennimore", "present", "MPS"],
      [null, "Lowri Davenport-Tsang", "in_attendance", "MOPAC"],
      ["Dr", "Keziah Amankwah", "apologies", "NHS England London"],
    ]);
  });

  it("reads committee, meeting_date with its time, members and officers, written otherwise", () => {
    const split = splitFrontMatter(
      [
        "---",
        "committee: London Crime Reduction Board",
        "meeting_date: 2025-03-12 14:00",
        "members:",
        "  - name: Cllr Ifeoma Trevelyan",
        "    organization: London Councils",
        "officers:",
        "  - Anouk Verhoeven-Bale (MOPAC)",
        "---",
      ].join("\n"),
      "b.md",
    );
    expect(split.frontMatter).toMatchObject({ body: "LCRB", date: "2025-03-12", time: "14:00" });
    expect(
      split.frontMatter?.attendees.map((a) => [a.honorific, a.name, a.status, a.organisation]),
    ).toEqual([
      ["Cllr", "Ifeoma Trevelyan", "present", "London Councils"],
      [null, "Anouk Verhoeven-Bale", "in_attendance", "MOPAC"],
    ]);
  });

  it("leaves a key naming no body the bot knows, and the bot's own keys, as they were", () => {
    const split = splitFrontMatter(
      "---\ngroup: Partnerships\nbody: LCRB\nlocation: Room 1\nvenue: City Hall\ndate: 2025-01-08\n---\n",
      "c.md",
    );
    expect(split.problems).toEqual([]);
    expect(split.frontMatter).toMatchObject({ body: "LCRB", venue: "City Hall" });
    expect(
      splitFrontMatter("---\ngroup: Partnerships\n---\n", "d.md").frontMatter?.body,
    ).toBeUndefined();
  });
});
