import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { openSqliteStore, STORE_FILE, StoreError, schemaVersion } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";

let dataDir: string;
const opened: Store[] = [];

function open(options: Parameters<typeof openSqliteStore>[1] = {}): Store {
  const store = openSqliteStore(dataDir, options);
  opened.push(store);
  return store;
}

function tables(): string[] {
  const db = new Database(join(dataDir, STORE_FILE), { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
  } finally {
    db.close();
  }
}

beforeEach(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), "lcrb-store-")), "nested", "data");
});

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  rmSync(join(dataDir, "..", ".."), { recursive: true, force: true });
});

const channel = { team: "T1", channel: "C1" };

describe("openSqliteStore", () => {
  it("creates the data directory and one file, runs every migration from empty, in WAL mode", () => {
    open();
    expect(tables()).toEqual(["feedback", "follows", "prompt_log", "sent_alerts"]);
    const db = new Database(join(dataDir, STORE_FILE));
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("brings a file at the previous schema up to date and keeps its rows", () => {
    const old = open({ migrations: MIGRATIONS.slice(0, -1) });
    const { follow } = old.follow({ ...channel, topic: "knife crime", createdBy: "U1" });
    expect(old.claimAlert(follow.id, "lcrb-2023-04-12")).toBe(true);
    old.close();
    expect(tables()).toEqual(["follows", "sent_alerts"]);

    const current = open();
    expect(tables()).toEqual(["feedback", "follows", "prompt_log", "sent_alerts"]);
    expect(current.follows(channel)).toEqual([follow]);
    expect(current.claimAlert(follow.id, "lcrb-2023-04-12")).toBe(false);
    expect(current.claimPromptDay("T1", "U1", "2026-12-05")).toBe(true);
  });

  it("opens an up-to-date file again without re-running migrations", () => {
    open().follow({ ...channel, topic: null, createdBy: "U1" });
    opened[0]?.close();
    expect(open().follows(channel)).toHaveLength(1);
  });

  it("names the directory in one line when it cannot be created", () => {
    open().close();
    // The store's own file stands where a directory would have to be made.
    const blocked = join(dataDir, STORE_FILE, "data");
    expect(() => openSqliteStore(blocked)).toThrow(StoreError);
    expect(() => openSqliteStore(blocked)).toThrow(
      /^cannot open the store in .*lcrb\.sqlite\/data: /,
    );
  });
});

describe("follows", () => {
  it("records a follow once per channel and topic, and a 'new minutes' follow as a null topic", () => {
    const store = open({ now: () => new Date("2026-12-05T20:00:00Z") });
    const first = store.follow({ ...channel, topic: "stop and search", createdBy: "U1" });
    const again = store.follow({ ...channel, topic: "stop and search", createdBy: "U2" });
    const all = store.follow({ ...channel, topic: null, createdBy: "U1" });
    expect(first.created).toBe(true);
    expect(again).toEqual({ follow: first.follow, created: false });
    expect(all.follow.topic).toBeNull();
    expect(store.follows(channel)).toEqual([
      {
        id: first.follow.id,
        team: "T1",
        channel: "C1",
        topic: "stop and search",
        createdBy: "U1",
        createdAt: "2026-12-05T20:00:00.000Z",
      },
      all.follow,
    ]);
  });

  it("keeps each workspace and channel apart", () => {
    const store = open();
    store.follow({ team: "T1", channel: "C1", topic: "fraud", createdBy: "U1" });
    store.follow({ team: "T2", channel: "C1", topic: "fraud", createdBy: "U9" });
    store.follow({ team: "T1", channel: "C2", topic: "violence", createdBy: "U1" });
    expect(store.follows({ team: "T1", channel: "C1" }).map((f) => f.topic)).toEqual(["fraud"]);
    expect(store.follows({ team: "T2", channel: "C2" })).toEqual([]);
    expect(store.allFollows()).toHaveLength(3);
    expect(store.unfollow({ team: "T2", channel: "C1" }, "fraud")).toBe(true);
    expect(store.unfollow({ team: "T2", channel: "C1" }, "fraud")).toBe(false);
    expect(store.follows({ team: "T1", channel: "C1" })).toHaveLength(1);
  });
});

describe("alert claims", () => {
  it("lets exactly one of two processes sharing the file claim a (follow, meeting)", () => {
    const one = open();
    const two = open();
    const { follow } = one.follow({ ...channel, topic: "fraud", createdBy: "U1" });
    expect([
      one.claimAlert(follow.id, "dmg-2020-06-08"),
      two.claimAlert(follow.id, "dmg-2020-06-08"),
    ]).toEqual([true, false]);
    expect(two.claimAlert(follow.id, "lcrb-2023-04-12")).toBe(true);
  });

  it("gives a claim back after a failed post, and forgets a follow's claims when it is removed", () => {
    const store = open();
    const { follow } = store.follow({ ...channel, topic: "fraud", createdBy: "U1" });
    expect(store.claimAlert(follow.id, "m")).toBe(true);
    store.releaseAlert(follow.id, "m");
    expect(store.claimAlert(follow.id, "m")).toBe(true);
    store.unfollow(channel, "fraud");
    const again = store.follow({ ...channel, topic: "fraud", createdBy: "U1" }).follow;
    expect(store.claimAlert(again.id, "m")).toBe(true);
  });
});

describe("feedback and the prompt log", () => {
  it("lists feedback worst first, newest first within a rating, with its citations", () => {
    let clock = Date.parse("2026-12-05T10:00:00Z");
    const tick = () => {
      clock += 60_000;
      return new Date(clock);
    };
    const store = open({ now: tick });
    const citation = {
      body: "LCRB",
      date: "2023-04-12",
      item: "2 Casey Review",
      file: "002_0368bc6123038781.txt",
      line: 42,
    };
    const base = { team: "T1", answerKind: "search", citations: [citation] };
    store.recordFeedback({ ...base, user: "U1", rating: "up", question: "casey review" });
    store.recordFeedback({ ...base, user: "U2", rating: "down", question: "fraud" });
    store.recordFeedback({ ...base, user: "U3", rating: "down", question: "knife crime" });
    const listed = store.feedback();
    expect(listed.map((f) => [f.rating, f.question])).toEqual([
      ["down", "knife crime"],
      ["down", "fraud"],
      ["up", "casey review"],
    ]);
    expect(listed[0]?.citations).toEqual([citation]);
  });

  it("claims a user's prompt day once", () => {
    const store = open();
    expect(store.claimPromptDay("T1", "U1", "2026-12-05")).toBe(true);
    expect(store.claimPromptDay("T1", "U1", "2026-12-05")).toBe(false);
    expect(store.claimPromptDay("T1", "U1", "2026-12-06")).toBe(true);
    expect(store.claimPromptDay("T1", "U2", "2026-12-05")).toBe(true);
  });
});
