import { z } from "zod";

/** Why a file was not imported: stable words scripts can branch on. */
export const ImportProblemCode = z.enum([
  "unsupported_type",
  "unreadable",
  "encrypted",
  "empty",
  "no_text_layer",
  "not_minutes",
  "already_imported",
]);
export type ImportProblemCode = z.infer<typeof ImportProblemCode>;

/** A file that was not imported, or a problem the parser found in one that was. */
export interface ImportProblem {
  /** The input's file name, or the corpus file's for a problem found after writing it. */
  file: string;
  code: string;
  message: string;
}

/** Raised while reading a document that cannot become minutes text. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportProblemCode,
    message: string,
  ) {
    super(message);
  }
}
