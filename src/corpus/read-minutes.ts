import * as z from "zod";
import type { FileReading } from "./load.js";
import { Meeting } from "./model.js";
import { parseMinutes } from "./parse/index.js";

/** Parses and validates one file's text. Never throws: a parser failure is a problem of that file. */
export function readMinutes(text: string, file: string): FileReading {
  let outcome: ReturnType<typeof parseMinutes>;
  try {
    outcome = parseMinutes(text, file);
  } catch (error) {
    const message = `the parser failed on this file: ${(error as Error).message}`;
    return { meeting: null, problems: [{ file, line: null, code: "parser_failed", message }] };
  }
  if (!outcome.meeting) return { meeting: null, problems: outcome.problems };
  const valid = Meeting.safeParse(outcome.meeting);
  if (valid.success) return { meeting: valid.data, problems: outcome.problems };
  const message = `not loaded: ${z.prettifyError(valid.error)}`;
  return {
    meeting: null,
    problems: [...outcome.problems, { file, line: null, code: "invalid_meeting", message }],
  };
}
