import { describe, expect, it } from "vitest";
import { type AnswerContext, answerContext } from "../../../src/answers/context.js";
import type { Meeting } from "../../../src/corpus/model.js";
import { renderHome } from "../../../src/slack/blocks/home.js";

function meeting(date: string, nextMeetings: Meeting["nextMeetings"] = []): Meeting {
  return {
    id: `lcrb-${date}`,
    file: `${date}.txt`,
    body: "LCRB",
    title: "London Crime Reduction Board",
    date,
    time: null,
    venue: null,
    attendees: [],
    items: [
      {
        number: "2",
        title: "Casey Review",
        line: 40,
        passages: [{ text: "The Commissioner updated the Board.", line: 42 }],
      },
    ],
    actions: [],
    decisions: [],
    commitments: [],
    nextMeetings,
    source: null,
  };
}

function context(meetings: Meeting[], today: string): AnswerContext {
  return answerContext({
    meetings,
    schedule: [{ body: "DMG", date: "2023-06-01", time: null, venue: null, line: null }],
    problems: [],
    corpusVersion: "fixture",
    search: {
      search: () => ({ query: "", results: [], suggestions: [], total: 0, note: null }),
    },
    today: () => today,
  });
}

const homeText = (ctx: AnswerContext) => JSON.stringify(renderHome(ctx).blocks);

describe("renderHome", () => {
  const meetings = [
    meeting("2021-02-02"),
    meeting("2023-04-12", [
      { body: "LCRB", date: "2023-07-12", time: "14:00", venue: "City Hall", line: 120 },
    ]),
  ];

  it("says how many meetings it holds and over which dates", () => {
    const text = homeText(context(meetings, "2023-05-01"));
    expect(text).toContain("2 meetings, from 2 February 2021 to 12 April 2023.");
    expect(text).toContain("• London Crime Reduction Board (LCRB): 2 meetings");
  });

  it("lists the meetings after today from the minutes and schedule.yml, soonest first", () => {
    const text = homeText(context(meetings, "2023-05-01"));
    const dmg = text.indexOf("DMG: Thursday 1 June 2023");
    const lcrb = text.indexOf("LCRB: Wednesday 12 July 2023, 14:00, City Hall");
    expect(dmg).toBeGreaterThan(-1);
    expect(lcrb).toBeGreaterThan(dmg);
  });

  it("lists only what minutes written by today announce, and nothing dated today", () => {
    const text = homeText(context(meetings, "2023-04-01"));
    expect(text).toContain("DMG: Thursday 1 June 2023");
    expect(text).not.toContain("12 July 2023");
    expect(homeText(context(meetings, "2023-07-12"))).toContain("None announced after today.");
  });

  it("says so when nothing is announced after today", () => {
    expect(homeText(context(meetings, "2024-01-01"))).toContain("None announced after today.");
  });

  it("builds example questions from the latest meeting", () => {
    const text = homeText(context(meetings, "2023-05-01"));
    expect(text).toContain("/lcrb who attended the LCRB meeting in April 2023?");
    expect(text).toContain("/lcrb what was said about casey review?");
  });

  it("stays within the Home tab's 100 blocks", () => {
    expect(renderHome(context(meetings, "2023-05-01")).blocks.length).toBeLessThanOrEqual(100);
  });
});
