/** Months as the answers write them; the index + 1 is the month number. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Weekdays as the answers write them, numbered as Date.getUTCDay() numbers them (0 is Sunday). */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/**
 * The number of the weekday a word writes, whole or cut short ("Tues", "weds", "Thurs.", "Sat"),
 * by its first two letters, which no two weekdays share; null for a word that opens no weekday's
 * name. Which cut forms count is the reader's to say (parse/dates.ts, answers/days-named.ts).
 */
export function weekdayNumber(word: string): number | null {
  const start = word.slice(0, 2).toLowerCase();
  const number = WEEKDAY_NAMES.findIndex((name) => name.slice(0, 2).toLowerCase() === start);
  return number < 0 ? null : number;
}

// Abbreviations written in the minutes and in questions; "May" has none. September is cut both ways.
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sept: 9,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NUMBERS = new Map<string, number>([
  ...MONTH_NAMES.map((name, index) => [name.toLowerCase(), index + 1] as const),
  ...Object.entries(MONTH_ABBREVIATIONS),
]);

/**
 * Every lower-case month word {@link monthNumber} reads, longest first, so that a pattern built by
 * joining them tries "september" before "sept" and "sep".
 */
export const MONTH_WORDS: readonly string[] = [...MONTH_NUMBERS.keys()].sort(
  (a, b) => b.length - a.length,
);

const FINAL_STOP = /\.$/;

/** 1–12 for a month's name or abbreviation ("April", "apr", "Sept."), or 0 for any other word. */
export function monthNumber(word: string | undefined): number {
  return MONTH_NUMBERS.get((word ?? "").toLowerCase().replace(FINAL_STOP, "")) ?? 0;
}

/** "April" for 4; a number that is no month is written as itself. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** "04" for 4: the two-digit months, days, hours and minutes of dates and times. */
export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** How many days the month has: 28 to 31. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** YYYY-MM-DD for a real calendar date, or null for one that is not ("31 February", month 13). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  const whole = [year, month, day].every(Number.isInteger);
  if (!whole || year < 0 || year > 9999 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** True for a real calendar date written as YYYY-MM-DD ("2023-02-30" is not one). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && toIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

/** The day of the week of a YYYY-MM-DD date, 0 (Sunday) to 6. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The YYYY-MM-DD date `days` days after `iso` (before it, when negative). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
