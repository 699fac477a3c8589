import { monthName, WEEKDAY_NAMES, weekdayOf } from "../corpus/calendar.js";
import type { AgendaItem, Meeting } from "../corpus/model.js";
import type { Citation, MeetingRef } from "./answer.js";

// Slack's home tab names months through this module, with the rest of the answer wording.
export { monthName } from "../corpus/calendar.js";

/** "2023-04-12" → "12 April 2023". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${monthName(month ?? 0)} ${year}`;
}

/** "2023-04-12" → "Wednesday 12 April 2023". */
export function formatLongDate(iso: string): string {
  const weekday = WEEKDAY_NAMES[weekdayOf(iso)];
  return weekday ? `${weekday} ${formatDate(iso)}` : formatDate(iso);
}

/** "LCRB, 12 April 2023". */
export function meetingLabel(meeting: Pick<Meeting, "body" | "date">): string {
  return `${meeting.body}, ${formatDate(meeting.date)}`;
}

export function meetingRef(meeting: Meeting): MeetingRef {
  return { id: meeting.id, date: meeting.date, body: meeting.body };
}

/** "2 Casey Review", or the bare title of an unnumbered section. */
export function itemLabel(item: Pick<AgendaItem, "number" | "title">): string {
  return item.number ? `${item.number} ${item.title}` : item.title;
}

/** The agenda item a source line falls under, if any. */
export function itemAtLine(meeting: Meeting, line: number): AgendaItem | null {
  let found: AgendaItem | null = null;
  for (const item of meeting.items) if (item.line <= line) found = item;
  return found;
}

/**
 * Cites one line of a meeting's minutes, naming the agenda item it falls under. `underItem: false`
 * is for lines that follow the last item without belonging to it, such as "Date of next meeting".
 */
export function citeLine(meeting: Meeting, line: number, underItem = true): Citation {
  const item = underItem ? itemAtLine(meeting, line) : null;
  return {
    body: meeting.body,
    date: meeting.date,
    item: item ? itemLabel(item) : null,
    file: meeting.file,
    line,
    ...(meeting.source ? { url: meeting.source.url } : {}),
  };
}

/** "1 meeting", "3 meetings". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/**
 * How long from one ISO date to a later one, as people say it: "3 years and 7 months", "2 months",
 * "12 days" (whole months counted, a month not yet complete left out).
 */
export function elapsed(from: string, to: string): string {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (months <= 0) {
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    return plural(Math.max(days, 0), "day");
  }
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return plural(rest, "month");
  return rest === 0
    ? plural(years, "year")
    : `${plural(years, "year")} and ${plural(rest, "month")}`;
}

// A paragraph number or list marker at the start of a passage: "1.", "10.", "2.3", "(a)", "iv)", "•".
const LIST_MARKER =
  /^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivx]{1,4})[.)]|\([a-z]\)|[a-z]\)|[•·▪◦‣*–—-])\s+/i;

/** A passage without its leading paragraph number or list marker. */
export function withoutListMarker(text: string): string {
  return text.replace(LIST_MARKER, "");
}

// Longer than this, an unpunctuated passage is prose the clerk did not finish, not a heading.
const HEADING_WORDS = 20;

/**
 * True for a passage that only heads a list or a part of an item ("1. MPS response to the Casey
 * Review", "Update from MOPAC:"): short, and not ended as a sentence.
 */
export function isListHeading(text: string): boolean {
  const rest = withoutListMarker(text).trim();
  return !/[.!?]["'”’)]?$/.test(rest) && rest.split(/\s+/).length <= HEADING_WORDS;
}

/**
 * The first sentence of a passage, after any paragraph number, shortened to about `max`
 * characters on a word boundary.
 */
export function firstSentence(passage: string, max = 220): string {
  const text = withoutListMarker(passage);
  const sentence = text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : max)}…`;
}

/** `text` cut at a word to at most `max` characters, with "…" when cut: titles stay one line. */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/** "from 10 March 2015 to 12 April 2023", or "on 27 April 2022" when both are one day. */
export function dateSpan(first: string, last: string): string {
  return first === last
    ? `on ${formatDate(first)}`
    : `from ${formatDate(first)} to ${formatDate(last)}`;
}
