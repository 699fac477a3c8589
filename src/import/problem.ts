import { z } from "zod";
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

/** A file that was not imported, or a problem the parser found in one that was. */
export interface ImportProblem {
  /** The input's file name, or the corpus file's for a problem found after writing it. */
  file: string;
  code: string;
  message: string;
}

/** Raised while reading a document that cannot become minutes text. */
export class ImportError extends CodedError<ImportProblemCode> {}
