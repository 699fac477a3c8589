import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { CodedError, describe, ErrorCode } from "../errors.js";
import { MIGRATIONS, type Migration } from "./migrations.js";
import type { Feedback, FeedbackCitation, Follow, Store } from "./store.js";

/** The one file the store keeps under LCRB_DATA_DIR. */
export const STORE_FILE = "lcrb.sqlite";

export interface SqliteStoreOptions {
  /** The clock for created_at columns (tests fix it). */
  now?: () => Date;
  /** The migrations to bring the file up to (tests stop at an older schema). */
  migrations?: readonly Migration[];
}

/** Raised when the data directory or its file cannot be opened or migrated. */
export class StoreError extends CodedError<"store_unavailable"> {
  constructor(message: string) {
    super(ErrorCode.StoreUnavailable, message);
  }
}

interface FollowRow {
  id: number;
  team: string;
  channel: string;
  topic: string;
  created_by: string;
  created_at: string;
}

interface FeedbackRow {
  id: number;
  team: string;
  user: string;
  rating: "up" | "down";
  question: string;
  answer_kind: string;
  citations: string;
  created_at: string;
}

/** The schema version of a database (0 for a new, empty file). */
export function schemaVersion(db: Database.Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/** Runs every migration newer than the file's version, each in its own transaction; returns those run. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): Migration[] {
  const pending = migrations.filter((m) => m.version > schemaVersion(db));
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      // PRAGMA takes no bound parameters; the version is a number from our own table.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }).immediate();
  }
  return pending;
}

/**
 * Opens (creating if need be) `<dataDir>/lcrb.sqlite` in WAL mode and migrates it. WAL lets a
 * reader and a writer work at once; the busy timeout lets processes sharing the file wait for
 * each other's short writes instead of failing.
 */
export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(join(dataDir, STORE_FILE));
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    migrate(db, options.migrations ?? MIGRATIONS);
  } catch (error) {
    throw new StoreError(`cannot open the store in ${dataDir}: ${describe(error)}`);
  }
  return new SqliteStore(db, options.now ?? (() => new Date()));
}

class SqliteStore implements Store {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  follow(request: Parameters<Store["follow"]>[0]) {
    const topic = request.topic ?? "";
    const inserted = this.db
      .prepare(
        `INSERT INTO follows (team, channel, topic, created_by, created_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (team, channel, topic) DO NOTHING`,
      )
      .run(request.team, request.channel, topic, request.createdBy, this.timestamp());
    const row = this.db
      .prepare("SELECT * FROM follows WHERE team = ? AND channel = ? AND topic = ?")
      .get(request.team, request.channel, topic) as FollowRow;
    return { follow: toFollow(row), created: inserted.changes === 1 };
  }

  unfollow(where: { team: string; channel: string }, topic: string | null): boolean {
    return (
      this.db
        .prepare("DELETE FROM follows WHERE team = ? AND channel = ? AND topic = ?")
        .run(where.team, where.channel, topic ?? "").changes === 1
    );
  }

  follows(where: { team: string; channel: string }): Follow[] {
    const rows = this.db
      .prepare("SELECT * FROM follows WHERE team = ? AND channel = ? ORDER BY id")
      .all(where.team, where.channel) as FollowRow[];
    return rows.map(toFollow);
  }

  allFollows(): Follow[] {
    return (this.db.prepare("SELECT * FROM follows ORDER BY id").all() as FollowRow[]).map(
      toFollow,
    );
  }

  claimAlert(followId: number, meetingId: string): boolean {
    return (
      this.db
        .prepare(
          "INSERT INTO sent_alerts (follow_id, meeting_id, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .run(followId, meetingId, this.timestamp()).changes === 1
    );
  }

  releaseAlert(followId: number, meetingId: string): void {
    this.db
      .prepare("DELETE FROM sent_alerts WHERE follow_id = ? AND meeting_id = ?")
      .run(followId, meetingId);
  }

  recordFeedback(feedback: Parameters<Store["recordFeedback"]>[0]): Feedback {
    const createdAt = this.timestamp();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO feedback (team, user, rating, question, answer_kind, citations, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        feedback.team,
        feedback.user,
        feedback.rating,
        feedback.question,
        feedback.answerKind,
        JSON.stringify(feedback.citations),
        createdAt,
      );
    return { ...feedback, id: Number(lastInsertRowid), createdAt };
  }

  feedback(): Feedback[] {
    const rows = this.db
      .prepare(
        "SELECT * FROM feedback ORDER BY CASE rating WHEN 'down' THEN 0 ELSE 1 END, created_at DESC, id DESC",
      )
      .all() as FeedbackRow[];
    return rows.map((row) => ({
      id: row.id,
      team: row.team,
      user: row.user,
      rating: row.rating,
      question: row.question,
      answerKind: row.answer_kind,
      citations: JSON.parse(row.citations) as FeedbackCitation[],
      createdAt: row.created_at,
    }));
  }

  claimPromptDay(team: string, user: string, day: string): boolean {
    return (
      this.db
        .prepare(
          "INSERT INTO prompt_log (team, user, day, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .run(team, user, day, this.timestamp()).changes === 1
    );
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}

function toFollow(row: FollowRow): Follow {
  return {
    id: row.id,
    team: row.team,
    channel: row.channel,
    topic: row.topic === "" ? null : row.topic,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
