import { describe, expect, it } from "vitest";
import { type Announcement, describeAnnouncement } from "../../src/answers/announced.js";
import type { Meeting } from "../../src/corpus/model.js";
import { dmg2020, lcrb2015 } from "./fixtures.js";

// 000_bc5123fd089beeb5.txt ends "DMG meeting: 7 September 2020", a date with no time or place;
// 004_17215f53eb22288e.txt ends "Date of next LCRB meeting: 9 June 2015. 12:00pm at City Hall".
function announced(by: Meeting, at: number): Announcement {
  const next = by.nextMeetings[at];
  if (!next) throw new Error(`no next meeting ${at} in ${by.id}`);
  return { announcedBy: by, next };
}
const september = announced(dmg2020, 1);
const june = announced(lcrb2015, 0);

describe("describeAnnouncement", () => {
  it("says the minutes do not give the time or place asked for when the line leaves it out", () => {
    expect(describeAnnouncement(september, "what time's the sept 2020 dmg?")).toBe(
      "The minutes of DMG, 8 June 2020 scheduled the next DMG meeting for Monday 7 September 2020. The minutes do not give its time.",
    );
    expect(describeAnnouncement(september, "where is the september dmg?")).toMatch(
      /The minutes do not give its venue\.$/,
    );
  });

  it("says nothing more when the line gives what was asked, or nothing of it was asked", () => {
    expect(describeAnnouncement(june, "what time is the june 2015 board?")).toBe(
      "The minutes of LCRB, 10 March 2015 scheduled the next LCRB meeting for Tuesday 9 June 2015, 12:00, City Hall.",
    );
    expect(describeAnnouncement(september, "who is going to the sept 2020 dmg?")).not.toMatch(
      /do not give/,
    );
    // Review 2, C11: "where" that asks no meeting's place.
    expect(
      describeAnnouncement(september, "where can i find the minutes of the sept 2020 dmg?"),
    ).not.toMatch(/do not give/);
    expect(
      describeAnnouncement(
        september,
        "the sept 2020 dmg: what was discussed and where did it start its work on knife crime?",
      ),
    ).not.toMatch(/do not give/);
    expect(
      describeAnnouncement(september, "where do i get the papers for the sept dmg?"),
    ).not.toMatch(/do not give/);
  });

  it("says the minutes give no venue whenever the question asks where the meeting is held", () => {
    for (const asked of [
      "where's the sept 2020 dmg?",
      "where will the september dmg be held?",
      "where does the sept 2020 dmg meet?",
      "where is it taking place?",
      "what is the venue for the sept dmg?",
    ])
      expect(describeAnnouncement(september, asked)).toMatch(
        /The minutes do not give its venue\.$/,
      );
  });
});
