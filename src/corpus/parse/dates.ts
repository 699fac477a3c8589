import { MONTH_WORDS, monthNumber, pad2, toIsoDate, weekdayNumber } from "../calendar.js";
import { allMatches } from "../matches.js";

// The header reader checks a written weekday against a date with it, so it stays part of this surface.
export { weekdayOf } from "../calendar.js";

/**
 * A calendar date found in a line, with where it stood. Read-only: findDates hands the same objects
 * to the next caller that asks of the same line.
 */
export interface FoundDate {
  /** YYYY-MM-DD */
  readonly iso: string;
  readonly index: number;
  readonly end: number;
}

/** A clock time found in a line, as 24-hour HH:MM, with where it stood. */
export interface FoundTime {
  time: string;
  index: number;
  end: number;
}

const MONTH = `(${MONTH_WORDS.join("|")})`;
const SHORT_MONTHS = MONTH_WORDS.filter((m) => m.length === 3).join("|");
// A weekday whole or cut short as people write it: "Tue", "Tues", "Wed", "Weds", "Thu", "Thurs", "Sat.".
export const WEEKDAY_WORD = "(?:mon|tues?|wed(?:nes|s)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";
const WEEKDAY = `(?:${WEEKDAY_WORD}\\.?,?\\s+)?`;
const ORDINAL = "(?:st|nd|rd|th)?";

// Written UK dates: "Monday 8 June 2020", "-27 April 2022", "12th April 2023", "10 March, 2015".
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`,
  "giu",
);
// "April 12, 2023" is rare in UK minutes but unambiguous.
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}\\d])${WEEKDAY}${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`,
  "giu",
);
// "20 Nov 23", "9 Jan 24, 10.00": a month cut to three letters goes with a year cut to two figures.
// The year must end the date (end of line, punctuation, "at"), so that "on 3 Nov 24 arrests were
// made" is no date.
const DAY_MON_YY = new RegExp(
  `(?<![\\p{L}\\d])${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(${SHORT_MONTHS})\\.?,?\\s+(\\d{2})(?!\\d)(?=\\s*(?:$|[^\\p{L}\\d\\s]|at\\b))`,
  "giu",
);
// "Weds 3rd Jan '24", "3 January '24": an apostrophe marks two figures as a year cut short, so any
// month may take them and nothing need follow.
const DAY_MONTH_APOSTROPHE_YY = new RegExp(
  `(?<![\\p{L}\\d])${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+['’‘](\\d{2})(?!\\d)`,
  "giu",
);
// "21-Jan-2025", "21-Sept-24", "21/Jan/2025": day, month word and year joined, as systems export them.
// The joins hold the three together, so a year of two figures is as safe as one of four.
const DAY_MONTH_YEAR_JOINED = new RegExp(
  `(?<![\\p{L}\\d/-])${WEEKDAY}(\\d{1,2})([-/])${MONTH}\\2(\\d{4}|\\d{2})(?![\\d/-])`,
  "giu",
);
// Figures are day first in the UK: 27/04/2022, 27.04.22, 27-04-2022.
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/g;
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
// A year first is never followed by the day: "2025/09/10", "2025.09.10" are year, month, day,
// as a committee system or a spreadsheet writes them (unseen-minutes-9/74). A full stop after the
// date ends the sentence; one before a figure would make it a longer number.
const YEAR_FIRST = /(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)/g;
// A day and month without a year: next meetings ("LCRB meeting: 8 July"), and headers that give
// the year elsewhere ("Notes of the meeting held on Monday 13 July via Microsoft Teams, 10am"). The
// weekday is kept to check the year against. A year after it ("13 July 2020") makes a full date.
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(?:(${WEEKDAY_WORD})\\.?,?\\s+)?(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH}(?![\\p{L}])(?!\\.?,?\\s+\\d{4}(?!\\d))`,
  "giu",
);
// "LCRB Delivery Management Group (DMG) – July 2020": a month and year with no day.
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, "giu");

const FIGURE = /\d/;
const TWO_FIGURES = /\d\d/;
const FOUR_FIGURES = /\d{4}/;

// The text findDates read last and what it found: the same line is asked again by the next rule
// (its layout, then the header; a next meeting's dates, then its days without a year).
let lastText: string | null = null;
let lastFound: readonly FoundDate[] = [];

/** Every full date written in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  // Every full date has a year of two or four figures: most lines have no two figures together.
  if (!TWO_FIGURES.test(text)) return [];
  // A copy: callers add to the list they are given.
  if (text !== lastText) {
    lastFound = readDates(text);
    lastText = text;
  }
  return lastFound.slice();
}

function readDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (index: number, end: number, y: number, m: number, d: number) => {
    const iso = isoDate(y, m, d);
    if (iso && !found.some((f) => index < f.end && f.index < end)) found.push({ iso, index, end });
  };
  // Three of the patterns need a year of four figures.
  const fourFigures = FOUR_FIGURES.test(text);
  if (fourFigures)
    for (const m of allMatches(DAY_MONTH_YEAR, text))
      add(m.index, m.index + m[0].length, Number(m[3]), monthNumber(m[2]), Number(m[1]));
  if (fourFigures)
    for (const m of allMatches(MONTH_DAY_YEAR, text))
      add(m.index, m.index + m[0].length, Number(m[3]), monthNumber(m[1]), Number(m[2]));
  for (const m of allMatches(DAY_MON_YY, text))
    add(m.index, m.index + m[0].length, 2000 + Number(m[3]), monthNumber(m[2]), Number(m[1]));
  for (const m of allMatches(DAY_MONTH_APOSTROPHE_YY, text))
    add(m.index, m.index + m[0].length, 2000 + Number(m[3]), monthNumber(m[2]), Number(m[1]));
  for (const m of allMatches(DAY_MONTH_YEAR_JOINED, text)) {
    const year = m[4]?.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    add(m.index, m.index + m[0].length, year, monthNumber(m[3]), Number(m[1]));
  }
  if (fourFigures)
    for (const m of allMatches(ISO, text))
      add(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  if (fourFigures)
    for (const m of allMatches(YEAR_FIRST, text))
      add(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
  for (const m of allMatches(NUMERIC, text)) {
    const year = m[4]?.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    add(m.index, m.index + m[0].length, year, Number(m[3]), Number(m[1]));
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Full dates, then dates without a year ("8 July"), which take the first year that puts them on or
 * after `after` (the meeting's own date): a next meeting is never before the meeting announcing it.
 */
export function findDatesAfter(text: string, after: string | null): FoundDate[] {
  const found = findDates(text);
  if (!after) return found;
  const [year] = after.split("-").map(Number);
  if (year === undefined) return found;
  for (const { day, month, index, end } of findDaysWithoutYear(text)) {
    const sameYear = isoDate(year, month, day);
    const iso = sameYear && sameYear >= after ? sameYear : isoDate(year + 1, month, day);
    if (iso) found.push({ iso, index, end });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A day and month written without a year ("Monday 13 July"). */
export interface DayWithoutYear {
  day: number;
  month: number;
  /** 0 (Sunday) to 6, when the weekday is written. */
  weekday: number | null;
  index: number;
  end: number;
}

/** Every day and month written without a year, in order; parts of full dates are not among them. */
export function findDaysWithoutYear(text: string): DayWithoutYear[] {
  if (!FIGURE.test(text)) return [];
  const full = findDates(text);
  const found: DayWithoutYear[] = [];
  for (const m of allMatches(DAY_MONTH, text)) {
    const index = m.index;
    const end = index + m[0].length;
    if (full.some((f) => index < f.end && f.index < end)) continue;
    const weekday = m[1] ? weekdayNumber(m[1]) : null;
    found.push({ day: Number(m[2]), month: monthNumber(m[3]), weekday, index, end });
  }
  return found;
}

/** Months named with a year and no day ("July 2020"), as [month, year] pairs in order. */
export function findMonthYears(text: string): Array<readonly [number, number]> {
  if (!TWO_FIGURES.test(text)) return [];
  return allMatches(MONTH_YEAR, text).map((m) => [monthNumber(m[1]), Number(m[2])] as const);
}

/** YYYY-MM-DD for a real calendar date in the years minutes are written, or null ("31 February"). */
export function isoDate(year: number, month: number, day: number): string | null {
  // The bounds keep figures that merely look like dates out, without ruling out any year of minutes.
  if (year < 1990 || year > 2100) return null;
  return toIsoDate(year, month, day);
}

const MERIDIEM = "(a\\.?m\\.?|p\\.?m\\.?)";
// "14:00:00": a system writes the seconds too.
const CLOCK = new RegExp(
  `(?<![\\d:./])(\\d{1,2})[:.](\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?![\\d:./])(?:\\s*${MERIDIEM}(?![a-z]))?(?:\\s*(?:hrs|hours|h)\\b)?`,
  "gi",
);
const HOUR_MERIDIEM = new RegExp(`(?<![\\d:./])(\\d{1,2})\\s*${MERIDIEM}(?![a-z])`, "gi");
const NOON = /\b(?:12\s+)?(?:noon|midday)\b/gi;
// "2 – 4pm", "11 to 1pm": the start hour borrows the end's am/pm, unless that would put it after the end.
const RANGE = new RegExp(
  `(?<![\\d:./])(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:[-–—]|to)\\s*(\\d{1,2})(?:[:.]\\d{2})?\\s*${MERIDIEM}(?![a-z])`,
  "gi",
);

const SAYS_NOON = /noon|midday/i;

/**
 * The first clock time in the text: "14:00", "3:30", "2pm", "12:00pm", "noon". Meetings are held in
 * working hours, so an hour from 1 to 7 with no am/pm is in the afternoon ("3:30" is 15:30).
 * `day` (YYYY-MM-DD) is the date the text follows, for a timestamp written without its own.
 */
export function findTime(text: string, day?: string): FoundTime | null {
  // Every time has a figure but noon.
  if (!FIGURE.test(text) && !SAYS_NOON.test(text)) return null;
  const found: FoundTime[] = [];
  // A system's timestamp is asked for only where a "T" or a "Z" stands among the figures.
  const stamp = text.includes("T") || text.includes("Z") ? TIMESTAMP.exec(text) : null;
  if (stamp) {
    const time = londonTime(stamp, day);
    if (time) found.push({ time, index: stamp.index, end: stamp.index + stamp[0].length });
  }
  for (const m of allMatches(CLOCK, text)) {
    const time = clock(Number(m[1]), Number(m[2]), m[3]);
    if (time) found.push({ time, index: m.index, end: m.index + m[0].length });
  }
  for (const m of allMatches(HOUR_MERIDIEM, text)) {
    const time = clock(Number(m[1]), 0, m[2]);
    if (time) found.push({ time, index: m.index, end: m.index + m[0].length });
  }
  for (const m of allMatches(RANGE, text)) {
    const start = Number(m[1]);
    const end = Number(m[3]);
    const pm = /^p/i.test(m[4] ?? "");
    const meridiem = pm && start % 12 > end % 12 ? "am" : (m[4] ?? "");
    const time = clock(start, Number(m[2] ?? 0), meridiem);
    if (time) found.push({ time, index: m.index, end: m.index + m[0].length });
  }
  if (FOUR_FIGURES.test(text)) found.push(...fourFigureTimes(text));
  for (const m of allMatches(NOON, text))
    found.push({ time: "12:00", index: m.index, end: m.index + m[0].length });
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

// "1400–1530", "1400hrs", "Next DMG: 1400, Mon 10th Jun 2024": the 24-hour clock in four figures.
// Four figures are as often a year or a count, so only three layouts are read: a range whose end
// is after its start (two years, "2024–2025", are a span of years), a figure with "hrs", and a
// field of its own between commas, bars or a label's colon, from 0700 to 1959 (no year since 1990
// reads as one).
// A range is no time with a word of a sentence after it: "the 1200-1500 additional officers" is a
// count (review C13); "1400-1600 City Hall" and "1400-1600 at City Hall" are a time and a place.
const FOUR_FIGURE_RANGE =
  /(?<![\d:./-])([01]\d|2[0-3])([0-5]\d)\s*(?:[-–—]|to)\s*([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?![\d:./-])(?!\s+(?!(?:at|in|via|on|and)\b)[a-z])/g;
const FOUR_FIGURE_HOURS = /(?<![\d:./-])([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)\b/g;
const FOUR_FIGURE_FIELD = /(?:^|[:,|]\s*)((?:0[7-9]|1\d)[0-5]\d)(?=\s*(?:[,|]|$))/g;

// "Ref: 1130", "Paper no: 1130": a field labelled as a number is no time (review C13).
const NUMBER_LABEL = /\b(?:ref|reference|no|number|room|paper|item|code|tel|ext)\.?\s*[:#]?\s*$/i;

function fourFigureTimes(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  for (const m of allMatches(FOUR_FIGURE_RANGE, text)) {
    const start = `${m[1]}${m[2]}`;
    const end = `${m[3]}${m[4]}`;
    if (start >= end || (isYear(start) && isYear(end))) continue;
    found.push({ time: `${m[1]}:${m[2]}`, index: m.index, end: m.index + start.length });
  }
  for (const m of allMatches(FOUR_FIGURE_HOURS, text))
    found.push({ time: `${m[1]}:${m[2]}`, index: m.index, end: m.index + m[0].length });
  for (const m of allMatches(FOUR_FIGURE_FIELD, text)) {
    const figures = m[1] ?? "";
    const index = m.index + m[0].length - figures.length;
    if (NUMBER_LABEL.test(text.slice(0, index))) continue;
    found.push({ time: `${figures.slice(0, 2)}:${figures.slice(2)}`, index, end: index + 4 });
  }
  return found;
}

function isYear(figures: string): boolean {
  const year = Number(figures);
  return year >= 1990 && year <= 2100;
}

// "2024-04-10T14:00:00+01:00", "T13:00:00Z": a committee system's export writes the time in ISO
// 8601, with the offset from UTC it was written in. Minutes mean London time: a time in another
// offset is read on London's clock, given its day (written before the "T", or the date the caller
// read just before it); without the day it is read as written.
const TIMESTAMP =
  /(?:(\d{4})-(\d{2})-(\d{2}))?T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(Z|[+-](?:[01]\d):?[0-5]\d)?(?![\d:])/;
let londonClock: Intl.DateTimeFormat | null = null;

function londonTime(m: RegExpExecArray, onDay: string | undefined): string | null {
  const [, y, mo, d, hour, minute, offset] = m;
  // "2024-07-10T13:00:00Z", or "T13:00:00Z" after a date already read ("Start: 2024-07-10" | …).
  const [year, month, day] = y ? [y, mo, d] : (onDay?.split("-") ?? []);
  if (!hour || !minute) return null;
  if (!offset || !year || !month || !day) return `${hour}:${minute}`;
  const sign = offset === "Z" ? 0 : offset.startsWith("-") ? -1 : 1;
  const digits = offset.replace(/\D/g, "");
  const shift = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
  const utc =
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)) -
    shift * 60_000;
  londonClock ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return londonClock.format(utc);
}

function clock(hour: number, minute: number, meridiem: string | undefined): string | null {
  if (minute > 59) return null;
  // "14:00pm" is a slip for 14:00: the 24-hour figure wins over the suffix.
  const half = hour > 12 ? undefined : meridiem?.toLowerCase().replace(/\./g, "");
  let h = hour;
  if (half === "pm" && h < 12) h += 12;
  else if (half === "am" && h === 12) h = 0;
  else if (!half && h >= 1 && h <= 7) h += 12;
  if (half && hour < 1) return null;
  if (h > 23) return null;
  return `${pad2(h)}:${pad2(minute)}`;
}
