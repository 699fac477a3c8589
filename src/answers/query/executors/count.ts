import { withDetail } from "../../answer.js";
import { formatDate, plural } from "../../format.js";
import { asWritten, attendeesOf, postWords } from "../../organisations.js";
import type { Executor } from "../executor.js";
import { untoldHeadCount } from "./event-count.js";
import { answerWithIntent } from "./intents.js";
import { withOneMeeting } from "./one-meeting.js";

/** "How many people attended …": the number first, then the list it counts. */
export const attendeeCountExecutor: Executor = (input) =>
  untoldHeadCount(input) ??
  withOneMeeting(input, "attendees", (meeting) => {
    const answer = answerWithIntent(input, "attendees", meeting);
    const chosen = input.context.meetings.find((m) => m.id === answer.meeting?.id);
    if (!chosen) return answer;
    // "How many from London Councils": only those, as the list under the count is narrowed.
    const asked = postWords(input.classification.topic);
    const only = attendeesOf(asked, chosen.attendees, input.context.directory.organisations);
    const counted = only.length > 0 ? only : chosen.attendees;
    const present = counted.filter((a) => a.status === "present").length;
    const officials = counted.filter((a) => a.status === "in_attendance").length;
    const apologies = counted.filter((a) => a.status === "apologies").length;
    const from = only.length > 0 ? ` from ${asWritten(asked, input.question.asked)}` : "";
    answer.title = `${plural(present + officials, "person", "people")}${from} attended the ${chosen.body} meeting on ${formatDate(chosen.date)}`;
    answer.summary = [
      `${present} present${officials > 0 ? `, ${officials} in attendance` : ""}; ${apologies > 0 ? `${apologies} sent apologies` : "no apologies recorded"}.`,
      answer.summary,
    ].join(" ");
    return withDetail(answer, { kind: "count", count: present + officials });
  });

/** "How many items were on the agenda": the number of agenda items, then the meeting at a glance. */
export const itemCountExecutor: Executor = (input) =>
  withOneMeeting(input, "meeting", (meeting) => {
    const answer = answerWithIntent(input, "meeting", meeting);
    const chosen = input.context.meetings.find((m) => m.id === answer.meeting?.id);
    if (!chosen) return answer;
    answer.title = `${plural(chosen.items.length, "agenda item")} at the ${chosen.body} meeting on ${formatDate(chosen.date)}`;
    return withDetail(answer, { kind: "count", count: chosen.items.length });
  });
