// The attendance half of the parser on its own, over the corpus minutes: every line asked whether
// it is an attendance heading (as the layout asks), every line of each attendance list read as
// an entry, the people gathered into one list, and every passage searched for an apologies
// sentence. Reported per meeting by CPU time (the machine is shared), best of five runs.
// `npm run build:bench && node bench/attendance.mjs [meetings] [modules]` reads the parser's
// modules from .bench-build/src/ (dist/ is a bundle); a second argument names another build's
// folder of modules (its .bench-build/src/, or an older, unbundled dist/), to compare with an
// older parser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = join(root, "corpus");
const target = Number(process.argv[2] ?? 1000);
const modules = process.argv[3] ?? join(root, ".bench-build", "src");
const load = (path) => import(pathToFileURL(join(modules, "corpus/parse", path)).href);
const { parseMinutes } = await load("index.js");
const { readAttendanceLine } = await load("attendance.js");
const { readAttendanceHeading, readMisspeltAttendanceHeading } =
  await load("attendance-headings.js");
const { withAttendees } = await load("attendee-list.js");
const { readApologiesSentence } = await load("apologies-sentence.js");
const { plainText } = await load("lines.js");

// What each file gives the attendance readers, worked out once, outside the timing.
const files = readdirSync(corpusDir)
  .filter((name) => /\.(txt|md)$/i.test(name))
  .sort()
  .map((name) => {
    const text = readFileSync(join(corpusDir, name), "utf8");
    const meeting = parseMinutes(text, name).meeting;
    const lines = text.split(/\r?\n/);
    // The list runs from its first person to the first agenda item.
    const first = Math.min(...(meeting?.attendees.map((a) => a.line) ?? []));
    const last = (meeting?.items.find((item) => item.line > first)?.line ?? first + 1) - 1;
    return {
      lines: lines.map((raw) => ({ raw, text: plainText(raw) })).filter((l) => l.text !== ""),
      entries: lines.slice(first - 1, last).filter((raw) => raw.trim() !== ""),
      passages: (meeting?.items ?? []).flatMap((item) => item.passages.map((p) => p.text)),
    };
  });

function readAttendance(file) {
  for (const line of file.lines) {
    readAttendanceHeading(line.raw);
    readMisspeltAttendanceHeading(line.text);
  }
  const entries = file.entries.map((raw, i) => ({
    people: readAttendanceLine(raw, "present", i > 0),
    line: i + 1,
  }));
  const named = file.passages.map((text, i) => ({
    people: readApologiesSentence(text).map((p) => ({ ...p, status: "apologies" })),
    line: i + 1,
  }));
  return withAttendees(withAttendees([], entries), named, true);
}

function run(count) {
  const started = process.cpuUsage();
  for (let n = 0; n < count; n++) readAttendance(files[n % files.length]);
  const cpu = process.cpuUsage(started);
  return (cpu.user + cpu.system) / 1000;
}

run(Math.min(200, target)); // warm the JIT so the number is the steady state
const best = Math.min(...Array.from({ length: 5 }, () => run(target)));
console.log(
  `attendance (${modules}): ${target} meetings, best cpu ${best.toFixed(0)} ms = ` +
    `${((best * 1000) / target).toFixed(1)} µs a meeting`,
);
