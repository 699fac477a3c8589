import {
  type Action,
  type AgendaItem,
  type Attendee,
  BODY_TITLES,
  type Body,
  type Meeting,
  type NextMeeting,
  type Passage,
  type Problem,
  type ProblemCode,
} from "../model.js";
import { readRecord } from "../record/index.js";
import { readActionSection } from "./action-section-readers.js";
import {
  type ActionText,
  readActionParagraph,
  readActionsInProse,
  splitLettered,
} from "./actions.js";
import { readApologiesSentence } from "./apologies-sentence.js";
import { listedPerson } from "./attendance.js";
import { readAttendanceSentences } from "./attendance-sentences.js";
import { type ListedLine, withAttendees } from "./attendee-list.js";
import { findContents } from "./contents.js";
import { type DocumentSections, readSections } from "./document.js";
import { type FrontMatter, splitFrontMatter } from "./front-matter.js";
import { readHeader, readMeetingField } from "./header.js";
import { layoutLines } from "./layout.js";
import { isPublicationLine, type TextLine, toTextLines } from "./lines.js";
import {
  findNextMeetingSentence,
  readNextMeetings,
  readSharedDetails,
  sameAsThisMeeting,
} from "./next-meetings.js";
import { buildPassages } from "./passages.js";
import { withItemsNamedInRecords } from "./record-items.js";
import { readRecordLog } from "./record-log.js";
import { itemsInRichText } from "./rich-text-notes.js";

/**
 * Changes whenever the same text may parse to a different Meeting: anything keeping parsed meetings
 * (the parsed-meeting cache) must treat meetings from another version as stale.
 */
export const PARSER_VERSION = 186;

/** What the parser made of one minutes file. `meeting` is null when the file could not be read as minutes. */
export interface ParseOutcome {
  meeting: Meeting | null;
  problems: Problem[];
}

/**
 * Reads one minutes file (plain text or markdown, optional YAML front matter) into a Meeting.
 * Pure: no I/O. `file` is the path relative to the corpus directory, used for the id and citations.
 */
export function parseMinutes(text: string, file: string): ParseOutcome {
  if (text.trim() === "") return failed(file, "empty", "the file is empty");
  const split = splitFrontMatter(text, file);
  const problems = [...split.problems];
  const lines = toTextLines(split.text);
  // A spreadsheet log of records (record-log.ts) is read by its columns, not by its lines' layout.
  const log = readRecordLog(split.text);
  const sections = log?.sections ?? walkSections(lines);
  // Minutes kept as a record's rich-text field (rich-text-notes.ts), when no line opens an item.
  if (sections.items.length === 0) sections.items = itemsInRichText(sections.outside);
  // A decisions log's items, named only in its records (record-items.ts).
  else sections.items = withItemsNamedInRecords(lines, sections.items);
  const header = readHeader(sections.header, [
    ...sections.outside,
    // Publication lines are page furniture: only those are asked.
    ...lines.filter((l) => l.furniture && isPublicationLine(l.text)),
  ]);
  const front = split.frontMatter;

  const body = front?.body ?? header.body;
  const date = front?.date ?? header.date;
  const items = toItems(sections);
  const hasContent = sections.attendees.length > 0 || items.length > 0;
  if (!body && !date && !hasContent && !front)
    return failed(
      file,
      "not_minutes",
      "this does not look like minutes: no body, meeting date, attendance list or agenda items found",
      problems,
    );
  const firstLine = lines.find((l) => l.text && !l.furniture)?.line ?? null;
  if (!date)
    problems.push({
      file,
      line: firstLine,
      code: "no_date",
      message:
        "no meeting date found near the top (write it as e.g. 'Tuesday 10 March 2015' or add 'date:' front matter); file skipped",
    });
  if (!body)
    problems.push({
      file,
      line: firstLine,
      code: "no_body",
      message:
        "no body found: the heading names neither 'London Crime Reduction Board' nor 'Delivery Management Group' (or add 'body:' front matter); file skipped",
    });
  if (!body || !date) return { meeting: null, problems };

  // The loose prose outside any item, read as paragraphs once for apologies and next meetings.
  const outside = buildPassages(sections.outside);
  const attendees = withAttendanceFromProse(sections, outside, items, front);
  const actions = toActions(sections, items);
  if (log) for (const action of log.actions) actions.push(action);
  const time = front?.time !== undefined ? front.time : header.time;
  const venue = front?.venue !== undefined ? front.venue : header.venue;
  const record = readRecord(items, actions, { date, body });
  const meeting: Meeting = {
    id: `${body.toLowerCase()}-${date}`,
    file,
    body,
    title: front?.title ?? BODY_TITLES[body],
    date,
    time,
    venue,
    attendees,
    items,
    actions,
    decisions: record.decisions,
    commitments: record.commitments,
    nextMeetings: toNextMeetings(sections, outside, items, { body, date, time, venue }, front),
    source: front?.source ?? null,
  };
  if (attendees.length === 0)
    problems.push({ file, line: null, code: "no_attendance", message: "no attendance list found" });
  if (items.length === 0)
    problems.push({ file, line: null, code: "no_items", message: "no agenda items found" });
  return { meeting, problems };
}

function walkSections(lines: readonly TextLine[]): DocumentSections {
  const contents = findContents(lines);
  return readSections(layoutLines(lines, contents), contents);
}

function failed(
  file: string,
  code: ProblemCode,
  message: string,
  earlier: Problem[] = [],
): ParseOutcome {
  return { meeting: null, problems: [...earlier, { file, line: null, code, message }] };
}

function toItems(sections: DocumentSections): AgendaItem[] {
  return sections.items.map((item) => ({
    number: item.number,
    title: item.title,
    line: item.line,
    passages: buildPassages(item.lines),
  }));
}

// Listed attendees, then anyone an "Apologies were received from …" sentence, or a sentence of the
// loose prose saying who chaired, attended or took the note, names who is not already listed
// (matched by surname), then front matter, which overrides entries with its names.
function withAttendanceFromProse(
  sections: DocumentSections,
  outside: readonly Passage[],
  items: AgendaItem[],
  front: FrontMatter | null,
): Attendee[] {
  // Few passages name anyone: only those that do are kept, then put in the order of the file.
  const named: ListedLine[] = [];
  const read = (passage: Passage) => {
    const people = readApologiesSentence(passage.text);
    if (people.length > 0)
      named.push({ people: people.map((p) => listedPerson(p, "apologies")), line: passage.line });
  };
  // Who chaired, attended or took the note, told in the prose outside the items of minutes that list
  // no one (attendance-sentences.ts): a list, where there is one, is the record of who came.
  const listed = sections.attendees.length > 0;
  for (const passage of outside) {
    const told = listed ? [] : readAttendanceSentences(passage.text);
    if (told.length > 0) named.push({ people: told, line: passage.line });
    read(passage);
  }
  for (const item of items) item.passages.forEach(read);
  named.sort((a, b) => a.line - b.line);
  const attendees = withAttendees(sections.attendees, named, true);
  if (!front || front.attendees.length === 0) return attendees;
  const overridden = new Set(front.attendees.map((a) => a.name.toLowerCase()));
  return [...attendees.filter((a) => !overridden.has(a.name.toLowerCase())), ...front.attendees];
}

// Actions recorded under their items, then those of an "Actions" list or table at the end that
// do not repeat one already recorded (action-section-readers.ts).
function toActions(sections: DocumentSections, items: AgendaItem[]): Action[] {
  const recorded: Action[] = [];
  for (const item of items) {
    const passages = item.passages;
    for (let i = 0; i < passages.length; i++) {
      const passage = passages[i] as Passage;
      // The paragraphs either side tell a round-up of places ("Ealing: …" | "Acton: …").
      const action = readActionParagraph(
        passage.text,
        passages[i - 1]?.text,
        passages[i + 1]?.text,
      );
      // "Actions: (a) …; (b) …": each lettered action is one.
      if (action)
        for (const one of splitLettered(action))
          recorded.push(placed(one, item.number, passage.line));
      for (const inProse of readActionsInProse(passage.text))
        recorded.push(placed(inProse, item.number, passage.line));
    }
  }
  const gathered = readActionSection(sections.actionLines, recorded).map((a) =>
    a.item === null && sections.actionItems.has(a.line)
      ? { ...a, item: sections.actionItems.get(a.line) ?? null }
      : a,
  );
  // Pushed, not spread into a new array: a spread of arrays of different kinds has the optimised
  // code thrown away.
  for (const action of gathered) recorded.push(action);
  return recorded.sort((a, b) => a.line - b.line);
}

// An action read from a passage, under its item and line. Written out field by field, not spread:
// V8 copies a spread of objects of different shapes slowly, and every action gets one shape.
function placed(action: ActionText, item: string | null, line: number): Action {
  return { id: action.id, text: action.text, owner: action.owner, item, line };
}

// "Next meeting: Monday 10 February 2025, same time and place.": the time and venue this meeting
// was held at, where the line says so and states none of its own.
function asThisMeeting(
  read: NextMeeting[],
  text: string,
  held: { time: string | null; venue: string | null },
): NextMeeting[] {
  if (read.length === 0) return read;
  const same = sameAsThisMeeting(text);
  if (!same.time && !same.place) return read;
  return read.map((next) => ({
    ...next,
    time: next.time ?? (same.time ? held.time : null),
    venue: next.venue ?? (same.place ? held.venue : null),
  }));
}

function toNextMeetings(
  sections: DocumentSections,
  outside: readonly Passage[],
  items: AgendaItem[],
  held: { body: Body; date: string; time: string | null; venue: string | null },
  front: FrontMatter | null,
): NextMeeting[] {
  const { body, date } = held;
  const found: NextMeeting[] = [];
  // A heading that gives the time and place of every date under it ("(all at 11.00am, City
  // Hall)") fills them in where a date states none.
  let shared: { time: string | null; venue: string | null } | null = null;
  for (const l of sections.nextMeetingLines) {
    const read = asThisMeeting(readNextMeetings(l.text, l.line, body, date), l.text, held);
    if (read.length === 0) {
      // "Time: 3pm" under "Date: Tuesday 10 June 2025": the field fills in the meeting above it.
      const field = readMeetingField(l.text);
      const above = found[found.length - 1];
      if (field && above) {
        found[found.length - 1] = {
          ...above,
          time: above.time ?? field.time,
          venue: above.venue ?? field.venue,
        };
        continue;
      }
      shared = readSharedDetails(l.text);
    }
    for (const next of read)
      found.push(
        shared
          ? { ...next, time: next.time ?? shared.time, venue: next.venue ?? shared.venue }
          : next,
      );
  }
  const fromProse = (passage: Passage) => {
    const sentence = findNextMeetingSentence(passage.text);
    if (sentence)
      found.push(
        ...asThisMeeting(readNextMeetings(sentence, passage.line, body, date), sentence, held),
      );
  };
  // The items' passages, then the loose prose, without copying them into one list.
  for (const item of items) item.passages.forEach(fromProse);
  outside.forEach(fromProse);
  for (const entry of front?.nextMeetings ?? []) found.push({ ...entry, body: entry.body ?? body });
  // A meeting stated twice (a list and a sentence) is kept once; later statements refine earlier.
  const unique = new Map<string, NextMeeting>();
  for (const next of found) {
    const key = `${next.body}-${next.date}`;
    const known = unique.get(key);
    unique.set(
      key,
      known
        ? {
            ...known,
            time: next.time ?? known.time,
            venue: next.venue ?? known.venue,
            line: known.line ?? next.line,
          }
        : next,
    );
  }
  // A "next" meeting dated before this one is a misreading of some other date; front matter is trusted.
  return [...unique.values()].filter((n) => n.line === null || n.date > date);
}
