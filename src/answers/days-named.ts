import {
  addDays,
  daysInMonth,
  MONTH_NAMES,
  MONTH_WORDS,
  pad2,
  weekdayNumber,
  weekdayOf,
} from "../corpus/calendar.js";
import { NUMBER_WORDS } from "../corpus/lexicon.js";

/**
 * Days named from today as chat writes them: "the board on weds", "tuesday's board", "last
 * wed's", "earlier this week", "earlier this month", "this week's board", "the board 10 days ago",
 * "the board on the 27th". Each is written out as the date or span it
 * names ("on 12 april 2023", "between 7 september 2020 and 10 september 2020"), so every reader of
 * dates sees it as if typed; a meeting on that day we hold no minutes for is then answered from the
 * minutes that announced it (which-meeting.ts).
 */

// Every way a weekday is written in a question, whole or cut short (its number: calendar.ts
// `weekdayNumber`). The cut forms that are also words ("sat", "sun", "wed", "mon") count only
// after "on", "last" or before "'s" (WEEKDAY below): "the board sat in April" names no Saturday.
const WEEKDAYS: readonly string[] = [
  "sunday",
  "sun",
  "monday",
  "mon",
  "tuesday",
  "tues",
  "tue",
  "wednesday",
  "weds",
  "wed",
  "thursday",
  "thurs",
  "thur",
  "thu",
  "friday",
  "fri",
  "saturday",
  "sat",
];
const WEEKDAY_WORD = [...WEEKDAYS].sort((a, b) => b.length - a.length).join("|");
// "On weds", "last wed's", "this past tuesday", "next friday", "tuesday's board"; not a weekday
// written before its date, day first or month first ("Monday 8 June 2020", "Wednesday April 12th
// 2023", "tuesday, march 10 2015"), which the date readers take whole.
// Not a weekday in general: "does the board meet on a monday", "every tuesday".
const WEEKDAY = new RegExp(
  `(?<!\\b(?:a|every|each|any|most|some) )\\b(?:(?:on (?:the )?)?(last|this past|next|this coming) |(on (?:the )?))?(${WEEKDAY_WORD})\\b('s)?(?!,? (?:the )?(?:\\d|(?:${MONTH_WORDS.join("|")})\\.? \\d))`,
  "g",
);
const LATER = new Set(["next", "this coming"]);

// The words a day may stand before: a meeting ("the thursday meeting"), a part of the day, or a
// word that opens the next phrase ("on thursday and …", "thursday who came"). Before any other
// word the weekday names a kind of thing, not a day: "saturday nights", "the friday night
// economy", "black friday fraud".
const AFTER_A_DAY =
  /^(?:boards?|meetings?|mtg|dmg|lcrb|session|one|morning|afternoon|evening|and|or|but|to|at|in|on|with|for|from|about|of|who|what|when|where|which|how|why|did|do|does|was|were|is|are|will|would|had|has|have|then|just|last|next|this|gone)$/;
// Before a weekday with no "on", "last" or "next" ahead of it and no meeting after it, the words
// that let it be a day: "the thursday", "about thursday", "since tuesday". After any other word
// ("super thursday", "black friday") it is part of a name.
const BEFORE_A_BARE_DAY =
  /^(?:the|this|that|at|from|since|until|till|before|after|by|of|about|for|and|or|to|between)$/;
const MEETING_WORD = /^(?:boards?|meetings?|mtg|dmg|lcrb|session|one)$/;

/** Whether the weekday at [start, end) of text names a day rather than a kind of thing. */
function namesADay(text: string, start: number, end: number, lead: boolean): boolean {
  const after = /^\s*([a-z]+)/i.exec(text.slice(end))?.[1]?.toLowerCase();
  // A word straight after it (not across a comma or a question mark).
  const next = /^ ([a-z]+)/i.test(text.slice(end)) ? after : undefined;
  if (next !== undefined && !AFTER_A_DAY.test(next)) return false;
  if (lead || (next !== undefined && MEETING_WORD.test(next))) return true;
  const before = /([a-z]+)\s*$/i.exec(text.slice(0, start))?.[1]?.toLowerCase();
  return (
    before === undefined ||
    /[^a-z\s]\s*$/i.test(text.slice(0, start)) ||
    BEFORE_A_BARE_DAY.test(before)
  );
}

// "Earlier this week", "earlier in the week", "at the start of the week", "earlier this month":
// the days of this week or month up to today.
const EARLIER_THIS =
  /\b(?:earlier|previously|at the start of|at the beginning of) (?:this|in the|the(?= week)) (week|month)\b/g;

// "The board the day before yesterday": two days back, as "yesterday's" is one (dates.ts).
const DAY_BEFORE_YESTERDAY = /\b(?:on )?the day before yesterday\b/g;

// "The board the week before last": the Monday-to-Sunday week two weeks back. Read before the
// meeting readers take "before last" as the meeting before the latest.
const WEEK_BEFORE_LAST = /\b(?:in |during )?the week before last\b/g;

// "This week's board": the meeting of today's week, Monday to Sunday, held or to come. ("This
// week" alone asks what is still to come, which the next-meeting answer reads: time-window.ts.)
const THIS_WEEKS = /\bthis week's\b/g;

// "The board 10 days ago", "a couple of days back": that day. A count past two days is often
// rounded, so a day either side of it counts too.
const DAYS_AGO =
  /\b(a couple of|a couple|couple of|a few|few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d{1,2}) days? (?:ago|back)\b/g;
const DAY_COUNTS: ReadonlyMap<string, number> = new Map([
  ...NUMBER_WORDS,
  ["a", 1],
  ["an", 1],
  ["a couple of", 2],
  ["a couple", 2],
  ["couple of", 2],
  ["a few", 3],
  ["few", 3],
]);

// "The board on the 27th", "the mtg of the 10th": a day of the month alone, the latest on or before
// today. Only with its ordinal ending after "on", "of", "from" or "since the", and not before a
// month ("on the 27th of april", which the date readers take whole) nor a noun ("on the 2nd
// item"): the next word must be one a day may stand before.
const DAY_OF_MONTH = new RegExp(
  `\\b(on|of|from|since) the (\\d{1,2})(?:st|nd|rd|th)\\b(?!(?: of)? (?:${MONTH_WORDS.join("|")})\\b)`,
  "g",
);

/** The latest day on or before today that is the `day`th of its month. */
function latestDayOfMonth(today: string, day: number): string | null {
  let [year = 0, month = 1] = today.split("-").map(Number);
  if (Number(today.slice(8, 10)) < day) month -= 1;
  // A 31st is not in every month: go back to the last month that has it.
  for (let tries = 0; tries < 12; tries++, month--) {
    if (month < 1) {
      month = 12;
      year -= 1;
    }
    if (day <= daysInMonth(year, month)) return `${year}-${pad2(month)}-${pad2(day)}`;
  }
  return null;
}

function written(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]?.toLowerCase()} ${year}`;
}

/** The day a weekday names from today: the latest on or before it, or with "next" the first after. */
function weekdayFrom(today: string, weekday: number, later: boolean): string {
  const gap = (weekday - weekdayOf(today) + 7) % 7;
  return later ? addDays(today, gap === 0 ? 7 : gap) : addDays(today, gap === 0 ? 0 : gap - 7);
}

/** The text with each weekday and "earlier this week / month" written as the date it names. */
export function withDaysNamed(text: string, today: string): string {
  return text
    .replace(WEEKDAY, (...args) => {
      const [whole, which, on, word = "", possessive] = args as [
        string,
        string | undefined,
        string | undefined,
        string | undefined,
        string | undefined,
      ];
      const offset = args[5] as number;
      const lead = which ?? on;
      const weekday = weekdayNumber(word);
      // A cut form that is also a word needs its lead word or its "'s" to be a day; "sat" after
      // "last" is a board sitting ("when the dmg last sat"), so it needs "on", "next" or "'s".
      if (weekday === null || (word.length === 3 && !lead && !possessive)) return whole;
      if (word === "sat" && which === "last" && !possessive) return whole;
      const wordStart = offset + whole.length - word.length - (possessive?.length ?? 0);
      if (!possessive && !namesADay(text, wordStart, wordStart + word.length, lead !== undefined))
        return whole;
      const date = weekdayFrom(today, weekday, LATER.has(which ?? ""));
      // "Last wednesday" asked on a Thursday is the day before to some, a week and a day to
      // others: both, so the meeting held on either is found.
      if (which === "last" || which === "this past")
        return `between ${written(addDays(date, -7))} and ${written(date)}`;
      const day = written(date);
      // "Tuesday's board" is "the 10 march 2015 board"; "on weds" is "on 12 april 2023"; "the
      // wednesday board" the "12 april 2023" one.
      return possessive ? `the ${day}` : lead ? `on ${day}` : day;
    })
    .replace(EARLIER_THIS, (_, unit: string) => {
      const first =
        unit === "week" ? addDays(today, -((weekdayOf(today) + 6) % 7)) : `${today.slice(0, 8)}01`;
      return `between ${written(first)} and ${written(today)}`;
    })
    .replace(DAY_BEFORE_YESTERDAY, () => `on ${written(addDays(today, -2))}`)
    .replace(WEEK_BEFORE_LAST, () => {
      const monday = addDays(today, -((weekdayOf(today) + 6) % 7) - 14);
      return `between ${written(monday)} and ${written(addDays(monday, 6))}`;
    })
    .replace(THIS_WEEKS, () => {
      const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
      return `between ${written(monday)} and ${written(addDays(monday, 6))}`;
    })
    .replace(DAYS_AGO, (whole, count: string) => {
      const days = DAY_COUNTS.get(count) ?? Number(count);
      if (!Number.isInteger(days) || days < 1) return whole;
      const day = addDays(today, -days);
      if (days <= 2) return `on ${written(day)}`;
      return `between ${written(addDays(day, -1))} and ${written(addDays(day, 1))}`;
    })
    .replace(
      DAY_OF_MONTH,
      (whole, preposition: string, day: string, offset: number, all: string) => {
        const next = /^ ([a-z]+)/.exec(all.slice(offset + whole.length))?.[1];
        if (next !== undefined && !AFTER_A_DAY.test(next)) return whole;
        const date = latestDayOfMonth(today, Number(day));
        return date ? `${preposition} ${written(date)}` : whole;
      },
    );
}
