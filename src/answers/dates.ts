import {
  addDays,
  daysInMonth,
  MONTH_NAMES,
  MONTH_WORDS,
  monthNumber,
  pad2,
  toIsoDate,
} from "../corpus/calendar.js";
import { NUMBER_WORDS } from "../corpus/lexicon.js";
import { MEETING_NOUNS } from "./meeting-nouns.js";
import { editDistance } from "./similarity.js";

/** A date or period as written. Months are 1–12. */
export type PeriodSpec =
  | { kind: "day"; year: number; month: number; day: number }
  /** "12 April": a day without a year. */
  | { kind: "dayOfMonth"; month: number; day: number }
  | { kind: "month"; year: number; month: number }
  /** "April" or, with `last`, "last April": the most recent April before today. */
  | { kind: "monthOnly"; month: number; last: boolean }
  | { kind: "year"; year: number };

/**
 * A date or period someone named in a question, or everything on one side of it: "before 2023"
 * (strictly before), "after April 2022" (strictly after), "since 2021" (from its start on).
 */
export type DateSpec =
  | PeriodSpec
  | { kind: "bound"; side: "before" | "after" | "since"; of: PeriodSpec }
  /** "Between 2020 and 2022", "from April 2021 to 2023": from the first's start to the second's end. */
  | { kind: "period"; from: PeriodSpec; to: PeriodSpec };

// The word that makes a date one side of a bound. Not after one meeting or a count of them: "the
// meeting after March 2015" and "two meetings before 2021" step from a meeting, which the meeting
// selector reads; "the meetings before 2021" are all of them.
const BOUND_BEFORE =
  /(?<!\b(?:meeting|one|lcrb|dmg|board|session)\s)(?<!\b(?:two|three|four|five|\d+) meetings\s)\b(before|prior to|earlier than|until|up to|after|later than|since)\s+$/i;
const BOUND_SIDE: Record<string, "before" | "after" | "since"> = {
  before: "before",
  "prior to": "before",
  "earlier than": "before",
  until: "before",
  "up to": "before",
  after: "after",
  "later than": "after",
  since: "since",
};

export interface DateMention {
  spec: DateSpec;
  /** Where the mention sits in the text it was found in, to cut it out of a search query. */
  start: number;
  end: number;
}

const FULL_MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
// Full names only: "mar", "dec", "may" standing alone are too often other words.
const STANDALONE_MONTHS = FULL_MONTHS.filter((name) => name !== "may");

const MONTH = `(${MONTH_WORDS.join("|")})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";
// After a month, two digits are a year as people abbreviate it ("April 22", "Apr '22"): a day
// after its month is written with its ending ("April 22nd") or followed by the year. A colon
// after them is a time's only with its minutes ("22:30"); "apr 22: what …" names the meeting.
const SHORT_YEAR = "'?(\\d{2})(?!\\d|st|nd|rd|th|:\\d|\\.\\d)";

/**
 * Rewrites misspelt month names ("Apirl", "Febuary", "Setpember") to their proper spelling, so
 * that date patterns only need to know the real ones. Short words are left alone ("Jane" is a
 * name, not a misspelt June), and so are real words one letter away ("match" is not March): a
 * misspelling must start like the month and, unless long, drop, add or swap a letter.
 */
export function correctMonthSpelling(text: string): string {
  return text.replace(/\b[a-z]{5,}\b/gi, (word) => {
    const lower = word.toLowerCase();
    if (monthNumber(lower) !== 0) return word;
    const month = FULL_MONTHS.find((name) => looksMisspelt(lower, name));
    return month ?? word;
  });
}

function looksMisspelt(word: string, month: string): boolean {
  if (month.length < 5 || word[0] !== month[0] || editDistance(word, month) !== 1) return false;
  const sameLetters = [...word].sort().join("") === [...month].sort().join("");
  return word.length >= 7 || word.length !== month.length || sameLetters;
}

type Reader = (match: RegExpExecArray) => PeriodSpec | null;

function day(year: number, month: number, dayOfMonth: number): PeriodSpec | null {
  return toIsoDate(year, month, dayOfMonth) ? { kind: "day", year, month, day: dayOfMonth } : null;
}

// Most specific first: the first pattern that matches anywhere in the text wins.
const DATE_PATTERNS: readonly { pattern: RegExp; read: Reader }[] = [
  // 2023-04-12
  {
    pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/,
    read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // 12/04/2023, 12.04.23: day first, as written in the UK.
  {
    pattern: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/,
    read: (m) => {
      const year = Number(m[3]);
      return day(year < 100 ? 2000 + year : year, Number(m[2]), Number(m[1]));
    },
  },
  // 12 April 2023, 12th of April, 2023, 12 Apr '23
  {
    pattern: new RegExp(`\\b${DAY}(?: of)? ${MONTH},? (?:${YEAR}\\b|${SHORT_YEAR})`, "i"),
    read: (m) => day(m[3] ? Number(m[3]) : 2000 + Number(m[4]), monthNumber(m[2]), Number(m[1])),
  },
  // April 12 2023, April 12th, 2023
  {
    pattern: new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`, "i"),
    read: (m) => day(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  },
  // April 2023, Apr. 2023, April of 2023
  {
    pattern: new RegExp(`\\b${MONTH},?(?: of)? ${YEAR}\\b`, "i"),
    read: (m) => ({ kind: "month", year: Number(m[2]), month: monthNumber(m[1]) }),
  },
  // April 22, Apr '22
  {
    pattern: new RegExp(`\\b${MONTH},?(?: of)? ${SHORT_YEAR}`, "i"),
    read: (m) => ({ kind: "month", year: 2000 + Number(m[2]), month: monthNumber(m[1]) }),
  },
  // July 8, April 12th: a day after its month, with no year ("April 22" is read above as a year).
  {
    pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)`, "i"),
    read: (m) => {
      const month = monthNumber(m[1]);
      const dayOfMonth = Number(m[2]);
      return toIsoDate(2024, month, dayOfMonth)
        ? { kind: "dayOfMonth", month, day: dayOfMonth }
        : null;
    },
  },
  // 12 April, 12th of April
  {
    pattern: new RegExp(`\\b${DAY}(?: of)? ${MONTH}\\b`, "i"),
    read: (m) => {
      const month = monthNumber(m[2]);
      const dayOfMonth = Number(m[1]);
      // With no year written, 29 February may be meant: 2024 is a leap year, so it is kept.
      return toIsoDate(2024, month, dayOfMonth)
        ? { kind: "dayOfMonth", month, day: dayOfMonth }
        : null;
    },
  },
  // last April, last May; "back in April": the April just gone, as "last April"
  {
    pattern: new RegExp(
      `\\b(?:last|previous|this past|back in) (${FULL_MONTHS.join("|")})\\b(?!,? \\d)`,
      "i",
    ),
    read: (m) => ({ kind: "monthOnly", month: monthNumber(m[1]), last: true }),
  },
  // "The feb dmg", "that jan board", "the sept mtg": a month, short or not, between the article
  // and a meeting's noun is the month it met in, whose year is the latest such month's. The noun
  // after it is what makes "mar", "may" safe to read as months here, which alone are too often
  // other words.
  {
    pattern: new RegExp(
      `(?<=\\b(?:the|that|this|a) )${MONTH}(?= (?:${[...MEETING_NOUNS, "mtg"].join("|")})s?\\b)`,
      "i",
    ),
    read: (m) => ({ kind: "monthOnly", month: monthNumber(m[1]), last: false }),
  },
  // "in May" — May alone is too often the verb, so it needs a preposition before it.
  {
    pattern: /\b(?:in|of|on|during|the) (may)\b(?! i\b| we\b| you\b| be\b)/i,
    read: (m) => ({ kind: "monthOnly", month: monthNumber(m[1]), last: false }),
  },
  // April
  {
    pattern: new RegExp(`\\b(${STANDALONE_MONTHS.join("|")})\\b`, "i"),
    read: (m) => ({ kind: "monthOnly", month: monthNumber(m[1]), last: false }),
  },
  // 2023
  {
    pattern: new RegExp(`\\b${YEAR}\\b`),
    read: (m) => ({ kind: "year", year: Number(m[1]) }),
  },
];

// "Jan 14": two digits after a month, no apostrophe, which may be a day as well as a year.
const DAY_OR_SHORT_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2})\\b(?![:.]\\d)`, "i");

/**
 * The other reading of "jan 14", which {@link findDateMention} reads as January 2014: the 14th of
 * January, in whichever year. Null when the text has no month then two digits that may be a day.
 */
export function dayReadingOfShortYear(text: string): PeriodSpec | null {
  const match = DAY_OR_SHORT_YEAR.exec(text);
  if (!match) return null;
  const month = monthNumber(match[1]);
  const dayOfMonth = Number(match[2]);
  return toIsoDate(2024, month, dayOfMonth) ? { kind: "dayOfMonth", month, day: dayOfMonth } : null;
}

/**
 * Finds the date or period a question names, in any of the ways people write one. Expects text
 * already passed through {@link correctMonthSpelling}.
 */
export function findDateMention(text: string): DateMention | null {
  return findPeriod(text) ?? findSeason(text) ?? findOneDate(text);
}

// "Spring 2023", "the summer of 2021", "late 2022": months of a year, as a period. Winter runs
// from the December of the year named into the next year's February.
const SEASON =
  /\b(?:(?:in|during) )?(?:the )?(spring|summer|autumn|fall|winter|early|mid|late|first half of|second half of)(?: of)?[ -](\d{4})\b/i;
const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  "first half of": [1, 6],
  "second half of": [7, 12],
};

/** The words naming part of a year ("summer", "late"): words of a date, never typos of others. */
export const SEASON_WORDS: ReadonlySet<string> = new Set(
  Object.keys(SEASON_MONTHS).flatMap((words) => words.split(" ")),
);

// "Last spring", "this summer": the season as a year's, counted from today. "Last" is the most
// recent one already over; "this" the one of today's year.
const RELATIVE_SEASON = /\b(last|this|previous|the previous) (spring|summer|autumn|fall|winter)\b/g;

/** The text with "last spring" or "this summer" written as the season of the year it names. */
export function withSeasonsNamed(text: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return text.replace(RELATIVE_SEASON, (_, which: string, season: string) => {
    if (which === "this") return `${season} ${year}`;
    // Winter runs into the next year: the last one over ended in February.
    if (season === "winter") return `winter ${today.slice(5) > "02-29" ? year - 1 : year - 2}`;
    const last = SEASON_MONTHS[season]?.[1] ?? 12;
    return `${season} ${month > last ? year : year - 1}`;
  });
}

// "Last month's meeting", "what happened last month": the month before today's. ("This month"
// and "next month" ask after meetings to come, which the next-meeting answer reads for itself;
// but "this month's board" is the one meeting of today's month, held or not: "who came to this
// month's board from the VRU".)
// "Next april", "this coming september": the first such month after today's, so a question about
// a meeting to come is not answered from the one held last April (a month named without its year
// is read as one already held). Not "the next april meeting" (the next of them), nor a month with
// its year.
const NEXT_MONTH_NAMED = new RegExp(
  `(?<!\\bthe )\\b(?:next|this coming|coming) (${FULL_MONTHS.join("|")})\\b(?! \\d)`,
  "gi",
);

function nextMonthNamed(today: string, name: string): string {
  const year = Number(today.slice(0, 4));
  const month = FULL_MONTHS.indexOf(name) + 1;
  return `${name} ${month > Number(today.slice(5, 7)) ? year : year + 1}`;
}

const MONTH_FROM_TODAY = /\b(?:(last|previous|the previous) month('s)?|this month('s))\b/g;

// "A fortnight ago", "3 weeks back", "a few weeks ago", "two months ago": a time gone by, in weeks
// or months, named as the month it falls in (meetings are a month or more apart).
// "Last week", "the other week": a week ago, as people say it.
// "Last week's board" is "the april 2022 board".
const TIME_AGO =
  /\b(?:(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a few|a couple of|a couple|couple of|few) (weeks?|fortnights?|months?)|a (fortnight)) (?:ago|back)|(?:last|the other|the past) (week|fortnight)('s)?)\b/g;
const COUNTS: ReadonlyMap<string, number> = new Map([
  ...NUMBER_WORDS,
  ["a", 1],
  ["an", 1],
  ["a few", 3],
  ["few", 3],
  ["a couple of", 2],
  ["a couple", 2],
  ["couple of", 2],
]);

function monthAgo(today: string, count: number, unit: string): string {
  const [year = 0, month = 1] = today.split("-").map(Number);
  if (unit.startsWith("month")) {
    const at = year * 12 + month - 1 - count;
    return `in ${FULL_MONTHS[at % 12]} ${Math.floor(at / 12)}`;
  }
  const days = unit.startsWith("fortnight") ? 14 * count : 7 * count;
  const then = addDays(today, -days);
  return `in ${FULL_MONTHS[Number(then.slice(5, 7)) - 1]} ${then.slice(0, 4)}`;
}

// "Today's board", "yesterday's meeting": the day itself, as a date the meeting readers know.
// "The day before yesterday's board" is read whole here, or its "yesterday's" would be taken for
// yesterday before days-named.ts reads the unpossessive "the board the day before yesterday".
const DAY_FROM_TODAY = /\b(the day before yesterday|today|yesterday)'s\b/g;

function dayNamed(today: string, which: string): string {
  const back = which === "yesterday" ? 1 : which === "today" ? 0 : 2;
  const day = addDays(today, -back);
  return `the ${Number(day.slice(8, 10))} ${FULL_MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

// "At the start of last month", "early march 2015", "in the middle of this month", "mid june":
// a part of a month is that month (meetings are a month or more apart), so the words that say
// which part are no subject to search for. "This month" alone asks what is to come (the
// next-meeting answer), but its start or middle is already gone.
const PART_OF =
  "(?:(?:at|in|towards?|around|during|by) )?(?:(?:the )?(?:very )?(?:start|beginning|middle|end|close) of|(?:early|mid|late)[- ]?)";
const PART_OF_THIS_MONTH =
  /\b(?:(?:at|in|towards?|around|during) )?(?:(?:the )?(?:very )?(?:start|beginning|middle) of|early|mid[- ]?) this month\b/g;
// A month named by its word needs its year after it: "the early may meetings with community
// representatives" are meetings the minutes speak of, not a date.
const PART_OF_MONTH = new RegExp(
  `\\b${PART_OF} ?(?=(?:last|previous|the previous) month\\b|(?:${MONTH_WORDS.join("|")})\\.? (?:\\d{4}|'?\\d{2})\\b)`,
  "g",
);

// "Before the end of June 2020", "after the start of April 2022": a part of a month on one side of a
// bound is a day, not the month — "before June" would leave out the June meeting the question
// includes. So the end of a month is bounded by the next month's first day, its start by the month.
const BOUND_PART_OF_MONTH = new RegExp(
  `\\b(before|prior to|earlier than|until|up to|after|later than|since) (?:the )?(?:very )?(?:(start|beginning|middle|end|close) of|(early|mid|late)[- ]?) ?(${MONTH_WORDS.join("|")})\\.? (\\d{4}|'?\\d{2})\\b`,
  "gi",
);

function boundPartOfMonth(side: string, part: string, name: string, written: string): string {
  const year = Number(written.replace("'", ""));
  const fullYear = year < 100 ? 2000 + year : year;
  const month = monthNumber(name.toLowerCase());
  const before = /^(?:before|prior to|earlier than|until|up to)$/i.test(side);
  const late = /^(?:end|close|late)$/i.test(part);
  const named = `${FULL_MONTHS[month - 1]} ${fullYear}`;
  if (before && late) {
    const next = fullYear * 12 + month;
    return `before 1 ${FULL_MONTHS[next % 12]} ${Math.floor(next / 12)}`;
  }
  if (before) return `before ${named}`;
  return late ? `after ${named}` : `since ${named}`;
}

/**
 * The text with "last month" (or "this month's") written as the month and year it names ("february
 * 2021"), "today's" as today's date, a time gone by in weeks or months ("a fortnight ago") as
 * the month it falls in, and a part of a month ("the start of last month") as the month.
 */
export function withMonthsNamed(text: string, today: string): string {
  const thisMonth = `in ${FULL_MONTHS[Number(today.slice(5, 7)) - 1]} ${today.slice(0, 4)}`;
  const dated = text
    .replace(PART_OF_THIS_MONTH, () => thisMonth)
    .replace(
      BOUND_PART_OF_MONTH,
      (_, side: string, part?: string, early?: string, name = "", year = "") =>
        boundPartOfMonth(side, part ?? early ?? "", name, year),
    )
    .replace(PART_OF_MONTH, "in ")
    .replace(DAY_FROM_TODAY, (_, which: string) => dayNamed(today, which))
    .replace(NEXT_MONTH_NAMED, (_, name: string) => nextMonthNamed(today, name.toLowerCase()));
  const named = dated.replace(
    TIME_AGO,
    (_, count?: string, unit?: string, fortnight?: string, last?: string, possessive?: string) => {
      const month = monthAgo(
        today,
        fortnight || last ? 1 : (COUNTS.get(count ?? "") ?? Number(count)),
        fortnight ?? last ?? unit ?? "",
      );
      return possessive ? month.replace(/^in /, "the ") : month;
    },
  );
  return named.replace(
    MONTH_FROM_TODAY,
    (_, last?: string, lastPossessive?: string, thisPossessive?: string) => {
      const possessive = lastPossessive ?? thisPossessive;
      const at = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - (last ? 2 : 1);
      const named = `${FULL_MONTHS[at % 12]} ${Math.floor(at / 12)}`;
      // "At last month's meeting" is "at the february 2021 meeting".
      return possessive ? `the ${named}` : named;
    },
  );
}

function findSeason(text: string): DateMention | null {
  const match = SEASON.exec(text);
  const months = match?.[1] ? SEASON_MONTHS[match[1].toLowerCase()] : undefined;
  if (!match || !months) return null;
  const year = Number(match[2]);
  const [first, last] = months;
  const month = (n: number): PeriodSpec =>
    n > 12 ? { kind: "month", year: year + 1, month: n - 12 } : { kind: "month", year, month: n };
  const end = match.index + match[0].length;
  // "After spring 2022" is after its last month; "before" and "since" count from its first.
  const bound = BOUND_BEFORE.exec(text.slice(0, match.index));
  const side = bound?.[1] ? BOUND_SIDE[bound[1].toLowerCase()] : undefined;
  if (bound && side)
    return {
      spec: { kind: "bound", side, of: month(side === "after" ? last : first) },
      start: bound.index,
      end,
    };
  return { spec: { kind: "period", from: month(first), to: month(last) }, start: match.index, end };
}

const PERIOD_OPENING = /\b(?:between|from)\s+/gi;
const PERIOD_JOINT = /^\s*(?:and|to|until|till|through|-|–)\s+/i;
const MEETINGS_AFTER = /^\s*(?:lcrb |dmg |board )?(?:meetings?|ones?|minutes)\b/i;

/** The date a text starts with ("2019 to April 2021": 2019), by the first pattern reading one there. */
function dateAtStart(text: string): { spec: PeriodSpec; end: number } | null {
  for (const { pattern, read } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.index !== 0) continue;
    const spec = read(match);
    if (spec) return { spec, end: match[0].length };
  }
  return null;
}

/**
 * "Between 2020 and 2022", "from 2019 to April 2021", "between April and June 2021" (April of
 * the second date's year): one period, its dates in either order. "Between the April 2022 and
 * April 2023 meetings" names two meetings, which a comparison reads side by side.
 */
function findPeriod(text: string): DateMention | null {
  for (const opening of text.matchAll(PERIOD_OPENING)) {
    const start = (opening.index ?? 0) + opening[0].length;
    const first = dateAtStart(text.slice(start));
    if (!first) continue;
    const joint = PERIOD_JOINT.exec(text.slice(start + first.end));
    if (!joint) continue;
    const from2 = start + first.end + joint[0].length;
    const second = dateAtStart(text.slice(from2));
    if (!second) continue;
    const end = from2 + second.end;
    if (MEETINGS_AFTER.test(text.slice(end))) continue;
    let from = first.spec;
    const to = second.spec;
    if (from.kind === "monthOnly" && "year" in to)
      from = { kind: "month", year: to.year, month: from.month };
    const forwards: DateSpec = { kind: "period", from, to };
    const range = dateRange(forwards);
    if (!range) continue;
    const spec: DateSpec =
      range.from <= range.to ? forwards : { kind: "period", from: to, to: from };
    return { spec, start: opening.index ?? 0, end };
  }
  return null;
}

function findOneDate(text: string): DateMention | null {
  for (const { pattern, read } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const spec = read(match);
    // A date that does not exist (31/02/2023) names nothing; its year alone would mislead.
    if (!spec) return null;
    // The "the" of "the May meeting" belongs to the sentence, so keep it out of the span.
    const lead = match[0].match(/^(?:in|of|on|during|the) /i)?.[0].length ?? 0;
    const start = match.index + lead;
    const bound = BOUND_BEFORE.exec(text.slice(0, start));
    const side = bound?.[1] ? BOUND_SIDE[bound[1].toLowerCase()] : undefined;
    if (bound && side)
      return {
        spec: { kind: "bound", side, of: spec },
        start: bound.index,
        end: match.index + match[0].length,
      };
    return { spec, start, end: match.index + match[0].length };
  }
  return null;
}

/** The first and last ISO dates a DateSpec covers, when it has a year. */
export function dateRange(spec: DateSpec): { from: string; to: string } | null {
  switch (spec.kind) {
    case "day": {
      const iso = `${spec.year}-${pad2(spec.month)}-${pad2(spec.day)}`;
      return { from: iso, to: iso };
    }
    case "month": {
      const last = daysInMonth(spec.year, spec.month);
      return {
        from: `${spec.year}-${pad2(spec.month)}-01`,
        to: `${spec.year}-${pad2(spec.month)}-${pad2(last)}`,
      };
    }
    case "year":
      return { from: `${spec.year}-01-01`, to: `${spec.year}-12-31` };
    case "bound": {
      const period = dateRange(spec.of);
      if (!period) return null;
      if (spec.side === "before") return { from: "0001-01-01", to: shiftDay(period.from, -1) };
      if (spec.side === "after") return { from: shiftDay(period.to, 1), to: "9999-12-31" };
      return { from: period.from, to: "9999-12-31" };
    }
    case "period": {
      const from = dateRange(spec.from);
      const to = dateRange(spec.to);
      return from && to ? { from: from.from, to: to.to } : null;
    }
    default:
      return null;
  }
}

/** The ISO date `days` days from `iso`. */
function shiftDay(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** True when an ISO date falls within what the spec names (ignoring "last"). */
export function dateMatches(spec: DateSpec, iso: string): boolean {
  const [year, month, dayOfMonth] = iso.split("-").map(Number);
  switch (spec.kind) {
    case "day":
      return year === spec.year && month === spec.month && dayOfMonth === spec.day;
    case "dayOfMonth":
      return month === spec.month && dayOfMonth === spec.day;
    case "month":
      return year === spec.year && month === spec.month;
    case "monthOnly":
      return month === spec.month;
    case "year":
      return year === spec.year;
    case "bound":
    case "period": {
      const range = dateRange(spec);
      return range !== null && range.from <= iso && iso <= range.to;
    }
  }
}

/** Today's date as YYYY-MM-DD in local time. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}
