import { DANGLING_WORDS } from "../lexicon.js";
import type { Body } from "../model.js";
import { type FoundDate, findDates, findDaysWithoutYear, findTime, WEEKDAY_WORD } from "./dates.js";
import { LABELLED_DATE } from "./header-date-labelled.js";
import {
  headerLines,
  isNextMeetingLine,
  isPublicationLine,
  readHeaderDate,
} from "./header-date-readers.js";
import type { TextLine } from "./lines.js";

/** What the top of the minutes says about the meeting. */
export interface MeetingHeader {
  body: Body | null;
  date: string | null;
  /** Line the date was read from, for problems and citations. */
  dateLine: number | null;
  time: string | null;
  venue: string | null;
}

// "Delivery Management Group" under the Board's name (corpus/000) means the sub-group: the sub-group
// is named only in its own minutes' heading, the Board in both. "DMG" alone names it opening the
// line or a field's value, "Title: DMG 22 October 2025" (a SharePoint list item,
// unseen-minutes-9/76); elsewhere the Board's minutes speak of the group by it.
const BODY_NAMES: ReadonlyArray<readonly [RegExp, Body]> = [
  [/\bDelivery Management Group\b|^(?:[\p{L} ]{2,20}:\s*)?DMG\b/iu, "DMG"],
  [/\bLondon Crime Reduction Board\b|\bLCRB\b/i, "LCRB"],
];

/** The body a heading names, the sub-group first. */
export function readBody(lines: readonly TextLine[]): Body | null {
  for (const [pattern, body] of BODY_NAMES)
    if (lines.some((l) => !isNextMeetingLine(l.text) && pattern.test(l.text))) return body;
  return null;
}

// "Time:", "Meeting time –", "Start time:", "Start:".
const LABELLED_TIME = /^(?:(?:(?:meeting|start|starting)\s+)?time|start)\s*[:\-–]\s*/i;
const LABELLED_VENUE = /^(?:venue|location|place|where|held at)\s*[:\-–]\s*(.+)$/i;
const VIRTUAL =
  /^(?:\(?virtual(?:ly)?(?:\s+meeting)?\)?|held virtually|(?:held\s+)?(?:online|remotely)|by video(?:\s+conference)?)$/i;

/**
 * Reads body, date, time and venue from the header lines (those before the attendance list or the
 * first item). The date is the first one written there, in any UK form; a "Publication date:" line
 * counts only when nothing better exists, and dates inside the minutes' prose never do. The time and
 * venue are what follows the date on its line ("Monday 8 June 2020, 14:00, MS Teams").
 */
export function readHeader(
  header: readonly TextLine[],
  labelled: readonly TextLine[],
): MeetingHeader {
  const lines = headerLines(header, labelled);
  const candidates = lines.candidates;
  const dated = readHeaderDate(lines);
  const result: MeetingHeader = {
    body: readBody(header),
    date: dated?.date.iso ?? null,
    dateLine: dated?.line.line ?? null,
    time: null,
    venue: null,
  };
  if (dated && !isPublicationLine(dated.line.text)) {
    // "MINUTES of a meeting … held in Committee Room 4, City Hall, Kamal Chunchie Way," | "London
    // E16 1ZE on Thursday, 6th February, 2025 at 10.00 am": the sentence is read whole.
    const sentence = wrappedSentence(dated.line, candidates);
    const same = sentence ? findDates(sentence).find((d) => d.iso === dated.date.iso) : undefined;
    if (sentence && same) {
      const whole = timeAndVenueAfter(sentence, same);
      result.time = whole.time;
      result.venue = whole.venue;
    }
    // The date may be stated twice ("…: minutes of the meeting on 11 May 2020" | "Meeting held on
    // Zoom, Monday 11 May 2020, 1.30pm"): each statement can add what the other lacks.
    for (const line of candidates) {
      const same =
        line.line === dated.line.line
          ? dated.date
          : findDates(line.text).find((d) => d.iso === dated.date.iso);
      if (!same) continue;
      const onLine = timeAndVenueAfter(line.text, same);
      result.time ??= onLine.time;
      result.venue ??= onLine.venue;
    }
  }
  const fields = [...candidates, ...lines.labelled];
  result.time ??= labelledTime(fields);
  result.venue ??= labelledVenue(fields);
  if (dated) {
    const below = timeAndVenueBelow(dated.line, dated.date.iso, candidates, result.time !== null);
    result.time ??= below.time;
    result.venue ??= below.venue;
  }
  if (result.time === null || result.venue === null) {
    const told = toldInSentence(candidates);
    result.time ??= told.time;
    result.venue ??= told.venue;
  }
  return result;
}

/**
 * The sentence the date stands in when it is wrapped over the lines around it, "MINUTES of a meeting
 * of the Delivery Management Group held" | "in Conference Room 2, 169 Union Street, London SE1 0LL
 * on" | "Monday, 14th April, 2025 at 2.00 pm", or null. A line runs on into the next when it ends
 * on a comma or on a word no line of a finished phrase ends on ("on", "in", "the"), or when the next
 * opens in lower case; only a sentence saying where or when the meeting was held ("held") is read
 * so, at most two lines either side of the date's.
 */
function wrappedSentence(line: TextLine, lines: readonly TextLine[]): string | null {
  const at = lines.indexOf(line);
  if (at < 0) return null;
  let first = at;
  while (first > at - 2 && runsOn(lines[first - 1], lines[first] as TextLine)) first--;
  let last = at;
  while (last < at + 2 && runsOn(lines[last] as TextLine, lines[last + 1])) last++;
  if (first === last) return null;
  let text = (lines[first] as TextLine).text;
  for (let i = first + 1; i <= last; i++) text += ` ${(lines[i] as TextLine).text}`;
  return /\bheld\b/i.test(text) ? text : null;
}

function runsOn(above: TextLine | undefined, below: TextLine | undefined): boolean {
  if (!above || !below || below.line !== above.line + 1) return false;
  const text = above.text;
  if (/[.!?:;]$/.test(text)) return false;
  if (text.endsWith(",") || /^\p{Ll}/u.test(below.text)) return true;
  return DANGLING_WORDS.has(text.slice(text.lastIndexOf(" ") + 1).toLowerCase());
}

// "The meeting was held at City Hall and began at 10.00am.": a note of a meeting says where and
// when in a sentence of its header, apart from the date. The place runs to the next clause.
const WAS_HELD_AT = /\bwas\s+held\s+(?:at|in)\s+(.+?)(?=\s+(?:and|on|at|from|between)\s|[.;]|$)/i;
const BEGAN_AT = /\b(?:began|started|commenced|opened)\s+at\s+/i;

function toldInSentence(lines: readonly TextLine[]): { time: string | null; venue: string | null } {
  let time: string | null = null;
  let venue: string | null = null;
  for (const l of lines) {
    // Only a line with one of the verbs can tell either: most header lines are turned away here.
    if (!/held|began|started|commenced|opened/i.test(l.text)) continue;
    const held = WAS_HELD_AT.exec(l.text)?.[1];
    venue ??= held ? cleanVenue(held) : null;
    const began = BEGAN_AT.exec(l.text);
    const at = began ? findTime(l.text.slice(began.index + began[0].length)) : null;
    if (at && at.index === 0) time ??= at.time;
  }
  return { time, venue };
}

const NO_WORD = /^\W*$/;
const HELD_AT_BEFORE_ON = /\bheld\s+(?:at|in)\s+(.+?)\s+on\s*$/i;
const HELD_AT_BEFORE_COMMA = /\bheld\s+(?:at|in|on|via|over)\s+(.+?)\s*,\s*$/i;

/**
 * Time and venue written after the date on its line. A venue is taken after a time, or after a date
 * that opens its line; in a title ("… - 12 April 2023 - Minutes") what follows is not a place.
 */
export function timeAndVenueAfter(
  text: string,
  date: FoundDate,
): { time: string | null; venue: string | null } {
  const after = text.slice(date.end);
  const time = findTime(after, date.iso);
  // "LCRB | Quarterly Board | 2:30pm–4pm | Tues 1 Oct 2024 | Livery Hall, Guildhall": in a row of
  // fields parted by bars the date's field is its line, and the time may stand in a field before it.
  const barred = text.includes(" | ");
  const timeBefore = barred && !time ? timeInFieldBefore(text, date) : null;
  const lineStart = barred ? text.lastIndexOf("|", date.index) + 1 : 0;
  const opensLine = NO_WORD.test(text.slice(lineStart, date.index).replace(LABELLED_DATE, ""));
  const rest = time ? skipEndTime(after.slice(time.end)) : opensLine ? after : "";
  // "… held at City Hall on Thursday 30 June 2016", "Meeting held on Zoom, Monday 11 May 2020":
  // the place can stand before the date too.
  const start = text.slice(0, date.index);
  const before = start.match(HELD_AT_BEFORE_ON)?.[1] ?? start.match(HELD_AT_BEFORE_COMMA)?.[1];
  // "Monday 13 July via Microsoft Teams, 10am–11.30am": the place between the date and the time,
  // without the word that leads to the time ("… at City Hall, from 2pm to 4pm").
  const between =
    time && PLACE_WORD.test(after.slice(0, time.index))
      ? after.slice(0, time.index).replace(TO_THE_TIME, "")
      : "";
  return {
    time: time?.time ?? timeBefore,
    venue: cleanVenue(rest) ?? cleanVenue(between) ?? (before ? cleanVenue(before) : null),
  };
}

// A field before the date's that is a time, or a range, and nothing else: its time.
function timeInFieldBefore(text: string, date: FoundDate): string | null {
  const cells = text.slice(0, date.index).split("|");
  for (const cell of cells) {
    const time = findTime(cell, date.iso);
    if (!time || !NO_WORD.test(cell.slice(0, time.index))) continue;
    if (NO_WORD.test(skipEndTime(cell.slice(time.end)))) return time.time;
  }
  return null;
}

const PLACE_WORD = /^\s*,?\s*(?:held\s+)?(?:at|in|via|over|on)\s+\S/i;
const TO_THE_TIME = /[\s,]+(?:from|between|starting(?:\s+at)?|at)\s*$/i;

// "10:00 – 12:00": the meeting's end time is not its venue (nor the next meeting's); nor is a
// form's field for it, "Start time: 10:00   Finish time: 11:45" (unseen-minutes-10/85).
export function skipEndTime(text: string): string {
  const end = text.match(/^\s*(?:[-–—]|to|until|(?:finish|end|close)(?:\s+time)?\s*[:\-–])\s*/i);
  if (!end) return text;
  const time = findTime(text);
  return time && time.index <= end[0].length ? text.slice(time.end) : text;
}

// "Room 4.10, 169 Union Street (hybrid – Teams link in the calendar invite)": a bracket after the
// place saying how else to join is a note on the meeting, not part of the place.
// "(and Teams)", "(& online)": a bracket of "and" and a place's few words names a second place the
// meeting was held in, and is part of the venue (unseen-minutes-8/68); "(and online via Zoom)" says
// how to join.
const JOIN_NOTE =
  /(?<=\S)\s*\((?!\s*(?:and|&|plus|also)\s+(?:(?!(?:via|using|by|link|dial|join)\b)[^()\s]+\s*){1,3}\))(?=[^()]*\b(?:hybrid|link|dial[- ]?in|join|joining|online|remote(?:ly)?|virtual(?:ly)?|teams|zoom)\b)[^()]*\)$/i;
// "12th June 2024 (Wednesday)": the day's name after a date is no place. The name whole or cut
// short as dates.ts reads it, not any word that starts with its letters: "Monument", "Thurrock" and
// "Sunbury" are places (review C18).
const WEEKDAY_ALONE = new RegExp(`^${WEEKDAY_WORD}\\.?$`, "i");

// "10:00 AM-11:30 AM (BST)", "2pm GMT, City Hall": the clock a time is told on, written after it,
// is no place. Only London's two clocks: the minutes are of London meetings.
const TIME_ZONE = /^\(?(?:GMT|BST)\)?(?![\p{L}\d])[\s.,;:|\-–—]*/u;
// A meeting on a call is written by the call's service, in lower case in hasty notes ("2pm teams").
const CALL_SERVICE = /^(?:(?:ms|microsoft)\s+)?(?:teams|zoom|webex|skype)$/i;

// "Monday 14 April 2025 (14:00, MOPAC, 169 Union Street)": the bracket the time opened closes after
// the place; a place with no bracket open loses the closing one.
function closeUnopened(venue: string): string {
  if (!venue.endsWith(")") || venue.includes("(")) return venue;
  return venue.slice(0, -1).replace(/[\s.,;:]+$/, "");
}

// What cleanVenue takes off a venue: separators before it, the words leading to it, an article, a
// sentence after it, brackets around it, separators after it.
const LEADING_SEPARATORS = /^[\s.,;:|·\-–—]+/u;
// "Time: 14:00   Place: Room 1.05, …": a form's label of the place, as "Venue:" is.
const VENUE_LEAD =
  /^(?:and\s+)?(?:will\s+be\s+)?(?:held\s+)?(?:at|in|via|on|venue:?|(?:place|location):)\s+/i;
const LEADING_ARTICLE = /^the\s+(?=\p{Lu})/u;
const NEXT_SENTENCE = /\.\s.*$/u;
const BRACKETED_WHOLE = /^\((.*)\)$/;
const TRAILING_SEPARATORS = /[\s.,;:\-–—]+$/u;

/** "…, MS Teams" → "MS Teams"; ". 12:00pm at City Hall" → "City Hall"; null when nothing is left. */
export function cleanVenue(text: string): string | null {
  const venue = closeUnopened(
    text
      .replace(LEADING_SEPARATORS, "")
      .replace(TIME_ZONE, "")
      .replace(VENUE_LEAD, "")
      // "held in the Council Chamber, Wandle Civic Centre": the sentence's article is not the place's.
      .replace(LEADING_ARTICLE, "")
      .replace(NEXT_SENTENCE, "")
      .replace(JOIN_NOTE, "")
      .replace(BRACKETED_WHOLE, "$1")
      .replace(TRAILING_SEPARATORS, "")
      .trim(),
  );
  if (!venue || venue.length > 80 || /^[\d.:\s]+(?:am|pm)?$/i.test(venue)) return null;
  if (WEEKDAY_ALONE.test(venue)) return null;
  // A place is written with a capital; "virtual meeting" and a call's service ("teams") are the
  // places written in lower case.
  if (!/^[\p{Lu}\d]/u.test(venue) && !VIRTUAL.test(venue) && !CALL_SERVICE.test(venue)) return null;
  if (/^minutes\b|^(?:public )?record\b/i.test(venue)) return null;
  return venue;
}

// The lines straight under the date can hold what the date line lacks: "Thursday 5 December 2019,
// 9.30am" | "Committee Room 5, City Hall"; "… 3rd December 2014" | "2 – 4pm, Mayor's Office, City
// Hall"; "Tuesday 19 September 2017   Committee Room 4, City Hall" | "12 noon"; "Monday 12 March
// 2018" | "14:30 – 16:30" | "Committee Room 4, City Hall". A time must open its line; a place is a
// short line with no date or heading words of its own, straight under the date or under the time.
// When the date line gave the time, a figure inside the line below ("Room 2.14, 169 Union Street")
// is no time: the line is the place.
function timeAndVenueBelow(
  dateLine: TextLine,
  iso: string,
  lines: readonly TextLine[],
  timeKnown: boolean,
): { time: string | null; venue: string | null } {
  const below = (n: number) => {
    const line = lines.find((l) => l.line === dateLine.line + n);
    return line && isDetailLine(line.text) ? line.text : null;
  };
  const first = below(1);
  if (first === null) return { time: null, venue: null };
  const time = findTime(first);
  if (!time) return { time: null, venue: cleanVenue(first) };
  const lead = first.slice(0, time.index);
  if (!/^\W*(?:from|at|starting)?\W*$/i.test(lead) && !restatesDay(lead, iso))
    return { time: null, venue: timeKnown ? cleanVenue(first) : null };
  const second = below(2);
  const venue =
    cleanVenue(skipEndTime(first.slice(time.end))) ??
    (second !== null && !findTime(second) ? cleanVenue(second) : null);
  return { time: time.time, venue };
}

// "dmg notes 02/12/24" | "mon 2 dec, 10am, teams": the day restated without its year, all that
// stands before the time, is no reason to doubt the time is the meeting's. Another day is.
function restatesDay(lead: string, iso: string): boolean {
  const days = findDaysWithoutYear(lead);
  const day = days[0];
  if (days.length !== 1 || !day || !NO_WORD.test(lead.slice(day.end))) return false;
  if (!NO_WORD.test(lead.slice(0, day.index))) return false;
  return Number(iso.slice(5, 7)) === day.month && Number(iso.slice(8, 10)) === day.day;
}

function isDetailLine(text: string): boolean {
  return (
    findDates(text).length === 0 &&
    text.split(/\s+/).length <= 10 &&
    !/\b(?:minutes|notes|meeting of)\b/i.test(text)
  );
}

/**
 * "Time: 3pm", "| Venue | The Old Library, Guildhall |": a line that is a labelled time or place
 * and nothing else, read as the header's fields are; null for any other line.
 */
export function readMeetingField(
  text: string,
): { time: string | null; venue: string | null } | null {
  // Most lines open with no label's letter: t, v, l, p, w, s, h, or a bar.
  const first = text.charCodeAt(0) | 32;
  if (first !== 0x7c && !"tvlpwsh".includes(String.fromCharCode(first))) return null;
  const fields = text.includes("|") ? barFields(text) : [text];
  if (fields.length !== 1) return null;
  const field = fields[0] as string;
  const venue = LABELLED_VENUE.exec(field)?.[1];
  if (venue) return { time: null, venue: cleanVenue(venue) };
  if (!LABELLED_TIME.test(field)) return null;
  const time = findTime(field);
  return time ? { time: time.time, venue: null } : null;
}

function labelledTime(lines: readonly TextLine[]): string | null {
  for (const l of lines) {
    for (const field of fieldsOf(l, lines)) {
      if (!LABELLED_TIME.test(field)) continue;
      const time = findTime(field);
      if (time) return time.time;
    }
  }
  return null;
}

function labelledVenue(lines: readonly TextLine[]): string | null {
  for (const l of lines) {
    for (const field of fieldsOf(l, lines)) {
      const m = field.match(LABELLED_VENUE);
      if (m?.[1]) return cleanVenue(m[1]);
    }
    if (VIRTUAL.test(l.text)) return l.text;
  }
  return null;
}

// "Date: 21 September 2022 | Time: 14:30 | Venue: The Chamber, City Hall": labelled fields run on
// one line, parted by bars, are read one by one, as if each stood on its own line.
const FIELD_BAR = /\s+\|\s+/;
// "Time" | "11.00am" | "Venue" | "Conference Room B, City Hall": a table of fields copied out of
// Word one cell a line puts each label alone on its line, its value on the line under it.
const LABEL_ALONE = /^(?:(?:meeting\s+|start\s+)?time|venue|location|place|where):?$/i;

function fieldsOf(line: TextLine, lines: readonly TextLine[]): readonly string[] {
  const text = line.text;
  if (text.length <= 12 && LABEL_ALONE.test(text)) {
    const value = lines.find((l) => l.line === line.line + 1);
    return value ? [`${text.replace(/:$/, "")}: ${value.text}`] : [text];
  }
  return text.includes("|") ? barFields(text) : [text];
}

// "| Time | 14:00 – 15:00 |" (a markdown table of the header's fields), "Date | 3 March 2025 | Time
// | 10:00": a label in a cell of its own labels the cell after it, as a label alone on its line
// labels the line under it.
function barFields(text: string): string[] {
  const cells = text.split(FIELD_BAR);
  const fields: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = (cells[i] as string).replace(EDGE_BAR, "");
    const value = cells[i + 1];
    if (value !== undefined && cell.length <= 12 && LABEL_ALONE.test(cell)) {
      fields.push(`${cell.replace(/:$/, "")}: ${value.replace(EDGE_BAR, "")}`);
      i++;
    } else fields.push(cell);
  }
  return fields;
}
const EDGE_BAR = /^\|\s*|\s*\|$/g;
