/**
 * The store's schema, one step per migration, applied in order. `PRAGMA user_version` records
 * how many have run, so a file written by an older release is brought up to date on open. Never
 * edit a step that has shipped: add the next one.
 */
export interface Migration {
  version: number;
  /** What the step adds, for the log line when it runs. */
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "follows and sent alerts",
    sql: `
      CREATE TABLE follows (
        id INTEGER PRIMARY KEY,
        team TEXT NOT NULL,
        channel TEXT NOT NULL,
        -- '' for a "new minutes" follow, which announces every new meeting
        topic TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (team, channel, topic)
      );
      -- One row per (follow, meeting) posted: inserted before the post, so a second replica or a
      -- restart finds it and stays quiet.
      CREATE TABLE sent_alerts (
        follow_id INTEGER NOT NULL REFERENCES follows (id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (follow_id, meeting_id)
      );
    `,
  },
  {
    version: 2,
    name: "answer feedback and the Messages-tab prompt log",
    sql: `
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        team TEXT NOT NULL,
        user TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
        question TEXT NOT NULL,
        answer_kind TEXT NOT NULL,
        -- JSON array of citations the answer showed
        citations TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE prompt_log (
        team TEXT NOT NULL,
        user TEXT NOT NULL,
        day TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (team, user, day)
      );
    `,
  },
];
