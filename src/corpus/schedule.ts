import { parse as parseYaml } from "yaml";
import * as z from "zod";
import { Body, NextMeeting, type Problem } from "./model.js";
import { SCHEDULE_FILE } from "./schedule-file.js";

const ScheduleEntry = z.object({
  body: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), Body),
  // YAML reads an unquoted 2026-01-14 as a Date; accept both forms.
  date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string()),
  time: z.preprocess((v) => (typeof v === "number" ? minutesToClock(v) : v), z.string().nullish()),
  venue: z.string().nullish(),
});
// Entries are checked one by one so that one bad entry does not hide the good ones.
const ScheduleFile = z.union([
  z.array(z.unknown()),
  z.object({ meetings: z.array(z.unknown()) }).transform((f) => f.meetings),
]);

// YAML 1.1 readers turn 14:00 into 840 (sexagesimal); the yaml package does not by default, but be kind.
function minutesToClock(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

export interface ScheduleOutcome {
  meetings: NextMeeting[];
  problems: Problem[];
}

/** Parses the text of corpus/schedule.yml: a list of { body, date, time?, venue? }. */
export function parseSchedule(text: string, file = SCHEDULE_FILE): ScheduleOutcome {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return unreadSchedule(file, `not valid YAML: ${(error as Error).message}`);
  }
  if (raw == null) return { meetings: [], problems: [] };
  const parsed = ScheduleFile.safeParse(raw);
  if (!parsed.success)
    return unreadSchedule(file, `not a list of meetings: ${z.prettifyError(parsed.error)}`);
  const meetings: NextMeeting[] = [];
  const problems: Problem[] = [];
  parsed.data.forEach((raw, index) => {
    const entry = ScheduleEntry.safeParse(raw);
    const candidate = entry.success
      ? NextMeeting.safeParse({
          body: entry.data.body,
          date: entry.data.date,
          time: entry.data.time ?? null,
          venue: entry.data.venue ?? null,
          line: null,
        })
      : entry;
    if (candidate.success) meetings.push(candidate.data);
    else
      problems.push({
        file,
        line: null,
        code: "bad_schedule",
        message: `entry ${index + 1}: ${z.prettifyError(candidate.error)}`,
      });
  });
  return { meetings, problems };
}

function unreadSchedule(file: string, message: string): ScheduleOutcome {
  return { meetings: [], problems: [{ file, line: null, code: "bad_schedule", message }] };
}
