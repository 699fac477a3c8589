import { beforeAll, describe, expect, it } from "vitest";
import { type AnswerContext, createAnswerContext } from "../../src/answers/context.js";
import type { Meeting } from "../../src/corpus/model.js";
import { alertsFor } from "../../src/follows/alerts.js";
import type { Follow } from "../../src/store/store.js";

let seeds: AnswerContext;
let april2023: Meeting;
let june2020: Meeting;

beforeAll(async () => {
  seeds = await createAnswerContext({ corpusDir: "corpus", cacheDir: null });
  const byId = (id: string) => {
    const meeting = seeds.meetings.find((m) => m.id === id);
    if (!meeting) throw new Error(`the seed corpus has no ${id}`);
    return meeting;
  };
  april2023 = byId("lcrb-2023-04-12");
  june2020 = byId("dmg-2020-06-08");
});

let nextId = 1;
const follow = (topic: string | null, channel = "C0FOLLOW"): Follow => ({
  id: nextId++,
  team: "T0LCRB",
  channel,
  topic,
  createdBy: "U0ASKER",
  createdAt: "2026-12-05T21:00:00.000Z",
});

describe("alertsFor", () => {
  it("tells a topic follow about a new meeting whose minutes discuss it, with the item and a cited excerpt", () => {
    const casey = follow("Casey Review");
    const [alert, ...rest] = alertsFor([april2023], [casey], seeds);
    expect(rest).toEqual([]);
    expect(alert?.follow).toBe(casey);
    expect(alert?.meetingId).toBe("lcrb-2023-04-12");
    expect(alert?.meeting).toBe("London Crime Reduction Board (LCRB), 12 April 2023");
    expect(alert?.items[0]).toMatchObject({
      label: "2 Casey Review",
      source: { file: "002_0368bc6123038781.txt" },
    });
    expect(alert?.items[0]?.excerpt).toMatch(/Casey/);
    expect(alert?.items.every((item) => item.source.file === april2023.file)).toBe(true);
  });

  it("stays quiet for a topic the new minutes do not discuss, even when older minutes do", () => {
    // COVID-19 is item 3 of the June 2020 DMG minutes, not of April 2023's.
    expect(alertsFor([april2023], [follow("covid"), follow("hovercraft")], seeds)).toEqual([]);
    expect(alertsFor([june2020], [follow("covid")], seeds).map((a) => a.items[0]?.label)).toEqual([
      "3 COVID-19: Impact on Delivery",
    ]);
  });

  it("announces every new meeting to a 'new minutes' follow, with no items", () => {
    const everything = follow(null);
    const alerts = alertsFor([june2020, april2023], [everything], seeds);
    expect(alerts.map((a) => [a.meetingId, a.items])).toEqual([
      ["dmg-2020-06-08", []],
      ["lcrb-2023-04-12", []],
    ]);
  });

  it("owes nothing when no minutes were added or nobody follows", () => {
    expect(alertsFor([], [follow(null)], seeds)).toEqual([]);
    expect(alertsFor([april2023], [], seeds)).toEqual([]);
  });
});
