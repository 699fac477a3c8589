import type { HeadingReader } from "./heading-readers.js";
import { cleanTitle, isLowerCaseTitle, isTitle } from "./titles.js";

// "1. Agreement of minutes", "3) Operational update", "(2) Hate crime", "4 Police and Crime Plan",
// "1.0    Welcome" (the first of a section's paragraph numbers). Not "1.1 …", and not a time range
// ("2 – 4pm"). A slash or a dot set between spaces may stand for the full stop: "1/ Welcome" (notes
// typed in haste), "1 · Actions from September" (a meeting recap's export), "2 • Knife crime";
// never before a figure ("1/2 of the officers", "3 · 4 · 5 stars").
const NUMBERED =
  /^\(?(\d{1,2})(?:\.0)?(?:[.)]\s*|\s*\/\s+|\s+[·•∙]\s+|\s+)(?![\d.])(?![-–—]\s*\d)(\S.*)$/u;
// NUMBERED without its `(\S.*)$`, which walks the rest of every numbered paragraph to its end: on
// a line without a line terminator (which `.` stops at) that part always matches what the number
// leaves, so the title is the rest of the line.
const NUMBER_BEFORE_TITLE =
  /^\(?(\d{1,2})(?:\.0)?(?:[.)]\s*|\s*\/\s+|\s+[·•∙]\s+|\s+)(?![\d.])(?![-–—]\s*\d)(?=\S)/u;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

export const numberHeading: HeadingReader = {
  name: "number",
  example: "1. Agreement of minutes",
  read: (text) => {
    const m = numberAndTitle(text);
    if (!m) return null;
    const value = Number(m.number);
    const title = cleanTitle(m.rest);
    return {
      heading:
        value && title && (isTitle(title, "number") || isLowerCaseTitle(title))
          ? { number: String(value), value, title, style: "number" }
          : null,
    };
  },
};

function numberAndTitle(text: string): { number: string; rest: string } | null {
  // Whatever NUMBERED matches, its first part matches too: a line that part turns away is no
  // numbered heading, and most numbered lines are read without looking for a line terminator.
  const m = NUMBER_BEFORE_TITLE.exec(text);
  if (!m?.[1]) return null;
  if (!LINE_TERMINATOR.test(text)) return { number: m[1], rest: text.slice(m[0].length) };
  const whole = text.match(NUMBERED);
  return whole?.[1] ? { number: whole[1], rest: whole[2] ?? "" } : null;
}
