import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackApp } from "../../src/slack/app.js";
import { FakeSlack } from "../../src/testing/fake-slack/web-api.js";
import { LogLines, seedContext, startHttpApp } from "./harness.js";

// A day when the seed minutes announce one LCRB and one DMG meeting (000_bc5123fd089beeb5.txt).
const TODAY = "2020-06-10";

function eventsOf(text: string): { uid: string; start: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, start: event.startDate.toString() };
  });
}

describe("calendar feeds in HTTP mode", () => {
  const fake = new FakeSlack();
  const logs = new LogLines();
  let slack: SlackApp;
  let url: string;

  beforeAll(async () => {
    await fake.start();
    const context = { ...(await seedContext()), today: () => TODAY };
    ({ slack, url } = await startHttpApp(fake, context, { logger: logs.logger }));
  });

  afterAll(async () => {
    await slack.stop();
    await fake.stop();
  });

  it("serves every body's meetings after today at GET /calendar.ics as text/calendar", async () => {
    const response = await fetch(`${url}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(eventsOf(await response.text())).toEqual([
      { uid: "lcrb-2020-07-08@lcrb-bot", start: "2020-07-08" },
      { uid: "dmg-2020-09-07@lcrb-bot", start: "2020-09-07" },
    ]);
  });

  it("serves one body's meetings at /calendar/lcrb.ics and /calendar/dmg.ics", async () => {
    const lcrb = eventsOf(await (await fetch(`${url}/calendar/lcrb.ics`)).text());
    const dmg = eventsOf(await (await fetch(`${url}/calendar/dmg.ics`)).text());
    expect(lcrb.map((e) => e.uid)).toEqual(["lcrb-2020-07-08@lcrb-bot"]);
    expect(dmg.map((e) => e.uid)).toEqual(["dmg-2020-09-07@lcrb-bot"]);
  });

  it("takes no POST on a feed path", async () => {
    const response = await fetch(`${url}/calendar.ics`, { method: "POST" });
    expect(response.status).toBe(404);
  });
});
