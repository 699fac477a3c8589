import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import * as z from "zod";
import { loadCorpus } from "../corpus/load.js";
import { Meeting, type Problem } from "../corpus/model.js";
import { parseMinutes } from "../corpus/parse/index.js";
import { readDocument } from "./document.js";
import { minutesFile } from "./minutes-file.js";
import { ImportError, type ImportProblem } from "./problem.js";

export type { ImportProblem } from "./problem.js";

export interface ImportOptions {
  corpusDir: string;
  /** The published page, overriding what the document says; for a single file. */
  sourceUrl: string | null;
  /** Replace a corpus file that holds the same meeting. */
  force: boolean;
  /** The day of the import, YYYY-MM-DD. */
  today: string;
}

export interface ImportedMinutes {
  /** The input's file name. */
  from: string;
  /** The corpus file written, relative to the corpus directory. */
  file: string;
  /** The meeting as `lcrb corpus` reads it from that file. */
  meeting: Meeting;
}

export interface ImportOutcome {
  imported: ImportedMinutes[];
  /** Files not imported, with why. */
  refused: ImportProblem[];
  /** The parser's problems with the imported files, as `lcrb corpus` reports them. */
  minutesProblems: Problem[];
}

/**
 * Turns each saved page or PDF into a minutes file in the corpus, named for its meeting
 * ("lcrb-2023-04-12.txt"). A file that cannot be read as minutes, or whose meeting the corpus
 * already holds (without `force`), is reported and nothing is written for it; the others go on.
 */
export async function importMinutes(
  paths: string[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  const held = await meetingsHeld(options.corpusDir);
  const outcome: ImportOutcome = { imported: [], refused: [], minutesProblems: [] };
  for (const path of paths) {
    const from = basename(path);
    try {
      const result = await importOne(path, from, options, held);
      outcome.imported.push(result.imported);
      outcome.minutesProblems.push(...result.problems);
      held.set(result.imported.meeting.id, result.imported.file);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcome.refused.push({ file: from, code: error.code, message: error.message });
    }
  }
  return outcome;
}

// Meeting id ("lcrb-2021-02-02") → the corpus file that holds it. A corpus that does not exist
// yet holds none: the import creates it.
async function meetingsHeld(corpusDir: string): Promise<Map<string, string>> {
  const exists = await stat(corpusDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const held = new Map<string, string>();
  if (!exists) return held;
  for (const meeting of (await loadCorpus(corpusDir)).meetings)
    held.set(`${meeting.body.toLowerCase()}-${meeting.date}`, meeting.file);
  return held;
}

async function importOne(
  path: string,
  from: string,
  options: ImportOptions,
  held: Map<string, string>,
): Promise<{ imported: ImportedMinutes; problems: Problem[] }> {
  const document = await readDocument(path, await readBytes(path));
  const first = parseMinutes(document.text, from);
  const draft = first.meeting;
  if (!draft) {
    const why = first.problems.at(-1)?.message;
    throw new ImportError("not_minutes", why ?? "this does not look like minutes");
  }
  // A dated page that names the Board (a news story, a list of meetings) is not yet minutes.
  if (draft.attendees.length === 0 && draft.items.length === 0)
    throw new ImportError(
      "not_minutes",
      "this does not look like minutes: no attendance list or agenda items found",
    );
  const file = `${draft.id}.txt`;
  const holder = held.get(draft.id);
  if (holder && !options.force) {
    const meeting = `the ${draft.body} meeting of ${draft.date}`;
    throw new ImportError(
      "already_imported",
      holder === file
        ? `${file} already holds ${meeting} (--force replaces it)`
        : `the corpus already holds ${meeting} in ${holder} (--force writes ${file} as well)`,
    );
  }
  const text = minutesFile(document.text, {
    source: options.sourceUrl ?? document.url,
    imported: options.today,
    from,
  });
  const parsed = parseMinutes(text, file);
  const meeting = Meeting.safeParse(parsed.meeting);
  if (!meeting.success)
    throw new ImportError("not_minutes", `not loaded: ${z.prettifyError(meeting.error)}`);
  await mkdir(options.corpusDir, { recursive: true });
  await writeFile(join(options.corpusDir, file), text, { flag: options.force ? "w" : "wx" }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST")
        throw new ImportError("already_imported", `${file} already exists (--force replaces it)`);
      throw new ImportError("unreadable", `cannot write ${file}: ${error.code ?? error.message}`);
    },
  );
  return { imported: { from, file, meeting: meeting.data }, problems: parsed.problems };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const bytes = await readFile(path);
    if (bytes.length === 0) throw new ImportError("empty", "the file is empty");
    return new Uint8Array(bytes);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES"
          ? "permission denied"
          : code === "EISDIR"
            ? "a directory, not a file"
            : (code ?? (error as Error).message);
    throw new ImportError("unreadable", `cannot read the file: ${reason}`);
  }
}
