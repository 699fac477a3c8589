import { addDays, weekdayOf } from "../corpus/calendar.js";

/** A stretch of time still to come that a question names: "today", "next week", "this month". */
export interface TimeWindow {
  /** As the answer says it: "today", "next week". */
  words: string;
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

// Weeks run Monday to Sunday, as in a UK diary.
function sundayOf(iso: string): string {
  return addDays(iso, (7 - weekdayOf(iso)) % 7);
}

function lastOfMonth(iso: string, monthsOn: number): string {
  const [year = 0, month = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, month + monthsOn, 0)).toISOString().slice(0, 10);
}

const WINDOWS: readonly {
  pattern: RegExp;
  words: string;
  range: (today: string) => [string, string];
}[] = [
  { pattern: /\b(?:today|tonight)\b/, words: "today", range: (t) => [t, t] },
  {
    pattern: /\btomorrow\b/,
    words: "tomorrow",
    range: (t) => [addDays(t, 1), addDays(t, 1)],
  },
  { pattern: /\bthis week\b/, words: "this week", range: (t) => [t, sundayOf(t)] },
  {
    pattern: /\bnext week\b/,
    words: "next week",
    range: (t) => [addDays(sundayOf(t), 1), addDays(sundayOf(t), 7)],
  },
  { pattern: /\bthis month\b/, words: "this month", range: (t) => [t, lastOfMonth(t, 0)] },
  {
    pattern: /\bnext month\b/,
    words: "next month",
    range: (t) => [addDays(lastOfMonth(t, 0), 1), lastOfMonth(t, 1)],
  },
];

// "Next year" and "this year" reach here as the question reader writes them, "in 2027".
const IN_YEAR = /\b(?:in|for|during) (\d{4})\b/;

/** The stretch of time from `today` that `text` (lower case) asks about, if any. */
export function findTimeWindow(text: string, today: string): TimeWindow | null {
  for (const window of WINDOWS) {
    if (!window.pattern.test(text)) continue;
    const [from, to] = window.range(today);
    return { words: window.words, from, to };
  }
  // A year not yet over: the rest of it from today, or all of a year to come.
  const year = IN_YEAR.exec(text)?.[1];
  if (year && year > today.slice(0, 4))
    return { words: year, from: `${year}-01-01`, to: `${year}-12-31` };
  if (year === today.slice(0, 4))
    return { words: `the rest of ${year}`, from: today, to: `${year}-12-31` };
  return null;
}
