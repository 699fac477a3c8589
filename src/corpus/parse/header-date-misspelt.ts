import { MONTH_NAMES } from "../calendar.js";
import { withinOneEdit } from "../edit-distance.js";
import { allMatches } from "../matches.js";
import { isoDate } from "./dates.js";
import type { HeaderDateReader } from "./header-date-readers.js";

// A day, a word and a four-figure year, as a written date stands: the word is then tried as a month.
const DAY_WORD_YEAR =
  /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{4,10})\.?,?\s+(\d{4})(?!\d)/gu;
const MONTHS_LOWER = MONTH_NAMES.map((name) => name.toLowerCase());

// Words that make a line the statement of the meeting ("… meeting held on …", "Minutes of …",
// "Date: …"): "Papers circulated 3 Jane 2024" dates something else, and "Jane" is a name as often
// as a misspelt June.
const STATES_MEETING = /\b(?:held\s+on|meeting\s+(?:of|on)|minutes\s+of|notes?\s+of|date\s*:)/i;
// What a line that is only the date may hold besides it: a weekday and punctuation.
const DATE_ONLY_REST = /^[^\p{L}]*(?:\p{L}+day\b[^\p{L}]*)?$/u;

function statesMeeting(text: string, index: number, end: number): boolean {
  return STATES_MEETING.test(text) || DATE_ONLY_REST.test(text.slice(0, index) + text.slice(end));
}

/**
 * The month a word misspells, when it is one edit (a letter left out, added, changed or swapped)
 * from exactly one month's full name ("Septmber", "Febuary"); "Jule" is as near June as July and
 * is read as neither.
 */
export function misspeltMonth(word: string): number {
  const lower = word.toLowerCase();
  let found = 0;
  for (let i = 0; i < MONTHS_LOWER.length; i++) {
    const month = MONTHS_LOWER[i] ?? "";
    if (month.length < 4 || !withinOneEdit(lower, month)) continue;
    if (found) return 0;
    found = i + 1;
  }
  return found;
}

/**
 * "Minuets of the meeting held on Thursday 12 Septmber 2024 at 2.00pm": a date in the heading with
 * its month misspelt. Read only where the meeting's date is expected (a header line that states the
 * meeting, or one that is only the date), and only after every correctly spelt way has found none: elsewhere a word one edit from a
 * month is more often another word.
 */
export const misspeltDate: HeaderDateReader = {
  name: "date in the heading, its month misspelt",
  example: "Minuets of the meeting held on Thursday 12 Septmber 2024 at 2.00pm, City Hall",
  read: ({ stated }) => {
    for (const line of stated) {
      for (const m of allMatches(DAY_WORD_YEAR, line.text)) {
        const month = misspeltMonth(m[2] ?? "");
        const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
        const end = m.index + m[0].length;
        if (iso && statesMeeting(line.text, m.index, end))
          return { line, date: { iso, index: m.index, end } };
      }
    }
    return null;
  },
};
