import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { z } from "zod";
import { type Corpus, Meeting, type NextMeeting, type Problem } from "./model.js";
import { parseMinutes } from "./parse/index.js";
import { parseSchedule, SCHEDULE_FILE } from "./schedule.js";

const MINUTES_FILE = /\.(txt|md)$/i;

export interface LoadedCorpus extends Corpus {
  /** Meetings an admin listed in corpus/schedule.yml. */
  schedule: NextMeeting[];
}

/** Error raised when the corpus directory itself cannot be read. */
export class CorpusDirectoryError extends Error {
  readonly code = "corpus_directory_unreadable";
}

/**
 * Loads every .txt and .md file below `dir` into validated meetings. A file that cannot be read
 * as minutes is reported in `problems` and skipped; the rest still load.
 */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const files = await listMinutesFiles(dir);
  const meetings: Meeting[] = [];
  const problems: Problem[] = [];
  for (const path of files) {
    const file = relative(dir, path).split("\\").join("/");
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      problems.push({
        file,
        line: null,
        message: `could not read the file: ${(error as Error).message}`,
      });
      continue;
    }
    const outcome = parseMinutes(text, file);
    problems.push(...outcome.problems);
    if (!outcome.meeting) continue;
    const valid = Meeting.safeParse(outcome.meeting);
    if (valid.success) meetings.push(valid.data);
    else
      problems.push({ file, line: null, message: `not loaded: ${z.prettifyError(valid.error)}` });
  }
  const schedule = await loadSchedule(dir, problems);
  return { meetings: withUniqueIds(sortMeetings(meetings)), problems, schedule };
}

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
    .map((name) => join(dir, name));
}

async function loadSchedule(dir: string, problems: Problem[]): Promise<NextMeeting[]> {
  let text: string;
  try {
    text = await readFile(join(dir, SCHEDULE_FILE), "utf8");
  } catch {
    return []; // the schedule is optional
  }
  const outcome = parseSchedule(text);
  problems.push(...outcome.problems);
  return outcome.meetings;
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
