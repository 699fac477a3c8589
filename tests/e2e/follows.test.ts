import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ContextUpdate,
  type LiveContext,
  openLiveContext,
} from "../../src/answers/live-context.js";
import type { SlackApp } from "../../src/slack/app.js";
import { slashCommandBody } from "../support/fake-slack/requests.js";
import { FakeSlack } from "../support/fake-slack/web-api.js";
import { freshDataDir, LogLines, postForm, startHttpAppOn } from "./harness.js";

// The LCRB minutes of 12 April 2023, whose item 2 is the Casey Review: they "arrive" during the test.
const NEW_MINUTES = "002_0368bc6123038781.txt";

describe("channel follows, alerted when new minutes arrive in a watched corpus", () => {
  const fake = new FakeSlack({
    channelMembers: {
      C0CASEY: ["U0ASKER", "U0OTHER"],
      C0NEWS: ["U0ASKER"],
      C0ELSEWHERE: ["U0OTHER"],
    },
  });
  const logs = new LogLines();
  const corpusDir = mkdtempSync(join(tmpdir(), "lcrb-follow-corpus-"));
  const dataDir = freshDataDir();
  let live: LiveContext;
  let slack: SlackApp;
  let url: string;
  let commands = 0;

  async function start(): Promise<void> {
    live = await openLiveContext({
      corpusDir,
      cacheDir: null,
      watch: true,
      debounceMs: 50,
      log: (line) => logs.lines.push(line),
    });
    ({ slack, url } = await startHttpAppOn(fake, live, { logger: logs.logger }, { dataDir }));
  }

  async function stop(): Promise<void> {
    await slack.stop();
    await live.close();
  }

  /** Resolves once the app has handled the next reload (its listener was subscribed first). */
  function nextUpdate(): Promise<ContextUpdate> {
    return new Promise((resolve) => {
      const unsubscribe = live.subscribe((update) => {
        unsubscribe();
        resolve(update);
      });
    });
  }

  async function lcrb(text: string, channel: string, user = "U0ASKER"): Promise<string> {
    const id = `follow-${commands++}`;
    const ack = await postForm(
      url,
      slashCommandBody({
        text,
        channelId: channel,
        userId: user,
        responseUrl: fake.responseUrl(id),
      }),
    );
    expect(ack.status).toBe(200);
    const reply = await fake.waitFor((call) => call.responseId === id);
    return String(reply.body.text);
  }

  const postsIn = (channel: string) =>
    fake.callsTo("chat.postMessage").filter((call) => call.body.channel === channel);

  beforeAll(async () => {
    for (const file of readdirSync("corpus").filter((name) => name !== NEW_MINUTES))
      copyFileSync(join("corpus", file), join(corpusDir, file));
    await fake.start();
    await start();
  });

  afterAll(async () => {
    await stop();
    await fake.stop();
    rmSync(corpusDir, { recursive: true, force: true });
  });

  it("records follows from members of the channel and lists them", async () => {
    expect(await lcrb("follow Casey Review", "C0CASEY")).toMatch(
      /^This channel now follows “casey review”: when new minutes mention it/,
    );
    expect(await lcrb("follow covid", "C0CASEY", "U0OTHER")).toMatch(/now follows “covid”/);
    expect(await lcrb("follow casey review", "C0CASEY")).toBe(
      "This channel already follows “casey review”.",
    );
    expect(await lcrb("follow new minutes", "C0NEWS")).toMatch(
      /^This channel now follows new minutes: I will post here when the minutes of a new meeting arrive/,
    );
    expect(await lcrb("following", "C0CASEY")).toBe(
      "This channel follows “casey review”, “covid”.",
    );
  });

  it("lets only people in a channel change its follows", async () => {
    expect(await lcrb("follow fraud", "C0ELSEWHERE")).toBe(
      "Only people in this channel can change what it follows.",
    );
    expect(await lcrb("follow fraud", "C0NOTINVITED")).toMatch(/^I am not in this channel/);
    expect(await lcrb("following", "C0ELSEWHERE")).toMatch(/^This channel follows nothing yet/);
  });

  it("posts once to each matching follow when the minutes file is added", async () => {
    const update = nextUpdate();
    copyFileSync(join("corpus", NEW_MINUTES), join(corpusDir, NEW_MINUTES));
    expect((await update).added.map((m) => m.id)).toEqual(["lcrb-2023-04-12"]);

    const [casey, ...moreCasey] = postsIn("C0CASEY");
    expect(moreCasey).toEqual([]);
    expect(casey?.body.text).toBe(
      "New minutes mention “casey review”: London Crime Reduction Board (LCRB), 12 April 2023",
    );
    const blocks = JSON.stringify(casey?.body.blocks);
    expect(blocks).toContain("*2 Casey Review*");
    expect(blocks).toContain(`\`${NEW_MINUTES}:`);
    expect(postsIn("C0NEWS").map((call) => call.body.text)).toEqual([
      "New minutes: London Crime Reduction Board (LCRB), 12 April 2023",
    ]);
    // Nobody follows anything here, and "covid" is not in these minutes.
    expect(postsIn("C0ELSEWHERE")).toEqual([]);
  });

  it("does not post the same meeting again after a restart, even when it arrives again", async () => {
    await stop();
    rmSync(join(corpusDir, NEW_MINUTES));
    await start();
    const update = nextUpdate();
    copyFileSync(join("corpus", NEW_MINUTES), join(corpusDir, NEW_MINUTES));
    // The restarted app sees the meeting as new, and the store remembers it was posted.
    expect((await update).added.map((m) => m.id)).toEqual(["lcrb-2023-04-12"]);
    expect(postsIn("C0CASEY")).toHaveLength(1);
    expect(postsIn("C0NEWS")).toHaveLength(1);
    expect(await lcrb("following", "C0CASEY")).toBe(
      "This channel follows “casey review”, “covid”.",
    );
  });

  it("stops a follow on unfollow", async () => {
    expect(await lcrb("unfollow casey review", "C0CASEY")).toBe(
      "This channel no longer follows “casey review”.",
    );
    expect(await lcrb("unfollow casey review", "C0CASEY")).toMatch(
      /^This channel does not follow “casey review”/,
    );
    expect(await lcrb("following", "C0CASEY")).toBe("This channel follows “covid”.");
  });
});
