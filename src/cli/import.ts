import { readCliSettings } from "../config.js";
import { type ImportOutcome, importMinutes } from "../import/index.js";
import type { ImportReportProblem } from "../import/problem.js";
import { publishedUrl } from "../import/published-url.js";
import { COMMON_OPTIONS, type Command, parseCommandArgs, UsageError } from "./command.js";
import { formatCorpusTable } from "./corpus.js";

export const IMPORT_USAGE =
  "lcrb import [--corpus DIR] [--json] [--source-url URL] [--force] FILE…  (.html, .htm, .pdf, .docx)";

const OPTIONS = {
  ...COMMON_OPTIONS,
  "source-url": { type: "string" },
  force: { type: "boolean", default: false },
} as const;

/**
 * `lcrb import`: saved minutes pages and PDFs become minutes files in the corpus, each printed as
 * its `lcrb corpus` row. Exit 0 when at least one file was imported, 1 when none was.
 */
export const importCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.out(`usage: ${IMPORT_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("import needs at least one FILE to import");
  const given = values["source-url"];
  const sourceUrl = given === undefined ? null : publishedUrl(given);
  if (given !== undefined && !sourceUrl)
    throw new UsageError(`--source-url must be an http(s) URL (got "${given}")`);
  if (sourceUrl && positionals.length > 1)
    throw new UsageError("--source-url names the page of one file: import the files one at a time");
  const outcome = await importMinutes(positionals, {
    corpusDir: readCliSettings(values.corpus).corpusDir,
    sourceUrl,
    force: values.force,
    today: new Date().toISOString().slice(0, 10),
  });
  const { imported } = outcome;
  const problems: ImportReportProblem[] = [
    ...outcome.refused,
    ...outcome.minutesProblems.map((p) => ({
      file: p.file,
      code: p.code,
      message: p.line ? `line ${p.line}: ${p.message}` : p.message,
    })),
  ];
  io.out(
    values.json ? `${JSON.stringify({ imported, problems }, null, 2)}\n` : formatImport(outcome),
  );
  return outcome.imported.length > 0 ? 0 : 1;
};

/** The corpus rows of what was imported (with the parser's problems), then what was not. */
function formatImport(outcome: ImportOutcome): string {
  const parts: string[] = [];
  if (outcome.imported.length > 0)
    parts.push(
      formatCorpusTable(
        outcome.imported.map((i) => i.meeting),
        outcome.minutesProblems,
      ),
    );
  const { refused } = outcome;
  if (refused.length > 0)
    parts.push(
      `Not imported:\n${refused.map((p) => `  ${p.file}: ${p.message} (${p.code})`).join("\n")}\n`,
    );
  return parts.join("\n");
}
