import { withinOneEdit } from "../edit-distance.js";
import type { Body, NextMeeting } from "../model.js";
import { findDates, findDatesAfter, findTime } from "./dates.js";
import { cleanVenue, skipEndTime } from "./header.js";

// "Date of next meetings", "Date of next LCRB meeting: 9 June 2015. …", "Next meeting: …",
// "Dates of future meetings", "8. Date of next meeting", "3.2  Date of next meeting" (the last of a
// section's items, unseen-minutes-8/66), "Date of next DMG: 5 December 2019", and
// under a council's minute number, "36/23 DATE OF NEXT MEETING", "LCRB/24/38 DATE OF NEXT MEETING"; a call's notes, "Next call: Tue 11
// June, 10:00, Teams"; a calendar's recap, "Next occurrence: …", and a note-taker's "next one: 13/1/25
// 2pm teams", "Next session – …" (only with the colon or dash: "Next one on the list …" is prose);
// notes' "Next DMG Mon 7 July, same time, Teams" (the body straight before a date), and "Next DMG"
// alone, a slide's title over its date.
const NEXT_MEETINGS_HEADING =
  /^(?:\d{1,2}(?:[.)]|\.\d{1,2}\.?)\s+|(?:[A-Z]{2,6}\/)?\d{2,3}\/\d{2,3}[.:]?\s+)?(?:(?:the\s+)?(?:date|dates|time|times)(?:\s+(?:and|&)\s+(?:time|times|venue|venues))?\s+(?:of|for)\s+(?:the\s+)?)?(?:next|future|forthcoming|upcoming)\s+(?:(?:[\w-]+\s+){0,2}?(?:meetings?|calls?)(?:\s+dates?)?\b|(?:LCRB|DMG|board|group)(?=\s*:|\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d|\s+\d|$)|(?:occurrence|one|session)(?=\s*[:\-–]))\s*[:\-–]?\s*(.*)$/i;

// "Forward dates" | "Date   Time   Venue" | "10 December 2024   14:00   City Hall": a board's
// dates ahead under a heading of their own. "Dates for your diary: Wednesday 14 January 2026 and
// …" (unseen-minutes-9/75), "For your diary", "Diary dates" say the same to the members.
const FORWARD_DATES =
  /^(?:(?:forward|future)\s+(?:meeting\s+)?dates|(?:dates?\s+)?for\s+(?:your|the)\s+diar(?:y|ies)|diary\s+dates)\b\s*[:\-–]?\s*(.*)$/i;

// The title row of a table of meetings ahead: every cell a field of a meeting.
const MEETING_FIELD = `(?:${["date", "day", "time", "venue", "location", "place", "body", "meeting"].join("|")})`;
const MEETING_FIELDS_ROW = new RegExp(
  `^${MEETING_FIELD}(?:\\s*(?:\\||\\t|\\s{2,})\\s*${MEETING_FIELD})+$`,
  "i",
);

/** "Date    Time    Venue": the title row of a table of next meetings, no meeting itself. */
export function isMeetingFieldsRow(raw: string): boolean {
  return raw.length < 80 && MEETING_FIELDS_ROW.test(raw.trim());
}

// "Date of nxt meeting: 12 December 2024, 2pm, City Hall": the heading with "next" misspelt by one
// letter, read only with a date after it ("Date of last meeting" is two letters from it).
const DATE_OF_WORD_MEETING =
  /^(?:date|dates)\s+of\s+(?:the\s+)?(\p{L}{3,5})\s+meetings?\s*[:\-–]\s*(.*)$/iu;

/** What follows the heading when "next" is misspelt in it, or null. */
function misspeltNext(text: string): string | null {
  // Most lines do not open with "d" or "D": they are turned away before the pattern is tried.
  if ((text.charCodeAt(0) | 32) !== 100) return null;
  const m = DATE_OF_WORD_MEETING.exec(text);
  const word = m?.[1]?.toLowerCase();
  if (!m || !word || word === "next" || !withinOneEdit(word, "next")) return null;
  const after = m[2] ?? "";
  return findDates(after).length > 0 ? after : null;
}

// "Reminder: DMG – Tuesday 2 December 2025 at 3pm, Room 3.06, …", "Reminder: Next LCRB Wed 14 Jan,
// same time and place.": a reminder a chat posts of the body's next meeting, read only with a
// figure (a date's) after the body's name.
const REMINDER = /^reminder\s*:\s*(?:the\s+)?(?:next\s+)?(?:LCRB|DMG)\b\s*[:\-–—]?\s*(.*)$/i;

function reminded(text: string): string | null {
  // Most lines do not open with "r" or "R": they are turned away before the pattern is tried.
  if ((text.charCodeAt(0) | 32) !== 114) return null;
  const after = REMINDER.exec(text)?.[1];
  // A date, with its year or not ("Wed 14 Jan"), holds a figure.
  return after !== undefined && /\d/.test(after) ? after : null;
}

/**
 * A line that opens the next-meetings section, or states the next meeting itself. `inline` is what
 * follows the heading words on the line. Null for other lines, including prose that merely mentions
 * a next meeting without a date.
 */
export function readNextMeetingsHeading(text: string): { inline: string } | null {
  const m = text.match(NEXT_MEETINGS_HEADING) ?? text.match(FORWARD_DATES);
  const after = m ? (m[1] ?? "") : (misspeltNext(text) ?? reminded(text));
  if (after === null) return null;
  const inline = after.trim();
  const shortTitle = text.split(/\s+/).length <= 8 && !/[.!?]$/.test(text);
  if (!shortTitle && findDatesAfter(text, null).length === 0 && !/\d/.test(inline)) return null;
  return { inline };
}

// "Dates of future meetings (all at 11.00am, City Hall)": a bracket closing the heading.
const SHARED_BRACKET = /\(\s*(?:all\s+|each\s+)?([^()]+)\)\s*:?$/i;

/**
 * The time and place a next-meetings heading gives every date under it, in a bracket at its end:
 * "Dates of future meetings (all at 11.00am, City Hall)". Null when it gives neither.
 */
export function readSharedDetails(
  text: string,
): { time: string | null; venue: string | null } | null {
  const inner = text.match(SHARED_BRACKET)?.[1];
  if (!inner) return null;
  const time = findTime(inner);
  const venue = cleanVenue(time ? skipEndTime(inner.slice(time.end)) : inner);
  return time || venue ? { time: time?.time ?? null, venue } : null;
}

// "Monday 10 February 2025, same time and place.", "…, 2pm, same venue", "at the same time": the
// next meeting held where or when this one was.
const SAME_AS_THIS =
  /\bsame\s+(time|place|venue|location)(?:\s+(?:and|&)\s+(time|place|venue|location))?\b/i;

// "… same time as the Safer Streets Board meeting": the same as something else, not this meeting.
// "as" this/today's/the present meeting, "as before", "as usual" (or no "as") is this meeting's.
const AS_SOMETHING_ELSE =
  /^\s+as\s+(?!(?:this|today'?s?|the\s+present|the\s+current)\b|(?:before|usual|normal|now|previously|ever)\b)\S/i;

/** Whether a next meeting's line says it is at this meeting's time, its place, or both. */
export function sameAsThisMeeting(text: string): { time: boolean; place: boolean } {
  // Most lines do not say "same": one cheap test turns them away.
  const found =
    text.indexOf("same") >= 0 || text.indexOf("Same") >= 0 ? SAME_AS_THIS.exec(text) : null;
  const m =
    found && !AS_SOMETHING_ELSE.test(text.slice(found.index + found[0].length)) ? found : null;
  const words = m ? [m[1]?.toLowerCase(), m[2]?.toLowerCase()] : [];
  const time = words.includes("time");
  return { time, place: words.some((w) => w !== undefined && w !== "time") };
}

/** The body a line names: the sub-group, else the Board, else null. */
export function bodyNamed(text: string): Body | null {
  if (/\bDelivery Management Group\b|\bDMG\b/i.test(text)) return "DMG";
  if (/\bLondon Crime Reduction Board\b|\bLCRB\b/i.test(text)) return "LCRB";
  return null;
}

/**
 * Reads one next meeting from a line such as "LCRB meeting: 8 July 2020" or "Date of next LCRB
 * meeting: 9 June 2015. 12:00pm at City Hall". The body named before the date wins, then the
 * meeting's own; a date without a year falls on or after `after`.
 */
export function readNextMeeting(
  text: string,
  line: number,
  defaultBody: Body,
  after: string | null,
): NextMeeting | null {
  const dates = findDatesAfter(text, after);
  // "Post-meeting note (8th Jan): the next meeting has been fixed for Weds 6th Mar '24": a date in
  // brackets says when the note was written or what was moved; the meeting's stands outside them.
  const date =
    dates.length > 1 ? (dates.find((d) => !inBrackets(text, d.index)) ?? dates[0]) : dates[0];
  if (!date) return null;
  const body = bodyNamed(text.slice(0, date.index)) ?? bodyNamed(text) ?? defaultBody;
  const rest = text.slice(date.end);
  const timeAfter = findTime(rest, date.iso);
  const timeBefore = timeAfter ? null : findTime(text.slice(0, date.index));
  const venueText = timeAfter ? skipEndTime(rest.slice(timeAfter.end)) : rest;
  return {
    body,
    date: date.iso,
    time: timeAfter?.time ?? timeBefore?.time ?? null,
    venue: cleanVenue(venueText.replace(SAME_TIME_FIRST, "")),
    line,
  };
}

// "Mon 7 July, same time, Teams": the place after "same time" (which says when, not where).
const SAME_TIME_FIRST = /^[\s,;]*(?:at\s+)?(?:the\s+)?same\s+time\b(?!\s+as\b)[\s,;]*/i;

// Whether the place stands inside a bracket opened before it and not yet closed.
function inBrackets(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) depth++;
    else if ((c === 0x29 || c === 0x5d) && depth > 0) depth--;
  }
  return depth > 0;
}

// What may stand between dates written as one list: "12 March, 11 June and 10 September 2025".
const BETWEEN_LISTED_DATES = /^\s*(?:[,;]\s*(?:and\s+|&\s+)?|and\s+|&\s+)$/;

/**
 * The next meetings a line states: one, or several when its dates are written as one list ("Future
 * meetings: 12 March, 11 June and 10 September 2025, all at 09:30 in City Hall"), each then taking
 * the time and venue written after the last date.
 */
export function readNextMeetings(
  text: string,
  line: number,
  defaultBody: Body,
  after: string | null,
): NextMeeting[] {
  const dates = findDatesAfter(text, after);
  const listed =
    dates.length > 1 &&
    dates.every(
      (d, i) => i === 0 || BETWEEN_LISTED_DATES.test(text.slice(dates[i - 1]?.end ?? 0, d.index)),
    );
  const last = dates.at(-1);
  if (!listed || !last) {
    const one = readNextMeeting(text, line, defaultBody, after);
    return one ? [one] : [];
  }
  const shared = readNextMeeting(text.slice(last.index), line, defaultBody, after);
  const body = bodyNamed(text.slice(0, dates[0]?.index)) ?? shared?.body ?? defaultBody;
  return dates.map((d) => ({
    body,
    date: d.iso,
    time: shared?.time ?? null,
    venue: shared?.venue ?? null,
    line,
  }));
}

// "The next meeting will be held on …", and with the verb, "The Board will next meet on …", told
// as the Chair closed the meeting, "… noting that the Board would next meet on …" (unseen-minutes-10/82)
// or "… that the Group would meet again on …", "… we agreed to meet next on …": only the
// body itself, "the" and one word naming it, or "we", next meets; "MOPAC and MPS officers will next
// meet on …" and "The task and finish group will next meet on …" are other people's meetings.
const NEXT_MEETING_SENTENCE =
  /\b(?:(?:the\s+)?next\s+(?:[\w-]+\s+){0,3}?meeting\b[^.]*?\b(?:will|is|would|shall|has been)\s+(?:now\s+)?(?:be\s+)?(?:held|take\s+place|scheduled|arranged|on)|(?<=\b(?:the\s+(?:board|group|committee|panel|partnership|lcrb|dmg)|we)\s+)(?:will|would|is\s+to|shall|agreed\s+to)\s+(?:next\s+meet|meet\s+(?:again|next))\s+(?:on|at)?)\b[^.]*(?:\.\s*\d[^.]*)*/i;

/**
 * "The next meeting will be held on 14 July 2021 at 2pm at City Hall." inside a paragraph: the
 * sentence, for readNextMeeting. Null when the paragraph has no such sentence with a date.
 */
export function findNextMeetingSentence(text: string): string | null {
  // Every paragraph is asked; the long pattern is tried only on those with the word "next".
  if (!holdsNext(text) && text.indexOf("meet again") < 0) return null;
  const m = text.match(NEXT_MEETING_SENTENCE);
  return m && /\d/.test(m[0]) ? m[0] : null;
}

// `/next/i.test(text)`, found from the "x": the rarest of its letters in English, looked for with
// indexOf in both cases, where the pattern, in any case, must try every position of the paragraph.
// Only ASCII letters fold to "next" without the unicode flag, so `| 32` reads a capital as its
// lower case.
const X_BOTH_CASES = ["x", "X"];
function holdsNext(text: string): boolean {
  for (const x of X_BOTH_CASES)
    for (let i = text.indexOf(x, 2); i >= 0 && i + 1 < text.length; i = text.indexOf(x, i + 1))
      if (
        (text.charCodeAt(i - 2) | 32) === 110 &&
        (text.charCodeAt(i - 1) | 32) === 101 &&
        (text.charCodeAt(i + 1) | 32) === 116
      )
        return true;
  return false;
}
