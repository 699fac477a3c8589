import { describe, expect, it } from "vitest";
import { meetingsMentioned, mentionedOn } from "../../src/answers/mentioned-meetings.js";
import type { AgendaItem, Meeting } from "../../src/corpus/model.js";
import { dmg2020, lcrb2015, lcrb2022 } from "./fixtures.js";

// Real items of the seed minutes, each set in the meeting whose minutes hold it.
function withItem(meeting: Meeting, item: AgendaItem): Meeting {
  return { ...meeting, id: `${meeting.id}-test`, items: [item] };
}

const dmgActions = withItem(dmg2020, {
  number: "1",
  title: "Welcome, Minutes and Actions",
  line: 30,
  passages: [
    {
      text: "The detailed notes were approved. The actions from the February DMG meeting were all closed and actions on disproportionality from the January 14 LCRB meeting were covered in the Agenda.",
      line: 32,
    },
  ],
});

describe("meetingsMentioned", () => {
  it("reads an earlier meeting from a minutes item's title, its year the last before the meeting", () => {
    const meeting = withItem(lcrb2015, {
      number: "2",
      title: "Minutes Of Last Meeting/Actions (15 September)",
      line: 41,
      passages: [
        {
          text: "The minutes were agreed as a true and accurate record of the meeting. There were no outstanding actions.",
          line: 43,
        },
      ],
    });
    expect(meetingsMentioned(meeting)).toMatchObject([
      {
        body: "LCRB",
        when: "earlier",
        date: "2014-09-15",
        dateAsWritten: "15 September",
        line: 41,
        passage:
          "The minutes were agreed as a true and accurate record of the meeting. There were no outstanding actions.",
      },
    ]);
  });

  it("reads each meeting a sentence names, with its own body, the month alone as a month", () => {
    expect(
      meetingsMentioned(dmgActions).map(({ body, when, date }) => ({ body, when, date })),
    ).toEqual([
      { body: "DMG", when: "earlier", date: "2020-02" },
      { body: "LCRB", when: "earlier", date: "2020-01-14" },
    ]);
  });

  it("reads a meeting whose agenda is set as the later one, by the nearer year", () => {
    const meeting = withItem(dmg2020, {
      number: "5",
      title: "LCRB Agenda",
      line: 52,
      passages: [
        {
          text: "The agenda for the July 8 London Crime Reduction Board was agreed and will cover: COVID-19 Impact and Recovery - backlogs and delays within the CJS and delays to victims' services. The standing item on disproportionality would cover race equality in the criminal justice system.",
          line: 54,
        },
      ],
    });
    expect(meetingsMentioned(meeting)).toMatchObject([
      { body: "LCRB", when: "later", date: "2020-07-08", dateAsWritten: "July 8" },
    ]);
  });

  it("reads a dated meeting whose minutes were approved, and 'the previous meeting' undated", () => {
    const meeting = withItem(lcrb2022, {
      number: "1",
      title: "Minutes of the previous meeting and matters arising",
      line: 45,
      passages: [
        { text: "Members approved the minutes of the meeting held on 24 January 2022.", line: 47 },
        { text: "Members noted the action from the previous meeting.", line: 49 },
      ],
    });
    expect(meetingsMentioned(meeting).map(({ when, date }) => ({ when, date }))).toEqual([
      { when: "earlier", date: "2022-01-24" },
      { when: "earlier", date: null },
    ]);
  });

  it("reads 'the next LCRB in July' as later, and leaves meetings that are not the board's", () => {
    const meeting = withItem(lcrb2022, {
      number: "1",
      title: "Welcome, minutes and previous actions",
      line: 85,
      passages: [
        {
          text: "The issue of court backlogs will be discussed again at the next LCRB in July.",
          line: 85,
        },
        {
          text: "The Deputy Mayor convened a meeting on 25 January to gain support from partners for the plan and to agree actions and outcomes.",
          line: 60,
        },
        {
          text: "Partners will aim to hold the first full CONTEST board in May or June 2015.",
          line: 54,
        },
      ],
    });
    expect(meetingsMentioned(meeting)).toMatchObject([
      { when: "later", date: "2022-07", dateAsWritten: "July" },
    ]);
  });
});

describe("mentionedOn", () => {
  it("finds what the minutes say of a month we hold no meeting in, for one body", () => {
    const february = { kind: "monthOnly", month: 2, last: false } as const;
    expect(mentionedOn(february, "DMG", [dmgActions]).map((m) => m.date)).toEqual(["2020-02"]);
    expect(mentionedOn(february, "LCRB", [dmgActions])).toEqual([]);
  });
});
