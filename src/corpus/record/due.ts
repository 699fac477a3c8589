import { MONTH_WORDS, monthNumber, pad2, toIsoDate } from "../calendar.js";
import type { Body } from "../model.js";

/** When a commitment is due: "next meeting", a month ("2023-07") or a day ("2023-06-30"). */
export interface Due {
  due: string | null;
  /** The body whose meeting it names ("the next LCRB"), or null. */
  body: Body | null;
}

// Month words as the minutes write them: capitalised, so the verb "may" is never the month May.
const MONTH = `(?:${MONTH_WORDS.map((w) => w[0]?.toUpperCase() + w.slice(1)).join("|")})\\.?`;
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:\\s+(\\d{4}))?\\b`,
);
const MONTH_YEAR = new RegExp(`\\b(${MONTH})(?:\\s+(\\d{4}))?\\b`);
// "at the next meeting", "to the next LCRB", "until the next Board meeting".
const NEXT_MEETING =
  /\bnext\s+(?:(LCRB|DMG|Board|Group|Delivery Management Group|London Crime Reduction Board)\b\s*)?(?:meeting\b)?/i;

/**
 * The due date or meeting a commitment's words give, read against the meeting's own date: a month
 * without a year is the next such month on or after the meeting ("in July" at an April 2023
 * meeting is 2023-07; "in March" at that meeting is 2024-03). A date beats "next meeting" when a
 * sentence gives both ("at the next LCRB in July").
 */
export function readDue(words: string, meetingDate: string, meetingBody: Body): Due {
  const next = NEXT_MEETING.exec(words);
  const named = next?.[1] ? bodyOf(next[1], meetingBody) : null;
  const hasNext = next !== null && (next[1] !== undefined || /meeting/i.test(next[0]));
  const date = readDate(words, meetingDate);
  if (date) return { due: date, body: named };
  if (hasNext) return { due: "next meeting", body: named ?? meetingBody };
  return { due: null, body: null };
}

function bodyOf(word: string, meetingBody: Body): Body {
  const lower = word.toLowerCase();
  if (lower === "lcrb" || lower.startsWith("london")) return "LCRB";
  if (lower === "dmg" || lower.startsWith("delivery")) return "DMG";
  // "the next Board" is the Board's; "the next Group" the DMG's; either way, the body of the minutes.
  return lower === "board" ? "LCRB" : lower === "group" ? "DMG" : meetingBody;
}

// Most commitments name no date: the meeting's own date is read only for a month without a year.
function readDate(words: string, meetingDate: string): string | null {
  const day = DAY_MONTH_YEAR.exec(words);
  if (day) {
    const m = monthNumber(day[2]);
    const y = day[3] ? Number(day[3]) : yearAfter(m, meetingDate);
    const iso = toIsoDate(y, m, Number(day[1]));
    if (iso) return iso;
  }
  const only = MONTH_YEAR.exec(words);
  if (only) {
    const m = monthNumber(only[1]);
    const y = only[2] ? Number(only[2]) : yearAfter(m, meetingDate);
    return `${y}-${pad2(m)}`;
  }
  return null;
}

// The year of a month named without one, at a meeting on `meetingDate` ("2023-04-12").
function yearAfter(month: number, meetingDate: string): number {
  const [year, meetingMonth] = meetingDate.split("-").map(Number) as [number, number];
  return yearOf(month, year, meetingMonth);
}

// Minutes speak of months ahead: one before the meeting's own month is next year's.
function yearOf(month: number, meetingYear: number, meetingMonth: number): number {
  return month < meetingMonth ? meetingYear + 1 : meetingYear;
}
