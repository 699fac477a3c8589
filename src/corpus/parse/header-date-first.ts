import { findDates } from "./dates.js";
import type { HeaderDate } from "./header-date-readers.js";
import type { TextLine } from "./lines.js";

/** The first full date written on the lines, with its line. */
export function firstDated(lines: readonly TextLine[]): HeaderDate | null {
  for (const line of lines) {
    const date = findDates(line.text)[0];
    if (date) return { line, date };
  }
  return null;
}
