import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { z } from "zod";
import { type Corpus, Meeting, type NextMeeting, type Problem } from "./model.js";
import { parseMinutes } from "./parse/index.js";
import { parseSchedule, SCHEDULE_FILE } from "./schedule.js";

const MINUTES_FILE = /\.(txt|md)$/i;

/** What one minutes file gave: a validated meeting (or none) and the problems found in it. */
export interface FileReading {
  meeting: Meeting | null;
  problems: Problem[];
}

/** A minutes file as loaded: the hash of the content that was read, and what it gave. */
export interface LoadedFile {
  /** sha256 of the file's bytes. */
  hash: string;
  reading: FileReading;
}

export interface LoadedCorpus extends Corpus {
  /** Meetings an admin listed in corpus/schedule.yml. */
  schedule: NextMeeting[];
  /** A hash of everything loaded (each file's content hash and the schedule): equal hashes, equal corpora. */
  version: string;
  /** Each minutes file by its path relative to the corpus directory, so a reload re-reads only what changed. */
  files: ReadonlyMap<string, LoadedFile>;
}

export interface LoadOptions {
  /**
   * The corpus as loaded before from the same directory. Files whose content is unchanged are not
   * parsed again; a file that reads as a meeting no longer (half-saved, or broken by an edit)
   * keeps the meeting it gave before, and its problems are still reported.
   */
  previous?: LoadedCorpus;
}

/** Error raised when the corpus directory itself cannot be read. */
export class CorpusDirectoryError extends Error {
  readonly code = "corpus_directory_unreadable";
}

/**
 * Loads every .txt and .md file below `dir` into validated meetings. A file that cannot be read
 * as minutes is reported in `problems` and skipped; the rest still load.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const names = await listMinutesFiles(dir);
  const files = new Map<string, LoadedFile>();
  const problems: Problem[] = [];
  for (const file of names) {
    const loaded = await loadFile(dir, file, options.previous?.files.get(file));
    problems.push(...loaded.reading.problems);
    files.set(file, loaded);
  }
  const schedule = await loadSchedule(dir, problems);
  const meetings = [...files.values()].flatMap((f) =>
    f.reading.meeting ? [f.reading.meeting] : [],
  );
  return {
    meetings: withUniqueIds(sortMeetings(meetings)),
    problems,
    schedule: schedule.meetings,
    version: corpusVersion(files, schedule.hash),
    files,
  };
}

async function loadFile(
  dir: string,
  file: string,
  previous: LoadedFile | undefined,
): Promise<LoadedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, file));
  } catch (error) {
    const problem = {
      file,
      line: null,
      message: `could not read the file: ${(error as Error).message}`,
    };
    return keepPrevious(previous, { hash: "", reading: { meeting: null, problems: [problem] } });
  }
  const hash = sha256(bytes);
  if (previous?.hash === hash) return previous;
  return keepPrevious(previous, { hash, reading: readMinutes(bytes.toString("utf8"), file) });
}

// A file that gave a meeting and now gives none keeps its meeting, so a half-written save does
// not make a meeting vanish; the new problems say why the new content was not taken.
function keepPrevious(previous: LoadedFile | undefined, current: LoadedFile): LoadedFile {
  if (current.reading.meeting || !previous?.reading.meeting) return current;
  return {
    hash: previous.hash,
    reading: {
      meeting: previous.reading.meeting,
      problems: current.reading.problems.map((p) => ({
        ...p,
        message: `${p.message} (the meeting read from this file before is kept)`,
      })),
    },
  };
}

/** Parses and validates one file's text. Never throws: a parser failure is a problem of that file. */
export function readMinutes(text: string, file: string): FileReading {
  let outcome: ReturnType<typeof parseMinutes>;
  try {
    outcome = parseMinutes(text, file);
  } catch (error) {
    const message = `the parser failed on this file: ${(error as Error).message}`;
    return { meeting: null, problems: [{ file, line: null, message }] };
  }
  if (!outcome.meeting) return { meeting: null, problems: outcome.problems };
  const valid = Meeting.safeParse(outcome.meeting);
  if (valid.success) return { meeting: valid.data, problems: outcome.problems };
  const message = `not loaded: ${z.prettifyError(valid.error)}`;
  return { meeting: null, problems: [...outcome.problems, { file, line: null, message }] };
}

/** Minutes files below `dir`, relative to it with "/" separators, sorted; hidden ones are skipped. */
async function listMinutesFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    throw new CorpusDirectoryError(
      `cannot read the corpus directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return entries
    .filter(
      (name) =>
        MINUTES_FILE.test(name) && !name.split(/[\\/]/).some((part) => part.startsWith(".")),
    )
    .sort()
    .map((name) => relative(dir, join(dir, name)).split("\\").join("/"));
}

async function loadSchedule(
  dir: string,
  problems: Problem[],
): Promise<{ meetings: NextMeeting[]; hash: string }> {
  let text: string;
  try {
    text = await readFile(join(dir, SCHEDULE_FILE), "utf8");
  } catch {
    return { meetings: [], hash: "" }; // the schedule is optional
  }
  const outcome = parseSchedule(text);
  problems.push(...outcome.problems);
  return { meetings: outcome.meetings, hash: sha256(text) };
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function corpusVersion(files: ReadonlyMap<string, LoadedFile>, scheduleHash: string): string {
  const hash = createHash("sha256");
  for (const [file, loaded] of files) hash.update(`${file}\0${loaded.hash}\n`);
  return hash.update(`${SCHEDULE_FILE}\0${scheduleHash}\n`).digest("hex");
}

function sortMeetings(meetings: Meeting[]): Meeting[] {
  return [...meetings].sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.body.localeCompare(b.body) || a.file.localeCompare(b.file),
  );
}

// Two files for the same body and day (a draft and a final, say) must not share an id: the later
// file in name order gets "-2", "-3"… so ids stay stable as long as the file names do.
function withUniqueIds(meetings: Meeting[]): Meeting[] {
  const seen = new Map<string, number>();
  return meetings.map((meeting) => {
    const count = (seen.get(meeting.id) ?? 0) + 1;
    seen.set(meeting.id, count);
    return count === 1 ? meeting : { ...meeting, id: `${meeting.id}-${count}` };
  });
}
