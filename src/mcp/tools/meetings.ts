import { plural } from "../../answers/format.js";
import type { Meeting } from "../../corpus/model.js";
import { minutesUri } from "../uri.js";

/** "lcrb-2023-04-12: LCRB, 2023-04-12, London Crime Reduction Board: 24 present, 12 apologies, 3 items, …". */
export function describeMeeting(meeting: Meeting): string {
  const apologies = meeting.attendees.filter((a) => a.status === "apologies").length;
  const counts = [
    `${meeting.attendees.length - apologies} present`,
    plural(apologies, "apology", "apologies"),
    plural(meeting.items.length, "item"),
    plural(meeting.actions.length, "action"),
    plural(meeting.decisions.length, "decision"),
    plural(meeting.commitments.length, "commitment"),
  ].join(", ");
  return `${meeting.id}: ${meeting.body}, ${meeting.date}, ${meeting.title}: ${counts} (${minutesUri(meeting.id)})`;
}
