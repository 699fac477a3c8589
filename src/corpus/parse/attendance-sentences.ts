import type { AttendanceStatus } from "../model.js";
import { readPeopleInProse, SENTENCE_END } from "./apologies-sentence.js";
import { type ListedPerson, listedPerson } from "./attendance.js";

// "The meeting was chaired by Perpetua Lindqvist-Achebe (Deputy Mayor for Policing and Crime) and
// attended by Assistant Commissioner Nathaniel Grieve (MPS), Cllr Rosalind Oyelaran (London
// Councils) … . Ianthe Moss (MOPAC) took the note.": a note of a meeting that tells its attendance
// in sentences. Each pattern's group is the people it names; a list ends where its sentence does.
// "Chaired by" and "attended by" are read only of the meeting itself ("The meeting was … attended
// by", "chaired by … and attended by"): "The workshop in January was attended by …" tells who went
// to something else.
const AND_ATTENDED = "\\s+and\\s+(?:was\\s+)?attended\\s+by\\s";
const ATTENDANCE_SENTENCES: ReadonlyArray<readonly [RegExp, AttendanceStatus]> = [
  [
    new RegExp(
      `\\bmeeting\\s+was\\s+chaired\\s+by\\s+(.+?)(?=${AND_ATTENDED}|${SENTENCE_END})|\\bchaired\\s+by\\s+(.+?)(?=${AND_ATTENDED})`,
      "iu",
    ),
    "present",
  ],
  [
    new RegExp(
      `(?:\\bmeeting\\s+was\\s+(?:[^.!?]*?\\s)?|\\bchaired\\s+by\\s.+?\\s+and\\s+(?:was\\s+)?)attended\\s+by\\s+(.+?)(?:${SENTENCE_END})`,
      "iu",
    ),
    "present",
  ],
  [
    /(?:^|[.!?]\s+)(\p{Lu}[^.!?]{2,80}?)\s+(?:took|taking)\s+(?:the\s+)?(?:note|notes|minutes)\b/u,
    "in_attendance",
  ],
];

const VERBS = /chaired|attended|took|taking/i;

/**
 * The people a paragraph says chaired, attended or took the note of the meeting, with that status.
 * The caller (index.ts) asks it only of the prose outside the items, and only of minutes with no
 * attendance list: inside an item, "attended by" is as often said of some other event, and a list,
 * where there is one, is the record of who came.
 */
export function readAttendanceSentences(text: string): ListedPerson[] {
  // Most loose paragraphs have none of the verbs: they are turned away before any pattern is tried.
  if (!VERBS.test(text)) return [];
  const found: ListedPerson[] = [];
  for (const [pattern, status] of ATTENDANCE_SENTENCES) {
    const m = pattern.exec(text);
    const names = m?.[1] ?? m?.[2];
    if (names) for (const p of readPeopleInProse(names)) found.push(listedPerson(p, status));
  }
  return found;
}
