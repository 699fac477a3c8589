import type { AttendanceStatus } from "../model.js";

// A table's attendance column: "| Oliver Tennant | HM Courts & Tribunals Service | Apologies |",
// "Present (virtual)", "Substitute for Commander Okoye". Matched on the cell's first words, so a
// note after the status ("Present (Chair)") does not hide it. Someone sitting in for a member is
// at the table, so present.
const STATUS_CELLS: ReadonlyArray<readonly [RegExp, AttendanceStatus]> = [
  [
    /^(?:present|attended|attending|member|yes|✓|in person|virtual(?:ly)?|remote(?:ly)?|online|by (?:video|phone|teams|zoom)|substitute|substituting|deputising|deputy for|representing|attending for|in place of|on behalf of)\b/i,
    "present",
  ],
  [/^(?:in attendance|officer|official|observer|secretariat)\b/i, "in_attendance"],
  [
    /^(?:apologies|apologies sent|sent apologies|absent|did not attend|not present|no|declined)\b/i,
    "apologies",
  ],
];

// "Absent for item 1, joined at 2.30pm", "Not present until item 4": an absence the cell limits to
// part of the meeting says the person came for the rest, so they are present.
const PART_ABSENCE =
  /^(?:absent|did not attend|not present)\b.*\b(?:for (?:agenda )?items?|for part|until|from (?:agenda )?item|after item|joined|arrived|left|part of)\b/i;

// "Member", "Officer": a role column's seat words (unseen-minutes-8/69's "Attendee | Role |
// Attendance") say what someone is at the meeting, which tells their status only when no other
// cell of the row says whether they came: "Councillor Rosalind Ekwueme | Member | Apologies".
const SEAT_CELL = /^(?:member|officer|official|observer|secretariat)\b/i;

/** True when the cell is a seat's word ("Member", "Officer") rather than a word of attendance. */
export function isSeatCell(cell: string): boolean {
  return SEAT_CELL.test(cell.trim());
}

// "Absent" in an attendance column: the member neither came nor sent apologies, and the minutes
// record no attendee for them (the model holds present, in attendance and apologies only). Only
// an absence for the whole meeting: one the cell limits to a part (PART_ABSENCE) keeps the person.
const ABSENT_CELL = /^(?:absent|did not attend|not present)\b/i;

/** True when an attendance cell says the member did not come and sent no apologies. */
export function isAbsentCell(cell: string): boolean {
  const trimmed = cell.trim();
  return ABSENT_CELL.test(trimmed) && !PART_ABSENCE.test(trimmed);
}

// STATUS_CELLS as one pattern, a group for each row: every cell after a table row's first is
// asked, and one pattern tried on it costs a third of three. Anchored alternatives are tried in
// order, so the first row that fits still decides.
const STATUS_CELL = new RegExp(
  STATUS_CELLS.map(([pattern]) => `(${pattern.source})`).join("|"),
  "i",
);

/** The status a table cell states, or undefined when the cell is not a status. */
export function statusCell(cell: string): AttendanceStatus | undefined {
  const trimmed = cell.trim();
  if (PART_ABSENCE.test(trimmed)) return "present";
  const m = STATUS_CELL.exec(trimmed);
  if (!m) return undefined;
  // "Secretariat, MOPAC", "Officer, London Councils": a word of staff in attendance is also a post,
  // and one a comma follows, with more after it, is a post and its body, not a status.
  if (m[2] !== undefined && /^\s*,\s*\S/.test(trimmed.slice(m[0].length))) return undefined;
  for (let row = 0; row < STATUS_CELLS.length; row++)
    if (m[row + 1] !== undefined) return STATUS_CELLS[row]?.[1];
  return undefined;
}

// Notes in brackets about when or for whom someone attended: "(item 3 only)", "(from item 3)",
// "(left after item 2)", "(for Nicholas Pryor)", "(substitute for Rhys Cadogan)". They are neither
// name nor role, and the person they mention did not attend.
const ATTENDANCE_NOTE =
  /\s*\(\s*(?:for|from|until|to|left|arrived|joined|after|before|substitute|substituting|sub|deputising|deputy for|representing|on behalf of|in place of|attending for|items?|part|virtual|via|remote|online|by (?:video|phone)|observer)\b[^)]*\)/gi;

// "Tariq Mahmood (Probation) - joined from item 2, Ffion Jenkins (YJB) - left after item 3": a
// call's notes give the same notes after a spaced dash, each running to the next person.
// "– from agenda item 3" names the agenda as well.
const DASHED_NOTE =
  /\s+[-–—]\s+(?:joined|left|arrived|dropped off|(?:from|until|for) (?:agenda )?(?:items?|sections?|minutes?)|items?\s+\d)\b[^,;()]*/g;
const SPACED_DASH = /\s[-–—]\s/;

// "(Home Office, for section 3)", "Imelda Carrick (City of London Police), for item 3 / …", "…,
// for minute 24/12 only": the same note after a comma, running to the next comma, bracket or
// slash between parts (a minute's number keeps its own slash).
// "Zainab Cresswell-Obi, VRU, item 3" (a form's "name, organisation, item"): the item alone as the
// last field says the same.
const COMMA_NOTE =
  /,\s*(?:(?:from|until|for) (?:agenda )?(?:items?|sections?|minutes?)|(?:agenda )?items?(?=\s+\d[\d\s,&and]*$))\s+\d(?:[^,;()/]|\/(?=\d))*/gi;

function keepTrailingSpace(note: string): string {
  return note.slice(note.trimEnd().length);
}

/** The text without notes, in brackets or after a dash, on when or for whom someone attended. */
export function withoutAttendanceNotes(text: string): string {
  // A note is in brackets or after a spaced dash: a line without either is not searched for it.
  const unbracketed = text.includes("(")
    ? text.replace(ATTENDANCE_NOTE, "").replace(INVITE_RESPONSE, "")
    : text;
  const undashed = SPACED_DASH.test(unbracketed)
    ? unbracketed.replace(DASHED_NOTE, "")
    : unbracketed;
  // The white space after a note stays: it spaces the slash before the next person.
  return undashed.includes(",") ? undashed.replace(COMMA_NOTE, keepTrailingSpace) : undashed;
}

// "Fenella Aduba-Marsh (Declined)": an invitation's participants with their responses (a OneNote
// page's meeting details, copied from Outlook). To decline is to send one's apologies; the other
// responses say nothing of who came, nor what anyone is.
const INVITE_RESPONSE =
  /\s*\(\s*(?:accepted|tentative|tentatively accepted|organi[sz]er|none|no response(?: yet)?|not responded|required|optional)\s*\)/gi;

// "    Barnabas Eke (apologies)" under the heading of his organisation: people grouped by body, not by
// status, have their status written after their name, in brackets of its own.
const STATUS_NOTE =
  /\s*\(\s*(apologies(?: sent| given| received)?|sent apologies|absent|not present|did not attend|in attendance|observer|declined)\s*\)/i;

/**
 * The status a bracket states after a name ("(apologies)", "(in attendance)"), and the text
 * without it; null when no bracket states one.
 */
export function statusInBrackets(text: string): { status: AttendanceStatus; text: string } | null {
  const m = text.includes("(") ? STATUS_NOTE.exec(text) : null;
  const status = m?.[1] ? statusCell(m[1]) : undefined;
  if (!m || !status) return null;
  return { status, text: text.slice(0, m.index) + text.slice(m.index + m[0].length) };
}
