import type { Meeting, Problem } from "../model.js";

/** What the parser made of one minutes file. `meeting` is null when the file could not be read as minutes. */
export interface ParseOutcome {
  meeting: Meeting | null;
  problems: Problem[];
}

/**
 * Reads one minutes file (plain text or markdown, optional YAML front matter) into a Meeting.
 * Pure: no I/O. `file` is the path relative to the corpus directory, used for the id and citations.
 */
export function parseMinutes(_text: string, file: string): ParseOutcome {
  return { meeting: null, problems: [{ file, line: null, message: "parser not written yet" }] };
}
