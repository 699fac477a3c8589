import { MONTH_NAMES } from "../corpus/calendar.js";
import type { AgendaItem, Meeting, Passage } from "../corpus/model.js";

/**
 * One Lunr document: a passage of an agenda item, or the item itself when it has no passages
 * (a title such as "Agreement of minutes" is still worth finding). The array index is the ref.
 */
export interface PassageDocument {
  meeting: Meeting;
  item: AgendaItem;
  /** Null for an item without passages. */
  passage: Passage | null;
  /** Groups the passages of one agenda item: one result per item. */
  itemKey: number;
}

export function passageDocuments(meetings: Meeting[]): PassageDocument[] {
  const documents: PassageDocument[] = [];
  let itemKey = 0;
  for (const meeting of meetings) {
    for (const item of meeting.items) {
      if (item.passages.length === 0) documents.push({ meeting, item, passage: null, itemKey });
      for (const passage of item.passages) documents.push({ meeting, item, passage, itemKey });
      itemKey++;
    }
  }
  return documents;
}

/** Words that place a meeting ("DMG June 2020"), so a question may name the body or the month. */
export function meetingWords(meeting: Meeting): string {
  const [year, month] = meeting.date.split("-");
  return `${meeting.body} ${MONTH_NAMES[Number(month) - 1] ?? ""} ${year ?? ""}`;
}
