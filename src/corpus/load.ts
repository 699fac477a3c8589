import { createHash } from "node:crypto";
import { type BigIntStats, readFileSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { CodedError, ErrorCode } from "../errors.js";
import {
  currentParserKey,
  type MeetingCache,
  readMeetingCache,
  type ScheduleReading,
  writeMeetingCache,
} from "./meeting-cache.js";
import type { Corpus, Meeting, NextMeeting, Problem, ProblemCode } from "./model.js";
import { type ParseOptions, parseAll } from "./parse-pool.js";
import { SCHEDULE_FILE } from "./schedule-file.js";

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
  /**
   * The file's size, times and inode when it was hashed (see `stampOf`): while they are the
   * same, so is the content, and a start need not read it again. Absent: read it.
   */
  stamp?: string;
}

export interface LoadedCorpus extends Corpus {
  /** Meetings an admin listed in corpus/schedule.yml. */
  schedule: NextMeeting[];
  /**
   * A hash of everything loaded (the parser's version, each file's path and content hash, and the
   * schedule): equal hashes, equal corpora.
   */
  version: string;
  /** Each minutes file by its path relative to the corpus directory, so a reload re-reads only what changed. */
  files: ReadonlyMap<string, LoadedFile>;
  /** How many files this load parsed; the others' meetings came from memory or the cache. */
  parsed: number;
  /** corpus/schedule.yml as read, or null when there is none. */
  scheduleReading: ScheduleReading | null;
  /**
   * Settles once what this load parsed is in the meeting cache (at once when nothing was new).
   * The cache is written after the load returns, so a start answers without waiting for it (80 ms
   * at 1,000 meetings); the write keeps the process up until it is done, and a caller about to
   * remove the cache directory, or to write the cache itself, awaits this first.
   */
  saved: Promise<void>;
}

export interface LoadOptions extends ParseOptions {
  /** Where parsed meetings are cached between runs (Config.cacheDir), or null/absent for none. */
  cacheDir?: string | null;
  /**
   * The corpus as loaded before from the same directory. Files whose content is unchanged are not
   * parsed again; a file that reads as a meeting no longer (half-saved, or broken by an edit)
   * keeps the meeting it gave before, and its problems are still reported.
   */
  previous?: LoadedCorpus;
}

/** Error raised when the corpus directory itself cannot be read. */
export class CorpusDirectoryError extends CodedError<"corpus_directory_unreadable"> {
  constructor(message: string) {
    super(ErrorCode.CorpusDirectoryUnreadable, message);
  }
}

/**
 * Loads every .txt and .md file below `dir` into validated meetings. A file that cannot be read
 * as minutes is reported in `problems` and skipped; the rest still load.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const { cacheDir, previous, threads } = options;
  const names = await listMinutesFiles(dir);
  // A reload has the meetings in memory; only a start reads them from disk.
  const cached: MeetingCache = previous
    ? { files: previous.files, schedule: previous.scheduleReading }
    : cacheDir
      ? await readMeetingCache(cacheDir, dir)
      : { files: new Map(), schedule: null };
  const known = cached.files;
  const contents = await readContents(dir, names, known);
  const readings = await parseAll(
    contents.flatMap(({ file, text }) => (text === null ? [] : [{ file, text }])),
    threads === undefined ? {} : { threads },
  );
  const files = new Map<string, LoadedFile>();
  const problems: Problem[] = [];
  let parsed = 0;
  for (const [i, content] of contents.entries()) {
    if (i > 0 && i % FILES_PER_TURN === 0) await nextTurn();
    const earlier = known.get(content.file);
    let loaded: LoadedFile;
    if (content.hash === earlier?.hash)
      loaded = earlier.stamp === content.stamp ? earlier : { ...earlier, ...stamped(content) };
    else {
      const reading =
        content.text !== null
          ? (readings[parsed++] as FileReading)
          : unreadable(content.file, content.error ?? UNREAD);
      // The cache only saves work: only a reload of a running corpus keeps an earlier meeting.
      loaded = keepEarlier(previous ? earlier : undefined, {
        hash: content.hash,
        reading,
        ...stamped(content),
      });
    }
    problems.push(...loaded.reading.problems);
    files.set(content.file, loaded);
  }
  const schedule = await loadSchedule(dir, cached.schedule);
  problems.push(...(schedule?.problems ?? []));
  const unchanged =
    files.size === known.size &&
    [...files].every(([file, f]) => known.get(file) === f) &&
    schedule === cached.schedule;
  const saved =
    cacheDir && !unchanged
      ? writeMeetingCache(cacheDir, dir, { files, schedule })
      : Promise.resolve();
  const meetings = [...files.values()].flatMap((f) =>
    f.reading.meeting ? [f.reading.meeting] : [],
  );
  return {
    meetings: withUniqueIds(sortMeetings(meetings)),
    problems,
    schedule: schedule?.meetings ?? [],
    version: corpusVersion(await currentParserKey(), files, schedule?.hash ?? ""),
    files,
    parsed,
    scheduleReading: schedule,
    saved,
  };
}

// Files are read synchronously, several times faster than through the thread pool for files this
// small (55 ms against 560 ms for 1,000 files here), and the event loop gets a turn after every
// few dozen (and parses), so a reload in a running app never holds up requests for long.
const FILES_PER_TURN = 32;

interface FileContent {
  file: string;
  /** sha256 of the bytes; "" when the file could not be read. */
  hash: string;
  /** See LoadedFile.stamp; absent when the file was written too recently to trust it. */
  stamp?: string;
  /** The text of a file whose reading is not known yet; null when it is known, or unreadable. */
  text: string | null;
  /** Why the file could not be read as text, or null. */
  error: { code: ProblemCode; message: string } | null;
}

// The largest seed minutes file is under 20 KB and a long meeting's minutes run to a few hundred;
// a file of megabytes is a log, a dump or a scan saved as .txt, and parsing it would only stall a
// reload.
const MAX_MINUTES_BYTES = 4 * 1024 * 1024;

// A minutes file is UTF-8 text: bytes that do not decode, or a NUL (which no text editor writes),
// mean a PDF, Word file or image was saved under a .txt name.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

async function readContents(
  dir: string,
  names: string[],
  known: MeetingCache["files"],
): Promise<FileContent[]> {
  const contents: FileContent[] = [];
  for (const [i, file] of names.entries()) {
    if (i > 0 && i % FILES_PER_TURN === 0) await nextTurn();
    try {
      const path = join(dir, file);
      const stats = statSync(path, { bigint: true });
      const size = Number(stats.size);
      if (size > MAX_MINUTES_BYTES) {
        const message = `${(size / 1024 / 1024).toFixed(1)} MB is too large for a minutes file (the limit is ${MAX_MINUTES_BYTES / 1024 / 1024} MB); file skipped`;
        // Its size stands in for the hash it was not read for: a file cut down to size is read.
        const hash = `too_large:${size}`;
        contents.push({ file, hash, text: null, error: { code: "too_large", message } });
        continue;
      }
      const stamp = stampOf(stats);
      const earlier = known.get(file);
      if (stamp && earlier?.stamp === stamp) {
        contents.push({ file, hash: earlier.hash, stamp, text: null, error: null });
        continue;
      }
      const bytes = readFileSync(path);
      const hash = sha256(bytes);
      const stamped = stamp ? { stamp } : {};
      if (earlier?.hash === hash)
        contents.push({ file, hash, ...stamped, text: null, error: null });
      else contents.push({ file, hash, ...stamped, ...decodeMinutes(bytes) });
    } catch (error) {
      const message = `could not read the file: ${(error as Error).message}`;
      contents.push({ file, hash: "", text: null, error: { code: "unreadable", message } });
    }
  }
  return contents;
}

function decodeMinutes(bytes: Buffer): Pick<FileContent, "text" | "error"> {
  const message = "not a text file (a PDF or Word file? lcrb import converts those); file skipped";
  try {
    const text = UTF8.decode(bytes);
    if (!text.includes("\u0000")) return { text, error: null };
  } catch {}
  return { text: null, error: { code: "not_text", message } };
}

const UNREAD = { code: "unreadable", message: "could not read the file" } as const;

function unreadable(file: string, error: { code: ProblemCode; message: string }): FileReading {
  return { meeting: null, problems: [{ file, line: null, ...error }] };
}

// A file that gave a meeting and now gives none keeps its meeting, so a half-written save does
// not make a meeting vanish; the new problems say why the new content was not taken.
function keepEarlier(earlier: LoadedFile | undefined, current: LoadedFile): LoadedFile {
  if (current.reading.meeting || !earlier?.reading.meeting) return current;
  return {
    hash: earlier.hash,
    reading: {
      meeting: earlier.reading.meeting,
      problems: current.reading.problems.map((p) => ({
        ...p,
        message: `${p.message} (the meeting read from this file before is kept)`,
      })),
    },
  };
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
        MINUTES_FILE.test(name) &&
        !name.startsWith(".") &&
        !name.includes("/.") &&
        !name.includes("\\."),
    )
    .sort()
    .map((name) => name.split("\\").join("/"));
}

/**
 * corpus/schedule.yml: the reading cached with the same text, else parsed (loading the YAML
 * reader only then). Null when there is no schedule: it is optional.
 */
async function loadSchedule(
  dir: string,
  cached: ScheduleReading | null,
): Promise<ScheduleReading | null> {
  let text: string;
  try {
    text = await readFile(join(dir, SCHEDULE_FILE), "utf8");
  } catch {
    return null;
  }
  const hash = sha256(text);
  if (cached?.hash === hash) return cached;
  const { parseSchedule } = await import("./schedule.js");
  return { hash, ...parseSchedule(text) };
}

// A file changed this recently when it is hashed might change again within the same tick of the
// file system's clock, size unchanged: its stamp is not kept, so the next load reads it again
// (git's "racy clean" rule). Linux file systems keep nanoseconds from a clock that ticks every
// few milliseconds; one whose times fall on whole seconds (ext3, FAT, some network mounts) may
// tick as slowly as every two seconds.
const SETTLED_MS = 100;
const SETTLED_MS_WHOLE_SECONDS = 3_000;

/**
 * Size, modification and change times and inode of a file, or undefined when it changed too
 * recently to vouch for its content. Any write moves the change time, which no tool can set.
 */
function stampOf(stats: BigIntStats): string | undefined {
  const settled = stats.ctimeNs % 1_000_000_000n === 0n ? SETTLED_MS_WHOLE_SECONDS : SETTLED_MS;
  if (Date.now() - Number(stats.ctimeNs / 1_000_000n) < settled) return undefined;
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
}

function stamped(content: FileContent): Pick<LoadedFile, "stamp"> {
  return content.stamp ? { stamp: content.stamp } : {};
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function corpusVersion(
  parserKey: string,
  files: ReadonlyMap<string, LoadedFile>,
  scheduleHash: string,
): string {
  const hash = createHash("sha256").update(`${parserKey}\n`);
  for (const [file, loaded] of files) hash.update(`${file}\0${loaded.hash}\n`);
  return hash.update(`${SCHEDULE_FILE}\0${scheduleHash}\n`).digest("hex");
}

// Dates (YYYY-MM-DD) and bodies (LCRB, DMG) order the same as plain strings as by localeCompare,
// whose first call costs ~7 ms of CPU (it loads the collation rules), on every start; file
// names, which may hold anything, are compared as before, only between meetings of one day.
function sortMeetings(meetings: Meeting[]): Meeting[] {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...meetings].sort(
    (a, b) => order(a.date, b.date) || order(a.body, b.body) || a.file.localeCompare(b.file),
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
