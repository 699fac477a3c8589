import * as z from "zod";
import type { ProblemCode } from "../corpus/model.js";
import { CodedError, ErrorCode } from "../errors.js";

/** Why a file was not imported: stable words scripts can branch on. */
export const ImportProblemCode = z.enum([
  ErrorCode.ImportUnsupportedType,
  ErrorCode.ImportUnreadable,
  ErrorCode.ImportEncrypted,
  ErrorCode.ImportEmpty,
  ErrorCode.ImportNoTextLayer,
  ErrorCode.ImportNotMinutes,
  ErrorCode.ImportAlreadyImported,
]);
export type ImportProblemCode = z.infer<typeof ImportProblemCode>;

/** A file that was not imported, and why. */
export interface ImportProblem {
  /** The input's file name. */
  file: string;
  code: ImportProblemCode;
  message: string;
}

/**
 * An entry of `problems` in `lcrb import --json`: a refused file, or what the parser noticed in a
 * file that was imported (named as written to the corpus, with the code `lcrb corpus` gives it).
 */
export interface ImportReportProblem {
  file: string;
  code: ImportProblemCode | ProblemCode;
  message: string;
}

/** Raised while reading a document that cannot become minutes text. */
export class ImportError extends CodedError<ImportProblemCode> {}
