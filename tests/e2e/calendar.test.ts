import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackApp } from "../../src/slack/app.js";
import { slashCommandBody } from "../support/fake-slack/requests.js";
import { FakeSlack } from "../support/fake-slack/web-api.js";
import { LogLines, postEvent, postForm, seedContext, startHttpApp } from "./harness.js";
import { eventCallback, homeOpened } from "./payloads.js";

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

describe("feed links when LCRB_PUBLIC_URL is set", () => {
  const fake = new FakeSlack();
  const logs = new LogLines();
  const apps: SlackApp[] = [];
  let linked: string;
  let plain: string;
  let asked = 0;

  beforeAll(async () => {
    await fake.start();
    const context = { ...(await seedContext()), today: () => TODAY };
    const withUrl = await startHttpApp(
      fake,
      context,
      { logger: logs.logger },
      {
        publicUrl: "https://lcrb.example.org",
      },
    );
    const without = await startHttpApp(fake, context, { logger: logs.logger });
    apps.push(withUrl.slack, without.slack);
    linked = withUrl.url;
    plain = without.url;
  });

  afterAll(async () => {
    for (const app of apps) await app.stop();
    await fake.stop();
  });

  async function ask(url: string, text: string): Promise<string> {
    const id = `feed-${asked++}`;
    await postForm(url, slashCommandBody({ text, responseUrl: fake.responseUrl(id) }));
    const reply = await fake.waitFor((call) => call.responseId === id);
    return JSON.stringify(reply.body.blocks);
  }

  const FEED = "<https://lcrb.example.org/calendar.ics|all meetings>";

  it("offers the feeds under a 'next meeting' answer, and only there", async () => {
    const next = await ask(linked, "when is the next meeting?");
    expect(next).toContain(FEED);
    expect(next).toContain("<https://lcrb.example.org/calendar/lcrb.ics|LCRB>");
    expect(next).toContain("<https://lcrb.example.org/calendar/dmg.ics|DMG>");
    expect(await ask(linked, "casey review")).not.toContain("calendar.ics");
    expect(await ask(plain, "when is the next meeting?")).not.toContain("calendar.ics");
  });

  it("offers the feeds on the Home tab", async () => {
    await postEvent(linked, eventCallback(homeOpened("U0FEEDS")));
    const publish = await fake.waitFor(
      (call) => call.method === "views.publish" && call.body.user_id === "U0FEEDS",
    );
    expect(JSON.stringify(publish.body.view)).toContain(FEED);
  });
});
