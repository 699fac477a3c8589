import { readCliSettings } from "../config.js";
import { loadCorpus } from "../corpus/load.js";
import type { Meeting, Problem } from "../corpus/model.js";
import { COMMON_OPTIONS, type Command, parseCommandArgs, UsageError } from "./command.js";

export const CORPUS_USAGE = "lcrb corpus [--corpus DIR] [--json]";

/** `lcrb corpus`: what the bot understood of every minutes file. Exit 1 when no meeting loaded. */
export const corpusCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, COMMON_OPTIONS);
  if (values.help) {
    io.out(`usage: ${CORPUS_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`corpus takes no arguments (got "${positionals[0]}")`);
  const { corpusDir, cacheDir } = readCliSettings(values.corpus);
  const corpus = await loadCorpus(corpusDir, { cacheDir });
  if (values.json) {
    io.out(
      `${JSON.stringify({ meetings: corpus.meetings, problems: corpus.problems }, null, 2)}\n`,
    );
  } else {
    io.out(formatCorpusTable(corpus.meetings, corpus.problems));
  }
  return corpus.meetings.length > 0 ? 0 : 1;
};

const COLUMNS = [
  "file",
  "date",
  "body",
  "attendees",
  "apologies",
  "items",
  "actions",
  "problems",
] as const;

const RECORD_COLUMNS = ["file", "decisions", "commitments"] as const;

function aligned(table: ReadonlyArray<readonly string[]>): string[] {
  const widths = (table[0] ?? []).map((_, i) =>
    Math.max(...table.map((row) => row[i]?.length ?? 0)),
  );
  return table.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

/**
 * One row per meeting, then the decisions and commitments each meeting's prose records, then the
 * problems, as plain aligned text.
 */
export function formatCorpusTable(meetings: Meeting[], problems: Problem[]): string {
  const rows = meetings.map((m) => {
    const apologies = m.attendees.filter((a) => a.status === "apologies").length;
    return [
      m.file,
      m.date,
      m.body,
      String(m.attendees.length - apologies),
      String(apologies),
      String(m.items.length),
      String(m.actions.length),
      String(problems.filter((p) => p.file === m.file).length),
    ];
  });
  const lines = aligned([COLUMNS, ...rows]);
  // What the prose records comes in a table of its own, so the attendance table keeps its columns.
  if (meetings.length > 0)
    lines.push(
      "",
      ...aligned([
        RECORD_COLUMNS,
        ...meetings.map((m) => [m.file, String(m.decisions.length), String(m.commitments.length)]),
      ]),
    );
  lines.push("", `${meetings.length} meeting${meetings.length === 1 ? "" : "s"} loaded`);
  if (problems.length > 0) {
    lines.push("", "Problems:");
    for (const p of problems)
      lines.push(`  ${p.file}${p.line ? `:${p.line}` : ""}: [${p.code}] ${p.message}`);
  }
  return `${lines.join("\n")}\n`;
}
